package com.crcloud.dashboard.service;

import java.time.YearMonth;
import java.util.Optional;

/**
 * The cases behind one element of a chart: what was clicked ({@code key}: an outcome, risk class, stage or age
 * bucket by name) and, for a month of a trend, which month; without a month the whole period counts.
 */
public record DrillDown(Kind kind, String key, Optional<YearMonth> month) {

    public enum Kind {
        /** Cases opened in the period. */
        OPENED,
        /** Cases decided with the outcome {@code key}. */
        DECIDED,
        /** Approved or rejected cases of the effective risk class {@code key}. */
        RISK_CLASS,
        /** Open cases now in stage {@code key}. */
        OPEN_STAGE,
        /** Open cases now past their due time. */
        OVERDUE,
        /** Open cases now of the age {@code key} ({@link Dashboard.AgeBucket}). */
        AGE
    }

    public static DrillDown of(Kind kind, String key) {
        return new DrillDown(kind, key, Optional.empty());
    }

    public static DrillDown inMonth(Kind kind, String key, YearMonth month) {
        return new DrillDown(kind, key, Optional.of(month));
    }
}
