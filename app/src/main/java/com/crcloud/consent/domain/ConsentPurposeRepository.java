package com.crcloud.consent.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ConsentPurposeRepository extends JpaRepository<ConsentPurpose, UUID> {

    List<ConsentPurpose> findAllByOrderByName();

    Optional<ConsentPurpose> findByCode(String code);
}
