package com.crcloud.consent.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface ConsentRecordRepository extends JpaRepository<ConsentRecord, UUID> {

    /** The customer's declarations, newest first (by when they took effect, then when they were recorded). */
    List<ConsentRecord> findByCustomerIdOrderByEffectiveAtDescRecordedAtDesc(UUID customerId);
}
