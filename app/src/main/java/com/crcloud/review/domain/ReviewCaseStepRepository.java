package com.crcloud.review.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface ReviewCaseStepRepository extends JpaRepository<ReviewCaseStep, UUID> {

    List<ReviewCaseStep> findByCaseIdOrderByRunNumberAscRanAtAsc(UUID caseId);

    /** Runs are numbered per stage: the second assessment is run 2 whatever happened in verification. */
    @Query("select coalesce(max(s.runNumber), 0) from ReviewCaseStep s where s.caseId = ?1 and s.stage = ?2")
    int lastRunNumber(UUID caseId, CaseStage stage);
}
