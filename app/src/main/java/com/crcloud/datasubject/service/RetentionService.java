package com.crcloud.datasubject.service;

import com.crcloud.datasubject.domain.ErasureBasis;
import com.crcloud.datasubject.domain.ErasureRequest;
import com.crcloud.datasubject.domain.ErasureRequestRepository;
import com.crcloud.datasubject.domain.RetentionPolicy;
import com.crcloud.datasubject.domain.RetentionPolicyRepository;
import com.crcloud.datasubject.domain.RetentionRun;
import com.crcloud.datasubject.domain.RetentionRunRepository;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's retention of customers' personal data: a number of years after the customer's last decided review
 * case (after the customer's creation if never reviewed). A run pseudonymises every customer past it, except those
 * with an open case (their review must finish first; they count as skipped and come again next run), and stores
 * a report of how many and which pseudonyms. The erasure is the same as on request; the retention policy stands
 * in for the second person's approval.
 */
@Service
public class RetentionService {

    static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
    private static final UUID FIRST = new UUID(0, 0);

    private final RetentionPolicyRepository policies;
    private final RetentionRunRepository runs;
    private final ErasureRequestRepository requests;
    private final Pseudonymisation pseudonymisation;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RetentionService(RetentionPolicyRepository policies, RetentionRunRepository runs, ErasureRequestRepository requests,
                            Pseudonymisation pseudonymisation, CurrentUser currentUser,
                            PlatformTransactionManager transactionManager, Clock clock) {
        this.policies = policies;
        this.runs = runs;
        this.requests = requests;
        this.pseudonymisation = pseudonymisation;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Years kept after the last decided case; empty = customers are kept until erased on request. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Optional<Integer> yearsAfterLastCase() {
        return transaction.execute(status -> policies.findFirstBy().map(RetentionPolicy::getYearsAfterLastCase));
    }

    /**
     * Sets the retention period.
     *
     * @throws UserFacingException {@code privacy.retention.error.range} outside {@value RetentionPolicy#MIN_YEARS}
     *                             to {@value RetentionPolicy#MAX_YEARS}
     */
    @Secured(Authorities.TENANT_ADMIN)
    public void setYearsAfterLastCase(int years, String reason) {
        if (years < RetentionPolicy.MIN_YEARS || years > RetentionPolicy.MAX_YEARS) {
            throw new UserFacingException("years", "privacy.retention.error.range", RetentionPolicy.MIN_YEARS, RetentionPolicy.MAX_YEARS);
        }
        AuditReason.with(reason, () -> transaction.execute(status -> {
            RetentionPolicy policy = policies.findFirstBy().orElseGet(() -> new RetentionPolicy(years));
            policy.setYearsAfterLastCase(years);
            return policies.save(policy);
        }));
    }

    /** The latest runs' reports, newest first. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<RetentionRun> recentRuns() {
        return transaction.execute(status -> runs.findByOrderByRanAtDesc(PageRequest.of(0, 50)));
    }

    /**
     * Pseudonymises the tenant's customers past retention and stores the report; empty when the tenant has no
     * retention period. The nightly job's entry point, also run by hand from the privacy page.
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public Optional<RetentionRun> run() {
        Optional<Integer> years = yearsAfterLastCase();
        if (years.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant cutoff = now.atZone(ZoneOffset.UTC).minusYears(years.get()).toInstant();
        String by = currentUser.require().getUsername();
        String reason = "Retention: no decided review case since " + cutoff + " (" + years.get() + " years)";
        List<String> erased = new ArrayList<>();
        int skipped = 0;
        UUID after = FIRST;
        List<UUID> page;
        do {
            UUID from = after;
            page = transaction.execute(status -> requests.pastRetention(cutoff, from, PageRequest.of(0, PAGE)));
            for (UUID customerId : page) {
                after = customerId;
                if (Boolean.TRUE.equals(transaction.execute(status -> requests.hasOpenCase(customerId)))) {
                    skipped++;
                    continue;
                }
                try {
                    erased.add(erase(customerId, reason, by));
                } catch (UserFacingException e) {
                    // A case opened meanwhile or a broken trail: left for the next run, and said in the log.
                    skipped++;
                    log.warn("Retention left customer {} of {}: {}", customerId, TenantContext.requireTenantId(), e.getMessage());
                }
            }
        } while (page.size() == PAGE);
        int left = skipped;
        RetentionRun report = AuditReason.with("Retention run: " + erased.size() + " customers pseudonymised", () ->
                transaction.execute(status -> runs.saveAndFlush(new RetentionRun(now, cutoff, erased, left))));
        log.info("Retention run in {}: {} customers pseudonymised, {} left (open case)", TenantContext.requireTenantId(), erased.size(), left);
        return Optional.of(report);
    }

    private String erase(UUID customerId, String reason, String by) {
        ErasureRequest approved = AuditReason.with("Erasure by retention: " + reason, () -> transaction.execute(status -> {
            ErasureRequest request = new ErasureRequest(customerId, ErasureBasis.RETENTION, reason, by, clock.instant());
            request.approve(by, clock.instant(), null, Pseudonymisation.newPseudonym());
            return requests.saveAndFlush(request);
        }));
        return pseudonymisation.execute(approved.getId()).getPseudonym();
    }
}
