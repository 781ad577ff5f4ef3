package com.crcloud.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * One {@link NameParts part} of a customer's name, the index the customer search runs on. Derived from the audited
 * {@link Customer#getFullName() full name} and kept in step with it by {@link CustomerNamePartListener}, so it has
 * no history of its own (a second history of names would be personal data outside the one erasure rewrites).
 * Read only in queries; never loaded or written as an entity.
 */
@Entity
@Immutable
@Table(name = "customer_name_part")
@IdClass(CustomerNamePart.Key.class)
public class CustomerNamePart {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "customer_id", length = 36, nullable = false)
    private UUID customerId;

    @Id
    @Column(name = "part", length = NameParts.MAX_LENGTH, nullable = false)
    private String part;

    @TenantId
    @Column(name = "tenant_id", length = 64, nullable = false, updatable = false)
    private String tenantId;

    protected CustomerNamePart() {
    }

    /** The identity of a part: a customer id is unique across tenants, so the tenant is not needed in it. */
    public static class Key implements Serializable {

        private UUID customerId;
        private String part;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(customerId, key.customerId) && Objects.equals(part, key.part);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, part);
        }
    }
}
