package com.crcloud.customer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate's {@code @TenantId}: every query sees only the tenant in context. */
public interface CustomerRepository extends JpaRepository<Customer, UUID>, JpaSpecificationExecutor<Customer> {

    Optional<Customer> findByNationalIdTypeAndNationalIdIndex(NationalIdType type, String nationalIdIndex);

    /** The identifying columns of a customer, without loading the entity. */
    interface NationalIdHolder {
        NationalIdType getNationalIdType();

        String getNationalIdIndex();

        String getFullName();
    }
}
