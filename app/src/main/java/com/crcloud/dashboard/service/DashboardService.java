package com.crcloud.dashboard.service;

import com.crcloud.dashboard.domain.DashboardNativeRepository;
import com.crcloud.dashboard.domain.DashboardNativeRepository.BucketCount;
import com.crcloud.dashboard.domain.DashboardNativeRepository.Scope;
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
import java.util.Map;
import java.util.TreeMap;

/**
 * The review effectiveness figures of the tenant in context, for managers (tenant administrators) and compliance
 * officers. Every figure is an aggregation in the database ({@link DashboardNativeRepository}); the service only
 * turns counts and sums into rates and hours. {@link #load} is the one call that computes a whole dashboard.
 */
@Service
public class DashboardService {

    /** Stage visits that began this long before the period are not read (see {@link DashboardNativeRepository#stageVisits}). */
    static final int STAGE_LOOKBACK_DAYS = 92;

    private final DashboardNativeRepository figures;
    private final ReviewCaseRepository cases;
    private final TenantRegistryService tenants;
    private final Clock clock;

    public DashboardService(DashboardNativeRepository figures, ReviewCaseRepository cases, TenantRegistryService tenants, Clock clock) {
        this.figures = figures;
        this.cases = cases;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Every figure of the dashboard for the filter's months and reviewer. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public Dashboard load(DashboardFilter filter) {
        validate(filter);
        String tenant = TenantContext.requireTenantId();
        ZoneId zone = zone(tenant);
        Instant now = clock.instant();
        List<Instant> boundaries = new ArrayList<>();
        for (YearMonth month = filter.from(); !month.isAfter(filter.to().plusMonths(1)); month = month.plusMonths(1)) {
            boundaries.add(month.atDay(1).atStartOfDay(zone).toInstant());
        }
        Instant from = boundaries.get(0);
        Instant to = boundaries.get(boundaries.size() - 1);
        Scope scope = new Scope(tenant, from, to, filter.reviewer(), now);

        List<BucketCount> opened = figures.casesPerBucket(scope, "opened_at", boundaries, "'ALL'", false);
        List<BucketCount> outcomes = figures.casesPerBucket(scope, "decided_at", boundaries, "outcome", true);
        List<BucketCount> classes = figures.casesPerBucket(scope, "decided_at", boundaries,
                "COALESCE(override_risk_class, model_risk_class)", true);
        List<BucketCount> tiers = figures.casesPerBucket(scope, "decided_at", boundaries, "tier", true);
        List<Dashboard.Month> months = new ArrayList<>();
        for (int i = 0; i < boundaries.size() - 1; i++) {
            int bucket = i;
            months.add(new Dashboard.Month(filter.from().plusMonths(i), sum(opened, bucket, null), sum(outcomes, bucket, "APPROVED"),
                    sum(outcomes, bucket, "REJECTED"), byEnum(classes, bucket, RiskClass.class), byName(tiers, bucket)));
        }

        Map<CaseStage, Dashboard.StageTime> stages = new EnumMap<>(CaseStage.class);
        long breaches = 0;
        for (DashboardNativeRepository.StageVisits visits : figures.stageVisits(scope, STAGE_LOOKBACK_DAYS)) {
            stages.put(CaseStage.valueOf(visits.stage()), new Dashboard.StageTime(visits.entered(), visits.left(),
                    visits.left() == 0 ? null : hours(visits.leftSeconds()) / visits.left(), visits.breaches()));
            breaches += visits.breaches();
        }

        long approved = months.stream().mapToLong(Dashboard.Month::approved).sum();
        long rejected = months.stream().mapToLong(Dashboard.Month::rejected).sum();
        long moreInfo = stages.containsKey(CaseStage.MORE_INFO_REQUESTED) ? stages.get(CaseStage.MORE_INFO_REQUESTED).entered() : 0;
        Map<CaseTrigger, Long> openedBy = toEnumMap(figures.openedByTrigger(scope), CaseTrigger.class);
        Dashboard.Volume volume = new Dashboard.Volume(openedBy.values().stream().mapToLong(Long::longValue).sum(), openedBy,
                approved, rejected, moreInfo, rate(approved, approved + rejected), rate(moreInfo, approved + rejected + moreInfo));

        long decided = approved + rejected;
        Dashboard.Timing timing = new Dashboard.Timing(percentileHours(scope, decided, 0.5), percentileHours(scope, decided, 0.9),
                stages, breaches);
        BacklogFigures backlog = backlog(scope, now);
        Map<CaseTrigger, Long> decidedBy = toEnumMap(figures.decidedByTrigger(scope), CaseTrigger.class);
        Dashboard.Monitoring monitoring = monitoring(scope, openedBy, decidedBy, backlog, now, zone);
        return new Dashboard(filter, from, to, now, volume, timing, backlog.summary(), risk(scope, months), screening(scope),
                customerVoice(tenant, from, to), monitoring, months);
    }

    /** The people cases were assigned to, for the reviewer filter. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public List<String> reviewers() {
        return figures.assignees(TenantContext.requireTenantId());
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
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            filter.reviewer().ifPresent(reviewer -> where.add(cb.equal(root.get("assignee"), reviewer)));
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

    /** Nearest rank: the value at position ceil(p·n) of the n decisions in ascending order. */
    private Double percentileHours(Scope scope, long decided, double p) {
        if (decided == 0) {
            return null;
        }
        long rank = (long) Math.ceil(p * decided) - 1;
        return figures.secondsToDecisionAtRank(scope, rank).map(DashboardService::hours).orElse(null);
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

    private Dashboard.Risk risk(Scope scope, List<Dashboard.Month> months) {
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
        for (DashboardNativeRepository.Overrides row : figures.overrides(scope)) {
            assessed += row.count();
            if (!row.overridden()) {
                continue;
            }
            overridden += row.count();
            if (row.overrideClass() != null) {
                int direction = RiskClass.valueOf(row.overrideClass()).compareTo(RiskClass.valueOf(row.modelClass()));
                up += direction > 0 ? row.count() : 0;
                down += direction < 0 ? row.count() : 0;
            }
        }
        return new Dashboard.Risk(classes, tiers, assessed, overridden, up, down, rate(overridden, assessed));
    }

    private Dashboard.Screening screening(Scope scope) {
        DashboardNativeRepository.Screening screening = figures.screening(scope);
        return new Dashboard.Screening(screening.screened(), screening.hits(), screening.hitsApproved(),
                rate(screening.hits(), screening.screened()), rate(screening.hitsApproved(), screening.hits()));
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

    private Dashboard.Monitoring monitoring(Scope scope, Map<CaseTrigger, Long> openedBy, Map<CaseTrigger, Long> decidedBy,
                                         BacklogFigures backlog, Instant now, ZoneId zone) {
        long raised = 0;
        long lowered = 0;
        for (DashboardNativeRepository.RiskChange change : figures.riskChanges(scope)) {
            int direction = RiskClass.valueOf(change.to()).compareTo(RiskClass.valueOf(change.from()));
            raised += direction > 0 ? change.changes() : 0;
            lowered += direction < 0 ? change.changes() : 0;
        }
        return new Dashboard.Monitoring(openedBy.getOrDefault(CaseTrigger.PERIODIC, 0L),
                decidedBy.getOrDefault(CaseTrigger.PERIODIC, 0L), backlog.periodicOverdue(),
                figures.customersDueWithoutCase(scope.tenant(), LocalDate.ofInstant(now, zone)),
                figures.customersWithRiskChange(scope), raised, lowered);
    }

    private static long sum(List<BucketCount> counts, int bucket, String group) {
        return counts.stream().filter(count -> count.bucket() == bucket && (group == null || group.equals(count.group())))
                .mapToLong(BucketCount::count).sum();
    }

    private static <E extends Enum<E>> Map<E, Long> byEnum(List<BucketCount> counts, int bucket, Class<E> type) {
        Map<E, Long> result = new EnumMap<>(type);
        counts.stream().filter(count -> count.bucket() == bucket && count.group() != null)
                .forEach(count -> result.put(Enum.valueOf(type, count.group()), count.count()));
        return result;
    }

    private static Map<String, Long> byName(List<BucketCount> counts, int bucket) {
        Map<String, Long> result = new TreeMap<>();
        counts.stream().filter(count -> count.bucket() == bucket && count.group() != null)
                .forEach(count -> result.put(count.group(), count.count()));
        return result;
    }

    private static <E extends Enum<E>> Map<E, Long> toEnumMap(List<DashboardNativeRepository.Count> counts, Class<E> type) {
        Map<E, Long> result = new EnumMap<>(type);
        counts.forEach(count -> result.put(Enum.valueOf(type, count.group()), count.count()));
        return result;
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static double hours(long seconds) {
        return seconds / 3600.0;
    }
}
