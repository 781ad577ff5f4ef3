package com.crcloud.customer.domain;

import com.crcloud.privacy.domain.EncryptedBytes;
import com.crcloud.tenant.support.FieldProblem;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Convert;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.Length;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A document on file for a customer. The bytes live in the same row (tenant isolation and backups stay those
 * of the database) but are written once and never audited: the history keeps the metadata and the SHA-256, which
 * identifies the exact bytes. Lists read the metadata through a projection so the bytes are only ever loaded
 * for a download. Verification records who decided and when.
 */
@Entity
@Table(name = "customer_document")
@Audited
public class CustomerDocument extends CustomerRecordEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 20)
    private DocumentType documentType;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    /** The media type of the format recognised from the content, not what the browser claimed. */
    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    /** LONGBLOB: the length makes Hibernate expect that type on MariaDB/MySQL (a bare @Lob means TINYBLOB there). */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @NotAudited
    @Convert(converter = EncryptedBytes.class)
    @Column(nullable = false, updatable = false, length = Length.LONG32)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_status", nullable = false, length = 10)
    private VerificationStatus verificationStatus;

    /** Who verified or rejected the document. */
    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_note", length = 2000)
    private String verificationNote;

    protected CustomerDocument() {
    }

    public CustomerDocument(DocumentType documentType, String fileName, DocumentFormat format, byte[] content, String sha256,
                            Instant uploadedAt, String uploadedBy) {
        this.documentType = documentType;
        this.fileName = fileName;
        this.contentType = format.mediaType();
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
        this.verificationStatus = VerificationStatus.PENDING;
    }

    /** Records a reviewer's verification or rejection; the previous decision stays in the history. */
    public void decide(VerificationStatus decision, String note, String by, Instant at) {
        if (decision == VerificationStatus.PENDING) {
            throw new IllegalArgumentException("A decision verifies or rejects");
        }
        this.verificationStatus = decision;
        this.verificationNote = trimToNull(note);
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** Loads the bytes (only for a download). */
    public byte[] getContent() {
        return content == null ? null : content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public VerificationStatus getVerificationStatus() {
        return verificationStatus;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    @Override
    public List<FieldProblem> validate(RecordContext context) {
        List<FieldProblem> problems = new ArrayList<>();
        CustomerRecordRules.required(CustomerRecordRules.DOCUMENT_TYPE, documentType).ifPresent(problems::add);
        CustomerRecordRules.file(fileName, content, sizeBytes).ifPresent(problems::add);
        return problems;
    }
}
