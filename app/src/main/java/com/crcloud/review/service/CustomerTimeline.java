package com.crcloud.review.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.review.domain.CustomerMessage;
import com.crcloud.review.domain.CustomerMessageRepository;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseComment;
import com.crcloud.review.domain.ReviewCaseCommentRepository;
import com.crcloud.review.domain.ScreeningState;
import com.crcloud.review.domain.ScreeningStateRepository;
import com.crcloud.review.service.TimelineEntry.Kind;
import com.crcloud.tenant.user.Authorities;
import org.hibernate.envers.RevisionType;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything that happened to one customer in one chronological list, newest first: changes to the record,
 * review cases opened, assigned, moved, overridden and decided, comments, messages sent, changes of
 * screening outcome, and what {@link TimelineContributor}s add (surveys, complaints). Built from the audit trail and the case records, so it shows what the compliance officer
 * can also prove.
 */
@Service
public class CustomerTimeline {

    private final AuditHistoryService audit;
    private final ReviewCaseService cases;
    private final ReviewCaseCommentRepository comments;
    private final CustomerMessageRepository messages;
    private final ScreeningStateRepository screenings;
    private final TransactionTemplate transaction;
    private final List<TimelineContributor> contributors;

    public CustomerTimeline(AuditHistoryService audit, ReviewCaseService cases, ReviewCaseCommentRepository comments,
                            CustomerMessageRepository messages, ScreeningStateRepository screenings,
                            PlatformTransactionManager transactionManager, List<TimelineContributor> contributors) {
        this.audit = audit;
        this.cases = cases;
        this.comments = comments;
        this.messages = messages;
        this.screenings = screenings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.contributors = List.copyOf(contributors);
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<TimelineEntry> of(UUID customerId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoryEntry<Customer> change : audit.history(Customer.class, customerId)) {
            entries.add(new TimelineEntry(change.timestamp(), Kind.CUSTOMER_CHANGED, change.username(),
                    change.type() == RevisionType.ADD ? "timeline.customerCreated" : "timeline.customerChanged",
                    List.of(change.changedFields().stream().map(field -> label("customer." + field)).toList(),
                            Optional.ofNullable(change.reason()).orElse("")), null));
        }
        for (ReviewCase reviewCase : cases.casesOf(customerId)) {
            addCase(entries, reviewCase);
        }
        transaction.executeWithoutResult(status -> {
            for (CustomerMessage message : messages.findByCustomerIdOrderByCreatedAtDesc(customerId)) {
                entries.add(new TimelineEntry(message.getCreatedAt(), Kind.MESSAGE, null, "timeline.message",
                        List.of(label("channel." + message.getChannel().name()), label("messageStatus." + message.getStatus().name()),
                                message.getSubject()), message.getCaseId()));
            }
        });
        List<ScreeningState> states = transaction.execute(status -> screenings.findByCustomerIdIn(List.of(customerId)));
        for (ScreeningState state : states) {
            for (HistoryEntry<ScreeningState> change : audit.history(ScreeningState.class, state.getId())) {
                entries.add(new TimelineEntry(change.timestamp(), Kind.SCREENING, change.username(), "timeline.screening",
                        List.of(change.state().getExtensionKey(), change.state().getSummary()), null));
            }
        }
        contributors.forEach(contributor -> entries.addAll(contributor.entriesOf(customerId)));
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private static TimelineEntry.Label label(String key) {
        return new TimelineEntry.Label(key);
    }

    private void addCase(List<TimelineEntry> entries, ReviewCase reviewCase) {
        UUID caseId = reviewCase.getId();
        String reference = reviewCase.getReference();
        for (HistoryEntry<ReviewCase> change : audit.history(ReviewCase.class, caseId)) {
            ReviewCase state = change.state();
            if (change.type() == RevisionType.ADD) {
                entries.add(new TimelineEntry(change.timestamp(), Kind.CASE_OPENED, change.username(), "timeline.caseOpened",
                        List.of(reference, label("case.trigger." + state.getOpenedBecause().name())), caseId));
                continue;
            }
            if (change.changedFields().contains("assignee") && state.getAssignee() != null) {
                entries.add(new TimelineEntry(change.timestamp(), Kind.ASSIGNED, change.username(), "timeline.assigned",
                        List.of(reference, state.getAssignee()), caseId));
            }
            if (change.changedFields().contains("overriddenBy") && state.getOverriddenBy() != null) {
                entries.add(new TimelineEntry(change.timestamp(), Kind.OVERRIDE, change.username(), "timeline.override",
                        List.of(reference, state.getOverrideRiskClass() == null ? "—" : label("risk." + state.getOverrideRiskClass().name()),
                                state.getOverrideScore() == null ? "—" : state.getOverrideScore(),
                                state.getOverrideJustification()), caseId));
            }
            if (change.changedFields().contains("stage")) {
                boolean decided = state.getOutcome() != null && state.getStage() == state.getOutcome().stage();
                entries.add(decided
                        ? new TimelineEntry(change.timestamp(), Kind.DECISION, change.username(), "timeline.decision",
                        List.of(reference, label("case.stage." + state.getOutcome().name()),
                                state.getDecisionReasons().stream().map(reason -> label("reason." + reason.name())).toList()), caseId)
                        : new TimelineEntry(change.timestamp(), Kind.STAGE_CHANGED, change.username(), "timeline.stage",
                        List.of(reference, label("case.stage." + state.getStage().name())), caseId));
            }
        }
        transaction.executeWithoutResult(status -> {
            for (ReviewCaseComment comment : comments.findByCaseIdOrderByCreatedAtAsc(caseId)) {
                entries.add(new TimelineEntry(comment.getCreatedAt(), Kind.COMMENT, comment.getAuthor(), "timeline.comment",
                        List.of(reference, comment.getBody()), caseId));
            }
        });
    }
}
