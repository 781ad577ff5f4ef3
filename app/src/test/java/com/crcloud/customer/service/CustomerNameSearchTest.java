package com.crcloud.customer.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer list's name search finds customers by the beginnings of their name's parts, kept on every write. */
@Tag("persistence")
class CustomerNameSearchTest extends IntegrationTest {

    @Autowired
    CustomerService customers;

    @Test
    void a_customer_is_found_by_the_beginning_of_any_word_of_the_name_in_any_order_and_case() {
        actAs(LENDER, "reviewer");
        customers.save(customer("Ingrid Quarterfield-Nakamura"), "test");

        assertThat(names("quarterf")).containsExactly("Ingrid Quarterfield-Nakamura");
        assertThat(names("NAKAM ingr")).containsExactly("Ingrid Quarterfield-Nakamura");
        assertThat(names("Quarterfield Nakamura")).containsExactly("Ingrid Quarterfield-Nakamura");
        assertThat(names("arterfield")).as("the middle of a word").isEmpty();
        assertThat(customers.count(new CustomerFilter("ingrid quarter", null))).isEqualTo(1);
    }

    @Test
    void a_chinese_name_is_found_by_its_given_name_as_well_as_by_its_surname() {
        actAs(LENDER, "reviewer");
        customers.save(customer("欧阳思远"), "test");

        assertThat(names("欧阳")).containsExactly("欧阳思远");
        assertThat(names("思远")).containsExactly("欧阳思远");
    }

    @Test
    void a_renamed_customer_is_found_by_the_new_name_only() {
        actAs(LENDER, "reviewer");
        Customer saved = customers.save(customer("Thaddeus Oldmoniker"), "test");

        saved.setFullName("Thaddeus Newmoniker");
        customers.save(saved, "married");

        assertThat(names("oldmoniker")).isEmpty();
        assertThat(names("newmoniker")).containsExactly("Thaddeus Newmoniker");
    }

    @Test
    void a_name_of_another_tenant_is_not_found() {
        actAs(LENDER, "reviewer");
        customers.save(customer("Philippa Lenderonly"), "test");

        actAs(WEALTH, "reviewer");
        assertThat(names("lenderonly")).isEmpty();
    }

    private List<String> names(String text) {
        return customers.search(new CustomerFilter(text, null), Pageable.unpaged()).map(Customer::getFullName).getContent();
    }

    private static Customer customer(String name) {
        Customer customer = new Customer();
        customer.setFullName(name);
        customer.setDateOfBirth(LocalDate.of(1980, 1, 1));
        customer.setNationalIdType(NationalIdType.PASSPORT);
        customer.setNationalIdNumber("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT));
        customer.setMonthlyIncome(new BigDecimal("10000.00"));
        customer.setCurrency("CNY");
        customer.setCountryCode("CN");
        return customer;
    }
}
