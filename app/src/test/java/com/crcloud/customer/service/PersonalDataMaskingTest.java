package com.crcloud.customer.service;

import com.crcloud.audit.domain.AuditEvent;
import com.crcloud.audit.domain.AuditLogFilter;
import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.AuditTrailService;
import com.crcloud.audit.service.FieldChange;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.masking.SensitiveData;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.support.UserFacingException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ID numbers and phones come out of the services masked for every role, in reads, searches, saves and history;
 * reviewers and compliance officers reveal one value with a reason, which the audit log shows; the others cannot.
 */
@Tag("persistence")
class PersonalDataMaskingTest extends IntegrationTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final List<String> ALL_ROLES = List.of("tenant-admin", "reviewer", "approver", "compliance-officer", "auditor");

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository repository;
    @Autowired
    CustomerDocumentService documents;
    @Autowired
    AuditHistoryService history;
    @Autowired
    AuditTrailService trail;

    private Customer stored(String name, String phone) {
        actAs(LENDER, "reviewer");
        Customer customer = TestCustomers.reviewable(name, "15000.00");
        customer.setPhone(phone);
        return customers.save(customer, "onboarding");
    }

    private Customer plain(Customer customer) {
        return TenantContext.callAs(LENDER, () -> repository.findById(customer.getId())).orElseThrow();
    }

    @Test
    void every_role_reads_searches_and_saves_id_numbers_and_phones_masked() {
        Customer saved = stored("Masked For All", "13812345678");
        String number = plain(saved).getNationalIdNumber();
        String masked = number.substring(0, 3) + "***********" + number.substring(14);
        assertThat(saved.getNationalIdNumber()).isEqualTo(masked);
        assertThat(saved.getPhone()).isEqualTo("138****5678");

        for (String user : ALL_ROLES) {
            actAs(LENDER, user);
            assertThat(customers.find(saved.getId()).orElseThrow()).as(user)
                    .satisfies(found -> {
                        assertThat(found.getNationalIdNumber()).isEqualTo(masked);
                        assertThat(found.getPhone()).isEqualTo("138****5678");
                    });
            // The whole number still finds the customer through its blind index, for every role that searches.
            assertThat(customers.search(new CustomerFilter(number, null), Pageable.unpaged()).getContent()).as(user)
                    .singleElement().satisfies(found -> assertThat(found.getNationalIdNumber()).isEqualTo(masked));
            assertThat(customers.search(new CustomerFilter("13812345678", null), Pageable.unpaged()).getContent()).as(user)
                    .extracting(Customer::getId).contains(saved.getId());
        }
    }

    @Test
    void saving_a_masked_customer_keeps_the_stored_values_and_a_typed_value_replaces_them() {
        Customer saved = stored("Masked Round Trip", "13900001111");
        String number = plain(saved).getNationalIdNumber();

        actAs(LENDER, "tenant-admin");
        Customer shown = customers.find(saved.getId()).orElseThrow();
        shown.setCity("Shanghai");
        customers.save(shown, "moved");
        assertThat(plain(saved)).satisfies(after -> {
            assertThat(after.getCity()).isEqualTo("Shanghai");
            assertThat(after.getNationalIdNumber()).isEqualTo(number);
            assertThat(after.getPhone()).isEqualTo("13900001111");
        });

        Customer again = customers.find(saved.getId()).orElseThrow();
        again.setPhone("13700002222");
        customers.save(again, "new phone");
        assertThat(plain(saved).getPhone()).isEqualTo("13700002222");
        assertThat(plain(saved).getNationalIdNumber()).isEqualTo(number);
    }

    @Test
    void history_states_and_changes_are_masked_but_a_change_the_mask_hides_is_still_listed() {
        Customer saved = stored("Masked History", "13811112222");
        Instant afterFirst = Instant.now();
        actAs(LENDER, "reviewer");
        Customer edited = customers.find(saved.getId()).orElseThrow();
        edited.setPhone("13833332222"); // differs only where the mask hides it
        customers.save(edited, "new phone");

        for (String user : ALL_ROLES) {
            actAs(LENDER, user);
            List<HistoryEntry<Customer>> entries = history.history(Customer.class, saved.getId());
            assertThat(entries).as(user).hasSize(2);
            assertThat(entries.get(1).changes()).as(user).singleElement()
                    .isEqualTo(new FieldChange("phone", "138****2222", "138****2222"));
            assertThat(entries.get(0).state().getNationalIdNumber()).as(user).contains("*");
            assertThat(history.compare(Customer.class, saved.getId(), entries.get(0).revision(), entries.get(1).revision()))
                    .as(user).extracting(FieldChange::field).containsExactly("phone");
            assertThat(history.asOf(Customer.class, saved.getId(), afterFirst).orElseThrow().state().getPhone()).as(user)
                    .isEqualTo("138****2222");
            assertThat(history.revision(entries.get(1).revision()).shownEntities()).as(user).singleElement()
                    .satisfies(change -> assertThat(change.changes()).containsExactly(new FieldChange("phone", "138****2222", "138****2222")));
        }
    }

    @Test
    void a_reviewer_reveals_a_value_with_a_reason_and_the_audit_log_shows_who_revealed_what_of_whom_and_why() {
        Customer saved = stored("Revealed Once", "13855556666");
        String number = plain(saved).getNationalIdNumber();
        Instant start = Instant.now().minusSeconds(1);

        actAs(LENDER, "compliance-officer");
        assertThat(customers.reveal(saved.getId(), SensitiveData.NATIONAL_ID, "Screening match on the sanctions list")).contains(number);
        actAs(LENDER, "reviewer");
        assertThat(customers.reveal(saved.getId(), SensitiveData.PHONE, "Calling back about missing payslip")).contains("13855556666");

        actAs(LENDER, "auditor");
        List<AuditLogRow> rows = trail.page(new AuditLogFilter(AuditEvent.class.getName(), "Revealed Once", null, null, null, start, null, null),
                false, 0, 10);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).username()).isEqualTo("compliance-officer");
        assertThat(rows.get(0).reason()).contains("NATIONAL_ID", saved.getId().toString(), "Screening match on the sanctions list")
                .doesNotContain(number);
        assertThat(rows.get(1).username()).isEqualTo("reviewer");
        assertThat(rows.get(1).reason()).contains("PHONE", "Calling back about missing payslip").doesNotContain("13855556666");
        assertThat(new String(trail.exportCsv(new AuditLogFilter(null, "Revealed Once", null, null, null, start, null, null),
                java.util.Locale.ENGLISH).content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Calling back about missing payslip").doesNotContain(number).doesNotContain("13855556666");
    }

    @Test
    void a_reveal_without_a_reason_is_refused_and_leaves_no_trace() {
        Customer saved = stored("Reveal Without Reason", "13877778888");
        Instant start = Instant.now().minusSeconds(1);
        actAs(LENDER, "reviewer");

        assertThatThrownBy(() -> customers.reveal(saved.getId(), SensitiveData.PHONE, "  "))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("masking.error.reasonRequired"));
        actAs(LENDER, "auditor");
        assertThat(trail.page(new AuditLogFilter(AuditEvent.class.getName(), "Reveal Without Reason", null, null, null, start, null, null),
                false, 0, 10)).isEmpty();
    }

    @Test
    void approvers_auditors_and_tenant_admins_can_neither_reveal_nor_download_documents() {
        Customer saved = stored("Never Revealed", "13899990000");
        DocumentInfo document = documents.upload(saved.getId(), DocumentType.ID_CARD, "id.pdf",
                PDF, null);

        for (String user : List.of("approver", "auditor", "tenant-admin")) {
            actAs(LENDER, user);
            assertThatThrownBy(() -> customers.reveal(saved.getId(), SensitiveData.NATIONAL_ID, "curious")).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> documents.download(saved.getId(), document.id())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        actAs(LENDER, "compliance-officer");
        assertThat(documents.download(saved.getId(), document.id()).content()).isEqualTo(PDF);
    }
}
