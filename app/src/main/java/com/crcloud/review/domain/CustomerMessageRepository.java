package com.crcloud.review.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface CustomerMessageRepository extends JpaRepository<CustomerMessage, UUID> {

    List<CustomerMessage> findByCaseIdOrderByCreatedAtAsc(UUID caseId);

    List<CustomerMessage> findByCustomerIdOrderByCreatedAtDesc(UUID customerId);
}
