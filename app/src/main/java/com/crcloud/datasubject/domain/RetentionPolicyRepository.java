package com.crcloud.datasubject.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface RetentionPolicyRepository extends JpaRepository<RetentionPolicy, UUID> {

    /** The tenant's policy (the tenant filter leaves at most one). */
    Optional<RetentionPolicy> findFirstBy();
}
