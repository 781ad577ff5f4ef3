package com.crcloud.dashboard.service;

import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Every figure of the review effectiveness dashboard for one tenant and period. Rates are shares between 0 and 1,
 * null when nothing was there to divide; durations are hours. "Decided" means approved or rejected; a request for
 * more information pauses a case and is counted apart.
 */
public record Dashboard(DashboardFilter filter, Instant from, Instant to, Instant asOf,
                        Volume volume, Timing timing, Backlog backlog, Risk risk, Screening screening,
                        CustomerVoice customers, Monitoring monitoring, List<Month> months) {

    /**
     * Cases opened and decided in the period; of the decided, how many the flow's rules decided without a person
     * (auto-decided) and their share.
     */
    public record Volume(long opened, Map<CaseTrigger, Long> openedBy, long approved, long rejected,
                         long moreInfoRequests, Double approvalRate, Double moreInfoRate, long autoDecided, Double autoDecidedRate) {

        public long decided() {
            return approved + rejected;
        }
    }

    /**
     * Time to decision (opening to approval or rejection, nearest-rank median and 90th percentile) and per stage:
     * visits begun (the funnel), visits ended, their average length and how many ended after the stage's due time.
     */
    public record Timing(Double medianHoursToDecision, Double p90HoursToDecision, Map<CaseStage, StageTime> stages,
                         long slaBreaches) {
    }

    public record StageTime(long entered, long left, Double averageHours, long slaBreaches) {
    }

    /** Open cases at {@link Dashboard#asOf}: per stage, past their due time, and by age. */
    public record Backlog(long open, long overdue, Map<CaseStage, Long> byStage, Map<AgeBucket, Long> byAge) {
    }

    /** Age of an open case since it was opened. */
    public enum AgeBucket {
        UNDER_1_DAY, DAYS_1_TO_7, DAYS_7_TO_30, OVER_30_DAYS
    }

    /**
     * Risk classes and tiers of the cases decided in the period (the effective class: the reviewer's override, else
     * the model's), and how often reviewers overrode the model: raising the class (stricter), lowering it, or
     * changing only the score.
     */
    public record Risk(Map<RiskClass, Long> classes, Map<String, Long> tiers, long assessed, long overridden,
                       long overriddenUp, long overriddenDown, Double overrideRate) {
    }

    /**
     * Decided cases that were screened; hits are cases with a screening warning; false positives are hits the
     * reviewer approved anyway.
     */
    public record Screening(long screened, long hits, long falsePositives, Double hitRate, Double falsePositiveRate) {
    }

    /**
     * Survey answers and complaints in the period: CSAT average (1–5) and share satisfied (4–5); NPS = % promoters
     * (9–10) − % detractors (0–6); complaints received per category, resolved with their average resolution time,
     * and open now.
     */
    public record CustomerVoice(long csatResponses, Double csatAverage, Double csatSatisfiedRate, long npsResponses, Double nps,
                                long complaintsReceived, Map<String, Long> complaintsByCategory, long complaintsResolved,
                                Double averageResolutionHours, long complaintsOpen) {
    }

    /**
     * Re-reviews opened and decided in the period, open re-reviews past their due time now, customers whose review
     * date has come without a case yet, and customers whose risk class an approval in the period changed.
     */
    public record Monitoring(long reReviewsOpened, long reReviewsDone, long reReviewsOverdue, long customersDueWithoutCase,
                             long customersRiskChanged, long riskRaised, long riskLowered) {
    }

    /** One month of the period: cases opened, decided by outcome, and the risk classes and tiers decided. */
    public record Month(YearMonth month, long opened, long approved, long rejected, Map<RiskClass, Long> classes,
                        Map<String, Long> tiers) {
    }
}
