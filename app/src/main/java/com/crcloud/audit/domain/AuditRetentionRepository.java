package com.crcloud.audit.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface AuditRetentionRepository extends JpaRepository<AuditRetention, UUID> {

    /** The tenant's setting (the tenant filter leaves at most one). */
    Optional<AuditRetention> findFirstBy();
}
