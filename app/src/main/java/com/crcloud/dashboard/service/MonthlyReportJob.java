package com.crcloud.dashboard.service;

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
import java.util.EnumSet;

/**
 * Delivers the monthly review report: a db-scheduler task (one node runs each execution) that looks every
 * {@code crc.dashboard.report-check} (hourly by default) for tenants whose last month's report has not gone out,
 * so a report is sent early on the 1st, or after a restart or a mail server outage as soon as possible.
 */
@Configuration
public class MonthlyReportJob {

    /** The actor the report is read and sent as (a tenant administrator's rights, named in the audit trail). */
    public static final String ACTOR = "monthly-report";
    private static final Logger log = LoggerFactory.getLogger(MonthlyReportJob.class);

    @Bean
    RecurringTask<Void> monthlyReportTask(TenantRepository tenants, MonthlyReportDelivery delivery,
                                          @Value("${crc.dashboard.report-check:PT1H}") Duration interval) {
        return Tasks.recurring("monthly-review-report", Schedules.fixedDelay(interval))
                .execute((instance, context) -> sendDueReports(tenants, delivery));
    }

    /** One pass over the active tenants; a tenant that fails is logged and tried again on the next pass. */
    static int sendDueReports(TenantRepository tenants, MonthlyReportDelivery delivery) {
        int sent = 0;
        for (Tenant tenant : tenants.findAll()) {
            if (!tenant.isActive()) {
                continue;
            }
            try {
                var month = SystemActor.call(tenant.getId(), ACTOR, EnumSet.of(Role.TENANT_ADMIN), delivery::sendLastMonthIfDue);
                if (month.isPresent()) {
                    log.info("Sent the monthly review report {} of {}", month.get(), tenant.getId());
                    sent++;
                }
            } catch (RuntimeException e) {
                log.error("Monthly review report failed in {}", tenant.getId(), e);
            }
        }
        return sent;
    }
}
