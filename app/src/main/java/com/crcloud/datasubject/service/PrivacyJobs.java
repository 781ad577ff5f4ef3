package com.crcloud.datasubject.service;

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

import java.time.LocalTime;
import java.util.EnumSet;

/** The nightly retention run on db-scheduler (one node runs each execution), tenant by tenant. */
@Configuration
public class PrivacyJobs {

    /** The actor of retention runs, as it appears in the trail. */
    public static final String ACTOR = "retention-job";
    private static final Logger log = LoggerFactory.getLogger(PrivacyJobs.class);

    @Bean
    RecurringTask<Void> privacyRetentionTask(TenantRepository tenants, RetentionService retention,
                                             @Value("${crc.privacy.retention-at:01:30}") LocalTime at) {
        return Tasks.recurring("privacy-retention", Schedules.daily(at))
                .execute((instance, context) -> runAll(tenants, retention));
    }

    static void runAll(TenantRepository tenants, RetentionService retention) {
        for (Tenant tenant : tenants.findAll()) {
            if (!tenant.isActive()) {
                continue;
            }
            try {
                SystemActor.call(tenant.getId(), ACTOR, EnumSet.of(Role.COMPLIANCE_OFFICER), retention::run);
            } catch (RuntimeException e) {
                log.error("The retention run failed in {}", tenant.getId(), e);
            }
        }
    }
}
