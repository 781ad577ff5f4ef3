package com.crcloud.audit.service;

import com.crcloud.audit.domain.AuditEventKind;
import com.crcloud.audit.domain.AuditRetention;
import com.crcloud.audit.domain.AuditRetentionRepository;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The tenant's history retention: the legal minimum (a deployment setting, {@code crc.audit.legal-minimum-months})
 * plus the months the tenant administrator adds. Without a tenant setting nothing is ever purged. A purge is
 * recorded in the trail it shortens, naming the cut-off and the chain anchor it leaves.
 */
@Service
public class AuditRetentionService {

    private static final Logger log = LoggerFactory.getLogger(AuditRetentionService.class);

    private final AuditRetentionRepository retention;
    private final AuditChain chain;
    private final AuditEvents events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int legalMinimumMonths;

    public AuditRetentionService(AuditRetentionRepository retention, AuditChain chain, AuditEvents events,
                                 PlatformTransactionManager transactionManager, Clock clock,
                                 @Value("${crc.audit.legal-minimum-months:60}") int legalMinimumMonths) {
        this.retention = retention;
        this.chain = chain;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.legalMinimumMonths = legalMinimumMonths;
    }

    public int legalMinimumMonths() {
        return legalMinimumMonths;
    }

    /** Months kept beyond the legal minimum; empty = history is kept for ever. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Optional<Integer> extraMonths() {
        return transaction.execute(status -> retention.findFirstBy().map(AuditRetention::getExtraMonths));
    }

    /**
     * Sets the months kept beyond the legal minimum.
     *
     * @throws UserFacingException {@code audit.retention.error.range} outside 0 to {@value AuditRetention#MAX_EXTRA_MONTHS}
     */
    @Secured(Authorities.TENANT_ADMIN)
    public void setExtraMonths(int extraMonths, String reason) {
        if (extraMonths < 0 || extraMonths > AuditRetention.MAX_EXTRA_MONTHS) {
            throw new UserFacingException("extraMonths", "audit.retention.error.range", AuditRetention.MAX_EXTRA_MONTHS);
        }
        AuditReason.with(reason, () -> transaction.execute(status -> {
            AuditRetention setting = retention.findFirstBy().orElseGet(() -> new AuditRetention(extraMonths));
            setting.setExtraMonths(extraMonths);
            return retention.save(setting);
        }));
    }

    /** Purges the history of the tenant in context that is past its retention; the job's entry point. */
    public Optional<AuditChain.Purge> purgeExpired() {
        String tenant = TenantContext.requireTenantId();
        Optional<Integer> extra = transaction.execute(status -> retention.findFirstBy().map(AuditRetention::getExtraMonths));
        if (extra == null || extra.isEmpty()) {
            return Optional.empty();
        }
        Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minusMonths(legalMinimumMonths + extra.get()).toInstant();
        return Optional.of(purgeBefore(tenant, cutoff));
    }

    /** Purges what was committed before the cutoff and records the purge. */
    AuditChain.Purge purgeBefore(String tenant, Instant cutoff) {
        AuditChain.Purge purge = chain.purgeBefore(tenant, cutoff);
        if (purge.positions() > 0) {
            String detail = "History purged: " + purge.positions() + " revisions committed before " + cutoff + " (" + purge.revisionsDeleted()
                    + " revision rows deleted, latest states kept); chain anchored at position " + purge.anchorSeq()
                    + ", SHA-256 " + purge.anchorHash();
            events.record(AuditEventKind.HISTORY_PURGED, null, null, detail);
            log.info("Audit history of {}: {}", tenant, detail);
        }
        return purge;
    }
}
