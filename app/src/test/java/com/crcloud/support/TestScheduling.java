package com.crcloud.support;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.List;

/**
 * With db-scheduler switched off in integration tests, features still schedule work through a real
 * {@link SchedulerClient} on the test database; tests find the scheduled rows and run the work themselves.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestScheduling {

    @Bean
    SchedulerClient schedulerClient(DataSource dataSource, List<Task<?>> tasks) {
        return SchedulerClient.Builder.create(dataSource, tasks).tableName("scheduled_tasks").build();
    }
}
