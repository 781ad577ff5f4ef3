package com.crcloud.datasubject.service;

import com.crcloud.audit.domain.TrailFinding;
import com.crcloud.audit.service.AuditChain;
import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.consent.domain.ConsentChannel;
import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.domain.ConsentStatus;
import com.crcloud.consent.service.ConsentService;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.service.CustomerDocumentService;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.datasubject.domain.ErasureRequest;
import com.crcloud.datasubject.domain.ErasureStatus;
import com.crcloud.feedback.domain.ComplaintCategory;
import com.crcloud.feedback.domain.ComplaintChannel;
import com.crcloud.feedback.service.ComplaintService;
import com.crcloud.feedback.service.NewComplaint;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.privacy.domain.PersonalDataColumns;
import com.crcloud.privacy.service.PersonalDataCipher;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.support.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rights of access and erasure, and retention, end to end on the real database. */
@Tag("persistence")
class DataSubjectRightsTest extends IntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired
    com.crcloud.customer.domain.CustomerRepository storedCustomers;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerDocumentService documents;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ConsentService consents;
    @Autowired
    SubjectDataExportService export;
    @Autowired
    ErasureService erasures;
    @Autowired
    RetentionService retention;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditHistoryService history;
    @Autowired
    TenantRepository tenants;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;

    /** A customer with everything personal the product holds: identity, a document, a decided case with its letter, a complaint. */
    private Customer fullyRecorded(String name) {
        actAs(LENDER, "reviewer");
        Customer customer = TestCustomers.reviewable(name, "16000.00");
        customer.setPhone("13912345" + String.format("%03d", Math.abs(name.hashCode()) % 1000));
        customer.setAddressLine("88 " + name + " Road");
        customer.setPostalCode("100000");
        Customer saved = customers.save(customer, null);
        saved.setEmail(name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@mail.example");
        saved = customers.save(saved, null);
        documents.upload(saved.getId(), DocumentType.PASSPORT, "passport-" + name + ".pdf", PDF, null);
        ConsentPurpose marketing = consents.purposes().stream().filter(purpose -> purpose.getCode().equals("MARKETING")).findFirst().orElseThrow();
        consents.record(saved.getId(), marketing.getId(), ConsentStatus.GIVEN, null, ConsentChannel.ONLINE, null);
        ReviewCase decided = new TestCases(cases).decidedAs(saved, RiskClass.LOW, DecisionOutcome.REJECTED, DecisionReason.AFFORDABILITY);
        complaints.log(new NewComplaint(saved.getId(), decided.getId(), ComplaintChannel.PHONE, ComplaintCategory.DECISION,
                name + " says the limit is too low", clock.instant().minus(Duration.ofMinutes(5))));
        return customers.find(saved.getId()).orElseThrow();
    }

    @Test
    void the_export_holds_identity_finances_cases_with_steps_and_messages_consents_and_feedback_and_is_itself_recorded() throws Exception {
        Customer customer = fullyRecorded("Export Subject");
        actAs(LENDER, "compliance-officer");

        JsonNode exported = json.readTree(export.exportJson(customer.getId()).content());
        assertThat(exported.path("identity").path("fullName").asText()).isEqualTo("Export Subject");
        assertThat(exported.path("identity").path("email").asText()).as("decrypted").isEqualTo(customer.getEmail());
        Customer stored = storedCustomers.findById(customer.getId()).orElseThrow();
        assertThat(exported.path("identity").path("nationalIdNumber").asText()).as("in full, not masked")
                .isEqualTo(stored.getNationalIdNumber()).doesNotContain("*");
        assertThat(exported.path("identity").path("phone").asText()).isEqualTo(stored.getPhone()).doesNotContain("*");
        assertThat(exported.path("identity").has("nationalIdIndex")).as("no blind index").isFalse();
        assertThat(exported.path("identity").has("tenantId")).isFalse();
        assertThat(exported.path("documents").get(0).path("fileName").asText()).isEqualTo("passport-Export Subject.pdf");
        JsonNode firstCase = exported.path("cases").get(0);
        assertThat(firstCase.path("outcome").asText()).isEqualTo("REJECTED");
        assertThat(firstCase.path("steps").isArray()).as("steps listed (none ran here)").isTrue();
        assertThat(firstCase.path("messages").size()).isPositive();
        assertThat(exported.path("consents").get(0).path("purpose").asText()).isEqualTo("Marketing");
        assertThat(exported.path("complaints").get(0).path("description").asText()).contains("limit is too low");
        assertThat(exported.has("finances")).isTrue();
        assertThat(exported.path("export").path("exportedBy").asText()).isEqualTo("compliance-officer");

        byte[] pdf = export.exportPdf(customer.getId(), Locale.ENGLISH).content();
        PdfReader reader = new PdfReader(pdf);
        String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(firstPage).contains("Export Subject", "Identity", stored.getNationalIdNumber());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE tenant_id = ? AND kind = 'SUBJECT_DATA_EXPORTED'"
                + " AND subject_id = ?", Integer.class, LENDER, customer.getId().toString())).as("JSON and PDF exports recorded").isEqualTo(2);
        actAs(LENDER, "reviewer");
        assertThatThrownBy(() -> export.exportJson(customer.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void erasure_needs_a_second_person_and_afterwards_no_table_or_history_row_holds_the_customers_personal_data() throws Exception {
        Customer customer = fullyRecorded("Erasable Person");
        List<String> personal = List.of("Erasable Person", customer.getEmail(), customer.getPhone(), customer.getNationalIdNumber(),
                customer.getAddressLine(), "Erasable", "erasable" /* the name search's parts are lower case */);
        assertThat(occurrences(personal)).as("the scan finds the data before erasure").isNotEmpty();
        chain.seal(LENDER);

        actAs(LENDER, "compliance-officer");
        ErasureRequest requested = erasures.request(customer.getId(), "Customer asked by letter of 28 Nov to be forgotten");
        assertThatThrownBy(() -> erasures.request(customer.getId(), "Asked again on the phone"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("privacy.erasure.error.pending"));
        assertThatThrownBy(() -> erasures.approve(requested.getId(), requested.getVersion(), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("privacy.erasure.error.samePerson"));
        assertThat(customers.find(customer.getId()).orElseThrow().getFullName()).as("nothing erased yet").isEqualTo("Erasable Person");

        actAs(LENDER, "tenant-admin");
        ErasureRequest executed = erasures.approve(requested.getId(), requested.getVersion(), "identity checked");
        assertThat(executed.getStatus()).isEqualTo(ErasureStatus.EXECUTED);
        assertThat(executed.getDecidedBy()).isEqualTo("tenant-admin");
        assertThat(executed.getExecutionSummary()).contains("1 documents deleted", "re-sealed from position");

        Customer erased = customers.find(customer.getId()).orElseThrow();
        assertThat(erased.getFullName()).isEqualTo(executed.getPseudonym()).startsWith("ERASED-");
        assertThat(erased.getNationalIdNumber()).isNull();
        assertThat(jdbc.queryForMap("SELECT national_id_index, email_index, phone_index FROM customer WHERE id = ?",
                customer.getId().toString()).values()).containsOnlyNulls();
        assertThat(cases.casesOf(customer.getId())).as("the review record stays").singleElement()
                .satisfies(kept -> assertThat(kept.getOutcome()).isEqualTo(DecisionOutcome.REJECTED));
        assertThat(occurrences(personal)).as("raw database after erasure").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_document WHERE customer_id = ?", Integer.class,
                customer.getId().toString())).isZero();

        chain.seal(LENDER);
        assertThat(chain.verify(LENDER).findings()).as("the re-sealed chain verifies").noneMatch(finding ->
                finding.kind() == TrailFinding.Kind.REVISION_ALTERED || finding.kind() == TrailFinding.Kind.REVISION_MISSING
                        || customer.getId().toString().equals(finding.entityId()));
        assertThat(history.history(ErasureRequest.class, requested.getId())).as("request, approval and execution each a revision")
                .extracting(entry -> entry.state().getStatus())
                .containsExactly(ErasureStatus.REQUESTED, ErasureStatus.APPROVED, ErasureStatus.EXECUTED);
        assertThatThrownBy(() -> erasures.request(customer.getId(), "Asked once more, after erasure"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("privacy.erasure.error.alreadyErased"));
    }

    @Test
    void an_erasure_is_refused_while_a_review_case_is_open_and_a_rejection_needs_a_reason() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Open Case Subject", "8000.00"), null);
        cases.open(customer.getId(), CaseTrigger.INITIAL);
        actAs(LENDER, "compliance-officer");
        ErasureRequest requested = erasures.request(customer.getId(), "Customer wrote to ask for erasure");
        actAs(LENDER, "tenant-admin");
        assertThatThrownBy(() -> erasures.approve(requested.getId(), requested.getVersion(), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("privacy.erasure.error.openCase"));
        assertThatThrownBy(() -> erasures.reject(requested.getId(), requested.getVersion(), " "))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("privacy.erasure.error.note"));
        ErasureRequest rejected = erasures.reject(requested.getId(), requested.getVersion(), "Loan still running: legal obligation");
        assertThat(rejected.getStatus()).isEqualTo(ErasureStatus.REJECTED);
        assertThat(customers.find(customer.getId()).orElseThrow().getFullName()).isEqualTo("Open Case Subject");
    }

    @Test
    void the_retention_job_pseudonymises_customers_past_the_period_leaves_open_cases_and_recent_ones_and_reports_which() {
        actAs(WEALTH, "tenant-admin");
        retention.setYearsAfterLastCase(20, "records policy");
        actAs(WEALTH, "reviewer");
        clock.advance(Duration.ofDays(-365L * 30));
        Customer neverReviewed = customers.save(TestCustomers.reviewable("Old Never Reviewed", "9000.00"), null);
        Customer oldDecided = customers.save(TestCustomers.reviewable("Old Decided", "9000.00"), null);
        Customer recentlyDecided = customers.save(TestCustomers.reviewable("Old But Recently Decided", "9000.00"), null);
        Customer openCase = customers.save(TestCustomers.reviewable("Old With Open Case", "9000.00"), null);
        clock.advance(Duration.ofDays(365L * 5));
        new TestCases(cases).decidedAs(oldDecided, RiskClass.LOW, DecisionOutcome.REJECTED, DecisionReason.AFFORDABILITY);
        clock.reset();
        new TestCases(cases).decidedAs(recentlyDecided, RiskClass.LOW, DecisionOutcome.REJECTED, DecisionReason.AFFORDABILITY);
        cases.open(openCase.getId(), CaseTrigger.INITIAL);
        Customer recent = customers.save(TestCustomers.reviewable("Recent Customer", "9000.00"), null);

        PrivacyJobs.runAll(tenants, retention);

        actAs(WEALTH, "compliance-officer");
        var report = retention.recentRuns().get(0);
        assertThat(report.getSkippedOpen()).isPositive();
        List<String> erasedNames = List.of(customers.find(neverReviewed.getId()).orElseThrow().getFullName(),
                customers.find(oldDecided.getId()).orElseThrow().getFullName());
        assertThat(report.getErasedRefs()).containsAll(erasedNames);
        assertThat(erasedNames).allSatisfy(name -> assertThat(name).startsWith("ERASED-"));
        assertThat(List.of(recentlyDecided, openCase, recent)).extracting(kept -> customers.find(kept.getId()).orElseThrow().getFullName())
                .containsExactly("Old But Recently Decided", "Old With Open Case", "Recent Customer");
        assertThat(erasures.requestsOf(neverReviewed.getId())).singleElement().satisfies(request -> {
            assertThat(request.getStatus()).isEqualTo(ErasureStatus.EXECUTED);
            assertThat(request.getRequestedBy()).isEqualTo(PrivacyJobs.ACTOR);
        });
        assertThat(retention.run()).as("a second run finds nothing new").hasValueSatisfying(run ->
                assertThat(run.getErasedRefs()).doesNotContainAnyElementsOf(erasedNames));
    }

    /** Every place in the database (table.column, decrypted where encrypted) holding any of the values. */
    private List<String> occurrences(List<String> values) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                    row.forEach((column, value) -> {
                        String text = readable(table, column, value);
                        if (text != null && values.stream().anyMatch(text::contains)) {
                            found.add(table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT) + ": " + text);
                        }
                    });
                }
            }
        }
        return found;
    }

    private String readable(String table, String column, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            byte[] clear = PersonalDataColumns.isEncrypted(table, column) ? cipher.decrypt(bytes) : bytes;
            return new String(clear, StandardCharsets.ISO_8859_1);
        }
        String text = value.toString();
        return PersonalDataColumns.isEncrypted(table, column) ? cipher.decrypt(text) : text;
    }
}
