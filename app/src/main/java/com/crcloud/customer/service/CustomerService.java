package com.crcloud.customer.service;

import com.crcloud.audit.domain.AuditEventKind;
import com.crcloud.audit.service.AuditEvents;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.CustomerRules;
import com.crcloud.masking.MaskingPolicy;
import com.crcloud.masking.Masks;
import com.crcloud.masking.SensitiveData;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.user.Authorities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and changes the customers of the tenant in context. Everything it returns has the ID number and phone
 * masked (see {@link MaskingPolicy}); {@link #reveal} is the one way to a plain value, and it is audited.
 */
@Service
public class CustomerService {

    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);

    private final CustomerRepository customers;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CustomerSearch search;
    private final AuditEvents auditEvents;

    public CustomerService(CustomerRepository customers, PlatformTransactionManager transactionManager, Clock clock,
                           ApplicationEventPublisher events, CustomerSearch search, AuditEvents auditEvents) {
        this.customers = customers;
        this.search = search;
        this.auditEvents = auditEvents;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Page<Customer> search(CustomerFilter filter, Pageable pageable) {
        return customers.findAll(search.matching(filter), pageable).map(this::masked);
    }

    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public long count(CustomerFilter filter) {
        return customers.count(search.matching(filter));
    }

    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Optional<Customer> find(UUID id) {
        return customers.findById(id).map(this::masked);
    }

    /**
     * One sensitive value of a customer in plain, for the roles that may reveal it. Each reveal is recorded as an
     * audit event about the customer (who and when in its revision, which value and why in its detail), shown in
     * the tenant's audit log. Documents are revealed by downloading them ({@link CustomerDocumentService#download}).
     *
     * @param reason why the value is needed; required
     * @return the value, or empty if the customer has none (nothing is then recorded)
     * @throws UserFacingException {@code masking.error.reasonRequired} without a reason, {@code customer.error.notFound}
     *                             for an unknown customer or another tenant's
     */
    @Secured({Authorities.REVIEWER, Authorities.COMPLIANCE_OFFICER})
    public Optional<String> reveal(UUID customerId, SensitiveData data, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("reason", "masking.error.reasonRequired");
        }
        Customer customer = transaction.execute(status -> customers.findById(customerId))
                .orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
        Optional<String> value = Optional.ofNullable(switch (data) {
            case NATIONAL_ID -> customer.getNationalIdNumber();
            case PHONE -> customer.getPhone();
        });
        if (value.isPresent()) {
            auditEvents.record(AuditEventKind.PERSONAL_DATA_REVEALED, "Customer", customerId.toString(),
                    "Revealed " + data + " of customer " + customerId + ", reason: " + reason.strip());
            log.info("{} of customer {} revealed by {}", data, customerId, SecurityContextHolder.getContext().getAuthentication().getName());
        }
        return value;
    }

    /**
     * Validates and stores a new or edited customer. The version the editor started from must still be current,
     * and no other customer of the tenant may hold the same ID number.
     *
     * @param reason why the change is made; recorded in the audit trail (may be blank)
     * @see CustomerFinancesChanged
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public Customer save(Customer customer, String reason) {
        keepMaskedValues(customer);
        normalise(customer);
        List<FieldProblem> problems = CustomerRules.validate(customer, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidCustomerException(problems);
        }
        boolean[] financesChanged = {false};
        Customer saved;
        try {
            saved = AuditReason.with(reason, () -> transaction.execute(status -> {
                rejectDuplicateNationalId(customer);
                if (customer.isNew()) {
                    customer.setCreatedAt(clock.instant());
                } else {
                    financesChanged[0] = customers.findById(customer.getId())
                            .map(stored -> !sameFinances(stored, customer)).orElse(false);
                }
                return customers.saveAndFlush(customer);
            }));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        } catch (DataIntegrityViolationException e) {
            // Lost a race with another save of the same ID number: report it like the pre-check does.
            return rethrowAsDuplicate(customer, e);
        }
        if (financesChanged[0]) {
            events.publishEvent(new CustomerFinancesChanged(saved.getId()));
        }
        return masked(saved);
    }

    private Customer masked(Customer customer) {
        return customer.masked(LocalDate.now(clock));
    }

    /** A mask that comes back unchanged from a form stands for the stored value, which its editor never saw. */
    private void keepMaskedValues(Customer edited) {
        if (edited.isNew()) {
            return;
        }
        customers.findById(edited.getId()).ifPresent(stored -> {
            if (Objects.equals(edited.getNationalIdNumber(), Masks.mask(SensitiveData.NATIONAL_ID, stored.getNationalIdNumber()))) {
                edited.setNationalIdNumber(stored.getNationalIdNumber());
            }
            if (Objects.equals(edited.getPhone(), Masks.mask(SensitiveData.PHONE, stored.getPhone()))) {
                edited.setPhone(stored.getPhone());
            }
        });
    }

    private static boolean sameFinances(Customer stored, Customer edited) {
        return sameAmount(stored.getMonthlyIncome(), edited.getMonthlyIncome())
                && sameAmount(stored.getMonthlyExpenses(), edited.getMonthlyExpenses())
                && Objects.equals(stored.getCurrency(), edited.getCurrency());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void rejectDuplicateNationalId(Customer customer) {
        if (customer.getNationalIdType() == null || customer.getNationalIdNumber() == null) {
            return;
        }
        customers.findByNationalIdTypeAndNationalIdIndex(customer.getNationalIdType(),
                        search.nationalIdIndex(customer.getNationalIdType(), customer.getNationalIdNumber()))
                .filter(existing -> !existing.getId().equals(customer.getId()))
                .ifPresent(existing -> {
                    throw new DuplicateCustomerException(existing.getId(), existing.getFullName());
                });
    }

    private Customer rethrowAsDuplicate(Customer customer, DataIntegrityViolationException cause) {
        Optional<Customer> existing = transaction.execute(status ->
                customers.findByNationalIdTypeAndNationalIdIndex(customer.getNationalIdType(),
                        search.nationalIdIndex(customer.getNationalIdType(), customer.getNationalIdNumber())));
        if (existing != null && existing.isPresent()) {
            throw new DuplicateCustomerException(existing.get().getId(), existing.get().getFullName());
        }
        throw cause;
    }

    /** Trims and upper-cases values into their stored form; shared with the CSV import so both store alike. */
    static void normalise(Customer customer) {
        customer.setFullName(trimToNull(customer.getFullName()));
        customer.setNationalIdNumber(CustomerRules.normaliseNationalId(customer.getNationalIdType(), customer.getNationalIdNumber()));
        customer.setPhone(trimToNull(customer.getPhone()));
        customer.setEmail(trimToNull(customer.getEmail()));
        customer.setAddressLine(trimToNull(customer.getAddressLine()));
        customer.setCity(trimToNull(customer.getCity()));
        customer.setRegion(trimToNull(customer.getRegion()));
        customer.setPostalCode(trimToNull(customer.getPostalCode()));
        customer.setCountryCode(upper(customer.getCountryCode()));
        customer.setCurrency(upper(customer.getCurrency()));
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String upper(String value) {
        String trimmed = trimToNull(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }
}
