package com.crcloud.datasubject.service;

import com.crcloud.audit.domain.AuditEventKind;
import com.crcloud.audit.service.AuditEvents;
import com.crcloud.consent.domain.ConsentRecord;
import com.crcloud.consent.service.ConsentService;
import com.crcloud.consent.service.CustomerConsents;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.service.CustomerRecord;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.datasubject.domain.ErasureRequestRepository;
import com.crcloud.feedback.domain.CustomerSurvey;
import com.crcloud.feedback.service.ComplaintService;
import com.crcloud.feedback.service.SurveyService;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CustomerNotifier;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the tenant holds about one customer, for the customer's right of access: identity (decrypted),
 * finances, credit record, the documents' list, review cases with their steps, comments and messages, consents,
 * surveys and complaints, and erasure requests. One tree, written as JSON or as a readable PDF; each export is
 * an audit event naming who exported which customer in which format.
 */
@Service
public class SubjectDataExportService {

    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() { };
    /** Bookkeeping that says nothing about the customer: tenancy, locking, and the blind index of the ID number. */
    private static final Set<String> INTERNAL = Set.of("tenantId", "version", "new", "nationalIdIndex", "attachment");

    /** A rendered export: what the file is called and its bytes. */
    public record ExportFile(String fileName, String contentType, byte[] content) {
    }

    private final CustomerRepository customers;
    private final CustomerRecordService records;
    private final ReviewCaseService cases;
    private final CustomerNotifier messages;
    private final ConsentService consents;
    private final SurveyService surveys;
    private final ComplaintService complaints;
    private final ErasureRequestRepository erasures;
    private final AuditEvents auditEvents;
    private final CurrentUser currentUser;
    private final SubjectDataPdf pdf;
    private final ObjectMapper json;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    @SuppressWarnings("java:S107") // every feature that holds data about a customer
    public SubjectDataExportService(CustomerRepository customers, CustomerRecordService records, ReviewCaseService cases,
                                    CustomerNotifier messages, ConsentService consents, SurveyService surveys,
                                    ComplaintService complaints, ErasureRequestRepository erasures, AuditEvents auditEvents,
                                    CurrentUser currentUser, SubjectDataPdf pdf, ObjectMapper json,
                                    PlatformTransactionManager transactionManager, Clock clock) {
        this.customers = customers;
        this.records = records;
        this.cases = cases;
        this.messages = messages;
        this.consents = consents;
        this.surveys = surveys;
        this.complaints = complaints;
        this.erasures = erasures;
        this.auditEvents = auditEvents;
        this.currentUser = currentUser;
        this.pdf = pdf;
        this.json = json;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The export as indented UTF-8 JSON. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public ExportFile exportJson(UUID customerId) {
        Map<String, Object> export = collect(customerId);
        try {
            byte[] content = json.writerWithDefaultPrettyPrinter().writeValueAsString(export).getBytes(StandardCharsets.UTF_8);
            recordExport(customerId, "JSON");
            return new ExportFile(fileName(customerId, "json"), "application/json", content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export as a readable PDF in the reader's language. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public ExportFile exportPdf(UUID customerId, Locale locale) {
        byte[] content = pdf.render(collect(customerId), locale);
        recordExport(customerId, "PDF");
        return new ExportFile(fileName(customerId, "pdf"), "application/pdf", content);
    }

    /** The export's tree: sections in a fixed order, each record as its fields. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public Map<String, Object> collect(UUID customerId) {
        // The data subject gets their data in full, not the masked view of staff; the export itself is audited.
        Customer customer = readOnly.execute(status -> customers.findById(customerId))
                .orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("export", Map.of("customerId", customerId.toString(), "exportedAt", clock.instant().toString(),
                "exportedBy", currentUser.require().getUsername()));
        export.put("identity", fields(customer));

        CustomerRecord record = records.recordOf(customerId);
        Map<String, Object> finances = new LinkedHashMap<>();
        finances.put("profile", record.profile().map(this::fields).orElse(null));
        finances.put("assets", list(record.assets()));
        finances.put("liabilities", list(record.liabilities()));
        export.put("finances", finances);
        export.put("loans", record.loans().stream().map(loan -> {
            Map<String, Object> fields = fields(loan);
            fields.put("repayments", list(records.repaymentsOf(customerId, loan.getId())));
            return fields;
        }).toList());
        export.put("cards", list(record.cards()));
        export.put("overdueEvents", list(record.overdueEvents()));
        export.put("creditScores", list(record.creditScores()));
        export.put("documents", list(record.documents()));

        export.put("cases", cases.casesOf(customerId).stream().map(this::caseFields).toList());
        CustomerConsents consentState = consents.consentsOf(customerId);
        export.put("consents", consentState.history().stream().map(consent -> consentFields(consentState, consent)).toList());
        export.put("surveys", surveys.surveysOf(customerId).stream().map(this::surveyFields).toList());
        export.put("complaints", list(complaints.complaintsOf(customerId)));
        export.put("erasureRequests", list(readOnly.execute(status -> erasures.findByCustomerIdOrderByRequestedAtDesc(customerId))));
        return export;
    }

    private Map<String, Object> caseFields(ReviewCase reviewCase) {
        Map<String, Object> fields = fields(reviewCase);
        fields.put("steps", list(cases.steps(reviewCase.getId())));
        fields.put("comments", list(cases.comments(reviewCase.getId())));
        fields.put("messages", list(messages.messagesOfCase(reviewCase.getId())));
        return fields;
    }

    private Map<String, Object> surveyFields(CustomerSurvey survey) {
        Map<String, Object> fields = fields(survey);
        fields.put("metrics", list(surveys.metricsOf(survey.getId())));
        return fields;
    }

    private static Map<String, Object> consentFields(CustomerConsents state, ConsentRecord consent) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("purpose", state.purposeName(consent));
        fields.put("status", consent.getStatus().name());
        fields.put("effectiveAt", consent.getEffectiveAt().toString());
        fields.put("channel", consent.getChannel().name());
        fields.put("recordedBy", consent.getRecordedBy());
        fields.put("recordedAt", consent.getRecordedAt().toString());
        fields.put("note", consent.getNote());
        return fields;
    }

    private List<Map<String, Object>> list(List<?> entries) {
        return entries.stream().map(this::fields).toList();
    }

    /** A record's readable properties, without bookkeeping; values as JSON would write them. */
    private Map<String, Object> fields(Object entry) {
        Map<String, Object> fields = new LinkedHashMap<>(json.convertValue(entry, RECORD));
        fields.keySet().removeAll(INTERNAL);
        return fields;
    }

    private void recordExport(UUID customerId, String format) {
        auditEvents.record(AuditEventKind.SUBJECT_DATA_EXPORTED, "Customer", customerId.toString(),
                "Data-subject export (" + format + ") of customer " + customerId + " by " + currentUser.require().getUsername());
    }

    private static String fileName(UUID customerId, String extension) {
        return "customer-data-" + customerId + "." + extension;
    }
}
