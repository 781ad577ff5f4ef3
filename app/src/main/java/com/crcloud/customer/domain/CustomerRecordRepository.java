package com.crcloud.customer.domain;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

import java.util.List;
import java.util.UUID;

/** The entries of one kind of a customer's record; tenant-filtered by Hibernate's {@code @TenantId} like every query. */
@NoRepositoryBean
public interface CustomerRecordRepository<T extends CustomerRecordEntry> extends JpaRepository<T, UUID> {

    List<T> findByCustomerId(UUID customerId, Sort sort);
}
