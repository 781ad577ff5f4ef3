package com.crcloud.dashboard.service;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What the dashboard shows: whole months from {@code from} to {@code to} (inclusive) in the tenant's time zone,
 * optionally only the cases of one product (the flow a case opened with), of one team (cases whose assignee is a
 * member of the team now) and of one reviewer (the cases' assignee). Filters combine: team and reviewer together
 * mean that reviewer's cases if the reviewer is in the team, else none.
 */
public record DashboardFilter(YearMonth from, YearMonth to, Optional<String> product, Optional<String> team, Optional<String> reviewer) {

    /** The longest period the dashboard draws month by month. */
    public static final int MAX_MONTHS = 24;

    public static DashboardFilter months(YearMonth from, YearMonth to) {
        return new DashboardFilter(from, to, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static DashboardFilter month(YearMonth month) {
        return months(month, month);
    }

    public DashboardFilter withProduct(String name) {
        return new DashboardFilter(from, to, present(name), team, reviewer);
    }

    public DashboardFilter withTeam(String name) {
        return new DashboardFilter(from, to, product, present(name), reviewer);
    }

    public DashboardFilter withReviewer(String username) {
        return new DashboardFilter(from, to, product, team, present(username));
    }

    public int monthCount() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
