package com.crcloud.customer.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.support.IntegrationTest;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static com.crcloud.customer.service.TenantIsolationTest.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("persistence")
class CustomerServiceTest extends IntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    AuditHistoryService history;

    @Test
    void a_stale_edit_is_refused_instead_of_overwriting_someone_elses_change() {
        actAs(LENDER, "reviewer");
        Customer saved = customers.save(customer("Concurrent Edit", "11010519900101001X".substring(0, 17) + checkDigit("11010519900101001")), null);
        Customer mine = customers.find(saved.getId()).orElseThrow();
        Customer theirs = customers.find(saved.getId()).orElseThrow();

        theirs.setPhone("13800000001");
        customers.save(theirs, "their change");
        mine.setPhone("13900000002");

        assertThatThrownBy(() -> customers.save(mine, "my change")).isInstanceOf(ConcurrentChangeException.class);
        assertThat(customers.find(saved.getId()).orElseThrow().getPhone()).isEqualTo("138****0001");
    }

    @Test
    void an_invalid_resident_id_is_refused_with_its_reason_and_nothing_is_stored() {
        actAs(LENDER, "reviewer");
        Customer wrongCheckDigit = customer("Wrong Check Digit", "110105198001010016");
        wrongCheckDigit.setNationalIdNumber("110105198001010017");
        long before = customers.count(CustomerFilter.ALL);

        assertThatThrownBy(() -> customers.save(wrongCheckDigit, null))
                .isInstanceOfSatisfying(InvalidCustomerException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.field() + ":" + problem.messageKey())
                        .containsExactly("nationalIdNumber:customer.nationalId.error.CHECK_DIGIT"));
        assertThat(customers.count(CustomerFilter.ALL)).isEqualTo(before);
    }

    @Test
    void history_lists_each_revision_with_the_fields_it_changed() {
        actAs(LENDER, "reviewer");
        Customer saved = customers.save(customer("History Fields", "310115198807070010".substring(0, 17) + checkDigit("31011519880707001")), "onboarding");
        saved.setEmail("history.fields@example.com");
        saved.setCity("上海");
        customers.save(saved, "customer called in");

        List<HistoryEntry<Customer>> entries = history.history(Customer.class, saved.getId());
        assertThat(entries).extracting(HistoryEntry::type).containsExactly(RevisionType.ADD, RevisionType.MOD);
        assertThat(entries.get(1).changedFields()).containsExactlyInAnyOrder("email", "city");
        assertThat(entries.get(1).reason()).isEqualTo("customer called in");
        assertThat(entries.get(1).state().getCity()).isEqualTo("上海");
        assertThat(entries.get(0).state().getCity()).isNull();
    }

    @Test
    void an_auditor_can_read_customers_but_not_change_them() {
        actAs(LENDER, "auditor");
        assertThat(customers.count(CustomerFilter.ALL)).isPositive();
        assertThatThrownBy(() -> customers.save(customer("Auditor Attempt", "110105198001010016"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    static char checkDigit(String first17) {
        return com.crcloud.customer.domain.ChineseResidentId.checkCharacter(first17);
    }
}
