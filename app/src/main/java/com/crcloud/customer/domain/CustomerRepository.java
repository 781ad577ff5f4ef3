package com.crcloud.customer.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate's {@code @TenantId}: every query sees only the tenant in context. */
public interface CustomerRepository extends JpaRepository<Customer, UUID>, JpaSpecificationExecutor<Customer> {

    Optional<Customer> findByNationalIdTypeAndNationalIdNumber(NationalIdType type, String number);

    /** Who already holds any of these ID numbers: one query for a whole batch of imported rows. */
    List<NationalIdHolder> findByNationalIdNumberIn(Collection<String> numbers);

    /** The identifying columns of a customer, without loading the entity. */
    interface NationalIdHolder {
        NationalIdType getNationalIdType();

        String getNationalIdNumber();

        String getFullName();
    }
}
