package com.crcloud.feedback.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface CustomerSurveyRepository extends JpaRepository<CustomerSurvey, UUID> {

    List<CustomerSurvey> findByCustomerIdOrderBySentAtDesc(UUID customerId);

    List<CustomerSurvey> findByCustomerIdAndExtensionKeyAndStatus(UUID customerId, String extensionKey, SurveyStatus status);
}
