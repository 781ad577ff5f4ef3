package com.crcloud.session.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered: the policy of the tenant in context. */
public interface SessionPolicyRepository extends JpaRepository<SessionPolicy, UUID> {
    Optional<SessionPolicy> findFirstBy();
}
