package com.crcloud.dashboard.service;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, builds the dashboard summaries of every tenant that has none yet (the cases from before the summaries
 * existed) or whose time zone changed, so the first dashboard load does not have to.
 */
@Component
class DashboardSummaryBackfill implements ApplicationRunner {

    private final DashboardSummaries summaries;

    DashboardSummaryBackfill(DashboardSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        summaries.rebuildWhereNeeded();
    }
}
