package com.crcloud.review.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ScreeningHitDecisionRepository extends JpaRepository<ScreeningHitDecision, UUID> {

    List<ScreeningHitDecision> findByCustomerIdAndExtensionKey(UUID customerId, String extensionKey);

    List<ScreeningHitDecision> findByCustomerId(UUID customerId);

    Optional<ScreeningHitDecision> findByCustomerIdAndExtensionKeyAndListNameAndEntryId(UUID customerId, String extensionKey,
                                                                                       String listName, String entryId);
}
