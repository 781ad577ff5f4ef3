package com.crcloud.review.service;

import com.crcloud.security.SystemActor;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.domain.TenantRepository;
import com.crcloud.tenant.user.Role;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.EnumSet;

/**
 * The monitoring jobs, run by db-scheduler: schedules and pending runs live in the database, so with several app
 * nodes exactly one runs each execution, and a restart loses nothing. Each job works tenant by tenant as a system
 * actor with only the reviewer role.
 */
@Configuration
public class MonitoringJobs {

    /** The actor of the periodic re-review job. */
    public static final String ACTOR = "re-review-scheduler";
    private static final Logger log = LoggerFactory.getLogger(MonitoringJobs.class);

    @Bean
    RecurringTask<Void> openDueReReviewsTask(TenantRepository tenants, ReviewCaseService cases,
                                             @Value("${crc.re-review.interval:PT1H}") Duration interval) {
        return Tasks.recurring("open-due-re-reviews", Schedules.fixedDelay(interval))
                .execute((instance, context) -> openDueReReviews(tenants, cases));
    }

    /**
     * Re-screens one tenant after new watchlist data (see {@link WatchlistRescreening}, which schedules it through
     * the scheduler that runs this task, hence looked up when the task runs).
     */
    @Bean
    OneTimeTask<String> rescreenTenantTask(ObjectProvider<WatchlistRescreening> rescreening) {
        return Tasks.oneTime(WatchlistRescreening.TASK).execute((instance, context) -> SystemActor.run(instance.getData(),
                WatchlistRescreening.ACTOR, EnumSet.of(Role.REVIEWER), () -> rescreening.getObject().rescreenTenant()));
    }

    /** One pass of the re-review job over all active tenants; a tenant that fails is logged and retried on the next pass. */
    static int openDueReReviews(TenantRepository tenants, ReviewCaseService cases) {
        int total = 0;
        for (Tenant tenant : tenants.findAll()) {
            if (!tenant.isActive()) {
                continue;
            }
            try {
                int opened = SystemActor.call(tenant.getId(), ACTOR, EnumSet.of(Role.REVIEWER), cases::openDueReReviews);
                if (opened > 0) {
                    log.info("Opened {} re-review case(s) in {}", opened, tenant.getId());
                }
                total += opened;
            } catch (RuntimeException e) {
                log.error("Opening re-reviews failed in {}", tenant.getId(), e);
            }
        }
        return total;
    }
}
