package com.crcloud.review.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Basic;
import com.crcloud.privacy.domain.EncryptedBytes;
import com.crcloud.privacy.domain.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One entry of the customer message log: what was sent to whom, on which channel, and what became of it. */
@Entity
@Table(name = "customer_message")
@Audited
public class CustomerMessage extends TenantOwnedEntity {

    private static final int MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "case_id", length = 36, updatable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private MessageChannel channel;

    @Convert(converter = EncryptedText.class)
    @Column(length = 1400, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Convert(converter = EncryptedText.class)
    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageStatus status;

    @Column(length = 1000)
    private String detail;

    /** The letter's bytes; its hash is audited, the bytes themselves once. The length makes it a LONGBLOB on MySQL. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @NotAudited
    @Convert(converter = EncryptedBytes.class)
    @Column(updatable = false, length = MAX_ATTACHMENT_BYTES)
    private byte[] attachment;

    @Column(name = "attachment_sha256", length = 64, updatable = false)
    private String attachmentSha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CustomerMessage() {
    }

    public CustomerMessage(UUID customerId, UUID caseId, MessageChannel channel, String recipient, String subject, String body,
                           Instant createdAt) {
        this.customerId = customerId;
        this.caseId = caseId;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.status = MessageStatus.NOT_SENT;
    }

    public void attach(byte[] content, String sha256) {
        this.attachment = content.clone();
        this.attachmentSha256 = sha256;
    }

    public void outcome(MessageStatus status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public byte[] getAttachment() {
        return attachment == null ? null : attachment.clone();
    }

    public String getAttachmentSha256() {
        return attachmentSha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
