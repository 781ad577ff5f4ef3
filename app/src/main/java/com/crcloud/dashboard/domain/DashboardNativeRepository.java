package com.crcloud.dashboard.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's aggregations, computed by the database: counts, sums and one-row ordered pages, never a list of
 * cases. Native SQL because the figures need window functions over the case history (stage visits, risk class
 * changes) and bucketed GROUP BYs; every statement therefore states {@code tenant_id = :tenant} itself (an
 * isolation test with other tenants' data in the same tables checks it). Instants are bound and read as UTC
 * local date-times, as Hibernate stores them.
 */
@Repository
public class DashboardNativeRepository {

    /** Decisions that close a case; a request for more information pauses it. */
    private static final String FINAL = "outcome IN ('APPROVED', 'REJECTED')";
    /**
     * Every approval up to the period's end with the effective risk class of the customer's approval before it (a
     * derived table, not WITH: H2 re-evaluates a common table expression for every group it is read into).
     */
    private static final String FROM_APPROVALS_WITH_PREVIOUS_CLASS = " FROM (SELECT customer_id, decided_at, assignee,"
            + " COALESCE(override_risk_class, model_risk_class) AS rc,"
            + " LAG(COALESCE(override_risk_class, model_risk_class)) OVER (PARTITION BY customer_id ORDER BY decided_at) AS prev"
            + " FROM review_case WHERE tenant_id = :tenant AND outcome = 'APPROVED' AND decided_at < :to) approvals";

    private final NamedParameterJdbcTemplate jdbc;

    public DashboardNativeRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One tenant, a period [from, to), an optional reviewer (the case's assignee) and the moment "now". */
    public record Scope(String tenant, Instant from, Instant to, Optional<String> reviewer, Instant now) {

        MapSqlParameterSource parameters() {
            MapSqlParameterSource parameters = new MapSqlParameterSource()
                    .addValue("tenant", tenant).addValue("from", utc(from)).addValue("to", utc(to)).addValue("now", utc(now));
            reviewer.ifPresent(name -> parameters.addValue("reviewer", name));
            return parameters;
        }

        String reviewerClause(String alias) {
            return reviewer.isPresent() ? " AND " + alias + "assignee = :reviewer" : "";
        }
    }

    /** A count per bucket (index into the boundaries) and group. */
    public record BucketCount(int bucket, String group, long count) {
    }

    public record Count(String group, long count) {
    }

    public record StageVisits(String stage, long entered, long left, long leftSeconds, long breaches) {
    }

    public record Overrides(String modelClass, String overrideClass, boolean overridden, long count) {
    }

    public record Backlog(String stage, long open, long overdue, long periodicOverdue, long[] ageing) {
    }

    public record Screening(long screened, long hits, long hitsApproved) {
    }

    public record Survey(String metric, long responses, double sum, long high, long low) {
    }

    public record Resolution(long resolved, long seconds) {
    }

    public record RiskChange(String from, String to, long changes) {
    }

    /**
     * Counts cases per bucket of {@code column} (bucket i is [boundaries[i], boundaries[i+1]) ) and per group.
     *
     * @param group     an SQL expression over review_case, e.g. the outcome
     * @param finalOnly whether to count only approved and rejected cases
     */
    public List<BucketCount> casesPerBucket(Scope scope, String column, List<Instant> boundaries, String group, boolean finalOnly) {
        MapSqlParameterSource parameters = scope.parameters();
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = 1; i < boundaries.size(); i++) {
            bucket.append(" WHEN ").append(column).append(" < :b").append(i).append(" THEN ").append(i - 1);
            parameters.addValue("b" + i, utc(boundaries.get(i)));
        }
        bucket.append(" END");
        parameters.addValue("b0", utc(boundaries.get(0)));
        String sql = "SELECT bucket, grp, COUNT(*) AS n FROM (SELECT " + bucket + " AS bucket, " + group + " AS grp"
                + " FROM review_case WHERE tenant_id = :tenant AND " + column + " >= :b0 AND " + column + " < :b"
                + (boundaries.size() - 1) + (finalOnly ? " AND " + FINAL : "") + scope.reviewerClause("") + ") x"
                + " GROUP BY bucket, grp";
        return jdbc.query(sql, parameters, (row, i) -> new BucketCount(row.getInt("bucket"), row.getString("grp"), row.getLong("n")));
    }

    /** Cases opened in the period, per reason they were opened. */
    public List<Count> openedByTrigger(Scope scope) {
        return jdbc.query("SELECT opened_because AS grp, COUNT(*) AS n FROM review_case WHERE tenant_id = :tenant"
                        + " AND opened_at >= :from AND opened_at < :to" + scope.reviewerClause("") + " GROUP BY opened_because",
                scope.parameters(), (row, i) -> new Count(row.getString("grp"), row.getLong("n")));
    }

    /** Approved and rejected cases decided in the period, per reason they were opened. */
    public List<Count> decidedByTrigger(Scope scope) {
        return jdbc.query("SELECT opened_because AS grp, COUNT(*) AS n FROM review_case WHERE tenant_id = :tenant"
                        + " AND decided_at >= :from AND decided_at < :to AND " + FINAL + scope.reviewerClause("")
                        + " GROUP BY opened_because",
                scope.parameters(), (row, i) -> new Count(row.getString("grp"), row.getLong("n")));
    }

    /**
     * The time from opening to the decision of the approved or rejected case at 0-based {@code rank} in ascending
     * order, among those decided in the period: one row of an ordered page, served by the decided-at index range.
     */
    public Optional<Long> secondsToDecisionAtRank(Scope scope, long rank) {
        MapSqlParameterSource parameters = scope.parameters().addValue("rank", rank);
        return jdbc.query("SELECT TIMESTAMPDIFF(SECOND, opened_at, decided_at) AS d FROM review_case WHERE tenant_id = :tenant"
                        + " AND decided_at >= :from AND decided_at < :to AND " + FINAL + scope.reviewerClause("")
                        + " ORDER BY d LIMIT 1 OFFSET :rank", parameters, (row, i) -> row.getLong("d"))
                .stream().findFirst();
    }

    /** Approved and rejected cases decided in the period by the model's class, the reviewer's class and whether overridden. */
    public List<Overrides> overrides(Scope scope) {
        return jdbc.query("SELECT model_risk_class AS m, override_risk_class AS o,"
                        + " CASE WHEN override_risk_class IS NOT NULL OR override_score IS NOT NULL THEN 1 ELSE 0 END AS overridden,"
                        + " COUNT(*) AS n FROM review_case WHERE tenant_id = :tenant AND decided_at >= :from AND decided_at < :to"
                        + " AND " + FINAL + " AND model_risk_class IS NOT NULL" + scope.reviewerClause("")
                        + " GROUP BY model_risk_class, override_risk_class,"
                        + " CASE WHEN override_risk_class IS NOT NULL OR override_score IS NOT NULL THEN 1 ELSE 0 END",
                scope.parameters(), (row, i) -> new Overrides(row.getString("m"), row.getString("o"), row.getInt("overridden") == 1,
                        row.getLong("n")));
    }

    /**
     * Stage visits from the case history: a visit is one (case, stage, entered-at) and lasts until the case's next
     * visit begins. Per stage: visits begun in the period, visits ended in the period with their total duration,
     * and those of them that ended after their due time (SLA breaches). Visits begun more than
     * {@code lookbackDays} before the period are not read, which keeps the scan to the period's neighbourhood.
     */
    public List<StageVisits> stageVisits(Scope scope, int lookbackDays) {
        MapSqlParameterSource parameters = scope.parameters()
                .addValue("since", utc(scope.from()).minusDays(lookbackDays));
        String reviewerJoin = scope.reviewer().isPresent()
                ? " JOIN review_case c ON c.tenant_id = a.tenant_id AND c.id = a.id AND c.assignee = :reviewer" : "";
        // Derived tables, not WITH: H2 re-evaluates a common table expression for every group it is read into.
        String sql = "SELECT stage,"
                + " SUM(CASE WHEN entered >= :from THEN 1 ELSE 0 END) AS entered_n,"
                + " SUM(CASE WHEN left_at >= :from AND left_at < :to THEN 1 ELSE 0 END) AS left_n,"
                + " SUM(CASE WHEN left_at >= :from AND left_at < :to THEN TIMESTAMPDIFF(SECOND, entered, left_at) ELSE 0 END) AS secs,"
                + " SUM(CASE WHEN left_at >= :from AND left_at < :to AND left_at > due THEN 1 ELSE 0 END) AS breaches"
                + " FROM (SELECT stage, entered, due, LEAD(entered) OVER (PARTITION BY id ORDER BY entered) AS left_at"
                + " FROM (SELECT a.id, a.stage, a.stage_entered_at AS entered, MAX(a.due_at) AS due"
                + " FROM review_case_aud a" + reviewerJoin
                + " WHERE a.tenant_id = :tenant AND a.stage_entered_at >= :since AND a.stage_entered_at < :to AND a.stage IS NOT NULL"
                + " GROUP BY a.id, a.stage, a.stage_entered_at) visits) timed"
                + " GROUP BY stage";
        return jdbc.query(sql, parameters, (row, i) -> new StageVisits(row.getString("stage"), row.getLong("entered_n"),
                row.getLong("left_n"), row.getLong("secs"), row.getLong("breaches")));
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
                        + ageing + " FROM review_case WHERE tenant_id = :tenant AND open_slot = 1" + scope.reviewerClause("")
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
     * Approved and rejected cases decided in the period that ran a screening provider; of those, the ones with a
     * hit (a WARN or FAIL screening step in any run), and of those, the ones approved anyway: the reviewer judged
     * every hit a false positive.
     */
    public Screening screening(Scope scope) {
        String sql = "SELECT COUNT(*) AS screened, COALESCE(SUM(hit), 0) AS hits,"
                + " COALESCE(SUM(CASE WHEN hit = 1 AND outcome = 'APPROVED' THEN 1 ELSE 0 END), 0) AS hits_approved"
                + " FROM (SELECT c.id, c.outcome, MAX(CASE WHEN s.status IN ('WARN', 'FAIL') THEN 1 ELSE 0 END) AS hit"
                + " FROM review_case c JOIN review_case_step s ON s.tenant_id = c.tenant_id AND s.case_id = c.id"
                + " AND s.kind = 'SCREENING_PROVIDER'"
                + " WHERE c.tenant_id = :tenant AND c.decided_at >= :from AND c.decided_at < :to AND c." + FINAL
                + scope.reviewerClause("c.") + " GROUP BY c.id, c.outcome) x";
        return jdbc.queryForObject(sql, scope.parameters(),
                (row, i) -> new Screening(row.getLong("screened"), row.getLong("hits"), row.getLong("hits_approved")));
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
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer c WHERE c.tenant_id = :tenant AND c.next_review_date <= :today"
                        + " AND NOT EXISTS (SELECT 1 FROM review_case r WHERE r.tenant_id = c.tenant_id AND r.customer_id = c.id"
                        + " AND r.open_slot = 1)",
                new MapSqlParameterSource().addValue("tenant", tenant).addValue("today", today), Long.class);
    }

    /**
     * Changes of a customer's risk class by approvals in the period: the effective class (the reviewer's override,
     * else the model's) of each approval against that of the customer's approval before it.
     */
    public List<RiskChange> riskChanges(Scope scope) {
        String sql = "SELECT prev, rc, COUNT(*) AS n" + FROM_APPROVALS_WITH_PREVIOUS_CLASS + " WHERE decided_at >= :from AND prev IS NOT NULL AND rc IS NOT NULL"
                + " AND rc <> prev" + scope.reviewerClause("") + " GROUP BY prev, rc";
        return jdbc.query(sql, scope.parameters(), (row, i) -> new RiskChange(row.getString("prev"), row.getString("rc"), row.getLong("n")));
    }

    /** How many customers those changes concern (a customer may change more than once in a period). */
    public long customersWithRiskChange(Scope scope) {
        String sql = "SELECT COUNT(DISTINCT customer_id)" + FROM_APPROVALS_WITH_PREVIOUS_CLASS + " WHERE decided_at >= :from AND prev IS NOT NULL AND rc IS NOT NULL"
                + " AND rc <> prev" + scope.reviewerClause("");
        return jdbc.queryForObject(sql, scope.parameters(), Long.class);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Everyone a case was ever assigned to, for the reviewer filter (served by the assignee index). */
    public List<String> assignees(String tenant) {
        return jdbc.queryForList("SELECT DISTINCT assignee FROM review_case WHERE tenant_id = :tenant AND assignee IS NOT NULL"
                + " ORDER BY assignee", new MapSqlParameterSource("tenant", tenant), String.class);
    }
}
