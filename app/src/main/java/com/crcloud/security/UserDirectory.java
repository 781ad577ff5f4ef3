package com.crcloud.security;

import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.user.PlatformUserRepository;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;
import java.util.Optional;

/** Finds who is signing in: a tenant's user (looked up as that tenant) or a platform administrator. */
@Service
public class UserDirectory {

    /** Why a known user may still not sign in. */
    public enum Refusal { TENANT_SUSPENDED }

    public record Candidate(CrcUser user, Optional<Refusal> refusal) {
    }

    private final TenantRepository tenants;
    private final UserAccountRepository users;
    private final PlatformUserRepository platformUsers;
    private final TransactionTemplate readOnly;

    public UserDirectory(TenantRepository tenants, UserAccountRepository users, PlatformUserRepository platformUsers,
                         PlatformTransactionManager transactionManager) {
        this.tenants = tenants;
        this.users = users;
        this.platformUsers = platformUsers;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Optional<Candidate> find(String tenantSlug, String username) {
        if (tenantSlug == null) {
            return readOnly.execute(status -> platformUsers.findById(username)
                    .map(user -> new Candidate(new CrcUser(null, user.getUsername(), user.getDisplayName(),
                            user.getPasswordHash(), EnumSet.of(Role.PLATFORM_ADMIN), null, user.isEnabled()),
                            Optional.empty())));
        }
        if (!Tenant.SLUG.matcher(tenantSlug).matches()) {
            return Optional.empty();
        }
        return TenantContext.callAs(tenantSlug, () -> readOnly.execute(status -> {
            Optional<Tenant> tenant = tenants.findById(tenantSlug);
            if (tenant.isEmpty()) {
                return Optional.<Candidate>empty();
            }
            return users.findByUsername(username).map(user -> new Candidate(
                    new CrcUser(tenantSlug, user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                            user.getRoles(), user.getLocale().orElse(tenant.get().getLocale()), user.isEnabled()),
                    tenant.get().isActive() ? Optional.empty() : Optional.of(Refusal.TENANT_SUSPENDED)));
        }));
    }
}
