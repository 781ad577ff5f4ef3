package com.crcloud.customer.service;

import com.crcloud.audit.domain.AuditEventKind;
import com.crcloud.audit.service.AuditEvents;
import com.crcloud.customer.domain.CustomerDocument;
import com.crcloud.customer.domain.CustomerDocumentRepository;
import com.crcloud.customer.domain.CustomerRecordRules;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.DocumentFormat;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.domain.VerificationStatus;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A customer's documents: upload (PDF, JPEG or PNG by content, at most
 * {@value CustomerRecordRules#MAX_DOCUMENT_MEGABYTES} MB, SHA-256 kept), verification by a reviewer, removal and
 * download. Lists never load the bytes. Every download is logged with who took which document of which customer.
 * Document changes do not re-assess a review: the document checks run when the reviewer moves the case on.
 */
@Service
public class CustomerDocumentService {

    private static final Logger log = LoggerFactory.getLogger(CustomerDocumentService.class);
    private static final int FILE_NAME_LENGTH = 255;

    private final CustomerRepository customers;
    private final CustomerDocumentRepository documents;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AuditEvents auditEvents;

    public CustomerDocumentService(CustomerRepository customers, CustomerDocumentRepository documents, CurrentUser currentUser,
                                   PlatformTransactionManager transactionManager, Clock clock, AuditEvents auditEvents) {
        this.customers = customers;
        this.documents = documents;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.auditEvents = auditEvents;
    }

    /** The customer's documents without their bytes, newest first. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<DocumentInfo> documentsOf(UUID customerId) {
        return documents.infosOf(customerId);
    }

    /**
     * Checks and stores an uploaded file as a pending document of the customer. The format is recognised from
     * the content; the name and the browser's MIME type are not trusted.
     *
     * @param content the file's bytes; a caller that stops reading at the size limit passes what it read, which
     *                is then more than the limit
     * @throws InvalidCustomerException naming the field {@value CustomerRecordRules#FILE} or
     *                                  {@value CustomerRecordRules#DOCUMENT_TYPE}; nothing was stored
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public DocumentInfo upload(UUID customerId, DocumentType type, String fileName, byte[] content, String reason) {
        String name = safeFileName(fileName);
        List<FieldProblem> problems = new ArrayList<>();
        CustomerRecordRules.required(CustomerRecordRules.DOCUMENT_TYPE, type).ifPresent(problems::add);
        CustomerRecordRules.file(name, content, content == null ? 0 : content.length).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidCustomerException(problems);
        }
        DocumentFormat format = DocumentFormat.sniff(content).orElseThrow();
        CustomerDocument document = new CustomerDocument(type, name, format, content, sha256(content), clock.instant(),
                currentUser.require().getUsername());
        CustomerDocument saved = AuditReason.with(reason, () -> transaction.execute(status -> {
            customers.findById(customerId).orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
            document.assignTo(customerId);
            return documents.saveAndFlush(document);
        }));
        log.info("Document {} ({}, {}, {} bytes, SHA-256 {}) uploaded for customer {} by {}", saved.getId(), type,
                format, content.length, saved.getSha256(), customerId, currentUser.require().getUsername());
        return info(saved);
    }

    /**
     * Records a reviewer's decision on a document, as of the version they looked at.
     *
     * @param decision {@link VerificationStatus#VERIFIED} or {@link VerificationStatus#REJECTED} (which needs a note)
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public DocumentInfo decide(UUID customerId, UUID documentId, long version, VerificationStatus decision, String note) {
        if (decision == null || decision == VerificationStatus.PENDING) {
            throw new IllegalArgumentException("A decision verifies or rejects: " + decision);
        }
        CustomerRecordRules.verificationNote(decision, note).ifPresent(problem -> {
            throw new InvalidCustomerException(List.of(problem));
        });
        String me = currentUser.require().getUsername();
        try {
            CustomerDocument saved = AuditReason.with(note, () -> transaction.execute(status -> {
                CustomerDocument document = stored(customerId, documentId, version);
                document.decide(decision, note, me, clock.instant());
                return documents.saveAndFlush(document);
            }));
            log.info("Document {} of customer {} {} by {}", documentId, customerId, decision, me);
            return info(saved);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    /** Removes a document that is not verified: a verified one is evidence for decisions and stays. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public void remove(UUID customerId, UUID documentId, long version, String reason) {
        try {
            AuditReason.with(reason, () -> transaction.execute(status -> {
                CustomerDocument document = stored(customerId, documentId, version);
                if (document.getVerificationStatus() == VerificationStatus.VERIFIED) {
                    throw new UserFacingException(null, "customer.document.error.verifiedKept");
                }
                documents.delete(document);
                documents.flush();
                return null;
            }));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        log.info("Document {} of customer {} removed by {}", documentId, customerId, currentUser.require().getUsername());
    }

    /**
     * The document's bytes: its content is masked data, so only the roles that may reveal it
     * ({@link com.crcloud.masking.MaskingPolicy}) download it; the others see the metadata. Each download is the
     * deliberate reveal: logged at INFO and recorded in the audit trail (an audit event about the customer) with
     * user, customer and document.
     */
    @Transactional(readOnly = true)
    @Secured({Authorities.REVIEWER, Authorities.COMPLIANCE_OFFICER})
    public DocumentDownload download(UUID customerId, UUID documentId) {
        CustomerDocument document = documents.findById(documentId)
                .filter(found -> customerId.equals(found.getCustomerId()))
                .orElseThrow(() -> new UserFacingException(null, "customer.record.error.notFound"));
        log.info("Document {} ({}, {}, SHA-256 {}) of customer {} downloaded by {}", document.getId(), document.getDocumentType(),
                document.getFileName(), document.getSha256(), customerId, currentUser.require().getUsername());
        auditEvents.record(AuditEventKind.DOCUMENT_DOWNLOADED, "Customer", customerId.toString(), "Document downloaded: "
                + document.getFileName() + " (" + document.getDocumentType() + ", document " + document.getId() + ", SHA-256 "
                + document.getSha256() + ")");
        return new DocumentDownload(document.getFileName(), document.getContentType(), document.getContent());
    }

    private CustomerDocument stored(UUID customerId, UUID documentId, long version) {
        CustomerDocument document = documents.findById(documentId)
                .filter(found -> customerId.equals(found.getCustomerId()))
                .orElseThrow(() -> new UserFacingException(null, "customer.record.error.notFound"));
        if (document.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return document;
    }

    /** The last path segment, without control characters, at most 255 characters (keeping the extension). */
    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "document";
        }
        if (name.length() > FILE_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, FILE_NAME_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static DocumentInfo info(CustomerDocument document) {
        return new DocumentInfo(document.getId(), document.getVersion(), document.getCustomerId(), document.getDocumentType(),
                document.getFileName(), document.getContentType(), document.getSizeBytes(), document.getSha256(),
                document.getUploadedAt(), document.getUploadedBy(), document.getVerificationStatus(), document.getVerifiedBy(),
                document.getVerifiedAt(), document.getVerificationNote());
    }
}
