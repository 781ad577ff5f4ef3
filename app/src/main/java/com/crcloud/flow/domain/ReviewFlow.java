package com.crcloud.flow.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A tenant's review flow for one product: the draft being edited (a {@link FlowDefinition} as JSON) and the number
 * of its latest published version. Every saved draft is a revision, so the history shows who changed which rule.
 */
@Entity
@Table(name = "review_flow")
@Audited
public class ReviewFlow extends TenantOwnedEntity {

    @Column(nullable = false, length = 60, updatable = false)
    private String product;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String draft;

    @Column(name = "published_number")
    private Integer publishedNumber;

    /** Cases opened without a product choice (periodic re-reviews, monitoring) for new customers use this flow. */
    @Column(name = "default_flow", nullable = false)
    private boolean defaultFlow;

    protected ReviewFlow() {
    }

    public ReviewFlow(String product, String name, String draft) {
        this.product = product;
        this.name = name;
        this.draft = draft;
    }

    public String getProduct() {
        return product;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    public Integer getPublishedNumber() {
        return publishedNumber;
    }

    public void setPublishedNumber(Integer publishedNumber) {
        this.publishedNumber = publishedNumber;
    }

    public boolean isDefaultFlow() {
        return defaultFlow;
    }

    public void setDefaultFlow(boolean defaultFlow) {
        this.defaultFlow = defaultFlow;
    }
}
