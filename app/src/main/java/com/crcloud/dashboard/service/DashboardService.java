package com.crcloud.dashboard.service;

import com.crcloud.dashboard.domain.DashboardNativeRepository;
import com.crcloud.dashboard.domain.DashboardNativeRepository.MonthCount;
import com.crcloud.dashboard.domain.DashboardNativeRepository.Scope;
import com.crcloud.dashboard.domain.DashboardSummaryNativeRepository;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseRepository;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import com.crcloud.tenant.user.UserAccount;
import com.crcloud.tenant.user.UserAccountRepository;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The review effectiveness figures of the tenant in context, for managers (tenant administrators) and compliance
 * officers. Every figure is an aggregation in the database over the summary tables ({@link DashboardSummaries}
 * keeps them with every change of a case) or over the open cases ({@link DashboardNativeRepository}); the service
 * only turns counts and sums into rates and hours. {@link #load} is the one call that computes a whole dashboard.
 */
@Service
public class DashboardService {

    private final DashboardNativeRepository figures;
    private final DashboardSummaries summaries;
    private final DashboardSummaryNativeRepository summaryValues;
    private final ReviewCaseRepository cases;
    private final UserAccountRepository users;
    private final TenantRegistryService tenants;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    public DashboardService(DashboardNativeRepository figures, DashboardSummaries summaries, DashboardSummaryNativeRepository summaryValues,
                            ReviewCaseRepository cases, UserAccountRepository users, TenantRegistryService tenants, Clock clock) {
        this.figures = figures;
        this.summaries = summaries;
        this.summaryValues = summaryValues;
        this.cases = cases;
        this.users = users;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Every figure of the dashboard for the filter's months, product, team and reviewer. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public Dashboard load(DashboardFilter filter) {
        validate(filter);
        String tenant = TenantContext.requireTenantId();
        summaries.ensureBuilt(tenant);
        ZoneId zone = zone(tenant);
        Instant now = clock.instant();
        Instant from = filter.from().atDay(1).atStartOfDay(zone).toInstant();
        Instant to = filter.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Scope scope = new Scope(tenant, DashboardSummaries.month(filter.from()), DashboardSummaries.month(filter.to()), from, to,
                filter.product(), assignees(filter), now);
        Counters counters = new Counters(figures.counters(scope));

        List<Dashboard.Month> months = new ArrayList<>();
        for (YearMonth month = filter.from(); !month.isAfter(filter.to()); month = month.plusMonths(1)) {
            int key = DashboardSummaries.month(month);
            months.add(new Dashboard.Month(month, counters.sum(key, DashboardSummaries.OPENED), counters.count(key, DashboardSummaries.OUTCOME, "APPROVED"),
                    counters.count(key, DashboardSummaries.OUTCOME, "REJECTED"), enumMap(counters.groups(key, DashboardSummaries.RISK_CLASS), RiskClass.class),
                    new TreeMap<>(counters.groups(key, DashboardSummaries.TIER))));
        }

        Map<CaseStage, Dashboard.StageTime> stages = new EnumMap<>(CaseStage.class);
        long breaches = 0;
        Map<String, Long> entered = counters.groups(null, DashboardSummaries.STAGE_ENTERED);
        Map<String, Long> left = counters.groups(null, DashboardSummaries.STAGE_LEFT);
        Map<String, Long> leftSeconds = counters.totals(DashboardSummaries.STAGE_LEFT);
        Map<String, Long> breached = counters.groups(null, DashboardSummaries.STAGE_BREACH);
        for (CaseStage stage : CaseStage.values()) {
            String name = stage.name();
            if (!entered.containsKey(name) && !left.containsKey(name)) {
                continue;
            }
            long leftCount = left.getOrDefault(name, 0L);
            stages.put(stage, new Dashboard.StageTime(entered.getOrDefault(name, 0L), leftCount,
                    leftCount == 0 ? null : hours(leftSeconds.getOrDefault(name, 0L)) / leftCount, breached.getOrDefault(name, 0L)));
            breaches += breached.getOrDefault(name, 0L);
        }

        long approved = months.stream().mapToLong(Dashboard.Month::approved).sum();
        long rejected = months.stream().mapToLong(Dashboard.Month::rejected).sum();
        long moreInfo = stages.containsKey(CaseStage.MORE_INFO_REQUESTED) ? stages.get(CaseStage.MORE_INFO_REQUESTED).entered() : 0;
        Map<CaseTrigger, Long> openedBy = enumMap(counters.groups(null, DashboardSummaries.OPENED), CaseTrigger.class);
        long autoDecided = counters.groups(null, DashboardSummaries.AUTO_DECIDED).getOrDefault("true", 0L);
        long decided = approved + rejected;
        Dashboard.Volume volume = new Dashboard.Volume(openedBy.values().stream().mapToLong(Long::longValue).sum(), openedBy,
                approved, rejected, moreInfo, rate(approved, decided), rate(moreInfo, decided + moreInfo), autoDecided,
                rate(autoDecided, decided));

        TreeMap<Integer, Long> durations = new TreeMap<>();
        counters.groups(null, DashboardSummaries.DECISION_TIME).forEach((bucket, count) -> durations.put(Integer.valueOf(bucket), count));
        Dashboard.Timing timing = new Dashboard.Timing(percentileHours(scope, durations, decided, 0.5),
                percentileHours(scope, durations, decided, 0.9), stages, breaches);
        BacklogFigures backlog = backlog(scope, now);
        Map<CaseTrigger, Long> decidedBy = enumMap(counters.groups(null, DashboardSummaries.DECIDED_BY_TRIGGER), CaseTrigger.class);
        Dashboard.Monitoring monitoring = monitoring(scope, counters, openedBy, decidedBy, backlog, now, zone);
        return new Dashboard(filter, from, to, now, volume, timing, backlog.summary(), risk(counters, months), screening(counters),
                customerVoice(tenant, from, to), monitoring, months);
    }

    /** The products cases were opened for, for the product filter. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public List<String> products() {
        summaries.ensureBuilt(TenantContext.requireTenantId());
        return summaryValues.filterValues(TenantContext.requireTenantId(), DashboardSummaries.FILTER_PRODUCT);
    }

    /** The teams of the tenant's users, for the team filter. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public List<String> teams() {
        return users.findTeams();
    }

    /** The people cases were assigned to, for the reviewer filter. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public List<String> reviewers() {
        summaries.ensureBuilt(TenantContext.requireTenantId());
        return summaryValues.filterValues(TenantContext.requireTenantId(), DashboardSummaries.FILTER_ASSIGNEE);
    }

    /** The cases behind one chart element, a page at a time (decided newest first, open cases by due time). */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public Page<ReviewCase> cases(DashboardFilter filter, DrillDown drillDown, Pageable pageable) {
        validate(filter);
        Sort sort = switch (drillDown.kind()) {
            case DECIDED, RISK_CLASS -> Sort.by(Sort.Direction.DESC, "decidedAt");
            case OPENED -> Sort.by(Sort.Direction.DESC, "openedAt");
            case OPEN_STAGE, OVERDUE, AGE -> Sort.by("dueAt");
        };
        return cases.findAll(specification(filter, drillDown), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                sort.and(Sort.by("id"))));
    }

    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public long countCases(DashboardFilter filter, DrillDown drillDown) {
        validate(filter);
        return cases.count(specification(filter, drillDown));
    }

    private Specification<ReviewCase> specification(DashboardFilter filter, DrillDown drillDown) {
        ZoneId zone = zone(TenantContext.requireTenantId());
        YearMonth first = drillDown.month().orElse(filter.from());
        YearMonth last = drillDown.month().orElse(filter.to());
        Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Optional<Set<String>> assignees = assignees(filter);
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            filter.product().ifPresent(product -> where.add(cb.equal(root.get("product"), product)));
            assignees.ifPresent(names -> where.add(names.isEmpty() ? cb.disjunction() : root.get("assignee").in(names)));
            switch (drillDown.kind()) {
                case OPENED -> {
                    where.add(cb.greaterThanOrEqualTo(root.get("openedAt"), from));
                    where.add(cb.lessThan(root.get("openedAt"), to));
                }
                case DECIDED, RISK_CLASS -> {
                    where.add(cb.greaterThanOrEqualTo(root.get("decidedAt"), from));
                    where.add(cb.lessThan(root.get("decidedAt"), to));
                    if (drillDown.kind() == DrillDown.Kind.DECIDED) {
                        where.add(cb.equal(root.get("outcome"), DecisionOutcome.valueOf(drillDown.key())));
                    } else {
                        where.add(root.get("outcome").in(DecisionOutcome.APPROVED, DecisionOutcome.REJECTED));
                        where.add(cb.equal(cb.coalesce(root.get("overrideRiskClass"), root.get("modelRiskClass")),
                                RiskClass.valueOf(drillDown.key())));
                    }
                }
                case OPEN_STAGE -> {
                    where.add(cb.equal(root.get("openSlot"), 1));
                    where.add(cb.equal(root.get("stage"), CaseStage.valueOf(drillDown.key())));
                }
                case OVERDUE -> {
                    where.add(cb.equal(root.get("openSlot"), 1));
                    where.add(cb.lessThan(root.get("dueAt"), now));
                }
                case AGE -> {
                    where.add(cb.equal(root.get("openSlot"), 1));
                    List<Instant> limits = ageLimits(now);
                    int bucket = Dashboard.AgeBucket.valueOf(drillDown.key()).ordinal();
                    if (bucket < limits.size()) {
                        where.add(cb.greaterThanOrEqualTo(root.get("openedAt"), limits.get(bucket)));
                    }
                    if (bucket > 0) {
                        where.add(cb.lessThan(root.get("openedAt"), limits.get(bucket - 1)));
                    }
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static void validate(DashboardFilter filter) {
        if (filter.from() == null || filter.to() == null) {
            throw new UserFacingException("period", "dashboard.error.periodMissing");
        }
        if (filter.from().isAfter(filter.to())) {
            throw new UserFacingException("period", "dashboard.error.periodReversed");
        }
        if (filter.monthCount() > DashboardFilter.MAX_MONTHS) {
            throw new UserFacingException("period", "dashboard.error.periodTooLong", DashboardFilter.MAX_MONTHS);
        }
    }

    private ZoneId zone(String tenant) {
        return tenants.find(tenant).map(found -> found.getTimeZone()).orElse(ZoneId.of("UTC"));
    }

    /** Upper age limits of the open-case buckets: opened within a day, a week, 30 days, earlier. */
    private static List<Instant> ageLimits(Instant now) {
        return List.of(now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(30)));
    }

    /**
     * The assignees the filter admits: the reviewer, the team's members, both (the reviewer if in the team), or
     * anyone (empty).
     */
    private Optional<Set<String>> assignees(DashboardFilter filter) {
        Optional<Set<String>> team = filter.team().map(name -> users.findByTeam(name).stream().map(UserAccount::getUsername)
                .collect(Collectors.toCollection(TreeSet::new)));
        if (filter.reviewer().isEmpty()) {
            return team;
        }
        String reviewer = filter.reviewer().get();
        return Optional.of(team.map(members -> members.contains(reviewer) ? Set.of(reviewer) : Set.<String>of()).orElse(Set.of(reviewer)));
    }

    /**
     * Nearest rank: the value at position ceil(p·n) of the n decisions in ascending order. The duration histogram
     * names the bucket that position falls in; the facts give the exact value inside it.
     */
    private Double percentileHours(Scope scope, TreeMap<Integer, Long> durations, long decided, double p) {
        if (decided == 0) {
            return null;
        }
        long rank = (long) Math.ceil(p * decided) - 1;
        long before = 0;
        for (Map.Entry<Integer, Long> bucket : durations.entrySet()) {
            if (rank < before + bucket.getValue()) {
                return figures.decisionSecondsAt(scope, bucket.getKey(), rank - before).map(DashboardService::hours).orElse(null);
            }
            before += bucket.getValue();
        }
        return null;
    }

    private record BacklogFigures(Dashboard.Backlog summary, long periodicOverdue) {
    }

    private BacklogFigures backlog(Scope scope, Instant now) {
        Map<CaseStage, Long> byStage = new EnumMap<>(CaseStage.class);
        Map<Dashboard.AgeBucket, Long> byAge = new EnumMap<>(Dashboard.AgeBucket.class);
        for (Dashboard.AgeBucket bucket : Dashboard.AgeBucket.values()) {
            byAge.put(bucket, 0L);
        }
        long open = 0;
        long overdue = 0;
        long periodicOverdue = 0;
        for (DashboardNativeRepository.Backlog stage : figures.backlog(scope, ageLimits(now))) {
            byStage.put(CaseStage.valueOf(stage.stage()), stage.open());
            open += stage.open();
            overdue += stage.overdue();
            periodicOverdue += stage.periodicOverdue();
            for (Dashboard.AgeBucket bucket : Dashboard.AgeBucket.values()) {
                byAge.merge(bucket, stage.ageing()[bucket.ordinal()], Long::sum);
            }
        }
        return new BacklogFigures(new Dashboard.Backlog(open, overdue, byStage, byAge), periodicOverdue);
    }

    private Dashboard.Risk risk(Counters counters, List<Dashboard.Month> months) {
        Map<RiskClass, Long> classes = new EnumMap<>(RiskClass.class);
        Map<String, Long> tiers = new TreeMap<>();
        for (Dashboard.Month month : months) {
            month.classes().forEach((riskClass, count) -> classes.merge(riskClass, count, Long::sum));
            month.tiers().forEach((tier, count) -> tiers.merge(tier, count, Long::sum));
        }
        long assessed = 0;
        long overridden = 0;
        long up = 0;
        long down = 0;
        // Groups are "model|override|overridden", the override class empty when only the score was changed.
        for (Map.Entry<String, Long> row : counters.groups(null, DashboardSummaries.OVERRIDE).entrySet()) {
            String[] parts = row.getKey().split("\\|", -1);
            assessed += row.getValue();
            if (!"1".equals(parts[2])) {
                continue;
            }
            overridden += row.getValue();
            if (!parts[1].isEmpty()) {
                int direction = RiskClass.valueOf(parts[1]).compareTo(RiskClass.valueOf(parts[0]));
                up += direction > 0 ? row.getValue() : 0;
                down += direction < 0 ? row.getValue() : 0;
            }
        }
        return new Dashboard.Risk(classes, tiers, assessed, overridden, up, down, rate(overridden, assessed));
    }

    private static Dashboard.Screening screening(Counters counters) {
        // Groups are "HIT|outcome" and "CLEAR|outcome": a hit approved anyway was judged a false positive.
        Map<String, Long> screening = counters.groups(null, DashboardSummaries.SCREENING);
        long screened = screening.values().stream().mapToLong(Long::longValue).sum();
        long hits = screening.entrySet().stream().filter(group -> group.getKey().startsWith("HIT")).mapToLong(Map.Entry::getValue).sum();
        long hitsApproved = screening.getOrDefault("HIT" + DashboardSummaries.SEPARATOR + "APPROVED", 0L);
        return new Dashboard.Screening(screened, hits, hitsApproved, rate(hits, screened), rate(hitsApproved, hits));
    }

    private Dashboard.CustomerVoice customerVoice(String tenant, Instant from, Instant to) {
        var csat = figures.surveyMetric(tenant, from, to, "csat", 4, 2);
        var nps = figures.surveyMetric(tenant, from, to, "nps", 9, 6);
        Map<String, Long> categories = new TreeMap<>();
        figures.complaintsByCategory(tenant, from, to).forEach(count -> categories.put(count.group(), count.count()));
        var resolutions = figures.complaintResolutions(tenant, from, to);
        return new Dashboard.CustomerVoice(
                csat.map(DashboardNativeRepository.Survey::responses).orElse(0L),
                csat.map(survey -> survey.sum() / survey.responses()).orElse(null),
                csat.map(survey -> (double) survey.high() / survey.responses()).orElse(null),
                nps.map(DashboardNativeRepository.Survey::responses).orElse(0L),
                nps.map(survey -> 100.0 * (survey.high() - survey.low()) / survey.responses()).orElse(null),
                categories.values().stream().mapToLong(Long::longValue).sum(), categories, resolutions.resolved(),
                resolutions.resolved() == 0 ? null : hours(resolutions.seconds()) / resolutions.resolved(),
                figures.openComplaints(tenant));
    }

    private Dashboard.Monitoring monitoring(Scope scope, Counters counters, Map<CaseTrigger, Long> openedBy,
                                         Map<CaseTrigger, Long> decidedBy, BacklogFigures backlog, Instant now, ZoneId zone) {
        long raised = 0;
        long lowered = 0;
        // Groups are "from|to" risk classes.
        for (Map.Entry<String, Long> change : counters.groups(null, DashboardSummaries.RISK_CHANGE).entrySet()) {
            String[] classes = change.getKey().split("\\|");
            int direction = RiskClass.valueOf(classes[1]).compareTo(RiskClass.valueOf(classes[0]));
            raised += direction > 0 ? change.getValue() : 0;
            lowered += direction < 0 ? change.getValue() : 0;
        }
        return new Dashboard.Monitoring(openedBy.getOrDefault(CaseTrigger.PERIODIC, 0L),
                decidedBy.getOrDefault(CaseTrigger.PERIODIC, 0L), backlog.periodicOverdue(),
                figures.customersDueWithoutCase(scope.tenant(), LocalDate.ofInstant(now, zone)),
                figures.customersWithRiskChange(scope), raised, lowered);
    }

    private static <E extends Enum<E>> Map<E, Long> enumMap(Map<String, Long> counts, Class<E> type) {
        Map<E, Long> result = new EnumMap<>(type);
        counts.forEach((name, count) -> result.put(Enum.valueOf(type, name), count));
        return result;
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static double hours(long seconds) {
        return seconds / 3600.0;
    }

    /** The scope's counters, read per month (null: the whole period), figure and group; cells that sum to zero left out. */
    private static final class Counters {

        private final Map<String, Map<String, long[]>> byMetric = new HashMap<>();
        private final Map<Integer, Map<String, Map<String, Long>>> byMonth = new HashMap<>();

        Counters(List<MonthCount> rows) {
            for (MonthCount row : rows) {
                if (row.count() == 0 && row.total() == 0) {
                    continue;
                }
                long[] cell = byMetric.computeIfAbsent(row.metric(), metric -> new HashMap<>())
                        .computeIfAbsent(row.group(), group -> new long[2]);
                cell[0] += row.count();
                cell[1] += row.total();
                byMonth.computeIfAbsent(row.month(), month -> new HashMap<>()).computeIfAbsent(row.metric(), metric -> new HashMap<>())
                        .merge(row.group(), row.count(), Long::sum);
            }
        }

        Map<String, Long> groups(Integer month, String metric) {
            if (month != null) {
                return byMonth.getOrDefault(month, Map.of()).getOrDefault(metric, Map.of());
            }
            Map<String, Long> result = new HashMap<>();
            byMetric.getOrDefault(metric, Map.of()).forEach((group, cell) -> result.put(group, cell[0]));
            return result;
        }

        Map<String, Long> totals(String metric) {
            Map<String, Long> result = new HashMap<>();
            byMetric.getOrDefault(metric, Map.of()).forEach((group, cell) -> result.put(group, cell[1]));
            return result;
        }

        long count(int month, String metric, String group) {
            return groups(month, metric).getOrDefault(group, 0L);
        }

        long sum(int month, String metric) {
            return groups(month, metric).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
