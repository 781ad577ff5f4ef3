package com.crcloud.customer.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.support.IntegrationTest;
import com.crcloud.tenant.audit.AuditRevision;
import com.crcloud.tenant.context.NoTenantException;
import com.crcloud.tenant.context.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tenant A's data is invisible to tenant B at repository, service and history level; no tenant means an error. */
@Tag("persistence")
class TenantIsolationTest extends IntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository repository;
    @Autowired
    AuditHistoryService history;
    @Autowired
    PlatformTransactionManager transactionManager;
    @PersistenceContext
    EntityManager entityManager;

    @Test
    void a_customer_of_one_tenant_cannot_be_found_counted_or_searched_from_another() {
        actAs(LENDER, "reviewer");
        Customer lenders = customers.save(customer("Isolation Lender Only", "110105198001010016"), "test");

        actAs(WEALTH, "reviewer");
        assertThat(customers.find(lenders.getId())).isEmpty();
        assertThat(customers.search(new CustomerFilter("Isolation Lender Only", null), Pageable.unpaged()).getContent()).isEmpty();
        assertThat(customers.search(CustomerFilter.ALL, Pageable.unpaged()).getContent())
                .extracting(Customer::getTenantId).containsOnly(WEALTH);
        assertThat(TenantContext.callAs(WEALTH, () -> repository.findById(lenders.getId()))).isEmpty();
    }

    @Test
    void the_same_national_id_may_exist_in_two_tenants_without_revealing_either() {
        String sharedNumber = "310115199003070033";
        actAs(LENDER, "reviewer");
        Customer inLender = customers.save(customer("Shared Id Lender", sharedNumber), null);
        actAs(WEALTH, "reviewer");
        Customer inWealth = customers.save(customer("Shared Id Wealth", sharedNumber), null);

        assertThat(inWealth.getId()).isNotEqualTo(inLender.getId());
        assertThat(inWealth.getTenantId()).isEqualTo(WEALTH);
    }

    @Test
    void a_second_customer_with_the_same_national_id_in_one_tenant_is_refused_with_the_existing_one() {
        actAs(LENDER, "reviewer");
        Customer first = customers.save(customer("First Holder", "440305198512120011"), null);

        assertThatThrownBy(() -> customers.save(customer("Second Holder", "440305198512120011"), null))
                .isInstanceOfSatisfying(DuplicateCustomerException.class, e -> {
                    assertThat(e.existingId()).isEqualTo(first.getId());
                    assertThat(e.arguments()).containsExactly("First Holder");
                });
    }

    @Test
    void tenant_data_is_refused_when_no_tenant_is_in_context() {
        assertThatThrownBy(() -> repository.count()).hasRootCauseInstanceOf(NoTenantException.class);
        assertThatThrownBy(() -> repository.findAll()).hasRootCauseInstanceOf(NoTenantException.class);
    }

    @Test
    void history_of_one_tenants_customer_is_not_readable_from_another() {
        actAs(LENDER, "reviewer");
        Customer lenders = customers.save(customer("History Lender", "330106197507070019"), "opened account");
        assertThat(history.history(Customer.class, lenders.getId())).hasSize(1);

        assertThat(history.historyPage(Customer.class, lenders.getId(), null, 50).entries()).hasSize(1);

        actAs(WEALTH, "reviewer");
        assertThat(history.history(Customer.class, lenders.getId())).isEmpty();
        assertThat(history.historyPage(Customer.class, lenders.getId(), null, 50).entries()).isEmpty();
    }

    @Test
    void envers_on_its_own_would_leak_another_tenants_revisions_which_is_why_history_goes_through_one_service() {
        actAs(LENDER, "reviewer");
        UUID lenders = customers.save(customer("Leak Probe", "51010719680202001X"), null).getId();

        actAs(WEALTH, "reviewer");
        List<?> unfiltered = new TransactionTemplate(transactionManager).execute(status ->
                AuditReaderFactory.get(entityManager).createQuery()
                        .forRevisionsOfEntity(Customer.class, true, true)
                        .add(AuditEntity.id().eq(lenders)).getResultList());
        assertThat(unfiltered).as("raw AuditReader ignores @TenantId").isNotEmpty();
        assertThat(history.history(Customer.class, lenders)).isEmpty();
    }

    @Test
    void revisions_record_the_tenant_the_user_and_the_reason() {
        actAs(LENDER, "reviewer");
        Customer saved = customers.save(customer("Revision Stamp", "420106199909090013"), "KYC refresh");

        var entry = history.history(Customer.class, saved.getId()).get(0);
        assertThat(entry.username()).isEqualTo("reviewer");
        assertThat(entry.reason()).isEqualTo("KYC refresh");
        AuditRevision revision = new TransactionTemplate(transactionManager).execute(status ->
                entityManager.find(AuditRevision.class, entry.revision()));
        assertThat(revision.getTenantId()).isEqualTo(LENDER);
    }

    static Customer customer(String name, String residentId) {
        Customer customer = new Customer();
        customer.setFullName(name);
        customer.setNationalIdType(NationalIdType.CN_RESIDENT_ID);
        customer.setNationalIdNumber(residentId);
        customer.setDateOfBirth(LocalDate.parse(residentId.substring(6, 10) + "-" + residentId.substring(10, 12) + "-" + residentId.substring(12, 14)));
        customer.setMonthlyIncome(new BigDecimal("12000.00"));
        customer.setCurrency("CNY");
        customer.setCountryCode("CN");
        return customer;
    }
}
