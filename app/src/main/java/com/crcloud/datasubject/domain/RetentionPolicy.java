package com.crcloud.datasubject.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * How long the tenant keeps a customer's personal data: years after the customer's last decided review case (or
 * after the customer was created, if never reviewed). At most one per tenant; without one nothing expires.
 */
@Entity
@Table(name = "retention_policy")
@Audited
public class RetentionPolicy extends TenantOwnedEntity {

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 100;

    @Column(name = "years_after_last_case", nullable = false)
    private int yearsAfterLastCase;

    protected RetentionPolicy() {
    }

    public RetentionPolicy(int yearsAfterLastCase) {
        this.yearsAfterLastCase = yearsAfterLastCase;
    }

    public int getYearsAfterLastCase() {
        return yearsAfterLastCase;
    }

    public void setYearsAfterLastCase(int yearsAfterLastCase) {
        this.yearsAfterLastCase = yearsAfterLastCase;
    }
}
