package com.crcloud.flow.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ReviewFlowRepository extends JpaRepository<ReviewFlow, UUID> {

    List<ReviewFlow> findAllByOrderByNameAsc();

    Optional<ReviewFlow> findByProduct(String product);

    Optional<ReviewFlow> findFirstByDefaultFlowTrue();
}
