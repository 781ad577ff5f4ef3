package com.crcloud.feedback.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface ComplaintRepository extends JpaRepository<Complaint, UUID> {

    List<Complaint> findByCustomerIdOrderByReceivedAtDesc(UUID customerId);
}
