package com.crcloud.customer.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerDocument;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.domain.VerificationStatus;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("persistence")
@ExtendWith(OutputCaptureExtension.class)
class CustomerDocumentServiceTest extends IntegrationTest {

    /** A complete one-page PDF. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    /** The start of a Windows program (MZ header, DOS stub). */
    static final byte[] PROGRAM = HexFormat.of().parseHex("4d5a90000300000004000000ffff0000b8000000000000004000000000000000");

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerDocumentService documents;
    @Autowired
    AuditHistoryService audit;
    @Autowired
    ReviewCaseService cases;

    @Test
    void an_uploaded_pdf_is_kept_with_its_hash_as_pending_and_each_download_is_logged(CapturedOutput output) throws Exception {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Uploads A Statement");

        DocumentInfo stored = documents.upload(customerId, DocumentType.BANK_STATEMENT, "C:\\scans\\statement-oct.pdf", PDF, null);

        assertThat(stored.fileName()).as("the path is not kept").isEqualTo("statement-oct.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(PDF.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(stored.verificationStatus()).isEqualTo(VerificationStatus.PENDING);
        assertThat(stored.uploadedBy()).isEqualTo("reviewer");
        assertThat(documents.documentsOf(customerId)).extracting(DocumentInfo::id).containsExactly(stored.id());

        actAs(LENDER, "compliance-officer");
        DocumentDownload download = documents.download(customerId, stored.id());

        assertThat(download.content()).isEqualTo(PDF);
        assertThat(download.mediaType()).isEqualTo("application/pdf");
        assertThat(output.getOut()).containsPattern("Document " + stored.id() + " .* of customer " + customerId
                + " downloaded by compliance-officer");
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_with_its_name_and_nothing_is_stored() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Sends A Program");

        assertThatThrownBy(() -> documents.upload(customerId, DocumentType.PAYSLIP, "payslip.pdf", PROGRAM, null))
                .isInstanceOfSatisfying(InvalidCustomerException.class, e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("file");
                    assertThat(problem.messageKey()).isEqualTo("customer.document.error.executable");
                    assertThat(problem.arguments()).containsExactly("payslip.pdf");
                }));
        assertThatThrownBy(() -> documents.upload(customerId, null, "empty.png", new byte[0], null))
                .isInstanceOfSatisfying(InvalidCustomerException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("validation.required", "customer.document.error.empty"));
        assertThat(documents.documentsOf(customerId)).isEmpty();
    }

    @Test
    void a_reviewer_verifies_a_document_and_its_history_keeps_who_decided_and_when_but_never_the_bytes() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Shows A Passport");
        DocumentInfo uploaded = documents.upload(customerId, DocumentType.PASSPORT, "passport.pdf", PDF, "walk-in");

        DocumentInfo verified = documents.decide(customerId, uploaded.id(), uploaded.version(), VerificationStatus.VERIFIED,
                "Photo and MRZ match the applicant");

        assertThat(verified.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(verified.verifiedBy()).isEqualTo("reviewer");
        assertThat(verified.verifiedAt()).isNotNull();
        List<HistoryEntry<CustomerDocument>> history = audit.history(CustomerDocument.class, uploaded.id());
        assertThat(history).extracting(HistoryEntry::type).containsExactly(RevisionType.ADD, RevisionType.MOD);
        assertThat(history.get(1).changedFields()).containsExactlyInAnyOrder("verificationStatus", "verifiedBy", "verifiedAt",
                "verificationNote");
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.state().getSha256()).isEqualTo(uploaded.sha256());
            assertThat(entry.state().getContent()).as("bytes are not audited").isNull();
        });
    }

    @Test
    void rejecting_needs_a_reason_and_a_decision_on_an_outdated_version_is_refused() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Blurred Scan");
        DocumentInfo uploaded = documents.upload(customerId, DocumentType.ID_CARD, "id.pdf", PDF, null);

        assertThatThrownBy(() -> documents.decide(customerId, uploaded.id(), uploaded.version(), VerificationStatus.REJECTED, " "))
                .isInstanceOfSatisfying(InvalidCustomerException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("customer.document.error.rejectionNoteRequired"));
        documents.decide(customerId, uploaded.id(), uploaded.version(), VerificationStatus.REJECTED, "Too blurred to read");
        assertThatThrownBy(() -> documents.decide(customerId, uploaded.id(), uploaded.version(), VerificationStatus.VERIFIED, null))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void a_verified_document_is_kept_as_evidence_while_a_rejected_one_can_be_removed() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Two Documents");
        DocumentInfo kept = documents.upload(customerId, DocumentType.ID_CARD, "id.png", png(), null);
        kept = documents.decide(customerId, kept.id(), kept.version(), VerificationStatus.VERIFIED, null);
        DocumentInfo wrong = documents.upload(customerId, DocumentType.PROOF_OF_ADDRESS, "bill.pdf", PDF, null);
        wrong = documents.decide(customerId, wrong.id(), wrong.version(), VerificationStatus.REJECTED, "Not the customer's address");
        DocumentInfo verified = kept;

        assertThatThrownBy(() -> documents.remove(customerId, verified.id(), verified.version(), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("customer.document.error.verifiedKept"));
        documents.remove(customerId, wrong.id(), wrong.version(), "uploaded for the wrong customer");

        assertThat(documents.documentsOf(customerId)).extracting(DocumentInfo::id).containsExactly(kept.id());
        assertThat(kept.contentType()).isEqualTo("image/png");
    }

    @Test
    void an_auditor_sees_the_documents_but_cannot_download_or_upload_them() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Audited Documents");
        DocumentInfo uploaded = documents.upload(customerId, DocumentType.PAYSLIP, "payslip.pdf", PDF, null);

        actAs(LENDER, "auditor");
        assertThat(documents.documentsOf(customerId)).hasSize(1);
        assertThatThrownBy(() -> documents.download(customerId, uploaded.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.upload(customerId, DocumentType.PAYSLIP, "x.pdf", PDF, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_tenant_can_neither_list_download_nor_attach_documents() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Private Documents");
        DocumentInfo uploaded = documents.upload(customerId, DocumentType.PASSPORT, "passport.pdf", PDF, null);

        actAs(WEALTH, "reviewer");
        assertThat(documents.documentsOf(customerId)).isEmpty();
        assertThatThrownBy(() -> documents.download(customerId, uploaded.id())).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> documents.decide(customerId, uploaded.id(), uploaded.version(), VerificationStatus.VERIFIED, null))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> documents.upload(customerId, DocumentType.OTHER, "mine.pdf", PDF, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("customer.error.notFound"));

        actAs(LENDER, "reviewer");
        assertThat(documents.documentsOf(customerId)).singleElement()
                .satisfies(info -> assertThat(info.verificationStatus()).isEqualTo(VerificationStatus.PENDING));
    }

    @Test
    void documents_do_not_assess_an_open_case_again() {
        actAs(LENDER, "reviewer");
        UUID customerId = customer("Documents Only");
        ReviewCase reviewCase = cases.open(customerId, CaseTrigger.INITIAL);
        reviewCase = cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        reviewCase = cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);

        DocumentInfo uploaded = documents.upload(customerId, DocumentType.PAYSLIP, "payslip.pdf", PDF, null);
        documents.decide(customerId, uploaded.id(), uploaded.version(), VerificationStatus.VERIFIED, null);

        assertThat(cases.find(reviewCase.getId()).orElseThrow().getVersion()).isEqualTo(reviewCase.getVersion());
    }

    private UUID customer(String name) {
        Customer customer = TestCustomers.reviewable(name, "15000.00");
        customer.setMonthlyExpenses(new BigDecimal("3000.00"));
        return customers.save(customer, null).getId();
    }

    /** A 1×1 PNG: signature, IHDR, IDAT, IEND. */
    static byte[] png() {
        return HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                + "0000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");
    }
}
