package com.crcloud.flow.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ReviewFlowVersionRepository extends JpaRepository<ReviewFlowVersion, UUID> {

    List<ReviewFlowVersion> findByFlowIdOrderByNumberDesc(UUID flowId);

    Optional<ReviewFlowVersion> findByFlowIdAndNumber(UUID flowId, int number);
}
