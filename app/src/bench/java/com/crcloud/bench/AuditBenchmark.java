package com.crcloud.bench;

import com.crcloud.audit.domain.AuditLogFilter;
import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.AuditTrailService;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Issue 8, benchmark 3: reading history.
 * <ul>
 * <li>Entity timeline: one customer changed {@link Size#entityRevisions()} times through the customer service;
 * the history panel's first page (the newest {@value #PAGE} revisions with their changed fields) through
 * {@link AuditHistoryService#historyPage} (Envers, tenant predicate) against hand-written SQL for the same page over
 * {@code customer_aud} joined to the revision table.</li>
 * <li>Audit-log first page: the tenant's revisions filtered by user and date range, newest first, at growing
 * revision counts, through {@link AuditTrailService#page} against hand-written SQL over the revision table.</li>
 * </ul>
 */
public final class AuditBenchmark implements Benchmark {

    private static final String ID = "3 audit";
    private static final double BUDGET_SECONDS = 6;
    private static final int PAGE = 50;
    /** The audit-log filter: one of the 50 users over the last 30 days of generated revisions. */
    private static final long RANGE_MILLIS = 30L * 24 * 3600 * 1000;

    @Override
    public String id() {
        return "3-audit";
    }

    @Override
    public void run(BenchContext bench) {
        entityTimeline(bench);
        int generated = 0;
        for (int total : bench.size().auditRevisionTotals()) {
            bench.data().revisions(BenchContext.TENANT, generated, total);
            generated = total;
            int last = total - 1;
            bench.as(BenchContext.TENANT, "auditor", () -> auditLogFirstPage(bench, total, last));
        }
    }

    private void entityTimeline(BenchContext bench) {
        int revisions = bench.size().entityRevisions();
        UUID customerId = bench.createCustomers("AU", 1).get(0);
        double seconds = bench.as(BenchContext.TENANT, "reviewer", () -> Measure.seconds(round -> {
            CustomerService customers = bench.bean(CustomerService.class);
            for (int i = 1; i < revisions; i++) {
                Customer customer = customers.find(customerId).orElseThrow();
                customer.setCity("City " + i);
                customers.save(customer, "benchmark change " + i);
            }
        }));
        bench.as(BenchContext.TENANT, "auditor", () -> {
            AuditHistoryService history = bench.bean(AuditHistoryService.class);
            int read = history.history(Customer.class, customerId).size();
            if (read != revisions) {
                throw new IllegalStateException("Expected " + revisions + " revisions, read " + read);
            }
            JdbcTemplate jdbc = bench.jdbc();
            // The page and the revision before it, whose state the page's oldest change is compared with; like the
            // page, each revision with the columns it changed (stored values compared, without decrypting: a lower bound).
            Stats handWritten = Measure.latency(bench.size().warmup() / 3, bench.size().rounds(), BUDGET_SECONDS, round ->
                    changedColumns(jdbc.queryForList("SELECT a.*, r.revision_timestamp, r.username, r.reason FROM customer_aud a "
                            + "JOIN audit_revision r ON r.id = a.rev WHERE a.tenant_id = ? AND a.id = ? ORDER BY a.rev DESC LIMIT ?",
                            BenchContext.TENANT, customerId.toString(), PAGE + 1)));
            Stats service = Measure.latency(bench.size().warmup() / 3, bench.size().rounds(), BUDGET_SECONDS, round ->
                    history.historyPage(Customer.class, customerId, null, PAGE));
            bench.report().add(Row.of(ID, "customer timeline, first " + PAGE + " of " + revisions + " revisions")
                    .latency(service, handWritten)
                    .target("p95 <= 100 ms and <= 2x hand-written SQL", service.p95Ms() <= 100 && service.medianMs() <= 2 * handWritten.medianMs())
                    .figure("setUpSavesPerSecond", ScreeningBenchmark.round((revisions - 1) / seconds))
                    .build());
        });
    }

    /** The first audit-log page for one user and date range, newest first, as the audit-log view asks for it. */
    private void auditLogFirstPage(BenchContext bench, int total, int lastRevision) {
        long to = BenchData.revisionTime(lastRevision);
        long from = to - RANGE_MILLIS;
        JdbcTemplate jdbc = bench.jdbc();
        Stats handWritten = Measure.latency(bench.size().warmup(), bench.size().rounds(), BUDGET_SECONDS, round -> {
            List<Long> page = jdbc.queryForList("SELECT id FROM audit_revision "
                            + "WHERE revision_tenant_id = ? AND username = ? AND revision_timestamp BETWEEN ? AND ? "
                            + "ORDER BY revision_timestamp DESC, id DESC LIMIT ?",
                    Long.class, BenchContext.TENANT, user(round), from, to, PAGE);
            if (page.size() != PAGE) {
                throw new IllegalStateException("Audit-log page has " + page.size() + " rows, expected " + PAGE);
            }
            // Like the page: what each revision changed.
            jdbc.queryForList("SELECT revision_id, entity_type, entity_id, change_type FROM audit_revision_change WHERE revision_tenant_id = ? "
                    + "AND revision_id IN (" + String.join(",", Collections.nCopies(page.size(), "?")) + ") "
                    + "ORDER BY revision_id, entity_type, entity_id", concat(BenchContext.TENANT, page));
        });
        AuditTrailService trail = bench.bean(AuditTrailService.class);
        Stats product = Measure.latency(bench.size().warmup(), bench.size().rounds(), BUDGET_SECONDS, round -> {
            // The filter's end is exclusive, the hand-written BETWEEN inclusive.
            List<?> page = trail.page(new AuditLogFilter(null, null, user(round), null, null, Instant.ofEpochMilli(from),
                    Instant.ofEpochMilli(to + 1), null), true, 0, PAGE);
            if (page.size() != PAGE) {
                throw new IllegalStateException("Audit-log page has " + page.size() + " rows, expected " + PAGE);
            }
        });
        bench.report().add(Row.of(ID, "audit-log first page (user, 30 days) @" + total / 1000 + "k revisions")
                .latency(product, handWritten)
                .target("p95 <= 100 ms and <= 2x hand-written SQL", product.p95Ms() <= 100 && product.medianMs() <= 2 * handWritten.medianMs())
                .build());
    }

    private static String user(int round) {
        return "bench-reviewer-" + (1 + round % (BenchData.ASSIGNEES - 1));
    }

    /** For each revision of a newest-first history, the names of the columns that differ from the revision before. */
    private static List<List<String>> changedColumns(List<Map<String, Object>> newestFirst) {
        List<List<String>> changes = new ArrayList<>();
        for (int i = 0; i + 1 < newestFirst.size(); i++) {
            Map<String, Object> newer = newestFirst.get(i);
            Map<String, Object> older = newestFirst.get(i + 1);
            changes.add(newer.keySet().stream().filter(column -> !Objects.equals(newer.get(column), older.get(column))).toList());
        }
        return changes;
    }

    private static Object[] concat(Object first, List<?> rest) {
        List<Object> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }
}
