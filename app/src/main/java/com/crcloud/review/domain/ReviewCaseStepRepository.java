package com.crcloud.review.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface ReviewCaseStepRepository extends JpaRepository<ReviewCaseStep, UUID> {

    List<ReviewCaseStep> findByCaseIdOrderByRunNumberAscRanAtAsc(UUID caseId);

    @Query("select coalesce(max(s.runNumber), 0) from ReviewCaseStep s where s.caseId = ?1")
    int lastRunNumber(UUID caseId);
}
