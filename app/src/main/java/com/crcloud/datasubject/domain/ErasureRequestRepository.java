package com.crcloud.datasubject.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface ErasureRequestRepository extends JpaRepository<ErasureRequest, UUID> {

    List<ErasureRequest> findByCustomerIdOrderByRequestedAtDesc(UUID customerId);

    List<ErasureRequest> findByStatusInOrderByRequestedAtAsc(Collection<ErasureStatus> statuses);

    boolean existsByCustomerIdAndStatusIn(UUID customerId, Collection<ErasureStatus> statuses);

    /**
     * Customers not erased yet whose last decided review case (or their creation, if never reviewed) lies before
     * the cutoff, in id order after {@code after} (keyset pages: customers left alone stay in the result).
     */
    @Query("select c.id from Customer c where c.id > :after"
            + " and coalesce((select max(r.decidedAt) from ReviewCase r where r.customerId = c.id), c.createdAt) < :cutoff"
            + " and not exists (select 1 from ErasureRequest e where e.customerId = c.id"
            + " and e.status = com.crcloud.datasubject.domain.ErasureStatus.EXECUTED)"
            + " order by c.id")
    List<UUID> pastRetention(Instant cutoff, UUID after, Pageable page);

    @Query("select count(r) > 0 from ReviewCase r where r.customerId = :customerId and r.openSlot is not null")
    boolean hasOpenCase(UUID customerId);
}
