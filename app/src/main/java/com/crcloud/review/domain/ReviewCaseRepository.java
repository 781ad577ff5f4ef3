package com.crcloud.review.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ReviewCaseRepository extends JpaRepository<ReviewCase, UUID>, JpaSpecificationExecutor<ReviewCase> {

    /** The customer's open case, if any (the schema allows at most one). */
    Optional<ReviewCase> findByCustomerIdAndOpenSlotIsNotNull(UUID customerId);

    Page<ReviewCase> findByCustomerIdOrderByOpenedAtDesc(UUID customerId, Pageable pageable);

    /** The customer's latest case that was opened for a product: re-reviews go on with that product's flow. */
    Optional<ReviewCase> findFirstByCustomerIdAndProductIsNotNullOrderByOpenedAtDesc(UUID customerId);

    /** Customers whose next review date has come and who have no open case, oldest due first. */
    @Query("select c.id from Customer c where c.nextReviewDate <= ?1 and not exists "
            + "(select 1 from ReviewCase r where r.customerId = c.id and r.openSlot is not null) order by c.nextReviewDate, c.id")
    List<UUID> customersDueForReview(LocalDate today, Pageable pageable);

    @Query("select c.stage, count(c) from ReviewCase c group by c.stage")
    List<Object[]> countByStage();
}
