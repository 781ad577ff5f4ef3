package com.crcloud.bench;

import com.crcloud.dashboard.service.Dashboard;
import com.crcloud.dashboard.service.DashboardFilter;
import com.crcloud.dashboard.service.DashboardService;
import com.crcloud.dashboard.service.DashboardSummaries;
import com.crcloud.dashboard.ui.DashboardView;
import com.crcloud.security.CrcUser;
import com.crcloud.tenant.provisioning.NewTenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.TenantUserService;
import com.crcloud.tenant.user.UserAccount;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Issue 9: the review effectiveness dashboard of a tenant with many cases. Generates a tenant of its own (36 months
 * of cases, each with its stage visits in the case history and a screening step, about 1 % still open; products,
 * 50 reviewers in 5 teams, auto-decided cases), builds its summaries once as the start-up backfill does (timed),
 * then measures {@link DashboardService#load} (the default six months; twelve months filtered by product and team,
 * by product alone and by team alone; 24 months) and the dashboard view's server-side render (constructed by
 * Spring in a mock Vaadin session, attached, one client round trip), against hand-written SQL computing the same
 * figures from the cases and their history without summaries (the queries the dashboard ran before). Data grows in
 * place between sizes.
 */
public final class DashboardBenchmark implements Benchmark {

    private static final String ID = "9 dashboard";
    private static final String TENANT = "bench-dashboard";
    private static final String MANAGER = "manager";
    private static final String TARGET = "p95 < 1000 ms";
    private static final double BUDGET_SECONDS = 20;
    private static final int SPAN_DAYS = 36 * 30;
    private static final int OPEN_WITHIN_DAYS = 20;
    private static final int REVIEWERS = 50;
    private static final List<String> TEAMS = List.of("Retail credit", "SME credit", "Private banking", "Onboarding", "Remediation");
    private static final List<String> RISK = List.of("LOW", "MEDIUM", "HIGH");
    /** Revision numbers of the generated history, far above the application's own. */
    private static final long REVISION_BASE = 4_000_000_000L;

    @Override
    public String id() {
        return "9-dashboard";
    }

    @Override
    public void run(BenchContext bench) {
        // The quick size draws the curve up to 100k; the full size is the issue's tenant of 1M cases.
        List<Integer> sizes = "full".equals(bench.size().name()) ? List.of(1_000_000) : List.of(20_000, 100_000);
        int maxCases = sizes.get(sizes.size() - 1);
        Instant now = bench.bean(Clock.class).instant().truncatedTo(ChronoUnit.DAYS);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        setUpTenant(bench, zone);
        double customerSeconds = Measure.seconds(round -> bench.data().customers(TENANT, 0, maxCases / 3));
        System.out.printf("   %d customers generated in %.1f s%n", maxCases / 3, customerSeconds);
        int generated = 0;
        for (int cases : sizes) {
            int from = generated;
            double seconds = Measure.seconds(round -> generate(bench.jdbc(), from, cases, maxCases, now));
            generated = cases;
            analyse(bench.jdbc());
            System.out.printf("   %d cases generated in %.1f s%n", cases, seconds);
            // The bulk load bypassed the product: its summaries are rebuilt as the start-up backfill does after an upgrade.
            bench.jdbc().update("UPDATE dashboard_summary_state SET time_zone = NULL WHERE tenant_id = ?", TENANT);
            double rebuild = Measure.seconds(round -> bench.bean(DashboardSummaries.class).rebuildWhereNeeded());
            analyse(bench.jdbc());
            System.out.printf("   summaries rebuilt in %.1f s%n", rebuild);
            bench.as(TENANT, MANAGER, () -> measure(bench, cases, rebuild, zone, now));
        }
    }

    private void measure(BenchContext bench, int cases, double rebuildSeconds, ZoneId zone, Instant now) {
        DashboardService dashboards = bench.bean(DashboardService.class);
        NamedParameterJdbcTemplate jdbc = bench.bean(NamedParameterJdbcTemplate.class);
        YearMonth current = YearMonth.from(now.atZone(zone));
        String size = " @" + (cases >= 1_000_000 ? cases / 1_000_000 + "M" : cases / 1000 + "k");
        DashboardFilter sixMonths = DashboardFilter.months(current.minusMonths(5), current);
        DashboardFilter filtered = DashboardFilter.months(current.minusMonths(11), current).withProduct("consumer-loan")
                .withTeam(TEAMS.get(0));
        DashboardFilter longest = DashboardFilter.months(current.minusMonths(DashboardFilter.MAX_MONTHS - 1), current);

        Dashboard shown = dashboards.load(sixMonths);
        HandWritten baseline = new HandWritten(jdbc, TENANT, zone, now);
        Stats handWritten = Measure.latency(2, bench.size().rounds(), BUDGET_SECONDS, round -> baseline.figures(sixMonths, false));
        Stats service = Measure.latency(bench.size().warmup() / 3, bench.size().rounds(), BUDGET_SECONDS, round -> dashboards.load(sixMonths));
        bench.report().add(Row.of(ID, "DashboardService.load, last 6 months" + size)
                .latency(service, handWritten).target(TARGET, service.p95Ms() < 1000)
                .figure("cases", cases).figure("summaryRebuildSeconds", round(rebuildSeconds))
                .figure("opened", shown.volume().opened()).figure("decided", shown.volume().decided())
                .figure("openNow", shown.backlog().open()).build());

        Stats filteredBaseline = Measure.latency(2, bench.size().rounds(), BUDGET_SECONDS, round -> baseline.figures(filtered, true));
        Stats filteredService = Measure.latency(bench.size().warmup() / 3, bench.size().rounds(), BUDGET_SECONDS,
                round -> dashboards.load(filtered));
        bench.report().add(Row.of(ID, "load, 12 months, product + team" + size).latency(filteredService, filteredBaseline)
                .target(TARGET, filteredService.p95Ms() < 1000).figure("decided", dashboards.load(filtered).volume().decided()).build());

        // Each filter alone reads other indexes than the two together.
        for (DashboardFilter single : List.of(DashboardFilter.months(current.minusMonths(11), current).withProduct("consumer-loan"),
                DashboardFilter.months(current.minusMonths(11), current).withTeam(TEAMS.get(0)))) {
            Stats singleService = Measure.latency(bench.size().warmup() / 3, bench.size().rounds(), BUDGET_SECONDS,
                    round -> dashboards.load(single));
            bench.report().add(Row.of(ID, "load, 12 months, " + (single.product().isPresent() ? "product" : "team") + size)
                    .latency(singleService, null).target(TARGET, singleService.p95Ms() < 1000).build());
        }

        Stats longestService = Measure.latency(bench.size().warmup() / 3, bench.size().rounds(), BUDGET_SECONDS,
                round -> dashboards.load(longest));
        bench.report().add(Row.of(ID, "load, 24 months" + size).latency(longestService, null)
                .target(TARGET, longestService.p95Ms() < 1000).build());

        Stats render = renders(bench);
        bench.report().add(Row.of(ID, "DashboardView server-side render" + size).latency(render, handWritten)
                .target(TARGET, render.p95Ms() < 1000).build());
    }

    /** The view built by Spring as the router builds it, attached to a signed-in mock UI, and one client round trip. */
    private Stats renders(BenchContext bench) {
        MockSpringServlet servlet = new MockSpringServlet(new Routes().autoDiscoverViews("com.crcloud"), bench.application(), UI::new);
        try {
            CrcUser user = bench.actAs(TENANT, MANAGER);
            MockVaadin.setup(UI::new, servlet);
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            UI ui = UI.getCurrent();
            return Measure.latency(bench.size().warmup() / 3, bench.size().rounds(), BUDGET_SECONDS, round -> {
                DashboardView view = Instantiator.get(ui).createRouteTarget(DashboardView.class, null);
                ui.add(view);
                MockVaadin.clientRoundtrip();
                ui.remove(view);
            });
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static void setUpTenant(BenchContext bench, ZoneId zone) {
        bench.as(null, "platform-admin", () -> {
            bench.bean(TenantRegistryService.class).provision(new NewTenant(TENANT, "Dashboard benchmark", Locale.ENGLISH, zone, MANAGER,
                    "Manager", "manager@bench.example", "bench-manager-password"));
        });
        bench.as(TENANT, MANAGER, () -> {
            TenantUserService users = bench.bean(TenantUserService.class);
            for (int i = 0; i < REVIEWERS; i++) {
                UserAccount user = users.createUser(reviewer(i), "Reviewer " + i, null, "bench-reviewer-password", EnumSet.of(Role.REVIEWER));
                users.setTeam(user.getId(), user.getVersion(), TEAMS.get(i % TEAMS.size()));
            }
        });
    }

    private static String reviewer(int index) {
        return "dash-reviewer-" + index;
    }

    /**
     * Cases {@code from} to {@code to} of {@code total}: case i is opened at a point spread evenly over the span
     * (a golden-ratio stride through it, so every prefix covers the whole span) and belongs to customer (point mod customers),
     * so a customer's cases follow each other a third of the span apart and at most the last one is open.
     */
    private static void generate(JdbcTemplate jdbc, int from, int to, int total, Instant now) {
        long stride = goldenStride(total);
        for (int batch = from; batch < to; batch += BenchData.BATCH) {
            int start = batch;
            int end = Math.min(to, batch + BenchData.BATCH);
            jdbc.execute((Connection connection) -> {
                try (PreparedStatement cases = connection.prepareStatement("INSERT INTO review_case (tenant_id, id, version, reference,"
                        + " customer_id, opened_because, stage, open_slot, stage_entered_at, due_at, opened_at, opened_by, assignee,"
                        + " model_risk_class, tier, override_risk_class, override_score, outcome, decided_by, decided_at, product,"
                        + " auto_decided) VALUES (?,?,0,?,?,?,?,?,?,?,?,'bench',?,?,?,?,?,?,?,?,?,?)");
                     PreparedStatement history = connection.prepareStatement("INSERT INTO review_case_aud (tenant_id, id, rev, revtype,"
                             + " stage, stage_entered_at, due_at, opened_at, assignee, product) VALUES (?,?,?,?,?,?,?,?,?,?)");
                     PreparedStatement steps = connection.prepareStatement("INSERT INTO review_case_step (tenant_id, id, version, case_id,"
                             + " run_number, stage, extension_key, extension_name, kind, status, summary, reason_codes, millis, ran_at)"
                             + " VALUES (?,?,0,?,1,'VERIFYING','compliance/watchlist-screening','Watchlist screening',"
                             + " 'SCREENING_PROVIDER',?,?,'',40,?)")) {
                    for (int i = start; i < end; i++) {
                        GeneratedCase generated = generated(i, total, stride, now);
                        String id = caseId(i).toString();
                        List<Visit> visits = generated.visits();
                        Visit last = visits.get(visits.size() - 1);
                        cases.setString(1, TENANT);
                        cases.setString(2, id);
                        cases.setString(3, "D-" + i);
                        cases.setString(4, BenchData.customerId(TENANT, generated.customer()).toString());
                        cases.setString(5, generated.trigger());
                        cases.setString(6, last.stage());
                        cases.setObject(7, generated.decidedAt() == null ? 1 : null);
                        cases.setTimestamp(8, Timestamp.from(last.entered()));
                        cases.setTimestamp(9, Timestamp.from(last.due()));
                        cases.setTimestamp(10, Timestamp.from(generated.openedAt()));
                        cases.setString(11, generated.assignee());
                        cases.setString(12, generated.model());
                        cases.setString(13, generated.tier());
                        cases.setString(14, generated.override());
                        cases.setObject(15, generated.overrideScore());
                        cases.setString(16, generated.decidedAt() == null ? null : last.stage());
                        cases.setString(17, generated.decidedAt() == null ? null : generated.assignee() == null ? "flow" : generated.assignee());
                        cases.setTimestamp(18, generated.decidedAt() == null ? null : Timestamp.from(generated.decidedAt()));
                        cases.setString(19, generated.product());
                        cases.setBoolean(20, generated.autoDecided());
                        cases.addBatch();
                        for (int v = 0; v < visits.size(); v++) {
                            history.setString(1, TENANT);
                            history.setString(2, id);
                            history.setLong(3, REVISION_BASE + i * 16L + v);
                            history.setInt(4, v == 0 ? 0 : 1);
                            history.setString(5, visits.get(v).stage());
                            history.setTimestamp(6, Timestamp.from(visits.get(v).entered()));
                            history.setTimestamp(7, Timestamp.from(visits.get(v).due()));
                            history.setTimestamp(8, Timestamp.from(generated.openedAt()));
                            history.setString(9, generated.assignee());
                            history.setString(10, generated.product());
                            history.addBatch();
                        }
                        if (visits.size() > 1) {
                            steps.setString(1, TENANT);
                            steps.setString(2, UUID.nameUUIDFromBytes((TENANT + ":step:" + i).getBytes(StandardCharsets.UTF_8)).toString());
                            steps.setString(3, id);
                            steps.setString(4, generated.screeningHit() ? "WARN" : "PASS");
                            steps.setString(5, generated.screeningHit() ? "1 possible match" : "No match");
                            steps.setTimestamp(6, Timestamp.from(visits.get(1).entered()));
                            steps.addBatch();
                        }
                    }
                    cases.executeBatch();
                    history.executeBatch();
                    steps.executeBatch();
                }
                return null;
            });
        }
    }

    /** A step through [0, total) near the golden ratio and coprime with it: every prefix spreads evenly. */
    private static long goldenStride(int total) {
        long stride = Math.round(total * 0.6180339887);
        while (BigInteger.valueOf(stride).gcd(BigInteger.valueOf(total)).intValue() != 1) {
            stride++;
        }
        return stride;
    }

    private static UUID caseId(int index) {
        return UUID.nameUUIDFromBytes((TENANT + ":case:" + index).getBytes(StandardCharsets.UTF_8));
    }

    private record Visit(String stage, Instant entered, Instant due) {
    }

    private record GeneratedCase(int customer, String trigger, Instant openedAt, List<Visit> visits, Instant decidedAt, String assignee,
                                 String product, boolean autoDecided, String model, String override, Integer overrideScore,
                                 String tier, boolean screeningHit) {
    }

    /** Case {@code index}: its customer, times, stages (with the policy's due times) and figures, deterministic. */
    private static GeneratedCase generated(int index, int total, long stride, Instant now) {
        long point = index * stride % total;
        SplittableRandom random = new SplittableRandom(point * 7_919L + 13);
        Instant opened = now.minus(Duration.ofDays(SPAN_DAYS)).plusSeconds((long) ((double) point / total * SPAN_DAYS * 86_400));
        int customer = (int) (point % (total / 3));
        // Older cases predate the flows and have no product.
        String product = point < total / 5 ? null : random.nextInt(100) < 55 ? "consumer-loan" : "wealth-account";
        String trigger = random.nextInt(10) < 6 ? "INITIAL" : random.nextInt(4) < 3 ? "PERIODIC" : "DATA_CHANGE";
        String model = RISK.get(random.nextInt(RISK.size()));
        boolean overridden = random.nextInt(100) < 15;
        String override = overridden ? RISK.get(Math.floorMod(RISK.indexOf(model) + (random.nextBoolean() ? 1 : -1), 3)) : null;
        Integer overrideScore = !overridden && random.nextInt(100) < 3 ? 300 + random.nextInt(500) : null;
        boolean autoDecided = product != null && !overridden && random.nextInt(100) < 25;
        String assignee = autoDecided && random.nextInt(10) < 6 ? null : random.nextInt(100) < 4 ? null : reviewer(random.nextInt(REVIEWERS));

        List<Visit> visits = new ArrayList<>();
        Instant at = opened;
        visits.add(new Visit("COLLECTING", at, at.plus(Duration.ofHours(48))));
        String outcome = null;
        for (int round = 0; round < 2 && outcome == null; round++) {
            at = at.plus(Duration.ofHours(1 + random.nextInt(30)));
            visits.add(new Visit("VERIFYING", at, at.plus(Duration.ofHours(24))));
            if (random.nextInt(100) < 5) {
                at = at.plus(Duration.ofHours(1 + random.nextInt(10)));
                outcome = "REJECTED";
                break;
            }
            at = at.plus(Duration.ofMinutes(5 + random.nextInt(600)));
            visits.add(new Visit("ASSESSING", at, at.plus(Duration.ofHours(48))));
            if (!autoDecided && random.nextInt(100) < 15) {
                at = at.plus(Duration.ofHours(1 + random.nextInt(5)));
                visits.add(new Visit("AWAITING_APPROVAL", at, at.plus(Duration.ofHours(24))));
            }
            at = at.plus(autoDecided ? Duration.ofMinutes(1 + random.nextInt(30)) : Duration.ofHours(2 + random.nextInt(90)));
            int roll = random.nextInt(100);
            if (round == 0 && roll < 10) {
                // More information: the customer answers after one to ten days and the case collects again.
                visits.add(new Visit("MORE_INFO_REQUESTED", at, at.plus(Duration.ofHours(240))));
                at = at.plus(Duration.ofHours(24 + random.nextInt(216)));
                visits.add(new Visit("COLLECTING", at, at.plus(Duration.ofHours(48))));
            } else {
                outcome = roll < 80 ? "APPROVED" : "REJECTED";
            }
        }
        if (outcome == null) {
            outcome = "REJECTED";
        }
        boolean recent = opened.isAfter(now.minus(Duration.ofDays(OPEN_WITHIN_DAYS)));
        Instant decided = at;
        if (decided.isAfter(now) || recent && random.nextBoolean()) {
            // Still open: the stages it has reached by now.
            Instant cut = decided.isAfter(now) ? now : decided;
            visits.removeIf(visit -> !visit.entered().isBefore(cut));
            if (visits.isEmpty()) {
                visits.add(new Visit("COLLECTING", opened, opened.plus(Duration.ofHours(48))));
            }
            decided = null;
        } else {
            visits.add(new Visit(outcome, decided, decided));
        }
        return new GeneratedCase(customer, trigger, opened, visits, decided, assignee, product, autoDecided, model, override, overrideScore,
                random.nextInt(5) == 0 ? "VIP" : "STANDARD", random.nextInt(10) == 0);
    }

    /** Fresh statistics after a bulk load, as an operator would gather them (MariaDB; H2 ANALYZE). */
    private static void analyse(JdbcTemplate jdbc) {
        String product = jdbc.execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
        if ("H2".equals(product)) {
            jdbc.execute("ANALYZE");
        } else {
            jdbc.execute("ANALYZE TABLE review_case, review_case_aud, review_case_step, dashboard_case_fact, dashboard_month_count,"
                    + " dashboard_stage_visit");
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * The same figures by hand, from the cases and their history without any summary: what the dashboard computed
     * before (months bucketed by CASE, stage visits by a window over the history, the risk class before each
     * approval by a window over all approvals, the percentiles as ordered one-row pages). The team filter is the
     * members' usernames in an IN list.
     */
    private record HandWritten(NamedParameterJdbcTemplate jdbc, String tenant, ZoneId zone, Instant now) {

        private static final String FINAL = " AND outcome IN ('APPROVED', 'REJECTED')";

        void figures(DashboardFilter filter, boolean filtered) {
            List<Instant> boundaries = new ArrayList<>();
            for (YearMonth month = filter.from(); !month.isAfter(filter.to().plusMonths(1)); month = month.plusMonths(1)) {
                boundaries.add(month.atDay(1).atStartOfDay(zone).toInstant());
            }
            MapSqlParameterSource parameters = new MapSqlParameterSource("tenant", tenant).addValue("from", utc(boundaries.get(0)))
                    .addValue("to", utc(boundaries.get(boundaries.size() - 1))).addValue("now", utc(now))
                    .addValue("since", utc(boundaries.get(0)).minusDays(92));
            String where = "";
            if (filtered) {
                parameters.addValue("product", filter.product().orElseThrow());
                parameters.addValue("members", jdbc.queryForList("SELECT username FROM user_account WHERE tenant_id = :tenant AND team = :team",
                        new MapSqlParameterSource("tenant", tenant).addValue("team", filter.team().orElseThrow()), String.class));
                where = " AND product = :product AND assignee IN (:members)";
            }
            StringBuilder bucket = new StringBuilder("CASE");
            for (int i = 1; i < boundaries.size(); i++) {
                bucket.append(" WHEN %1$s < :b").append(i).append(" THEN ").append(i - 1);
                parameters.addValue("b" + i, utc(boundaries.get(i)));
            }
            bucket.append(" END");
            String perMonth = "SELECT bucket, grp, COUNT(*) FROM (SELECT " + bucket + " AS bucket, %2$s AS grp FROM review_case"
                    + " WHERE tenant_id = :tenant AND %1$s >= :from AND %1$s < :to %3$s" + where + ") x GROUP BY bucket, grp";
            jdbc.queryForList(String.format(perMonth, "opened_at", "opened_because", ""), parameters);
            for (String group : List.of("outcome", "COALESCE(override_risk_class, model_risk_class)", "tier", "opened_because", "auto_decided")) {
                jdbc.queryForList(String.format(perMonth, "decided_at", group, FINAL), parameters);
            }
            long decided = jdbc.queryForObject("SELECT COUNT(*) FROM review_case WHERE tenant_id = :tenant AND decided_at >= :from"
                    + " AND decided_at < :to" + FINAL + where, parameters, Long.class);
            for (double p : new double[]{0.5, 0.9}) {
                if (decided > 0) {
                    jdbc.queryForList("SELECT TIMESTAMPDIFF(SECOND, opened_at, decided_at) AS d FROM review_case WHERE tenant_id = :tenant"
                            + " AND decided_at >= :from AND decided_at < :to" + FINAL + where + " ORDER BY d LIMIT 1 OFFSET :rank",
                            parameters.addValue("rank", (long) Math.ceil(p * decided) - 1));
                }
            }
            jdbc.queryForList("SELECT model_risk_class, override_risk_class, override_score IS NOT NULL, COUNT(*) FROM review_case"
                    + " WHERE tenant_id = :tenant AND decided_at >= :from AND decided_at < :to" + FINAL + " AND model_risk_class IS NOT NULL"
                    + where + " GROUP BY model_risk_class, override_risk_class, override_score IS NOT NULL", parameters);
            String caseFilter = filtered ? " JOIN review_case c ON c.tenant_id = a.tenant_id AND c.id = a.id AND c.product = :product"
                    + " AND c.assignee IN (:members)" : "";
            jdbc.queryForList("SELECT stage, SUM(CASE WHEN entered >= :from THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN left_at >= :from AND left_at < :to THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN left_at >= :from AND left_at < :to THEN TIMESTAMPDIFF(SECOND, entered, left_at) ELSE 0 END),"
                    + " SUM(CASE WHEN left_at >= :from AND left_at < :to AND left_at > due THEN 1 ELSE 0 END)"
                    + " FROM (SELECT stage, entered, due, LEAD(entered) OVER (PARTITION BY id ORDER BY entered) AS left_at"
                    + " FROM (SELECT a.id, a.stage, a.stage_entered_at AS entered, MAX(a.due_at) AS due FROM review_case_aud a" + caseFilter
                    + " WHERE a.tenant_id = :tenant AND a.stage_entered_at >= :since AND a.stage_entered_at < :to"
                    + " GROUP BY a.id, a.stage, a.stage_entered_at) visits) timed GROUP BY stage", parameters);
            jdbc.queryForList("SELECT stage, COUNT(*), SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END) FROM review_case"
                    + " WHERE tenant_id = :tenant AND open_slot = 1" + where + " GROUP BY stage", parameters);
            jdbc.queryForList("SELECT COUNT(*), SUM(hit) FROM (SELECT c.id, MAX(CASE WHEN s.status IN ('WARN', 'FAIL') THEN 1 ELSE 0 END) AS hit"
                    + " FROM review_case c JOIN review_case_step s ON s.tenant_id = c.tenant_id AND s.case_id = c.id"
                    + " AND s.kind = 'SCREENING_PROVIDER' WHERE c.tenant_id = :tenant AND c.decided_at >= :from AND c.decided_at < :to"
                    + " AND c.outcome IN ('APPROVED', 'REJECTED')" + where.replace(" product", " c.product").replace(" assignee", " c.assignee")
                    + " GROUP BY c.id) x", parameters);
            jdbc.queryForList("SELECT prev, rc, COUNT(*), COUNT(DISTINCT customer_id) FROM (SELECT customer_id, decided_at, product, assignee,"
                    + " COALESCE(override_risk_class, model_risk_class) AS rc,"
                    + " LAG(COALESCE(override_risk_class, model_risk_class)) OVER (PARTITION BY customer_id ORDER BY decided_at) AS prev"
                    + " FROM review_case WHERE tenant_id = :tenant AND outcome = 'APPROVED' AND decided_at < :to) approvals"
                    + " WHERE decided_at >= :from AND prev IS NOT NULL AND rc <> prev" + where + " GROUP BY prev, rc", parameters);
        }

        private static LocalDateTime utc(Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
    }
}
