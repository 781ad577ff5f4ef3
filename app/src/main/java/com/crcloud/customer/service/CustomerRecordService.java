package com.crcloud.customer.service;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.CreditCardRepository;
import com.crcloud.customer.domain.CreditScore;
import com.crcloud.customer.domain.CreditScoreRepository;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerDocumentRepository;
import com.crcloud.customer.domain.CustomerRecordEntry;
import com.crcloud.customer.domain.CustomerRecordRepository;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.FinancialProfileRepository;
import com.crcloud.customer.domain.Holding;
import com.crcloud.customer.domain.HoldingRepository;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanRepayment;
import com.crcloud.customer.domain.LoanRepaymentRepository;
import com.crcloud.customer.domain.LoanRepository;
import com.crcloud.customer.domain.OverdueEvent;
import com.crcloud.customer.domain.OverdueEventRepository;
import com.crcloud.customer.domain.RecordContext;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and changes a customer's finances and credit record: the financial profile, holdings, loans and their
 * repayments, cards, overdue events and bureau scores. Each entry is validated ({@code validate} of the entry,
 * with {@link com.crcloud.customer.domain.CustomerRecordRules}), may only be attached to a customer of the tenant in
 * context, and is saved against the version the editor started from. Every committed change publishes
 * {@link CustomerFinancesChanged}, so an open review is assessed again, as for a change of income on the form.
 * Documents have their own service, {@link CustomerDocumentService}.
 */
@Service
public class CustomerRecordService {

    private final CustomerRepository customers;
    private final FinancialProfileRepository profiles;
    private final LoanRepository loans;
    private final LoanRepaymentRepository repayments;
    private final CustomerDocumentRepository documents;
    private final TenantRegistryService tenants;
    private final Map<Class<?>, Kind<?>> kinds;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** How one kind of entry is stored and listed. */
    private record Kind<T extends CustomerRecordEntry>(CustomerRecordRepository<T> repository, Sort order) {
    }

    public CustomerRecordService(CustomerRepository customers, FinancialProfileRepository profiles, HoldingRepository holdings,
                                 LoanRepository loans, LoanRepaymentRepository repayments, CreditCardRepository cards,
                                 OverdueEventRepository overdueEvents, CreditScoreRepository creditScores,
                                 CustomerDocumentRepository documents, TenantRegistryService tenants,
                                 PlatformTransactionManager transactionManager, Clock clock, ApplicationEventPublisher events) {
        this.customers = customers;
        this.profiles = profiles;
        this.loans = loans;
        this.repayments = repayments;
        this.documents = documents;
        this.tenants = tenants;
        this.kinds = Map.of(
                FinancialProfile.class, new Kind<>(profiles, Sort.by("id")),
                Holding.class, new Kind<>(holdings, Sort.by("kind", "id")),
                Loan.class, new Kind<>(loans, Sort.by(Sort.Order.desc("openedOn"), Sort.Order.asc("lender"), Sort.Order.asc("id"))),
                LoanRepayment.class, new Kind<>(repayments, Sort.by(Sort.Order.desc("dueDate"), Sort.Order.asc("id"))),
                CreditCard.class, new Kind<>(cards, Sort.by("issuer", "id")),
                OverdueEvent.class, new Kind<>(overdueEvents, Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.asc("id"))),
                CreditScore.class, new Kind<>(creditScores, Sort.by(Sort.Order.desc("scoredOn"), Sort.Order.asc("id"))));
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.events = events;
    }

    /**
     * The customer's finances, credit record and document metadata, in one read-only transaction with one query
     * per kind of entry. Another tenant's customer id reads as an empty record.
     */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public CustomerRecord recordOf(UUID customerId) {
        List<FinancialProfile> profile = list(FinancialProfile.class, customerId);
        return new CustomerRecord(profile.stream().findFirst(), list(Holding.class, customerId), list(Loan.class, customerId),
                list(CreditCard.class, customerId), list(OverdueEvent.class, customerId), list(CreditScore.class, customerId),
                documents.infosOf(customerId));
    }

    /** The repayments of one of the customer's loans, latest due date first. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<LoanRepayment> repaymentsOf(UUID customerId, UUID loanId) {
        return repayments.findByLoanIdOrderByDueDateDesc(loanId).stream()
                .filter(repayment -> customerId.equals(repayment.getCustomerId()))
                .toList();
    }

    /** A fresh copy of one entry of the customer, to edit; empty if it is not (or no longer) theirs. */
    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public <T extends CustomerRecordEntry> Optional<T> find(UUID customerId, Class<T> type, UUID id) {
        Kind<T> kind = kind(type);
        return kind.repository().findById(id).filter(entry -> customerId.equals(entry.getCustomerId()));
    }

    /**
     * Validates and stores a new or edited entry of the customer's record.
     *
     * @param reason why the change is made; recorded in the audit trail (may be blank)
     * @throws InvalidCustomerException    the entry breaks a field rule; nothing was stored
     * @throws ConcurrentChangeException   someone else changed (or first created) it since it was read
     * @throws UserFacingException         the customer, or the entry or loan being changed, is not in the tenant's records
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public <T extends CustomerRecordEntry> T save(UUID customerId, T entry, String reason) {
        Objects.requireNonNull(customerId, "customerId");
        @SuppressWarnings("unchecked")
        Kind<T> kind = (Kind<T>) kind(entry.getClass());
        boolean adding = entry.isNew();
        entry.normalise();
        LocalDate today = today();
        T saved;
        try {
            saved = AuditReason.with(reason, () -> transaction.execute(status -> {
                Customer customer = customers.findById(customerId)
                        .orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
                RecordContext context = RecordContext.of(today, customer);
                if (entry instanceof LoanRepayment repayment) {
                    context = context.forLoan(loans.findById(repayment.getLoanId())
                            .filter(loan -> customerId.equals(loan.getCustomerId()))
                            .orElseThrow(() -> new UserFacingException(null, "customer.record.error.notFound")));
                }
                List<FieldProblem> problems = entry.validate(context);
                if (!problems.isEmpty()) {
                    throw new InvalidCustomerException(problems);
                }
                if (adding) {
                    if (entry instanceof FinancialProfile && !profiles.findByCustomerId(customerId, Sort.unsorted()).isEmpty()) {
                        throw new ConcurrentChangeException();
                    }
                    entry.assignTo(customerId);
                } else if (!customerId.equals(entry.getCustomerId())
                        || kind.repository().findById(entry.getId()).filter(stored -> customerId.equals(stored.getCustomerId())).isEmpty()) {
                    throw new UserFacingException(null, "customer.record.error.notFound");
                }
                return kind.repository().saveAndFlush(entry);
            }));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        } catch (DataIntegrityViolationException e) {
            if (entry instanceof FinancialProfile) {
                // Lost the race to create the customer's only profile: the other one is there now.
                throw new ConcurrentChangeException();
            }
            throw e;
        }
        if (adding || saved.getVersion() != entry.getVersion()) {
            events.publishEvent(new CustomerFinancesChanged(customerId));
        }
        return saved;
    }

    /**
     * Removes an entry, as of the version the user saw; removing a loan removes its repayments. The history keeps
     * the removed entry's last state.
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public void remove(UUID customerId, CustomerRecordEntry entry, String reason) {
        Kind<?> kind = kind(entry.getClass());
        try {
            AuditReason.with(reason, () -> transaction.execute(status -> {
                CustomerRecordEntry stored = kind.repository().findById(entry.getId())
                        .filter(found -> customerId.equals(found.getCustomerId()))
                        .orElseThrow(() -> new UserFacingException(null, "customer.record.error.notFound"));
                if (stored.getVersion() != entry.getVersion()) {
                    throw new ConcurrentChangeException();
                }
                if (stored instanceof Loan) {
                    repayments.deleteAll(repayments.findByLoanIdOrderByDueDateDesc(stored.getId()));
                }
                delete(kind, stored);
                return null;
            }));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(new CustomerFinancesChanged(customerId));
    }

    /** Today in the tenant's time zone, the calendar its users see. */
    private LocalDate today() {
        ZoneId zone = tenants.find(TenantContext.requireTenantId()).map(Tenant::getTimeZone).orElse(ZoneId.of("UTC"));
        return LocalDate.now(clock.withZone(zone));
    }

    private <T extends CustomerRecordEntry> void delete(Kind<T> kind, CustomerRecordEntry stored) {
        @SuppressWarnings("unchecked")
        T typed = (T) stored;
        kind.repository().delete(typed);
        kind.repository().flush();
    }

    private <T extends CustomerRecordEntry> List<T> list(Class<T> type, UUID customerId) {
        Kind<T> kind = kind(type);
        return kind.repository().findByCustomerId(customerId, kind.order());
    }

    @SuppressWarnings("unchecked")
    private <T extends CustomerRecordEntry> Kind<T> kind(Class<?> type) {
        Kind<?> kind = kinds.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("Not an entry of the finances or credit record: " + type.getSimpleName());
        }
        return (Kind<T>) kind;
    }
}
