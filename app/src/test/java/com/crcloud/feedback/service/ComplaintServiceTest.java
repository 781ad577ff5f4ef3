package com.crcloud.feedback.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.feedback.domain.Complaint;
import com.crcloud.feedback.domain.ComplaintCategory;
import com.crcloud.feedback.domain.ComplaintChannel;
import com.crcloud.feedback.domain.ComplaintStatus;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CustomerTimeline;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.TimelineEntry;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@Tag("persistence")
class ComplaintServiceTest extends IntegrationTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    AuditHistoryService audit;
    @Autowired
    CustomerTimeline timeline;

    @Test
    void a_complaint_is_logged_taken_in_hand_and_resolved_with_its_history_and_timeline() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Complaining Customer", "7000.00"), null);
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);
        Instant received = clock.instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MILLIS);

        Complaint logged = complaints.log(new NewComplaint(customer.getId(), reviewCase.getId(), ComplaintChannel.PHONE,
                ComplaintCategory.DECISION, "  Says the income proof was ignored.  ", received));
        assertThat(logged.getStatus()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(logged.getDescription()).isEqualTo("Says the income proof was ignored.");
        assertThat(logged.getLoggedBy()).isEqualTo("reviewer");

        actAs(LENDER, "compliance-officer");
        Complaint handled = complaints.startHandling(logged.getId(), logged.getVersion());
        assertThat(handled.getStatus()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        Complaint resolved = complaints.resolve(handled.getId(), handled.getVersion(), "Proof re-checked; decision explained by phone.");

        assertThat(resolved.getStatus()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(resolved.getResolvedBy()).isEqualTo("compliance-officer");
        assertThat(resolved.getResolvedAt()).isAfter(received);
        assertThat(complaints.complaintsOf(customer.getId())).singleElement()
                .extracting(Complaint::getStatus, Complaint::getResolution, Complaint::getCaseId)
                .containsExactly(ComplaintStatus.RESOLVED, "Proof re-checked; decision explained by phone.", reviewCase.getId());
        assertThat(audit.history(Complaint.class, logged.getId()))
                .extracting(HistoryEntry::username, HistoryEntry::reason, entry -> entry.state().getStatus())
                .containsExactly(tuple("reviewer", "complaint logged", ComplaintStatus.OPEN),
                        tuple("compliance-officer", "complaint in progress", ComplaintStatus.IN_PROGRESS),
                        tuple("compliance-officer", "complaint resolved", ComplaintStatus.RESOLVED));
        assertThat(timeline.of(customer.getId()))
                .filteredOn(entry -> entry.kind() == TimelineEntry.Kind.COMPLAINT_LOGGED || entry.kind() == TimelineEntry.Kind.COMPLAINT_RESOLVED)
                .extracting(TimelineEntry::kind, TimelineEntry::actor, TimelineEntry::caseId)
                .containsExactly(tuple(TimelineEntry.Kind.COMPLAINT_RESOLVED, "compliance-officer", reviewCase.getId()),
                        tuple(TimelineEntry.Kind.COMPLAINT_LOGGED, "reviewer", reviewCase.getId()));
    }

    @Test
    void a_complaint_without_its_facts_is_refused_naming_each_field() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Vague Complaint", "7000.00"), null);

        assertThatThrownBy(() -> complaints.log(new NewComplaint(customer.getId(), null, null, null, "   ", null)))
                .isInstanceOfSatisfying(InvalidFeedbackException.class, e -> assertThat(e.problems()).containsExactly(
                        FieldProblem.of("channel", "validation.required"), FieldProblem.of("category", "validation.required"),
                        FieldProblem.of("description", "validation.required"), FieldProblem.of("receivedAt", "validation.required")));
        assertThatThrownBy(() -> complaints.log(new NewComplaint(customer.getId(), null, ComplaintChannel.EMAIL, ComplaintCategory.FEES,
                "x".repeat(4001), clock.instant().plus(Duration.ofDays(1)))))
                .isInstanceOfSatisfying(InvalidFeedbackException.class, e -> assertThat(e.problems()).containsExactly(
                        FieldProblem.of("description", "validation.tooLong", 4000),
                        FieldProblem.of("receivedAt", "complaint.error.receivedInFuture")));

        assertThat(complaints.complaintsOf(customer.getId())).isEmpty();
    }

    @Test
    void a_complaint_cannot_name_another_customers_case() {
        actAs(LENDER, "reviewer");
        Customer complaining = customers.save(TestCustomers.reviewable("Own Complaint", "7000.00"), null);
        Customer other = customers.save(TestCustomers.reviewable("Other Case Holder", "7000.00"), null);
        ReviewCase otherCase = cases.open(other.getId(), CaseTrigger.INITIAL);

        assertThatThrownBy(() -> complaints.log(new NewComplaint(complaining.getId(), otherCase.getId(), ComplaintChannel.LETTER,
                ComplaintCategory.SERVICE, "Letter lost.", clock.instant())))
                .isInstanceOfSatisfying(InvalidFeedbackException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("caseId", "complaint.error.caseOfOtherCustomer")));
    }

    @Test
    void a_resolution_must_be_written_down_and_a_stale_or_resolved_complaint_is_not_changed() {
        actAs(LENDER, "tenant-admin");
        Customer customer = customers.save(TestCustomers.reviewable("Resolution Needed", "7000.00"), null);
        Complaint logged = complaints.log(new NewComplaint(customer.getId(), null, ComplaintChannel.BRANCH,
                ComplaintCategory.DATA_PROTECTION, "Letter sent to an old address.", clock.instant()));

        assertThatThrownBy(() -> complaints.resolve(logged.getId(), logged.getVersion(), "  "))
                .isInstanceOfSatisfying(InvalidFeedbackException.class, e -> assertThat(e.problems())
                        .containsExactly(FieldProblem.of("resolution", "validation.required")));
        Complaint resolved = complaints.resolve(logged.getId(), logged.getVersion(), "Address corrected, apology sent.");
        assertThatThrownBy(() -> complaints.resolve(logged.getId(), logged.getVersion(), "Again"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> complaints.startHandling(resolved.getId(), resolved.getVersion()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("complaint.error.notOpen"));
        assertThatThrownBy(() -> complaints.resolve(resolved.getId(), resolved.getVersion(), "Again"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("complaint.error.alreadyResolved"));
        assertThat(audit.history(Complaint.class, logged.getId())).hasSize(2);
    }

    @Test
    void approvers_and_auditors_read_complaints_but_neither_log_nor_resolve_them() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Read Only Complaint", "7000.00"), null);
        Complaint logged = complaints.log(new NewComplaint(customer.getId(), null, ComplaintChannel.OTHER, ComplaintCategory.OTHER,
                "Social media post.", clock.instant()));

        for (String reader : List.of("approver", "auditor")) {
            actAs(LENDER, reader);
            assertThat(complaints.complaintsOf(customer.getId())).hasSize(1);
            assertThatThrownBy(() -> complaints.log(new NewComplaint(customer.getId(), null, ComplaintChannel.OTHER,
                    ComplaintCategory.OTHER, "x", clock.instant()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> complaints.resolve(logged.getId(), logged.getVersion(), "x")).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void another_tenant_neither_sees_nor_resolves_a_tenants_complaints() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Lender Only Complaint", "7000.00"), null);
        Complaint logged = complaints.log(new NewComplaint(customer.getId(), null, ComplaintChannel.EMAIL, ComplaintCategory.FEES,
                "Charged twice.", clock.instant()));

        actAs(WEALTH, "reviewer");
        assertThat(complaints.complaintsOf(customer.getId())).isEmpty();
        assertThatThrownBy(() -> complaints.resolve(logged.getId(), logged.getVersion(), "Refunded"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("complaint.error.notFound"));
        assertThatThrownBy(() -> complaints.log(new NewComplaint(customer.getId(), null, ComplaintChannel.EMAIL, ComplaintCategory.FEES,
                "Planted complaint.", clock.instant())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("customer.error.notFound"));

        actAs(LENDER, "reviewer");
        assertThat(complaints.complaintsOf(customer.getId())).singleElement()
                .extracting(Complaint::getStatus).isEqualTo(ComplaintStatus.OPEN);
    }
}
