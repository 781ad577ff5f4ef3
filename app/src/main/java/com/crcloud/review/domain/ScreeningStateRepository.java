package com.crcloud.review.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface ScreeningStateRepository extends JpaRepository<ScreeningState, UUID> {

    List<ScreeningState> findByCustomerIdIn(Collection<UUID> customerIds);
}
