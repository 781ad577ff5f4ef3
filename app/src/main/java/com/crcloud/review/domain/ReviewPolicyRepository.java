package com.crcloud.review.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface ReviewPolicyRepository extends JpaRepository<ReviewPolicy, UUID> {

    /** The tenant's policy (one per tenant; the tenant filter narrows the table to it). */
    Optional<ReviewPolicy> findFirstBy();
}
