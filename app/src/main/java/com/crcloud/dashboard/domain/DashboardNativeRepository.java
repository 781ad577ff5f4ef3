package com.crcloud.dashboard.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dashboard's figures, read by the database: sums over the monthly counters of the summary tables
 * ({@link DashboardSummaryNativeRepository} keeps them), one-row ordered pages of the case facts for exact
 * percentiles, and counts over the open cases and the feedback tables. Native SQL because the figures are
 * bucketed GROUP BYs over tables that are not entities; every statement states {@code tenant_id = :tenant} itself
 * (an isolation test with other tenants' data in the same tables checks it). Instants are bound and read as UTC
 * local date-times, as Hibernate stores them.
 */
@Repository
public class DashboardNativeRepository {

    private final NamedParameterJdbcTemplate jdbc;

    public DashboardNativeRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One tenant, a period of whole months (yyyymm, inclusive, in the tenant's zone) with its instants [from, to),
     * optionally one product and a set of assignees (a reviewer, a team's members), and the moment "now".
     */
    public record Scope(String tenant, int fromMonth, int toMonth, Instant from, Instant to, Optional<String> product,
                        Optional<Set<String>> assignees, Instant now) {

        /** Where a statement given to {@link #perAssignee} names the assignee condition. */
        static final String ASSIGNEE = "{assignee}";

        MapSqlParameterSource parameters() {
            MapSqlParameterSource parameters = new MapSqlParameterSource()
                    .addValue("tenant", tenant).addValue("fromMonth", fromMonth).addValue("toMonth", toMonth)
                    .addValue("from", utc(from)).addValue("to", utc(to)).addValue("now", utc(now));
            product.ifPresent(name -> parameters.addValue("product", name));
            List<String> names = assigneeList();
            for (int i = 0; i < names.size(); i++) {
                parameters.addValue("assignee" + i, names.get(i));
            }
            if (!names.isEmpty()) {
                parameters.addValue("assignees", names);
            }
            return parameters;
        }

        /** The product condition on a table with a product column ('' when the scope does not filter by product). */
        String productClause() {
            return product.isPresent() ? " AND product = :product" : "";
        }

        /**
         * The product and assignee conditions for a read of one small range whatever the filter (the open cases),
         * where testing each row against the list costs less than reading the range once per assignee.
         */
        String filterClause() {
            return productClause() + assignees.map(names -> names.isEmpty() ? " AND 1 = 0" : " AND assignee IN (:assignees)").orElse("");
        }

        /**
         * The statement once per assignee the scope admits, joined by UNION ALL, {@link #ASSIGNEE} standing for
         * {@code AND assignee = that one}; or once with {@code anyone} in its place when the scope does not filter
         * by assignee. One branch per assignee keeps each an index range led by tenant and assignee: an
         * {@code assignee IN (...)} after the tenant's equality is no index range on H2, which reads the whole
         * tenant's rows instead. An empty set of assignees (a team without members) admits no row.
         */
        String perAssignee(String statement, String anyone) {
            if (assignees.isEmpty()) {
                return statement.replace(ASSIGNEE, anyone);
            }
            List<String> names = assigneeList();
            if (names.isEmpty()) {
                return statement.replace(ASSIGNEE, " AND 1 = 0");
            }
            List<String> branches = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                branches.add(statement.replace(ASSIGNEE, " AND assignee = :assignee" + i));
            }
            return String.join(" UNION ALL ", branches);
        }

        /**
         * The index hint that reads the facts of the scope's filter ({@code kind} "bucket" or "risk_change"): by
         * assignee when it filters by assignees, else by product when it filters by product, else the tenant's.
         * Named, because H2 rates every low-cardinality column alike and may pick the index of another filter,
         * reading far more of the tenant's facts than the filter admits.
         */
        String factIndex(String kind) {
            String by = assignees.isPresent() ? "assignee_" : product.isPresent() ? "product_" : "";
            return " USE INDEX (ix_dashboard_case_fact_" + by + kind + ")";
        }

        private List<String> assigneeList() {
            return assignees.map(names -> names.stream().sorted().toList()).orElse(List.of());
        }
    }

    /** The sum of one counter over the scope's filter, per month and group. */
    public record MonthCount(int month, String metric, String group, long count, long total) {
    }

    public record Backlog(String stage, long open, long overdue, long periodicOverdue, long[] ageing) {
    }

    public record Survey(String metric, long responses, double sum, long high, long low) {
    }

    public record Resolution(long resolved, long seconds) {
    }

    public record Count(String group, long count) {
    }

    /** Every counter of the scope's months, summed over the products and assignees the scope admits. */
    public List<MonthCount> counters(Scope scope) {
        // Rows summed over all products or all assignees ('*') stand in for a filter the scope does not set.
        String rows = "SELECT period_month, metric, grp, n, total FROM dashboard_month_count WHERE tenant_id = :tenant"
                + (scope.product().isPresent() ? " AND product = :product" : " AND product = '*'") + Scope.ASSIGNEE
                + " AND period_month >= :fromMonth AND period_month <= :toMonth";
        return jdbc.query("SELECT period_month, metric, grp, SUM(n) AS n, SUM(total) AS total FROM ("
                        + scope.perAssignee(rows, " AND assignee = '*'") + ") c GROUP BY period_month, metric, grp", scope.parameters(),
                (row, i) -> new MonthCount(row.getInt("period_month"), row.getString("metric"), row.getString("grp"), row.getLong("n"),
                        row.getLong("total")));
    }

    /**
     * The time to decision at 0-based {@code offset} in ascending order among the approved and rejected cases of the
     * scope's months whose time falls in duration bucket {@code bucket}: one row of an index range.
     */
    public Optional<Long> decisionSecondsAt(Scope scope, int bucket, long offset) {
        String facts = "SELECT decision_seconds FROM dashboard_case_fact" + scope.factIndex("bucket")
                + " WHERE tenant_id = :tenant AND decision_bucket = :bucket"
                + " AND decided_month >= :fromMonth AND decided_month <= :toMonth" + scope.productClause() + Scope.ASSIGNEE;
        return jdbc.query("SELECT decision_seconds FROM (" + scope.perAssignee(facts, "") + ") d ORDER BY decision_seconds LIMIT 1 OFFSET :offset",
                scope.parameters().addValue("bucket", bucket).addValue("offset", offset), (row, i) -> row.getLong("decision_seconds"))
                .stream().findFirst();
    }

    /** Customers whose risk class an approval in the scope's months changed (a customer may change more than once). */
    public long customersWithRiskChange(Scope scope) {
        String changes = "SELECT customer_id FROM dashboard_case_fact" + scope.factIndex("risk_change")
                + " WHERE tenant_id = :tenant AND risk_changed = TRUE"
                + " AND decided_month >= :fromMonth AND decided_month <= :toMonth" + scope.productClause() + Scope.ASSIGNEE;
        return jdbc.queryForObject("SELECT COUNT(DISTINCT customer_id) FROM (" + scope.perAssignee(changes, "") + ") r",
                scope.parameters(), Long.class);
    }

    /**
     * Open cases now, per stage: how many, how many past their due time (and of those opened by the periodic
     * re-review), and their age in buckets: ageing[i] counts cases opened at or after ageLimits[i] and before
     * ageLimits[i-1] (the first bucket has no upper limit, the last none below).
     */
    public List<Backlog> backlog(Scope scope, List<Instant> ageLimits) {
        MapSqlParameterSource parameters = scope.parameters();
        StringBuilder ageing = new StringBuilder();
        for (int i = 0; i <= ageLimits.size(); i++) {
            String lower = i < ageLimits.size() ? "opened_at >= :age" + i : "1 = 1";
            String upper = i > 0 ? " AND opened_at < :age" + (i - 1) : "";
            ageing.append(", SUM(CASE WHEN ").append(lower).append(upper).append(" THEN 1 ELSE 0 END) AS age").append(i);
            if (i < ageLimits.size()) {
                parameters.addValue("age" + i, utc(ageLimits.get(i)));
            }
        }
        int buckets = ageLimits.size() + 1;
        return jdbc.query("SELECT stage, COUNT(*) AS n, SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END) AS overdue,"
                        + " SUM(CASE WHEN due_at < :now AND opened_because = 'PERIODIC' THEN 1 ELSE 0 END) AS periodic_overdue"
                        // The open cases are few (one per customer at most): their index, whatever the filter. Left to
                        // itself H2 reads a product's or the whole tenant's cases when a filter names a product or team.
                        + ageing + " FROM review_case USE INDEX (ix_review_case_open_due) WHERE tenant_id = :tenant AND open_slot = 1"
                        + scope.filterClause()
                        + " GROUP BY stage",
                parameters, (row, i) -> {
                    long[] ages = new long[buckets];
                    for (int b = 0; b < buckets; b++) {
                        ages[b] = row.getLong("age" + b);
                    }
                    return new Backlog(row.getString("stage"), row.getLong("n"), row.getLong("overdue"),
                            row.getLong("periodic_overdue"), ages);
                });
    }

    /**
     * Survey metrics answered in the period: responses, sum, and how many at or above {@code highFrom} and at or
     * below {@code lowTo} (CSAT 4–5 satisfied; NPS 9–10 promoters, 0–6 detractors).
     */
    public Optional<Survey> surveyMetric(String tenant, Instant from, Instant to, String metric, double highFrom, double lowTo) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("tenant", tenant).addValue("from", utc(from))
                .addValue("to", utc(to)).addValue("name", metric).addValue("high", highFrom).addValue("low", lowTo);
        return jdbc.query("SELECT COUNT(*) AS n, SUM(metric_value) AS total,"
                        + " SUM(CASE WHEN metric_value >= :high THEN 1 ELSE 0 END) AS high_n,"
                        + " SUM(CASE WHEN metric_value <= :low THEN 1 ELSE 0 END) AS low_n"
                        + " FROM customer_survey_metric WHERE tenant_id = :tenant AND name = :name"
                        + " AND answered_at >= :from AND answered_at < :to", parameters,
                (row, i) -> new Survey(metric, row.getLong("n"), row.getDouble("total"), row.getLong("high_n"), row.getLong("low_n")))
                .stream().filter(survey -> survey.responses() > 0).findFirst();
    }

    /** Complaints received in the period per category. */
    public List<Count> complaintsByCategory(String tenant, Instant from, Instant to) {
        return jdbc.query("SELECT category AS grp, COUNT(*) AS n FROM complaint WHERE tenant_id = :tenant"
                        + " AND received_at >= :from AND received_at < :to GROUP BY category",
                new MapSqlParameterSource().addValue("tenant", tenant).addValue("from", utc(from)).addValue("to", utc(to)),
                (row, i) -> new Count(row.getString("grp"), row.getLong("n")));
    }

    /** Complaints resolved in the period and their total time from receipt to resolution. */
    public Resolution complaintResolutions(String tenant, Instant from, Instant to) {
        return jdbc.queryForObject("SELECT COUNT(*) AS n, COALESCE(SUM(TIMESTAMPDIFF(SECOND, received_at, resolved_at)), 0) AS secs"
                        + " FROM complaint WHERE tenant_id = :tenant AND resolved_at >= :from AND resolved_at < :to",
                new MapSqlParameterSource().addValue("tenant", tenant).addValue("from", utc(from)).addValue("to", utc(to)),
                (row, i) -> new Resolution(row.getLong("n"), row.getLong("secs")));
    }

    /** Complaints not resolved yet. */
    public long openComplaints(String tenant) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE tenant_id = :tenant AND status <> 'RESOLVED'",
                new MapSqlParameterSource("tenant", tenant), Long.class);
    }

    /** Customers whose next review date has come (on or before {@code today}) but who have no open case yet. */
    public long customersDueWithoutCase(String tenant, LocalDate today) {
        // The lower bound keeps the index range clear of the customers without a review date (NULLs sort first).
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer c WHERE c.tenant_id = :tenant"
                        + " AND c.next_review_date >= :earliest AND c.next_review_date <= :today"
                        + " AND NOT EXISTS (SELECT 1 FROM review_case r WHERE r.tenant_id = c.tenant_id AND r.customer_id = c.id"
                        + " AND r.open_slot = 1)",
                new MapSqlParameterSource().addValue("tenant", tenant).addValue("today", today)
                        .addValue("earliest", LocalDate.of(1900, 1, 1)), Long.class);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
