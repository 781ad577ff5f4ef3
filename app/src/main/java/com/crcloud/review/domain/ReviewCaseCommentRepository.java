package com.crcloud.review.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface ReviewCaseCommentRepository extends JpaRepository<ReviewCaseComment, UUID> {

    List<ReviewCaseComment> findByCaseIdOrderByCreatedAtAsc(UUID caseId);
}
