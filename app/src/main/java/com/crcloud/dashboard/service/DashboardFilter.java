package com.crcloud.dashboard.service;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What the dashboard shows: whole months from {@code from} to {@code to} (inclusive) in the tenant's time zone,
 * optionally only the cases assigned to one reviewer. Product, flow and team are not in the domain yet, so they
 * cannot be filtered on.
 */
public record DashboardFilter(YearMonth from, YearMonth to, Optional<String> reviewer) {

    /** The longest period the dashboard draws month by month. */
    public static final int MAX_MONTHS = 24;

    public static DashboardFilter months(YearMonth from, YearMonth to) {
        return new DashboardFilter(from, to, Optional.empty());
    }

    public static DashboardFilter month(YearMonth month) {
        return months(month, month);
    }

    public DashboardFilter withReviewer(String username) {
        return new DashboardFilter(from, to, Optional.ofNullable(username).filter(name -> !name.isBlank()));
    }

    public int monthCount() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }
}
