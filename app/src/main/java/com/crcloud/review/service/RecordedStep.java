package com.crcloud.review.service;

import com.crcloud.review.domain.CaseStage;

import java.time.Instant;

/** A stored step result of a case: which run and stage produced it, and when. */
public record RecordedStep(int run, CaseStage stage, Instant ranAt, StepResult result) {
}
