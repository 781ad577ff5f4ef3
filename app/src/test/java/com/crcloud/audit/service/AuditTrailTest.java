package com.crcloud.audit.service;

import com.crcloud.audit.domain.AuditLogFilter;
import com.crcloud.audit.domain.AuditLogNativeRepository;
import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.audit.domain.TrailFinding;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.service.CustomerDocumentService;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.support.UserFacingException;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import com.crcloud.privacy.service.PersonalDataCipher;
import com.crcloud.privacy.service.PersonalDataKeys;
import com.crcloud.privacy.service.PersonalDataRotation;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail end to end on the real database: field diffs, point-in-time reads, the tenant-wide log and its
 * filters, sensitive reads, exports, and the hash chain catching rows changed behind the application's back.
 */
@Tag("persistence")
class AuditTrailTest extends IntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRecordService records;
    @Autowired
    CustomerDocumentService documents;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    AuditHistoryService history;
    @Autowired
    AuditTrailService trail;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditLogNativeRepository log;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataRotation rotation;
    @Autowired
    com.crcloud.tenant.domain.TenantRepository tenants;

    @Test
    void a_scalar_change_shows_each_field_with_its_old_and_new_value_who_in_which_role_and_why() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Diff Scalar", "20000.00"), "onboarding");
        customer.setCity("Shanghai");
        customer.setMonthlyIncome(new BigDecimal("25000.00"));
        customers.save(customer, "moved and promoted");

        actAs(LENDER, "compliance-officer");
        List<HistoryEntry<Customer>> entries = history.history(Customer.class, customer.getId());

        HistoryEntry<Customer> change = entries.get(1);
        assertThat(change.changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("city", "Beijing", "Shanghai"),
                        org.assertj.core.groups.Tuple.tuple("monthlyIncome", new BigDecimal("20000.00"), new BigDecimal("25000.00")));
        assertThat(change.username()).isEqualTo("reviewer");
        assertThat(change.roles()).isEqualTo("REVIEWER");
        assertThat(change.reason()).isEqualTo("moved and promoted");
    }

    @Test
    void a_relation_change_shows_the_old_and_new_reference() {
        actAs(LENDER, "tenant-admin");
        Customer customer = customers.save(TestCustomers.reviewable("Diff Relation", "20000.00"), null);
        ReviewCase opened = cases.open(customer.getId(), CaseTrigger.INITIAL);
        assertThat(opened.getAssignee()).as("a tenant administrator opens without taking the case").isNull();
        actAs(LENDER, "reviewer");
        cases.claim(opened.getId(), opened.getVersion());

        actAs(LENDER, "auditor");
        List<HistoryEntry<ReviewCase>> entries = history.history(ReviewCase.class, opened.getId());
        assertThat(entries.get(entries.size() - 1).changes())
                .anySatisfy(change -> {
                    assertThat(change.field()).isEqualTo("assignee");
                    assertThat(change.before()).isNull();
                    assertThat(change.after()).isEqualTo("reviewer");
                });
    }

    @Test
    void collection_changes_of_a_customer_show_added_changed_and_removed_children_with_the_last_state_of_the_removed() {
        actAs(LENDER, "reviewer");
        UUID customerId = customers.save(TestCustomers.reviewable("Diff Collection", "20000.00"), null).getId();
        Loan loan = new Loan();
        loan.setLender("WeBank");
        loan.setOriginalAmount(new BigDecimal("10000.00"));
        loan.setOutstandingBalance(new BigDecimal("8000.00"));
        loan.setStatus(LoanStatus.CURRENT);
        Loan saved = records.save(customerId, loan, "bureau report");
        records.remove(customerId, records.find(customerId, Loan.class, saved.getId()).orElseThrow(), "paid off");

        actAs(LENDER, "compliance-officer");
        List<HistoryEntry<Loan>> loans = history.historyWhere(Loan.class, "customerId", customerId);
        assertThat(loans).extracting(HistoryEntry::type).containsExactly(RevisionType.ADD, RevisionType.DEL);
        assertThat(loans.get(0).changes()).extracting(FieldChange::field).contains("lender", "outstandingBalance", "customerId");
        assertThat(loans.get(1).state().getLender()).isEqualTo("WeBank");

        // The deleted loan stays findable from the tenant-wide log, with its last state.
        List<AuditLogRow> deletions = log.page(LENDER, new AuditLogFilter(Loan.class.getName(), saved.getId().toString(), null, null,
                2, null, null, null), true, 0, 10);
        assertThat(deletions).singleElement().satisfies(row -> assertThat(row.reason()).isEqualTo("paid off"));
        RevisionDetail detail = history.revision(deletions.get(0).revision());
        assertThat(detail.shownEntities()).singleElement().satisfies(entity -> {
            assertThat(entity.type()).isEqualTo(RevisionType.DEL);
            assertThat(((Loan) entity.state()).getOutstandingBalance()).isEqualByComparingTo("8000.00");
        });
    }

    @Test
    void a_record_reads_as_it_was_at_a_moment_between_two_changes_and_as_absent_before_it_existed() throws InterruptedException {
        actAs(LENDER, "reviewer");
        Instant before = Instant.now();
        Thread.sleep(5);
        Customer customer = customers.save(TestCustomers.reviewable("Point In Time", "20000.00"), null);
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        customer.setCity("Shenzhen");
        customers.save(customer, null);

        actAs(LENDER, "compliance-officer");
        assertThat(history.asOf(Customer.class, customer.getId(), before)).isEmpty();
        assertThat(history.asOf(Customer.class, customer.getId(), between)).hasValueSatisfying(entry ->
                assertThat(entry.state().getCity()).isEqualTo("Beijing"));
        assertThat(history.asOf(Customer.class, customer.getId(), Instant.now())).hasValueSatisfying(entry ->
                assertThat(entry.state().getCity()).isEqualTo("Shenzhen"));
    }

    @Test
    void every_audit_read_path_refuses_another_tenants_revisions_and_records() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Isolated Trail", "20000.00"), "lender only");
        actAs(LENDER, "compliance-officer");
        long revision = history.history(Customer.class, customer.getId()).get(0).revision();
        assertThat(history.revision(revision).shownEntities()).isNotEmpty();

        actAs(WEALTH, "compliance-officer");
        assertThat(history.history(Customer.class, customer.getId())).isEmpty();
        assertThat(history.historyWhere(Customer.class, "fullName", "Isolated Trail")).isEmpty();
        assertThat(history.asOf(Customer.class, customer.getId(), Instant.now())).isEmpty();
        assertThatThrownBy(() -> history.revision(revision)).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "audit.error.revisionNotFound");
        assertThat(trail.page(new AuditLogFilter(null, customer.getId().toString(), null, null, null, null, null, null), true, 0, 50)).isEmpty();
        assertThat(trail.page(new AuditLogFilter(null, "Isolated Trail", null, null, null, null, null, null), true, 0, 50)).isEmpty();
        assertThat(trail.page(AuditLogFilter.ANY, true, 0, 10_000)).extracting(AuditLogRow::revision).doesNotContain(revision);
        assertThat(log.changesOf(WEALTH, List.of(revision))).isEmpty();
        assertThat(new String(trail.exportCsv(AuditLogFilter.ANY, Locale.ENGLISH).content(), StandardCharsets.UTF_8))
                .doesNotContain(customer.getId().toString());
    }

    @Test
    void the_log_filters_by_customer_name_user_reason_and_time_and_shows_document_downloads_as_sensitive_reads() {
        actAs(LENDER, "reviewer");
        Instant start = Instant.now().minusSeconds(1);
        Customer customer = customers.save(TestCustomers.reviewable("Filter Trail Ltd", "20000.00"), "walk-in onboarding");
        DocumentInfo document = documents.upload(customer.getId(), DocumentType.BANK_STATEMENT, "statement.pdf", PDF, null);
        actAs(LENDER, "compliance-officer");
        documents.download(customer.getId(), document.id());

        // The customer's own revisions and the events about it (its child records have their own ids).
        List<AuditLogRow> byName = trail.page(new AuditLogFilter(null, "filter trail", null, null, null, start, null, null), true, 0, 50);
        assertThat(byName).hasSize(2);
        assertThat(byName.get(0).username()).isEqualTo("compliance-officer");
        assertThat(byName.get(0).roles()).isEqualTo("COMPLIANCE_OFFICER");
        assertThat(byName.get(0).reason()).contains("Document downloaded: statement.pdf", document.id().toString());
        assertThat(byName.get(0).changes()).extracting(AuditLogRow.Change::entityType)
                .containsExactly(com.crcloud.audit.domain.AuditEvent.class.getName());
        assertThat(trail.page(new AuditLogFilter(null, "filter trail", "reviewer", null, null, start, null, "walk-in"), true, 0, 50))
                .singleElement().satisfies(row -> assertThat(row.changes()).extracting(AuditLogRow.Change::entityId)
                        .containsExactly(customer.getId().toString()));
        assertThat(trail.page(new AuditLogFilter(null, "filter trail", null, null, null, null, start, null), true, 0, 50)).isEmpty();
        assertThat(trail.page(new AuditLogFilter(Customer.class.getName(), "filter trail", null, null, 0, start, null, null), false, 0, 50))
                .hasSize(1);
    }

    @Test
    void a_pdf_report_states_who_exported_when_with_which_filter_and_the_hash_of_the_rows_and_the_export_is_recorded() throws Exception {
        actAs(WEALTH, "reviewer");
        customers.save(TestCustomers.reviewable("王小明", "20000.00"), "开户");
        actAs(WEALTH, "auditor");
        AuditLogFilter filter = new AuditLogFilter(null, "王小明", null, null, null, null, null, null);

        AuditExport csv = trail.exportCsv(filter, Locale.SIMPLIFIED_CHINESE);
        AuditExport pdf = trail.exportPdf(filter, Locale.SIMPLIFIED_CHINESE);

        assertThat(csv.sha256()).isEqualTo(AuditTrailService.sha256(csv.content()));
        assertThat(pdf.sha256()).as("the report's hash is the hash of the same rows as CSV").isEqualTo(csv.sha256());
        PdfReader reader = new PdfReader(pdf.content());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains(csv.sha256(), "auditor", "王小明");
        List<AuditLogRow> exports = trail.page(new AuditLogFilter(com.crcloud.audit.domain.AuditEvent.class.getName(), null, "auditor",
                null, null, null, null, "export"), true, 0, 2);
        assertThat(exports).extracting(AuditLogRow::reason).allSatisfy(reason -> assertThat(reason).contains(csv.sha256()));
        assertThat(exports.get(0).reason()).startsWith("PDF export of 1 revisions");
    }

    @Test
    void reviewers_cannot_read_the_tenant_wide_trail() {
        actAs(LENDER, "reviewer");
        assertThatThrownBy(() -> trail.page(AuditLogFilter.ANY, true, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(trail::verify).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void verification_names_a_live_row_changed_in_the_database_and_then_the_altered_audit_row_of_a_revision() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Tamper Target", "20000.00"), "genuine");
        String id = customer.getId().toString();
        chain.seal(LENDER);
        assertThat(mine(chain.verify(LENDER), id)).as("untouched").isEmpty();

        jdbc.update("UPDATE customer SET city = 'Macau' WHERE tenant_id = ? AND id = ?", LENDER, id);
        try {
            assertThat(mine(chain.verify(LENDER), id)).singleElement().satisfies(finding -> {
                assertThat(finding.kind()).isEqualTo(TrailFinding.Kind.LIVE_ROW_ALTERED);
                assertThat(finding.table()).isEqualTo("customer");
                assertThat(finding.column()).isEqualTo("city");
            });
        } finally {
            jdbc.update("UPDATE customer SET city = 'Beijing' WHERE tenant_id = ? AND id = ?", LENDER, id);
        }

        Long revision = jdbc.queryForObject("SELECT rev FROM customer_aud WHERE tenant_id = ? AND id = ?", Long.class, LENDER, id);
        jdbc.update("UPDATE customer_aud SET city = 'Macau' WHERE tenant_id = ? AND id = ? AND rev = ?", LENDER, id, revision);
        jdbc.update("UPDATE customer SET city = 'Macau' WHERE tenant_id = ? AND id = ?", LENDER, id);
        try {
            VerificationReport report = chain.verify(LENDER);
            assertThat(report.firstBrokenRevision()).hasValueSatisfying(finding -> {
                assertThat(finding.kind()).isEqualTo(TrailFinding.Kind.REVISION_ALTERED);
                assertThat(finding.revision()).isEqualTo(revision);
            });
            actAs(WEALTH, "auditor");
            assertThat(chain.verify(WEALTH).findings()).as("another tenant's chain is its own").noneMatch(finding ->
                    revision.equals(finding.revision()));
        } finally {
            jdbc.update("UPDATE customer_aud SET city = 'Beijing' WHERE tenant_id = ? AND id = ? AND rev = ?", LENDER, id, revision);
            jdbc.update("UPDATE customer SET city = 'Beijing' WHERE tenant_id = ? AND id = ?", LENDER, id);
        }
        actAs(LENDER, "auditor");
        assertThat(chain.verify(LENDER).findings()).noneMatch(finding -> revision.equals(finding.revision()));
    }

    @Test
    void encrypted_personal_data_verifies_by_what_it_says_across_fresh_nonces_and_key_rotation_and_altered_ciphertext_is_named() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Encrypted Trail", "20000.00"), "genuine");
        String id = customer.getId().toString();
        chain.seal(LENDER);
        assertThat(jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, id))
                .as("a live row and its audit row hold different ciphertexts of the same email")
                .isNotEqualTo(jdbc.queryForObject("SELECT email FROM customer_aud WHERE id = ?", String.class, id));
        assertThat(mine(chain.verify(LENDER), id)).isEmpty();

        PersonalDataKeys file = PersonalDataKeys.load(Path.of(System.getProperty("crc.encryption.key-file")), false);
        PersonalDataCipher olderKey = new PersonalDataCipher(new PersonalDataKeys(file.keys(), 1, file.indexKey()));
        jdbc.update("UPDATE customer_aud SET email = ? WHERE id = ?", olderKey.encrypt(customer.getEmail()), id);
        rotation.rotate();
        assertThat(jdbc.queryForObject("SELECT email FROM customer_aud WHERE id = ?", String.class, id)).startsWith("k2:");
        assertThat(mine(chain.verify(LENDER), id)).as("re-encrypted history is the same history").isEmpty();

        String stored = jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, id);
        String altered = stored.substring(0, stored.length() - 4) + (stored.endsWith("AAAA") ? "BBBB" : "AAAA");
        jdbc.update("UPDATE customer SET email = ? WHERE id = ?", altered, id);
        try {
            assertThat(mine(chain.verify(LENDER), id)).singleElement().satisfies(finding -> {
                assertThat(finding.kind()).isEqualTo(TrailFinding.Kind.LIVE_ROW_ALTERED);
                assertThat(finding.column()).isEqualTo("email");
            });
        } finally {
            jdbc.update("UPDATE customer SET email = ? WHERE id = ?", stored, id);
        }
    }

    @Test
    void sealing_chains_revisions_in_commit_order_and_leaves_nothing_unsealed() {
        actAs(LENDER, "reviewer");
        customers.save(TestCustomers.reviewable("Seal One", "20000.00"), null);
        customers.save(TestCustomers.reviewable("Seal Two", "20000.00"), null);
        chain.seal(LENDER);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_revision WHERE revision_tenant_id = ? AND chain_seq IS NULL",
                Long.class, LENDER)).isZero();
        List<Long> positions = jdbc.queryForList("SELECT chain_seq FROM audit_revision WHERE revision_tenant_id = ? ORDER BY chain_seq",
                Long.class, LENDER);
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).isEqualTo(i + 1L);
        }
        assertThat(chain.verify(LENDER).findings()).noneMatch(finding -> finding.kind() == TrailFinding.Kind.REVISION_ALTERED
                || finding.kind() == TrailFinding.Kind.REVISION_MISSING);
    }

    @Test
    void the_sealing_job_seals_the_new_revisions_of_every_tenant() {
        actAs(LENDER, "reviewer");
        customers.save(TestCustomers.reviewable("Job Sealed Lender", "20000.00"), null);
        actAs(WEALTH, "reviewer");
        customers.save(TestCustomers.reviewable("Job Sealed Wealth", "20000.00"), null);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        assertThat(AuditJobs.sealAll(tenants, chain)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_revision WHERE revision_tenant_id IN (?, ?) AND chain_seq IS NULL",
                Long.class, LENDER, WEALTH)).isZero();
    }

    private static List<TrailFinding> mine(VerificationReport report, String entityId) {
        return report.findings().stream().filter(finding -> entityId.equals(finding.entityId())).toList();
    }
}
