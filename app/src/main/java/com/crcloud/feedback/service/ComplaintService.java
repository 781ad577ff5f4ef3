package com.crcloud.feedback.service;

import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.feedback.domain.Complaint;
import com.crcloud.feedback.domain.ComplaintRepository;
import com.crcloud.feedback.domain.ComplaintStatus;
import com.crcloud.review.domain.ReviewCaseRepository;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Complaints customers make by phone, email, letter or in a branch: logged by staff, taken in hand and resolved
 * with a written resolution. Every change is audited with the person who made it.
 */
@Service
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final CustomerRepository customers;
    private final ReviewCaseRepository cases;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ComplaintService(ComplaintRepository complaints, CustomerRepository customers, ReviewCaseRepository cases,
                            CurrentUser currentUser, PlatformTransactionManager transactionManager, Clock clock) {
        this.complaints = complaints;
        this.customers = customers;
        this.cases = cases;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The customer's complaints, most recently received first. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<Complaint> complaintsOf(UUID customerId) {
        return transaction.execute(status -> complaints.findByCustomerIdOrderByReceivedAtDesc(customerId));
    }

    /**
     * Logs a complaint as {@code OPEN}.
     *
     * @throws InvalidFeedbackException naming each missing or unacceptable value (fields {@code channel},
     *                                  {@code category}, {@code description}, {@code receivedAt}, {@code caseId})
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.COMPLIANCE_OFFICER})
    public Complaint log(NewComplaint entered) {
        String description = entered.description() == null ? "" : entered.description().trim();
        List<FieldProblem> problems = new ArrayList<>();
        if (entered.channel() == null) {
            problems.add(FieldProblem.of("channel", "validation.required"));
        }
        if (entered.category() == null) {
            problems.add(FieldProblem.of("category", "validation.required"));
        }
        requireText("description", description, Complaint.DESCRIPTION_LENGTH, problems);
        if (entered.receivedAt() == null) {
            problems.add(FieldProblem.of("receivedAt", "validation.required"));
        } else if (entered.receivedAt().isAfter(clock.instant())) {
            problems.add(FieldProblem.of("receivedAt", "complaint.error.receivedInFuture"));
        }
        String by = currentUser.require().getUsername();
        return AuditReason.with("complaint logged", () -> transaction.execute(status -> {
            if (customers.findById(entered.customerId()).isEmpty()) {
                throw new UserFacingException(null, "customer.error.notFound");
            }
            if (entered.caseId() != null && cases.findById(entered.caseId())
                    .filter(reviewCase -> reviewCase.getCustomerId().equals(entered.customerId())).isEmpty()) {
                problems.add(FieldProblem.of("caseId", "complaint.error.caseOfOtherCustomer"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidFeedbackException(problems);
            }
            return complaints.saveAndFlush(new Complaint(entered.customerId(), entered.caseId(), entered.channel(),
                    entered.category(), description, entered.receivedAt(), by));
        }));
    }

    /** Marks an open complaint as being handled. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.COMPLIANCE_OFFICER})
    public Complaint startHandling(UUID complaintId, long seenVersion) {
        return change(complaintId, seenVersion, "complaint in progress", complaint -> {
            if (complaint.getStatus() != ComplaintStatus.OPEN) {
                throw new UserFacingException(null, "complaint.error.notOpen");
            }
            complaint.startHandling();
        });
    }

    /**
     * Resolves a complaint that is open or in progress.
     *
     * @throws InvalidFeedbackException when the resolution (field {@code resolution}) is blank or too long
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.COMPLIANCE_OFFICER})
    public Complaint resolve(UUID complaintId, long seenVersion, String resolution) {
        String text = resolution == null ? "" : resolution.trim();
        List<FieldProblem> problems = new ArrayList<>();
        requireText("resolution", text, Complaint.RESOLUTION_LENGTH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFeedbackException(problems);
        }
        String by = currentUser.require().getUsername();
        return change(complaintId, seenVersion, "complaint resolved", complaint -> {
            if (complaint.getStatus() == ComplaintStatus.RESOLVED) {
                throw new UserFacingException(null, "complaint.error.alreadyResolved");
            }
            complaint.resolve(text, by, clock.instant());
        });
    }

    private Complaint change(UUID complaintId, long seenVersion, String reason, Consumer<Complaint> work) {
        try {
            return AuditReason.with(reason, () -> transaction.execute(status -> {
                Complaint complaint = complaints.findById(complaintId)
                        .orElseThrow(() -> new UserFacingException(null, "complaint.error.notFound"));
                if (complaint.getVersion() != seenVersion) {
                    throw new ConcurrentChangeException();
                }
                work.accept(complaint);
                return complaints.saveAndFlush(complaint);
            }));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private static void requireText(String field, String text, int maxLength, List<FieldProblem> problems) {
        if (text.isEmpty()) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else if (text.length() > maxLength) {
            problems.add(FieldProblem.of(field, "validation.tooLong", maxLength));
        }
    }
}
