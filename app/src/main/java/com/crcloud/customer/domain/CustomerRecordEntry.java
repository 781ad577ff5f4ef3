package com.crcloud.customer.domain;

import com.crcloud.tenant.persistence.TenantOwnedEntity;
import com.crcloud.tenant.support.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/**
 * One entry of a customer's record beyond the identity form (finances, credit record, documents). Entries refer
 * to their customer by id only, with no JPA association: each kind is read with one query per customer, its
 * Envers history stays a plain per-row history, and the customer entity is untouched by changes to its entries.
 * An entry never moves to another customer.
 */
@MappedSuperclass
@Audited
public abstract class CustomerRecordEntry extends TenantOwnedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", nullable = false, length = 36, updatable = false)
    private UUID customerId;

    public UUID getCustomerId() {
        return customerId;
    }

    /** Set once, by the service, when the entry is first stored for a customer of the tenant in context. */
    public void assignTo(UUID customer) {
        if (customerId != null && !customerId.equals(customer)) {
            throw new IllegalStateException("An entry stays with its customer");
        }
        this.customerId = customer;
    }

    /** Trims text and upper-cases codes, so what is validated is what is stored. */
    public void normalise() {
    }

    /** The field rules of this kind of entry ({@link CustomerRecordRules}); empty when it may be stored. */
    public abstract List<FieldProblem> validate(RecordContext context);

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
