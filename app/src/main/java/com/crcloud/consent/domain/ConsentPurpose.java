package com.crcloud.consent.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A purpose the tenant asks its customers' consent for (credit assessment, marketing, data sharing with a bureau),
 * and the tenant's policy for it: whether a review case may be opened without it.
 */
@Entity
@Table(name = "consent_purpose")
@Audited
public class ConsentPurpose extends TenantOwnedEntity {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 1000;

    @Column(nullable = false, length = CODE_LENGTH, updatable = false)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "required_for_review", nullable = false)
    private boolean requiredForReview;

    protected ConsentPurpose() {
    }

    public ConsentPurpose(String code, String name, String description, boolean requiredForReview) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.requiredForReview = requiredForReview;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isRequiredForReview() {
        return requiredForReview;
    }

    public void setRequiredForReview(boolean requiredForReview) {
        this.requiredForReview = requiredForReview;
    }
}
