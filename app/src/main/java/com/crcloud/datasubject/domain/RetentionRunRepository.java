package com.crcloud.datasubject.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface RetentionRunRepository extends JpaRepository<RetentionRun, UUID> {

    List<RetentionRun> findByOrderByRanAtDesc(Pageable page);
}
