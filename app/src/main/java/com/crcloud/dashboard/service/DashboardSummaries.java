package com.crcloud.dashboard.service;

import com.crcloud.dashboard.domain.DashboardSummaryNativeRepository;
import com.crcloud.dashboard.domain.DashboardSummaryNativeRepository.CaseRow;
import com.crcloud.dashboard.domain.DashboardSummaryNativeRepository.CounterDelta;
import com.crcloud.dashboard.domain.DashboardSummaryNativeRepository.Fact;
import com.crcloud.dashboard.domain.DashboardSummaryNativeRepository.Visit;
import com.crcloud.tenant.context.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps the dashboard's summaries: each case's stage visits and fact (what it counts for) and the tenant's monthly
 * counters. {@link #refile} brings one case up to date after a change, adding to the counters the difference
 * between what the case counted for before and now; {@link #rebuild} recomputes a tenant from its cases.
 * Months are the tenant's, so a change of the tenant's time zone asks for a rebuild.
 */
@Service
public class DashboardSummaries {

    static final String OPENED = "opened";
    static final String OUTCOME = "outcome";
    static final String DECIDED_BY_TRIGGER = "decided_trigger";
    static final String RISK_CLASS = "class";
    static final String TIER = "tier";
    static final String OVERRIDE = "override";
    static final String AUTO_DECIDED = "auto";
    static final String SCREENING = "screening";
    static final String DECISION_TIME = "decision_time";
    static final String RISK_CHANGE = "risk_change";
    static final String STAGE_ENTERED = "stage_entered";
    static final String STAGE_LEFT = "stage_left";
    static final String STAGE_BREACH = "stage_breach";
    static final String FILTER_PRODUCT = "product";
    static final String FILTER_ASSIGNEE = "assignee";
    /**
     * The product or assignee of a counter row that sums over all of them: every contribution is also added to the
     * rows for all products, all assignees and both, so a dashboard without those filters reads a few hundred rows.
     */
    static final String ALL = "*";
    /** Separates the parts of a composite group, e.g. "LOW|MEDIUM". */
    static final String SEPARATOR = "|";
    /** Duration buckets per doubling of the time to decision (the exact percentile is read inside one bucket). */
    private static final int BUCKETS_PER_DOUBLING = 4;
    private static final int PAGE = 5_000;
    private static final Logger log = LoggerFactory.getLogger(DashboardSummaries.class);

    private final DashboardSummaryNativeRepository summaries;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DashboardSummaries(DashboardSummaryNativeRepository summaries, PlatformTransactionManager transactionManager, Clock clock) {
        this.summaries = summaries;
        // A rebuild may be asked for inside a read-only transaction (a dashboard load): it writes in its own.
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Brings one case's summaries in line with its row, in the caller's transaction (called after the case's
     * changes were flushed, before commit). A deleted case takes back what it counted for.
     */
    public void refile(String tenant, UUID caseId) {
        ZoneId zone = zoneForWrites(tenant);
        Optional<Fact> before = summaries.fact(tenant, caseId);
        List<Visit> visitsBefore = summaries.visits(tenant, caseId);
        Optional<CaseRow> row = summaries.caseRow(tenant, caseId);
        Map<CounterKey, long[]> deltas = new TreeMap<>();
        before.ifPresent(fact -> {
            add(deltas, contributions(fact), -1);
            add(deltas, visitContributions(visitsBefore, fact.product(), fact.assignee(), zone), -1);
        });
        if (row.isEmpty()) {
            summaries.deleteFact(tenant, caseId);
            summaries.replaceVisits(tenant, caseId, List.of());
            summaries.addToCounters(toDeltas(tenant, deltas));
            return;
        }
        CaseRow current = row.get();
        List<Visit> visits = withCurrentStage(visitsBefore, current);
        String previous = isApproval(current) ? summaries.previousApprovalClass(tenant, current.customerId(), current.decidedAt()).orElse(null) : null;
        Fact fact = fact(current, previous, zone);
        add(deltas, contributions(fact), 1);
        add(deltas, visitContributions(visits, fact.product(), fact.assignee(), zone), 1);
        if (!visits.equals(visitsBefore)) {
            summaries.replaceVisits(tenant, caseId, visits);
        }
        if (before.isEmpty() || !before.get().equals(fact)) {
            summaries.deleteFact(tenant, caseId);
            summaries.insertFacts(tenant, List.of(fact));
        }
        summaries.addToCounters(toDeltas(tenant, deltas));
        if (before.map(Fact::product).filter(fact.product()::equals).isEmpty()) {
            summaries.addFilterValues(tenant, FILTER_PRODUCT, List.of(fact.product()));
        }
        if (before.map(Fact::assignee).filter(fact.assignee()::equals).isEmpty()) {
            summaries.addFilterValues(tenant, FILTER_ASSIGNEE, List.of(fact.assignee()));
        }
        // An approval filed out of time order changes what the customer's next approval changed from.
        boolean approvalMoved = isApproval(current) && before.map(old -> !Objects.equals(old.decidedAt(), fact.decidedAt())
                || !Objects.equals(old.riskClass(), fact.riskClass()) || !Objects.equals(old.outcome(), fact.outcome())).orElse(true);
        if (approvalMoved) {
            summaries.nextApproval(tenant, current.customerId(), current.decidedAt())
                    .filter(next -> summaries.fact(tenant, next).map(Fact::previousRiskClass)
                            .filter(old -> old.equals(fact.riskClass())).isEmpty())
                    .ifPresent(next -> refile(tenant, next));
        }
    }

    /** Rebuilds the tenant's summaries when they were never built or were built in another time zone. */
    public void ensureBuilt(String tenant) {
        String zone = summaries.tenantZone(tenant).orElse("UTC");
        if (!summaries.summaryZone(tenant).flatMap(built -> built).filter(zone::equals).isPresent()) {
            rebuild(tenant);
        }
    }

    /** Rebuilds every tenant that needs it (after the migration that introduced the summaries, or a zone change). */
    public void rebuildWhereNeeded() {
        for (String tenant : summaries.tenantsToRebuild()) {
            rebuild(tenant);
        }
    }

    /**
     * Recomputes the tenant's facts and counters from its cases in one transaction, a page of customers at a time.
     * Stage visits missing for a case are first taken from its history; existing visits are kept, since the
     * history may have been purged since they were recorded.
     */
    public void rebuild(String tenant) {
        long started = System.nanoTime();
        ZoneId zone = ZoneId.of(summaries.tenantZone(tenant).orElse("UTC"));
        long cases = TenantContext.callAs(tenant, () -> transaction.execute(status -> {
            summaries.backfillVisits(tenant);
            summaries.clearCounts(tenant);
            Map<CounterKey, long[]> counters = new TreeMap<>();
            Set<String> products = new HashSet<>();
            Set<String> assignees = new HashSet<>();
            long count = 0;
            UUID after = null;
            while (true) {
                List<CaseRow> page = summaries.casesAfter(tenant, after, PAGE);
                if (page.isEmpty()) {
                    // A tenant without cases, or one whose cases ended exactly at the previous page.
                    break;
                }
                boolean last = page.size() < PAGE;
                if (!last) {
                    // The page may end inside a customer's cases: that customer starts the next page.
                    UUID cut = page.get(page.size() - 1).customerId();
                    page = page.stream().filter(row -> !row.customerId().equals(cut)).toList();
                    if (page.isEmpty()) {
                        throw new IllegalStateException("More than " + PAGE + " cases of one customer");
                    }
                }
                List<Fact> facts = facts(page, zone);
                Map<UUID, List<Visit>> visits = summaries.visitsOfCustomers(tenant, after, page.get(page.size() - 1).customerId());
                for (Fact fact : facts) {
                    add(counters, contributions(fact), 1);
                    add(counters, visitContributions(visits.getOrDefault(fact.caseId(), List.of()), fact.product(), fact.assignee(), zone), 1);
                    products.add(fact.product());
                    assignees.add(fact.assignee());
                }
                summaries.insertFacts(tenant, facts);
                count += facts.size();
                if (last) {
                    break;
                }
                after = page.get(page.size() - 1).customerId();
            }
            List<CounterDelta> all = toDeltas(tenant, counters);
            for (int i = 0; i < all.size(); i += PAGE) {
                summaries.addToCounters(all.subList(i, Math.min(all.size(), i + PAGE)));
            }
            summaries.addFilterValues(tenant, FILTER_PRODUCT, products);
            summaries.addFilterValues(tenant, FILTER_ASSIGNEE, assignees);
            summaries.markBuilt(tenant, zone.getId(), clock.instant());
            return count;
        }));
        log.info("Dashboard summaries of {} rebuilt from {} cases in {} ms", tenant, cases, (System.nanoTime() - started) / 1_000_000);
    }

    /** The duration bucket of a time to decision: four per doubling above a minute. */
    static int decisionBucket(long seconds) {
        if (seconds < 60) {
            return 0;
        }
        return 1 + (int) Math.floor(BUCKETS_PER_DOUBLING * Math.log(seconds / 60.0) / Math.log(2));
    }

    static int month(Instant instant, ZoneId zone) {
        YearMonth month = YearMonth.from(instant.atZone(zone));
        return month.getYear() * 100 + month.getMonthValue();
    }

    static int month(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private ZoneId zoneForWrites(String tenant) {
        Optional<Optional<String>> state = summaries.summaryZone(tenant);
        if (state.isPresent() && state.get().isPresent()) {
            return ZoneId.of(state.get().get());
        }
        String zone = summaries.tenantZone(tenant).orElse("UTC");
        if (state.isEmpty()) {
            // A tenant that had no case before this one: its summaries are complete from the start.
            summaries.markBuilt(tenant, zone, clock.instant());
        }
        return ZoneId.of(zone);
    }

    /** The case's visits with its current stage: the same visit (a later due time kept) or a new one ending the last. */
    private static List<Visit> withCurrentStage(List<Visit> visits, CaseRow row) {
        List<Visit> result = new ArrayList<>(visits);
        Visit last = result.isEmpty() ? null : result.get(result.size() - 1);
        if (last != null && last.stage().equals(row.stage()) && last.enteredAt().equals(row.stageEnteredAt())) {
            if (row.dueAt().isAfter(last.dueAt())) {
                result.set(result.size() - 1, new Visit(last.stage(), last.enteredAt(), last.leftAt(), row.dueAt(), last.breached()));
            }
            return result;
        }
        if (last != null && last.leftAt() == null) {
            result.set(result.size() - 1, new Visit(last.stage(), last.enteredAt(), row.stageEnteredAt(), last.dueAt(),
                    row.stageEnteredAt().isAfter(last.dueAt())));
        }
        result.add(new Visit(row.stage(), row.stageEnteredAt(), null, row.dueAt(), false));
        return result;
    }

    /** Facts of a page of cases in customer order, each approval with the class of the customer's approval before it. */
    private static List<Fact> facts(List<CaseRow> page, ZoneId zone) {
        List<Fact> facts = new ArrayList<>(page.size());
        int start = 0;
        while (start < page.size()) {
            UUID customer = page.get(start).customerId();
            int end = start;
            while (end < page.size() && page.get(end).customerId().equals(customer)) {
                end++;
            }
            List<CaseRow> approvals = page.subList(start, end).stream().filter(DashboardSummaries::isApproval)
                    .sorted(Comparator.comparing(CaseRow::decidedAt)).toList();
            for (CaseRow row : page.subList(start, end)) {
                String previous = null;
                if (isApproval(row)) {
                    // The latest approval decided strictly before this one, as the live path reads it.
                    for (CaseRow earlier : approvals) {
                        if (earlier.decidedAt().isBefore(row.decidedAt())) {
                            previous = effectiveClass(earlier);
                        }
                    }
                }
                facts.add(fact(row, previous, zone));
            }
            start = end;
        }
        return facts;
    }

    private static Fact fact(CaseRow row, String previousClass, ZoneId zone) {
        boolean decided = isFinal(row);
        String riskClass = effectiveClass(row);
        Long seconds = decided ? Duration.between(row.openedAt(), row.decidedAt()).getSeconds() : null;
        return new Fact(row.id(), row.customerId(), blankIfNull(row.product()), blankIfNull(row.assignee()), row.openedBecause(),
                month(row.openedAt(), zone), row.outcome(), row.decidedAt(), row.decidedAt() == null ? null : month(row.decidedAt(), zone),
                riskClass, previousClass, isApproval(row) && previousClass != null && riskClass != null && !riskClass.equals(previousClass),
                row.tier(), row.modelRiskClass(), row.overrideRiskClass(), row.overrideRiskClass() != null || row.overrideScore() != null,
                row.autoDecided(), row.screeningHit() != null, Boolean.TRUE.equals(row.screeningHit()), seconds,
                seconds == null ? null : decisionBucket(seconds));
    }

    /** The counters one case adds to (its stage visits apart). */
    private static List<Contribution> contributions(Fact fact) {
        List<Contribution> result = new ArrayList<>();
        result.add(new Contribution(new CounterKey(fact.openedMonth(), OPENED, fact.openedBecause(), fact.product(), fact.assignee()), 0));
        boolean decided = fact.decidedMonth() != null && ("APPROVED".equals(fact.outcome()) || "REJECTED".equals(fact.outcome()));
        if (!decided) {
            return result;
        }
        int month = fact.decidedMonth();
        result.add(contribution(month, OUTCOME, fact.outcome(), fact, 0));
        result.add(contribution(month, DECIDED_BY_TRIGGER, fact.openedBecause(), fact, 0));
        result.add(contribution(month, AUTO_DECIDED, Boolean.toString(fact.autoDecided()), fact, 0));
        result.add(contribution(month, DECISION_TIME, Integer.toString(fact.decisionBucket()), fact, fact.decisionSeconds()));
        if (fact.riskClass() != null) {
            result.add(contribution(month, RISK_CLASS, fact.riskClass(), fact, 0));
        }
        if (fact.tier() != null) {
            result.add(contribution(month, TIER, fact.tier(), fact, 0));
        }
        if (fact.modelRiskClass() != null) {
            result.add(contribution(month, OVERRIDE, fact.modelRiskClass() + SEPARATOR + blankIfNull(fact.overrideRiskClass())
                    + SEPARATOR + (fact.overridden() ? 1 : 0), fact, 0));
        }
        if (fact.screened()) {
            result.add(contribution(month, SCREENING, (fact.screeningHit() ? "HIT" : "CLEAR") + SEPARATOR + fact.outcome(), fact, 0));
        }
        if (fact.riskChanged()) {
            result.add(contribution(month, RISK_CHANGE, fact.previousRiskClass() + SEPARATOR + fact.riskClass(), fact, 0));
        }
        return result;
    }

    private static List<Contribution> visitContributions(List<Visit> visits, String product, String assignee, ZoneId zone) {
        List<Contribution> result = new ArrayList<>();
        for (Visit visit : visits) {
            result.add(new Contribution(new CounterKey(month(visit.enteredAt(), zone), STAGE_ENTERED, visit.stage(), product, assignee), 0));
            if (visit.leftAt() != null) {
                int left = month(visit.leftAt(), zone);
                result.add(new Contribution(new CounterKey(left, STAGE_LEFT, visit.stage(), product, assignee),
                        Duration.between(visit.enteredAt(), visit.leftAt()).getSeconds()));
                if (visit.breached()) {
                    result.add(new Contribution(new CounterKey(left, STAGE_BREACH, visit.stage(), product, assignee), 0));
                }
            }
        }
        return result;
    }

    private static Contribution contribution(int month, String metric, String group, Fact fact, long total) {
        return new Contribution(new CounterKey(month, metric, group, fact.product(), fact.assignee()), total);
    }

    private static void add(Map<CounterKey, long[]> counters, List<Contribution> contributions, int sign) {
        for (Contribution contribution : contributions) {
            CounterKey key = contribution.key();
            for (CounterKey level : List.of(key, key.withProduct(ALL), key.withAssignee(ALL), key.withProduct(ALL).withAssignee(ALL))) {
                long[] cell = counters.computeIfAbsent(level, any -> new long[2]);
                cell[0] += sign;
                cell[1] += sign * contribution.total();
            }
        }
    }

    private static List<CounterDelta> toDeltas(String tenant, Map<CounterKey, long[]> counters) {
        List<CounterDelta> deltas = new ArrayList<>();
        counters.forEach((key, cell) -> {
            if (cell[0] != 0 || cell[1] != 0) {
                deltas.add(new CounterDelta(tenant, key.month(), key.metric(), key.group(), key.product(), key.assignee(), cell[0], cell[1]));
            }
        });
        return deltas;
    }

    private static boolean isFinal(CaseRow row) {
        return row.decidedAt() != null && ("APPROVED".equals(row.outcome()) || "REJECTED".equals(row.outcome()));
    }

    private static boolean isApproval(CaseRow row) {
        return row.decidedAt() != null && "APPROVED".equals(row.outcome());
    }

    private static String effectiveClass(CaseRow row) {
        return row.overrideRiskClass() != null ? row.overrideRiskClass() : row.modelRiskClass();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private record Contribution(CounterKey key, long total) {
    }

    /** A counter cell; ordered so that writers take row locks in one order. */
    private record CounterKey(int month, String metric, String group, String product, String assignee) implements Comparable<CounterKey> {

        private static final Comparator<CounterKey> ORDER = Comparator.comparingInt(CounterKey::month).thenComparing(CounterKey::metric)
                .thenComparing(CounterKey::group).thenComparing(CounterKey::product).thenComparing(CounterKey::assignee);

        @Override
        public int compareTo(CounterKey other) {
            return ORDER.compare(this, other);
        }

        CounterKey withProduct(String name) {
            return new CounterKey(month, metric, group, name, assignee);
        }

        CounterKey withAssignee(String name) {
            return new CounterKey(month, metric, group, product, name);
        }
    }
}
