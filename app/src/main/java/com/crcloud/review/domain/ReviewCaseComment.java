package com.crcloud.review.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A reviewer's comment on a case; {@code @username} mentions of tenant users are kept for their queues. */
@Entity
@Table(name = "review_case_comment")
@Audited
public class ReviewCaseComment extends TenantOwnedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "case_id", nullable = false, length = 36, updatable = false)
    private UUID caseId;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(nullable = false, length = 4000)
    private String body;

    /** Comma-separated usernames. */
    @Column(nullable = false, length = 1000)
    private String mentions;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewCaseComment() {
    }

    public ReviewCaseComment(UUID caseId, String author, String body, List<String> mentions, Instant createdAt) {
        this.caseId = caseId;
        this.author = author;
        this.body = body;
        this.mentions = String.join(",", mentions);
        this.createdAt = createdAt;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public List<String> getMentions() {
        return mentions.isEmpty() ? List.of() : Arrays.asList(mentions.split(","));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
