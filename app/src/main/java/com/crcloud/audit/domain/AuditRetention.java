package com.crcloud.audit.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** How long the tenant keeps its history beyond the legal minimum; at most one per tenant. */
@Entity
@Table(name = "audit_retention")
@Audited
public class AuditRetention extends TenantOwnedEntity {

    public static final int MAX_EXTRA_MONTHS = 1200;

    @Column(name = "extra_months", nullable = false)
    private int extraMonths;

    protected AuditRetention() {
    }

    public AuditRetention(int extraMonths) {
        this.extraMonths = extraMonths;
    }

    public int getExtraMonths() {
        return extraMonths;
    }

    public void setExtraMonths(int extraMonths) {
        this.extraMonths = extraMonths;
    }
}
