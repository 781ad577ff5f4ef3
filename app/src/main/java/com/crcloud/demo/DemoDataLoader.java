package com.crcloud.demo;

import com.crcloud.config.CrcProperties;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.security.SystemActor;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.provisioning.NewTenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.user.PlatformUser;
import com.crcloud.tenant.user.PlatformUserRepository;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.TenantUserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * On the first start of an empty embedded installation: a platform administrator and two demo tenants, a
 * consumer lender and a wealth manager, each with one user per role, a few hundred customers and every bundled
 * plugin extension switched on. The work runs
 * as a named system actor ("demo-data") through the same services and permission checks as people do, except
 * customers, which are seeded as a legacy import (some with invalid ID numbers, for the verify stage to catch).
 * Review cases in every stage follow ({@link DemoReviewCases}).
 */
@Component
@Order(0)
public class DemoDataLoader implements ApplicationRunner {

    public static final String PASSWORD = "demo-password";
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final List<DemoTenant> TENANTS = List.of(
            new DemoTenant("northwind-lending", "Northwind Consumer Lending", Locale.ENGLISH, ZoneId.of("Asia/Shanghai"),
                    DemoProfile.CONSUMER_LENDER, 20261128L),
            new DemoTenant("jade-wealth", "翡翠财富管理 Jade Wealth", Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"),
                    DemoProfile.WEALTH_MANAGER, 88L));
    /** One demo user per tenant role, username = role in lower case with dashes. */
    public static final List<Role> DEMO_ROLES = List.of(Role.TENANT_ADMIN, Role.REVIEWER, Role.APPROVER,
            Role.COMPLIANCE_OFFICER, Role.AUDITOR);

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String ACTOR = "demo-data";

    public record DemoTenant(String slug, String name, Locale locale, ZoneId zone, DemoProfile profile, long seed) {
    }

    private final CrcProperties properties;
    private final TenantRepository tenants;
    private final PlatformUserRepository platformUsers;
    private final TenantRegistryService registry;
    private final TenantUserService users;
    private final CustomerRepository customers;
    private final TenantExtensionService extensions;
    private final DemoReviewCases reviewCases;
    private final DemoCustomerRecords customerRecords;
    private final DemoDashboardHistory dashboardHistory;
    private final DemoConsents consents;
    private final DemoFlows demoFlows;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DemoDataLoader(CrcProperties properties, TenantRepository tenants, PlatformUserRepository platformUsers,
                          TenantRegistryService registry, TenantUserService users, CustomerRepository customers,
                          TenantExtensionService extensions, DemoReviewCases reviewCases, PasswordEncoder passwordEncoder,
                          PlatformTransactionManager transactionManager, Clock clock, DemoCustomerRecords customerRecords,
                          DemoDashboardHistory dashboardHistory, DemoFlows demoFlows, DemoConsents consents) {
        this.properties = properties;
        this.tenants = tenants;
        this.platformUsers = platformUsers;
        this.registry = registry;
        this.users = users;
        this.customers = customers;
        this.extensions = extensions;
        this.reviewCases = reviewCases;
        this.customerRecords = customerRecords;
        this.dashboardHistory = dashboardHistory;
        this.demoFlows = demoFlows;
        this.consents = consents;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public static String username(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || tenants.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        List<Long> automatedMillis = new ArrayList<>();
        transaction.executeWithoutResult(status ->
                platformUsers.save(new PlatformUser(PLATFORM_ADMIN, "Platform Administrator", passwordEncoder.encode(PASSWORD))));
        for (DemoTenant demo : TENANTS) {
            as(null, EnumSet.of(Role.PLATFORM_ADMIN), () -> registry.provision(new NewTenant(demo.slug(), demo.name(),
                    demo.locale(), demo.zone(), username(Role.TENANT_ADMIN), "Demo " + username(Role.TENANT_ADMIN),
                    null, PASSWORD)));
            List<Customer> seeded = new ArrayList<>();
            as(demo.slug(), EnumSet.of(Role.TENANT_ADMIN), () -> {
                DEMO_ROLES.stream().filter(role -> role != Role.TENANT_ADMIN).forEach(role ->
                        users.createUser(username(role), "Demo " + username(role), username(role) + "@" + demo.slug() + ".example",
                                PASSWORD, EnumSet.of(role)));
                List<Customer> generated = new DemoCustomerGenerator(demo.seed(), clock)
                        .generate(demo.profile(), properties.demo().customersPerTenant());
                seeded.addAll(transaction.execute(status -> customers.saveAll(generated)));
                customerRecords.create(demo.profile(), demo.seed(), seeded, ACTOR);
                consents.create(demo.locale(), demo.seed(), seeded, ACTOR);
                // Every bundled extension on, with its defaults, so the demo shows automated steps at work.
                extensions.list().forEach(item -> extensions.save(item.extension().key(), true, Map.of(), item.version(),
                        "demo set-up"));
                demoFlows.create(demo.profile());
            });
            automatedMillis.addAll(reviewCases.create(demo.slug(), seeded, demo.locale()));
            dashboardHistory.create(demo.slug(), seeded, demo.zone(), demo.seed());
        }
        log.info("Demo data created in {} ms; full automated assessment of one case (verification and assessment steps, "
                        + "results stored): median {} ms, p90 {} ms, max {} ms over {} cases",
                (System.nanoTime() - started) / 1_000_000, percentile(automatedMillis, 50), percentile(automatedMillis, 90),
                percentile(automatedMillis, 100), automatedMillis.size());
    }

    /** With demo data, the sign-in details follow the "running at" line. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void printDemoLogins() {
        if (!properties.demo().enabled()) {
            return;
        }
        StringBuilder logins = new StringBuilder("\n  Demo logins (password for all: ").append(PASSWORD).append("):");
        for (DemoTenant tenant : TENANTS) {
            logins.append("\n    organisation ").append(tenant.slug()).append(" (").append(tenant.name()).append("): users ")
                    .append(DEMO_ROLES.stream().map(DemoDataLoader::username).collect(Collectors.joining(", ")));
        }
        logins.append("\n    platform area: leave organisation empty, user ").append(PLATFORM_ADMIN).append("\n");
        log.info(logins.toString());
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    /** Runs seeding steps as the named system actor with just the roles each step needs. */
    private static void as(String tenant, Set<Role> roles, Runnable work) {
        SystemActor.run(tenant, ACTOR, roles, work);
    }
}
