package com.crcloud.datasubject.service;

import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.datasubject.domain.ErasureBasis;
import com.crcloud.datasubject.domain.ErasureRequest;
import com.crcloud.datasubject.domain.ErasureRequestRepository;
import com.crcloud.datasubject.domain.ErasureStatus;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Erasure of a customer's personal data by pseudonymisation, where the law requires keeping the review record:
 * a request (who, why), a decision by a second person (four eyes), and the execution. Each step is a revision of
 * the request, so the audit log shows all three.
 * <p>
 * Execution keeps the customer row, its review cases, decisions, figures and consents (the record that must be
 * kept) and removes what identifies the person: name (replaced by the pseudonym), date of birth, ID number,
 * contact and address (their blind indexes go with them), documents (deleted), the content of messages sent,
 * complaint texts and survey answers. It then rewrites the same fields in every history row, because history that
 * kept them would make the erasure void, and re-seals the audit hash chain from the first revision it rewrote
 * ({@link com.crcloud.audit.service.AuditChain#rewriteHistory}): the chain is verified there first, so a rewrite never covers earlier
 * tampering, and the execution's own revision, sealed afterwards, says which positions were re-sealed and the
 * head's hash before and after. Keys are shared by the tenant's data, so making one customer's key unusable
 * ("crypto-shredding") is not available; overwriting is.
 */
@Service
public class ErasureService {

    public static final int MIN_REASON = 10;
    private static final EnumSet<ErasureStatus> PENDING = EnumSet.of(ErasureStatus.REQUESTED, ErasureStatus.APPROVED);

    private final ErasureRequestRepository requests;
    private final CustomerRepository customers;
    private final Pseudonymisation pseudonymisation;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ErasureService(ErasureRequestRepository requests, CustomerRepository customers, Pseudonymisation pseudonymisation,
                          CurrentUser currentUser, PlatformTransactionManager transactionManager, Clock clock) {
        this.requests = requests;
        this.customers = customers;
        this.pseudonymisation = pseudonymisation;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<ErasureRequest> requestsOf(UUID customerId) {
        return transaction.execute(status -> requests.findByCustomerIdOrderByRequestedAtDesc(customerId));
    }

    /** Requests awaiting a decision or an execution, oldest first. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<ErasureRequest> pending() {
        return transaction.execute(status -> requests.findByStatusInOrderByRequestedAtAsc(PENDING));
    }

    /**
     * Records that the customer asked for erasure (or why else it is due).
     *
     * @throws UserFacingException {@code privacy.erasure.error.reason}, {@code customer.error.notFound},
     *                             {@code privacy.erasure.error.pending}, {@code privacy.erasure.error.alreadyErased}
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public ErasureRequest request(UUID customerId, String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.length() < MIN_REASON || why.length() > ErasureRequest.TEXT_LENGTH) {
            throw new UserFacingException("reason", "privacy.erasure.error.reason", MIN_REASON, ErasureRequest.TEXT_LENGTH);
        }
        String by = currentUser.require().getUsername();
        return AuditReason.with("Erasure requested: " + why, () -> transaction.execute(status -> {
            customers.findById(customerId).orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
            refuseIfErasedOrPending(customerId);
            return requests.saveAndFlush(new ErasureRequest(customerId, ErasureBasis.REQUEST, why, by, clock.instant()));
        }));
    }

    /**
     * A second person approves the request, and the erasure is executed at once. If the execution is refused
     * (a case was opened meanwhile, the trail is broken), the request stays approved and can be executed later.
     *
     * @throws UserFacingException {@code privacy.erasure.error.samePerson}, {@code privacy.erasure.error.openCase},
     *                             {@code privacy.erasure.error.notPending}, {@code privacy.erasure.error.concurrentChange}
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public ErasureRequest approve(UUID requestId, long seenVersion, String note) {
        String by = currentUser.require().getUsername();
        String decisionNote = trimToNull(note);
        ErasureRequest approved = decide(requestId, seenVersion, "Erasure approved" + (decisionNote == null ? "" : ": " + decisionNote), request -> {
            if (request.getRequestedBy().equals(by)) {
                throw new UserFacingException(null, "privacy.erasure.error.samePerson");
            }
            pseudonymisation.refuseIfOpenCase(request.getCustomerId());
            request.approve(by, clock.instant(), decisionNote, Pseudonymisation.newPseudonym());
        });
        return execute(approved.getId());
    }

    /**
     * A second person refuses the request, saying why.
     *
     * @throws UserFacingException {@code privacy.erasure.error.note}, {@code privacy.erasure.error.samePerson}
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public ErasureRequest reject(UUID requestId, long seenVersion, String note) {
        String by = currentUser.require().getUsername();
        String decisionNote = trimToNull(note);
        if (decisionNote == null) {
            throw new UserFacingException("note", "privacy.erasure.error.note");
        }
        return decide(requestId, seenVersion, "Erasure rejected: " + decisionNote, request -> {
            if (request.getRequestedBy().equals(by)) {
                throw new UserFacingException(null, "privacy.erasure.error.samePerson");
            }
            request.reject(by, clock.instant(), decisionNote);
        });
    }

    /**
     * Executes an approved erasure (again, after a refusal such as an open case).
     *
     * @throws UserFacingException {@code privacy.erasure.error.notPending}, {@code privacy.erasure.error.openCase},
     *                             {@code audit.error.trailBrokenAt}
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public ErasureRequest execute(UUID requestId) {
        return pseudonymisation.execute(requestId);
    }

    /** Whether the customer has been erased. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public boolean erased(UUID customerId) {
        return Boolean.TRUE.equals(transaction.execute(status ->
                requests.existsByCustomerIdAndStatusIn(customerId, EnumSet.of(ErasureStatus.EXECUTED))));
    }

    private ErasureRequest decide(UUID requestId, long seenVersion, String reason, Consumer<ErasureRequest> decision) {
        try {
            return AuditReason.with(reason, () -> transaction.execute(status -> {
                ErasureRequest request = requests.findById(requestId)
                        .filter(found -> found.getStatus() == ErasureStatus.REQUESTED)
                        .orElseThrow(() -> new UserFacingException(null, "privacy.erasure.error.notPending"));
                if (request.getVersion() != seenVersion) {
                    throw new UserFacingException(null, "privacy.erasure.error.concurrentChange");
                }
                decision.accept(request);
                return requests.saveAndFlush(request);
            }));
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException(null, "privacy.erasure.error.concurrentChange");
        }
    }

    private void refuseIfErasedOrPending(UUID customerId) {
        if (requests.existsByCustomerIdAndStatusIn(customerId, EnumSet.of(ErasureStatus.EXECUTED))) {
            throw new UserFacingException(null, "privacy.erasure.error.alreadyErased");
        }
        if (requests.existsByCustomerIdAndStatusIn(customerId, PENDING)) {
            throw new UserFacingException(null, "privacy.erasure.error.pending");
        }
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
