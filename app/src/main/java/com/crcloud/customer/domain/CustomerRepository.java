package com.crcloud.customer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate's {@code @TenantId}: every query sees only the tenant in context. */
public interface CustomerRepository extends JpaRepository<Customer, UUID>, JpaSpecificationExecutor<Customer> {

    Optional<Customer> findByNationalIdTypeAndNationalIdIndex(NationalIdType type, String nationalIdIndex);

    /** The names of customers, without loading (and decrypting) the rest of them: for lists of cases. */
    @Query("select c.id as id, c.fullName as fullName from Customer c where c.id in :ids")
    List<CustomerName> findNamesByIdIn(@Param("ids") Collection<UUID> ids);

    interface CustomerName {
        UUID getId();

        String getFullName();
    }

    /** The identifying columns of a customer, without loading the entity. */
    interface NationalIdHolder {
        NationalIdType getNationalIdType();

        String getNationalIdIndex();

        String getFullName();
    }
}
