package com.crcloud.security;

import com.crcloud.audit.domain.AuditLogFilter;
import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.audit.service.AuditChain;
import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.AuditTrailService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.audit.ui.AuditLogView;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerDocument;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.IncomeSource;
import com.crcloud.customer.domain.VerificationStatus;
import com.crcloud.customer.service.CustomerDocumentService;
import com.crcloud.customer.service.CustomerExportService;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerDetailView;
import com.crcloud.customer.ui.CustomerListView;
import com.crcloud.feedback.domain.Complaint;
import com.crcloud.feedback.domain.ComplaintCategory;
import com.crcloud.feedback.domain.ComplaintChannel;
import com.crcloud.feedback.domain.CustomerSurvey;
import com.crcloud.feedback.service.ComplaintService;
import com.crcloud.feedback.service.NewComplaint;
import com.crcloud.feedback.service.SurveyService;
import com.crcloud.feedback.ui.FeedbackView;
import com.crcloud.masking.SensitiveData;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.plugin.api.ScreeningDisposition;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.CustomerMessage;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.AutomatedChecksService;
import com.crcloud.review.service.CaseProposal;
import com.crcloud.review.service.CustomerNotifier;
import com.crcloud.review.service.CustomerTimeline;
import com.crcloud.review.service.MonitoringJobs;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.ScreeningDecisionService;
import com.crcloud.review.service.WatchlistRescreening;
import com.crcloud.review.ui.CustomerChecksView;
import com.crcloud.review.ui.CustomerReviewsView;
import com.crcloud.review.ui.ReviewCaseView;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cross-tenant suite: signed in to tenant A ({@value #A}), a user tries every entry point with the IDs of
 * tenant B's ({@value #B}) customer, case, document, record entry, comment, message, survey, complaint, revision
 * and plugin records, and gets "not found", an empty answer or a refusal, never B's data; B's data is unchanged
 * afterwards. Background jobs run for A leave B alone. Tagged {@code persistence}, so it also runs on MariaDB.
 */
@Tag("persistence")
class CrossTenantAccessTest extends KaribuTest {

    private static final String A = WEALTH;
    private static final String B = LENDER;
    private static final String B_NAME = "Cross Tenant Secret";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** Tenant B's data, made once per JVM by B's own users. */
    private static TenantB b;

    private record TenantB(Customer customer, String number, DocumentInfo document, FinancialProfile profile, ReviewCase openCase,
                           ReviewCase decidedCase, CustomerMessage message, CustomerSurvey survey, Complaint complaint,
                           long revision, String pluginCollection) {
    }

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository customerRepository;
    @Autowired
    CustomerExportService export;
    @Autowired
    CustomerRecordService records;
    @Autowired
    CustomerDocumentService documents;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    ScreeningDecisionService screeningDecisions;
    @Autowired
    AutomatedChecksService checks;
    @Autowired
    CustomerTimeline timeline;
    @Autowired
    CustomerNotifier notifier;
    @Autowired
    ComplaintService complaints;
    @Autowired
    SurveyService surveys;
    @Autowired
    AuditHistoryService history;
    @Autowired
    AuditTrailService trail;
    @Autowired
    AuditChain chain;
    @Autowired
    TenantExtensionService extensions;
    @Autowired
    WatchlistRescreening rescreening;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void tenantBHasItsOwnData() {
        if (b == null) {
            b = createTenantB();
        }
    }

    private TenantB createTenantB() {
        actAs(B, "reviewer");
        Customer entered = TestCustomers.reviewable(B_NAME, "9000.00");
        entered.setPhone("13912345678");
        Customer customer = customers.save(entered, "B onboarding");
        DocumentInfo document = documents.upload(customer.getId(), DocumentType.ID_CARD, "b-id.pdf", PDF, null);
        FinancialProfile profile = new FinancialProfile();
        profile.setIncomeSource(IncomeSource.SALARY);
        profile = records.save(customer.getId(), profile, null);
        ReviewCase openCase = new TestCases(cases).assessed(customer);
        cases.comment(openCase.getId(), "B internal note");
        openCase = cases.find(openCase.getId()).orElseThrow();

        Customer rejected = customers.save(TestCustomers.reviewable(B_NAME + " Rejected", "7000.00"), null);
        ReviewCase decidedCase = new TestCases(cases).decidedAs(rejected, RiskClass.HIGH, DecisionOutcome.REJECTED,
                DecisionReason.AFFORDABILITY);
        CustomerMessage message = notifier.messagesOfCase(decidedCase.getId()).get(0);
        CustomerSurvey survey = surveys.surveysOf(rejected.getId()).get(0);
        Complaint complaint = complaints.log(new NewComplaint(customer.getId(), openCase.getId(), ComplaintChannel.PHONE,
                ComplaintCategory.SERVICE, "B complains", Instant.now()));

        actAs(B, "tenant-admin");
        String collection = "cross-tenant-" + UUID.randomUUID();
        extensions.contextFor(anyExtension(), Locale.ENGLISH).recordStore().put(collection, "b-key", "B's plugin value");

        actAs(B, "auditor");
        long revision = history.history(Customer.class, customer.getId()).get(0).revision();
        return new TenantB(customer, entered.getNationalIdNumber(), document, profile, openCase, decidedCase, message, survey,
                complaint, revision, collection);
    }

    private TenantExtension anyExtension() {
        return extensions.list().get(0);
    }

    /** Refused as tenant A would refuse an id it does not have: "not found" or a stale version, never a role problem. */
    private static void refused(ThrowingCallable attempt) {
        assertThatThrownBy(attempt).isInstanceOf(UserFacingException.class);
    }

    private static void notFound(ThrowingCallable attempt, String messageKey) {
        assertThatThrownBy(attempt).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static String read(InputStream stream) throws IOException {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Customer bAsStored() {
        return TenantContext.callAs(B, () -> customerRepository.findById(b.customer().getId())).orElseThrow();
    }

    // ---- routes (Karibu navigation with B's ids) -------------------------------------------------------------

    @Test
    void routes_with_tenant_b_ids_show_not_found_and_nothing_of_b() {
        record Attempt(String path, Class<?> target) {
        }
        List<Attempt> attempts = List.of(
                new Attempt("customers/" + b.customer().getId(), CustomerDetailView.class),
                new Attempt("customers/" + b.customer().getId() + "/checks", CustomerChecksView.class),
                new Attempt("customers/" + b.customer().getId() + "/reviews", CustomerReviewsView.class),
                new Attempt("customers/" + b.customer().getId() + "/feedback", FeedbackView.class),
                new Attempt("reviews/" + b.openCase().getId(), ReviewCaseView.class),
                new Attempt("reviews/" + b.decidedCase().getId(), ReviewCaseView.class));
        for (Attempt attempt : attempts) {
            signIn(A, "reviewer");
            UI.getCurrent().navigate(attempt.path());
            assertThat(currentView()).as(attempt.path()).isNotEqualTo(attempt.target());
            List<String> notFound = List.of(UI.getCurrent().getTranslation("customer.error.notFound"),
                    UI.getCurrent().getTranslation("case.error.notFound"));
            assertThat(notificationTexts()).as(attempt.path()).anyMatch(notFound::contains);
            assertThat(get_textRecursively(UI.getCurrent())).as(attempt.path()).doesNotContain(B_NAME);
            tearDownUi();
        }
    }

    @Test
    void the_customer_list_and_the_audit_log_of_tenant_a_find_nothing_of_b_by_name_id_or_number() {
        signIn(A, "compliance-officer");
        UI.getCurrent().navigate(CustomerListView.class);
        for (String text : List.of(B_NAME, b.number(), "13912345678")) {
            _setValue(_get(TextField.class, spec -> spec.withId("customer-search")), text);
            assertThat(_findAll(_get(Grid.class, spec -> spec.withId("customer-grid")))).as(text).isEmpty();
        }
        UI.getCurrent().navigate(AuditLogView.class);
        for (String text : List.of(B_NAME, b.customer().getId().toString())) {
            _setValue(_get(TextField.class, spec -> spec.withId("audit-filter-entity")), text);
            assertThat(_findAll(_get(Grid.class, spec -> spec.withId("audit-log-grid")))).as(text).isEmpty();
        }
    }

    // ---- customers, records, documents, reveal, export ------------------------------------------------------

    @Test
    void customer_reads_searches_updates_reveals_and_exports_of_tenant_a_never_reach_b() throws IOException {
        actAs(A, "reviewer");
        assertThat(customers.find(b.customer().getId())).isEmpty();
        assertThat(customers.search(new CustomerFilter(B_NAME, null), Pageable.unpaged())).isEmpty();
        assertThat(customers.search(new CustomerFilter(b.number(), null), Pageable.unpaged())).isEmpty();
        assertThat(customers.count(new CustomerFilter(b.number(), null))).isZero();
        notFound(() -> customers.reveal(b.customer().getId(), SensitiveData.NATIONAL_ID, "probing"), "customer.error.notFound");
        notFound(() -> customers.reveal(b.customer().getId(), SensitiveData.PHONE, "probing"), "customer.error.notFound");

        // An update with B's id and version (as a forged form would send, with valid values) is refused and changes
        // nothing in either tenant.
        Customer forged = b.customer().masked(LocalDate.now());
        forged.setFullName("Overwritten By A");
        forged.setNationalIdNumber(b.number());
        forged.setPhone("13700000000");
        long aCustomers = customers.count(CustomerFilter.ALL);
        refused(() -> customers.save(forged, "forged"));
        assertThat(bAsStored().getFullName()).isEqualTo(B_NAME);
        assertThat(customers.count(CustomerFilter.ALL)).isEqualTo(aCustomers);

        actAs(A, "compliance-officer");
        String csv = read(export.export(new CustomerFilter(b.number(), null)));
        assertThat(csv.split("\r\n")).hasSize(1);
        assertThat(read(export.export(CustomerFilter.ALL))).doesNotContain(B_NAME);
    }

    @Test
    void record_entries_and_documents_of_b_cannot_be_read_added_changed_downloaded_or_removed_from_a() {
        actAs(A, "reviewer");
        assertThat(records.recordOf(b.customer().getId())).satisfies(record -> {
            assertThat(record.profile()).isEmpty();
            assertThat(record.documents()).isEmpty();
        });
        assertThat(records.find(b.customer().getId(), FinancialProfile.class, b.profile().getId())).isEmpty();
        FinancialProfile another = new FinancialProfile();
        another.setIncomeSource(IncomeSource.SALARY);
        notFound(() -> records.save(b.customer().getId(), another, null), "customer.error.notFound");
        refused(() -> records.remove(b.customer().getId(), b.profile(), null));

        assertThat(documents.documentsOf(b.customer().getId())).isEmpty();
        refused(() -> documents.download(b.customer().getId(), b.document().id()));
        notFound(() -> documents.upload(b.customer().getId(), DocumentType.PAYSLIP, "a.pdf", PDF, null), "customer.error.notFound");
        refused(() -> documents.decide(b.customer().getId(), b.document().id(), b.document().version(), VerificationStatus.VERIFIED, null));
        refused(() -> documents.remove(b.customer().getId(), b.document().id(), b.document().version(), null));

        actAs(B, "reviewer");
        assertThat(documents.documentsOf(b.customer().getId())).singleElement()
                .satisfies(document -> assertThat(document.verificationStatus()).isEqualTo(VerificationStatus.PENDING));
        assertThat(records.recordOf(b.customer().getId()).profile()).isPresent();
    }

    // ---- cases, screening, comments, messages, timeline, checks ---------------------------------------------

    @Test
    void case_reads_and_every_case_action_with_b_ids_are_refused() {
        UUID caseId = b.openCase().getId();
        long version = b.openCase().getVersion();
        actAs(A, "reviewer");
        assertThat(cases.find(caseId)).isEmpty();
        assertThat(cases.openCaseOf(b.customer().getId())).isEmpty();
        assertThat(cases.casesOf(b.customer().getId())).isEmpty();
        assertThat(cases.steps(caseId)).isEmpty();
        assertThat(cases.comments(caseId)).isEmpty();
        assertThat(cases.screeningHits(caseId)).isEmpty();
        notFound(() -> cases.open(b.customer().getId(), CaseTrigger.INITIAL), "customer.error.notFound");
        refused(() -> cases.claim(caseId, version));
        refused(() -> cases.startVerification(caseId, version, Locale.ENGLISH));
        refused(() -> cases.startAssessment(caseId, version, Locale.ENGLISH));
        refused(() -> cases.override(caseId, version, RiskClass.LOW, null, TestCases.JUSTIFICATION));
        refused(() -> cases.decide(caseId, version, new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null),
                Locale.ENGLISH));
        refused(() -> cases.reopen(b.decidedCase().getId(), b.decidedCase().getVersion(), "probe"));
        refused(() -> cases.comment(caseId, "A was here"));
        refused(() -> cases.decideHit(caseId, "compliance/watchlist", "list", "entry-1", ScreeningDisposition.Verdict.FALSE_POSITIVE,
                "probe"));
        refused(() -> cases.flagForReview(b.customer().getId(), CaseTrigger.WATCHLIST, "probe"));
        notFound(() -> cases.reassessAfterDataChange(b.customer().getId(), Locale.ENGLISH), "customer.error.notFound");
        assertThat(screeningDecisions.decisionsOf(b.customer().getId())).isEmpty();
        assertThat(timeline.of(b.customer().getId())).isEmpty();
        assertThat(notifier.messagesOfCase(b.decidedCase().getId())).isEmpty();
        assertThat(notifier.attachment(b.message().getId())).isNull();
        notFound(() -> checks.run(b.customer().getId(), Locale.ENGLISH), "customer.error.notFound");

        actAs(A, "tenant-admin");
        refused(() -> cases.assign(caseId, version, "reviewer", "probe"));
        actAs(A, "approver");
        refused(() -> cases.returnToReviewer(caseId, version, "probe"));
        refused(() -> cases.approve(caseId, version, new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null),
                Locale.ENGLISH));

        actAs(B, "reviewer");
        ReviewCase unchanged = cases.find(caseId).orElseThrow();
        assertThat(unchanged.getVersion()).isEqualTo(version);
        assertThat(cases.comments(caseId)).extracting(comment -> comment.getBody()).doesNotContain("A was here");
    }

    @Test
    void surveys_and_complaints_of_b_cannot_be_read_or_changed_from_a() {
        actAs(A, "reviewer");
        assertThat(surveys.surveysOf(b.decidedCase().getCustomerId())).isEmpty();
        assertThat(surveys.metricsOf(b.survey().getId())).isEmpty();
        refused(() -> surveys.recordAnswers(b.survey().getId(), b.survey().getVersion(), List.of()));
        assertThat(complaints.complaintsOf(b.customer().getId())).isEmpty();
        refused(() -> complaints.startHandling(b.complaint().getId(), b.complaint().getVersion()));
        refused(() -> complaints.resolve(b.complaint().getId(), b.complaint().getVersion(), "closed by A"));
        refused(() -> complaints.log(new NewComplaint(b.customer().getId(), null, ComplaintChannel.EMAIL, ComplaintCategory.OTHER,
                "A logs on B", Instant.now())));
    }

    // ---- history, point in time, diff, audit log and exports -------------------------------------------------

    @Test
    void history_point_in_time_comparison_revisions_and_audit_exports_of_a_hold_nothing_of_b() {
        actAs(A, "compliance-officer");
        assertThat(history.history(Customer.class, b.customer().getId())).isEmpty();
        assertThat(history.historyWhere(CustomerDocument.class, "customerId", b.customer().getId())).isEmpty();
        assertThat(history.asOf(Customer.class, b.customer().getId(), Instant.now())).isEmpty();
        assertThat(history.compare(Customer.class, b.customer().getId(), b.revision(), b.revision() + 1)).isEmpty();
        notFound(() -> history.revision(b.revision()), "audit.error.revisionNotFound");
        assertThat(trail.page(new AuditLogFilter(null, b.customer().getId().toString(), null, null, null, null, null, null), true, 0, 50))
                .isEmpty();
        assertThat(trail.page(AuditLogFilter.ANY, true, 0, 100_000)).extracting(AuditLogRow::revision).doesNotContain(b.revision());
        assertThat(new String(trail.exportCsv(AuditLogFilter.ANY, Locale.ENGLISH).content(), StandardCharsets.UTF_8))
                .doesNotContain(b.customer().getId().toString()).doesNotContain("B onboarding");
        assertThat(trail.exportPdf(new AuditLogFilter(null, B_NAME, null, null, null, null, null, null), Locale.ENGLISH).revisions()).isZero();

        actAs(B, "compliance-officer");
        List<HistoryEntry<Customer>> own = history.history(Customer.class, b.customer().getId());
        assertThat(own).isNotEmpty();
    }

    // ---- plugin record store contexts ------------------------------------------------------------------------

    @Test
    void a_plugin_called_for_a_sees_and_changes_none_of_the_records_it_keeps_for_b() {
        actAs(A, "tenant-admin");
        RecordStore store = extensions.contextFor(anyExtension(), Locale.ENGLISH).recordStore();
        assertThat(extensions.contextFor(anyExtension(), Locale.ENGLISH).tenantId()).isEqualTo(A);
        assertThat(store.get(b.pluginCollection(), "b-key")).isEmpty();
        assertThat(store.keys(b.pluginCollection())).isEmpty();
        assertThat(store.page(b.pluginCollection(), null, 10)).isEmpty();
        store.delete(b.pluginCollection(), "b-key");
        store.put(b.pluginCollection(), "b-key", "A's value");

        actAs(B, "tenant-admin");
        assertThat(extensions.contextFor(anyExtension(), Locale.ENGLISH).recordStore().get(b.pluginCollection(), "b-key"))
                .contains("B's plugin value");
    }

    // ---- background jobs run for A ---------------------------------------------------------------------------

    @Test
    void background_jobs_run_for_a_leave_b_alone() {
        // B's rejected customer becomes due for a re-review; only B's own pass may open it.
        UUID due = b.decidedCase().getCustomerId();
        TenantContext.callAs(B, () -> new TransactionTemplate(transactionManager).execute(status -> {
            Customer stored = customerRepository.findById(due).orElseThrow();
            stored.recordReview(RiskClass.HIGH, stored.getTier(), LocalDate.now().minusDays(1));
            return customerRepository.save(stored);
        }));
        // A's watchlist names B's customer: A's re-screening must not look at B.
        actAs(A, "compliance-officer");
        extensions.importFile("compliance/watchlist-upload", "cross-tenant-list.txt", (B_NAME + "\n").getBytes(StandardCharsets.UTF_8),
                Locale.ENGLISH);
        actAs(B, "reviewer");
        Customer edited = customers.find(b.customer().getId()).orElseThrow();
        edited.setCity("Suzhou");
        customers.save(edited, "B edits before A's jobs run");
        actAs(B, "auditor");
        long bLatest = history.history(Customer.class, b.customer().getId()).stream().mapToLong(HistoryEntry::revision).max().orElseThrow();

        SystemActor.call(A, MonitoringJobs.ACTOR, EnumSet.of(Role.REVIEWER), cases::openDueReReviews);
        WatchlistRescreening.Report report = SystemActor.call(A, WatchlistRescreening.ACTOR, EnumSet.of(Role.REVIEWER),
                rescreening::rescreenTenant);
        chain.seal(A);

        assertThat(report.casesFlagged()).as("no customer of A is on A's list").isZero();
        actAs(B, "reviewer");
        assertThat(cases.openCaseOf(due)).as("A's re-review pass").isEmpty();
        assertThat(cases.casesOf(b.customer().getId())).as("A's re-screening").extracting(ReviewCase::getId)
                .containsExactly(b.openCase().getId());
        assertThat(cases.comments(b.openCase().getId())).as("A's re-screening").extracting(comment -> comment.getBody())
                .noneMatch(body -> body.contains("Watchlist update"));
        actAs(B, "auditor");
        assertThat(trail.page(new AuditLogFilter(null, null, null, null, null, null, null, "B edits before A's jobs run"), true, 0, 5))
                .singleElement().satisfies(row -> {
                    assertThat(row.revision()).isEqualTo(bLatest);
                    assertThat(row.chainSeq()).as("A's sealing pass does not seal B's revisions").isNull();
                });
    }
}
