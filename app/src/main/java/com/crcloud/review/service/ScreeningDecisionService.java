package com.crcloud.review.service;

import com.crcloud.plugin.api.ScreeningDisposition;
import com.crcloud.plugin.api.ScreeningDisposition.Verdict;
import com.crcloud.plugin.api.ScreeningHit;
import com.crcloud.review.domain.ScreeningHitDecision;
import com.crcloud.review.domain.ScreeningHitDecisionRepository;
import com.crcloud.tenant.user.Authorities;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reviewers' decisions on screening hits, kept per customer, screening extension and list entry. Screening
 * providers receive them with the next screening ({@link AutomatedChecksService}); decisions are made through
 * {@link ReviewCaseService#decideHit}, which checks the hit against the case.
 */
@Service
public class ScreeningDecisionService {

    private final ScreeningHitDecisionRepository decisions;
    private final TransactionTemplate transaction;

    public ScreeningDecisionService(ScreeningHitDecisionRepository decisions, PlatformTransactionManager transactionManager) {
        this.decisions = decisions;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The latest decision on each entry of the customer's hits, by every screening extension. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<ScreeningHitDecision> decisionsOf(UUID customerId) {
        return transaction.execute(status -> decisions.findByCustomerId(customerId));
    }

    /** What the screening extension is told about earlier hits of this customer; callers are secured. */
    List<ScreeningDisposition> dispositions(UUID customerId, String extensionKey) {
        return transaction.execute(status -> decisions.findByCustomerIdAndExtensionKey(customerId, extensionKey).stream()
                .map(ScreeningHitDecision::toDisposition).toList());
    }

    /** Stores the decision, replacing an earlier one on the same entry (Envers keeps that one). */
    ScreeningHitDecision record(UUID caseId, UUID customerId, String extensionKey, ScreeningHit hit, Verdict verdict, String reason,
                                String decidedBy, Instant decidedAt) {
        return transaction.execute(status -> {
            ScreeningHitDecision decision = decisions.findByCustomerIdAndExtensionKeyAndListNameAndEntryId(customerId, extensionKey,
                    hit.listName(), hit.entryId()).orElseGet(() -> new ScreeningHitDecision(customerId, extensionKey, hit.listName(),
                    hit.entryId()));
            decision.decide(caseId, hit.entryVersion(), truncate(hit.entryName(), 500), verdict, reason, decidedBy, decidedAt);
            return decisions.saveAndFlush(decision);
        });
    }

    private static String truncate(String value, int length) {
        String text = value == null ? "" : value;
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
