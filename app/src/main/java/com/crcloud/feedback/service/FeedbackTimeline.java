package com.crcloud.feedback.service;

import com.crcloud.feedback.domain.Complaint;
import com.crcloud.feedback.domain.ComplaintRepository;
import com.crcloud.feedback.domain.CustomerSurvey;
import com.crcloud.feedback.domain.CustomerSurveyMetricRepository;
import com.crcloud.feedback.domain.CustomerSurveyRepository;
import com.crcloud.review.service.TimelineContributor;
import com.crcloud.review.service.TimelineEntry;
import com.crcloud.review.service.TimelineEntry.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Surveys offered and answered (with their metrics and flags) and complaints logged and resolved, for the
 * customer's timeline. The timeline service checks the reader's role before asking.
 */
@Component
class FeedbackTimeline implements TimelineContributor {

    private final CustomerSurveyRepository surveys;
    private final CustomerSurveyMetricRepository metrics;
    private final ComplaintRepository complaints;
    private final TransactionTemplate transaction;

    FeedbackTimeline(CustomerSurveyRepository surveys, CustomerSurveyMetricRepository metrics, ComplaintRepository complaints,
                     PlatformTransactionManager transactionManager) {
        this.surveys = surveys;
        this.metrics = metrics;
        this.complaints = complaints;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public List<TimelineEntry> entriesOf(UUID customerId) {
        return transaction.execute(status -> {
            List<TimelineEntry> entries = new ArrayList<>();
            for (CustomerSurvey survey : surveys.findByCustomerIdOrderBySentAtDesc(customerId)) {
                entries.add(new TimelineEntry(survey.getSentAt(), Kind.SURVEY_SENT, null, "timeline.surveySent",
                        List.of(survey.getSurveyId(), survey.getExtensionKey()), survey.getCaseId()));
                if (survey.getAnsweredAt() != null) {
                    String scored = metrics.findByCustomerSurveyIdOrderByName(survey.getId()).stream()
                            .map(metric -> metric.getName() + " " + BigDecimal.valueOf(metric.getValue()).stripTrailingZeros().toPlainString())
                            .collect(Collectors.joining(", "));
                    entries.add(new TimelineEntry(survey.getAnsweredAt(), Kind.SURVEY_ANSWERED, survey.getAnsweredBy(),
                            "timeline.surveyAnswered", List.of(survey.getSurveyId(), scored.isEmpty() ? "—" : scored,
                            survey.getFlags().isEmpty() ? "—" : String.join(", ", survey.getFlags())), survey.getCaseId()));
                }
            }
            for (Complaint complaint : complaints.findByCustomerIdOrderByReceivedAtDesc(customerId)) {
                entries.add(new TimelineEntry(complaint.getReceivedAt(), Kind.COMPLAINT_LOGGED, complaint.getLoggedBy(),
                        "timeline.complaintLogged", List.of(label("complaint.category." + complaint.getCategory().name()),
                        label("complaint.channel." + complaint.getChannel().name()), complaint.getDescription()), complaint.getCaseId()));
                if (complaint.getResolvedAt() != null) {
                    entries.add(new TimelineEntry(complaint.getResolvedAt(), Kind.COMPLAINT_RESOLVED, complaint.getResolvedBy(),
                            "timeline.complaintResolved", List.of(label("complaint.category." + complaint.getCategory().name()),
                            complaint.getResolution()), complaint.getCaseId()));
                }
            }
            return entries;
        });
    }

    private static TimelineEntry.Label label(String key) {
        return new TimelineEntry.Label(key);
    }
}
