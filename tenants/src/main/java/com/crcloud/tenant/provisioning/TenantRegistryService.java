package com.crcloud.tenant.provisioning;

import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.domain.TenantStatus;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.TenantUserService;
import com.crcloud.tenant.user.UserAccountRepository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The tenant registry: opens, lists, suspends and re-activates tenants. Never reads tenant business data. */
@Service
public class TenantRegistryService {

    private final TenantRepository tenants;
    private final UserAccountRepository users;
    private final TenantUserService userService;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public TenantRegistryService(TenantRepository tenants, UserAccountRepository users, TenantUserService userService,
                                 PlatformTransactionManager transactionManager, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.userService = userService;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Creates the tenant and its first TENANT_ADMIN in one transaction opened as that tenant, so the
     * administrator row gets the new tenant's id and the audit revision is the tenant's own.
     */
    @Secured(Authorities.PLATFORM_ADMIN)
    public Tenant provision(NewTenant request) {
        validate(request);
        return TenantContext.callAs(request.slug(), () -> newTransaction.execute(status -> {
            if (tenants.existsById(request.slug())) {
                throw new UserFacingException("slug", "tenant.error.slugTaken", request.slug());
            }
            var admin = userService.newAccount(request.adminUsername(), request.adminDisplayName(),
                    request.adminEmail(), request.adminPassword(), EnumSet.of(Role.TENANT_ADMIN));
            Tenant tenant = tenants.save(new Tenant(request.slug(), request.displayName().trim(), request.locale(),
                    request.timeZone(), clock.instant()));
            users.save(admin);
            return tenant;
        }));
    }

    @Transactional(readOnly = true)
    @Secured(Authorities.PLATFORM_ADMIN)
    public List<Tenant> listTenants() {
        return tenants.findAllByOrderByDisplayNameAsc();
    }

    /** Any signed-in user may read a tenant's public settings (name, locale, time zone). */
    @Transactional(readOnly = true)
    public Optional<Tenant> find(String slug) {
        return tenants.findById(slug);
    }

    @Transactional
    @Secured(Authorities.PLATFORM_ADMIN)
    public Tenant changeStatus(String slug, TenantStatus status) {
        Tenant tenant = tenants.findById(slug)
                .orElseThrow(() -> new UserFacingException(null, "tenant.error.unknown", slug));
        tenant.setStatus(status);
        return tenant;
    }

    private static void validate(NewTenant request) {
        if (request.slug() == null || !Tenant.SLUG.matcher(request.slug()).matches()) {
            throw new UserFacingException("slug", "tenant.error.slugFormat");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new UserFacingException("displayName", "validation.required");
        }
        if (request.locale() == null) {
            throw new UserFacingException("locale", "validation.required");
        }
        if (request.timeZone() == null) {
            throw new UserFacingException("timeZone", "validation.required");
        }
        if (request.adminDisplayName() == null || request.adminDisplayName().isBlank()) {
            throw new UserFacingException("adminDisplayName", "validation.required");
        }
    }
}
