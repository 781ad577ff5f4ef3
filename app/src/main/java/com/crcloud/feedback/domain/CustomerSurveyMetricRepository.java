package com.crcloud.feedback.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface CustomerSurveyMetricRepository extends JpaRepository<CustomerSurveyMetric, UUID> {

    List<CustomerSurveyMetric> findByCustomerSurveyIdOrderByName(UUID customerSurveyId);
}
