package com.crcloud.audit.service;

import com.crcloud.security.SystemActor;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.user.Role;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;

/**
 * The audit trail's jobs on db-scheduler (one node runs each execution): sealing committed revisions into each
 * tenant's hash chain shortly after they commit, a daily verification of every tenant's trail (recorded in the
 * trail like a compliance officer's, logged as an error when broken), and a daily purge of history past each
 * tenant's retention.
 */
@Configuration
public class AuditJobs {

    /** The actor of the audit trail jobs, as it appears in the trail. */
    public static final String ACTOR = "audit-trail-job";
    private static final Logger log = LoggerFactory.getLogger(AuditJobs.class);

    @Bean
    RecurringTask<Void> sealAuditChainsTask(TenantRepository tenants, AuditChain chain,
                                            @Value("${crc.audit.seal-interval:PT10S}") Duration interval) {
        return Tasks.recurring("seal-audit-chains", Schedules.fixedDelay(interval))
                .execute((instance, context) -> sealAll(tenants, chain));
    }

    @Bean
    RecurringTask<Void> verifyAuditTrailsTask(TenantRepository tenants, AuditTrailService trail,
                                              @Value("${crc.audit.verify-at:03:00}") LocalTime at) {
        return Tasks.recurring("verify-audit-trails", Schedules.daily(at))
                .execute((instance, context) -> verifyAll(tenants, trail));
    }

    @Bean
    RecurringTask<Void> purgeExpiredAuditHistoryTask(TenantRepository tenants, AuditRetentionService retention,
                                                     @Value("${crc.audit.purge-at:02:00}") LocalTime at) {
        return Tasks.recurring("purge-expired-audit-history", Schedules.daily(at))
                .execute((instance, context) -> {
                    for (Tenant tenant : tenants.findAll()) {
                        try {
                            SystemActor.call(tenant.getId(), ACTOR, EnumSet.of(Role.AUDITOR), retention::purgeExpired);
                        } catch (RuntimeException e) {
                            log.error("Purging expired audit history failed in {}", tenant.getId(), e);
                        }
                    }
                });
    }

    static int sealAll(TenantRepository tenants, AuditChain chain) {
        int total = 0;
        for (Tenant tenant : tenants.findAll()) {
            try {
                total += SystemActor.call(tenant.getId(), ACTOR, EnumSet.of(Role.AUDITOR), () -> chain.seal(tenant.getId()));
            } catch (RuntimeException e) {
                log.error("Sealing the audit trail failed in {}", tenant.getId(), e);
            }
        }
        return total;
    }

    static void verifyAll(TenantRepository tenants, AuditTrailService trail) {
        for (Tenant tenant : tenants.findAll()) {
            if (!tenant.isActive()) {
                continue;
            }
            try {
                VerificationReport report = SystemActor.call(tenant.getId(), ACTOR, EnumSet.of(Role.AUDITOR), trail::verify);
                log.info("Audit trail of {}: {} ({} revisions, {} live rows, {} ms)", tenant.getId(),
                        report.intact() ? "intact" : "BROKEN", report.revisionsChecked(), report.liveRowsChecked(), report.took().toMillis());
            } catch (RuntimeException e) {
                log.error("Verifying the audit trail failed in {}", tenant.getId(), e);
            }
        }
    }
}
