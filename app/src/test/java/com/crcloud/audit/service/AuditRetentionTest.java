package com.crcloud.audit.service;

import com.crcloud.audit.domain.AuditEvent;
import com.crcloud.audit.domain.AuditLogFilter;
import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.security.SystemActor;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.provisioning.NewTenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.TenantUserService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention: history past the cut-off is purged as a prefix of the chain, the latest state of every live record
 * stays, the chain still verifies from its new anchor, and the purge is recorded. Runs in a tenant of its own, so
 * no other test's history is purged.
 */
@Tag("persistence")
class AuditRetentionTest extends IntegrationTest {

    @Autowired
    TenantRegistryService registry;
    @Autowired
    TenantUserService users;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRecordService records;
    @Autowired
    AuditHistoryService history;
    @Autowired
    AuditTrailService trail;
    @Autowired
    AuditRetentionService retention;

    @Test
    void a_purge_removes_old_history_keeps_current_states_leaves_a_verifiable_chain_and_is_recorded() throws InterruptedException {
        String tenant = newTenant();
        actAs(tenant, "admin");
        Customer kept = customers.save(TestCustomers.reviewable("Untouched Since Onboarding", "20000.00"), "onboarding");
        Customer changed = customers.save(TestCustomers.reviewable("Changed Twice", "20000.00"), "onboarding");
        changed.setCity("Tianjin");
        changed = customers.save(changed, "first move");
        Loan loan = new Loan();
        loan.setLender("Old Bank");
        loan.setOriginalAmount(new BigDecimal("1000.00"));
        loan.setOutstandingBalance(new BigDecimal("0.00"));
        loan.setStatus(LoanStatus.CURRENT);
        UUID loanId = records.save(kept.getId(), loan, null).getId();
        records.remove(kept.getId(), records.find(kept.getId(), Loan.class, loanId).orElseThrow(), "closed long ago");
        Thread.sleep(5);
        Instant cutoff = Instant.now();
        Thread.sleep(5);
        changed.setCity("Chengdu");
        customers.save(changed, "second move");

        AuditChain.Purge purge = retention.purgeBefore(tenant, cutoff);

        assertThat(purge.positions()).isGreaterThanOrEqualTo(5);
        actAs(tenant, "auditor");
        assertThat(history.history(Customer.class, changed.getId())).singleElement().satisfies(entry -> {
            assertThat(entry.reason()).isEqualTo("second move");
            assertThat(entry.state().getCity()).isEqualTo("Chengdu");
        });
        assertThat(history.history(Customer.class, kept.getId())).as("the current state of an unchanged record stays")
                .singleElement().satisfies(entry -> assertThat(entry.reason()).isEqualTo("onboarding"));
        assertThat(history.historyWhere(Loan.class, "customerId", kept.getId())).as("a record deleted before the cut-off is gone").isEmpty();
        VerificationReport report = trail.verify();
        assertThat(report.findings()).isEmpty();
        List<AuditLogRow> purges = trail.page(new AuditLogFilter(AuditEvent.class.getName(), null, null, null, null, null, null,
                "history purged"), true, 0, 5);
        assertThat(purges).singleElement().satisfies(row -> assertThat(row.reason())
                .contains("chain anchored at position " + purge.anchorSeq(), purge.anchorHash()));
    }

    @Test
    void without_a_retention_setting_nothing_is_purged_and_with_one_the_legal_minimum_still_protects_recent_history() {
        String tenant = newTenant();
        actAs(tenant, "admin");
        customers.save(TestCustomers.reviewable("Recent Customer", "20000.00"), null);
        assertThat(retention.purgeExpired()).isEmpty();

        assertThatThrownBy(() -> retention.setExtraMonths(-1, null)).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "audit.retention.error.range");
        retention.setExtraMonths(0, "legal minimum only");
        assertThat(retention.extraMonths()).contains(0);
        assertThat(retention.purgeExpired()).hasValueSatisfying(purge -> assertThat(purge.positions()).isZero());
    }

    private String newTenant() {
        String slug = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        SystemActor.run(null, "test", EnumSet.of(Role.PLATFORM_ADMIN), () -> registry.provision(new NewTenant(slug, "Retention Test",
                Locale.ENGLISH, ZoneId.of("UTC"), "admin", "Admin", null, "retention-password")));
        actAs(slug, "admin");
        users.createUser("auditor", "Auditor", null, "retention-password", EnumSet.of(Role.AUDITOR));
        return slug;
    }
}
