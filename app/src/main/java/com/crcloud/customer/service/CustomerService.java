package com.crcloud.customer.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.CustomerRules;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.user.Authorities;
import org.springframework.security.access.annotation.Secured;
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

/** Reads and changes the customers of the tenant in context. */
@Service
public class CustomerService {

    private final CustomerRepository customers;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CustomerSearch search;

    public CustomerService(CustomerRepository customers, PlatformTransactionManager transactionManager, Clock clock,
                           ApplicationEventPublisher events, CustomerSearch search) {
        this.customers = customers;
        this.search = search;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Page<Customer> search(CustomerFilter filter, Pageable pageable) {
        return customers.findAll(search.matching(filter), pageable);
    }

    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public long count(CustomerFilter filter) {
        return customers.count(search.matching(filter));
    }

    @Transactional(readOnly = true)
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Optional<Customer> find(UUID id) {
        return customers.findById(id);
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
        return saved;
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
