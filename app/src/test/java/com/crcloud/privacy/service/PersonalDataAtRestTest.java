package com.crcloud.privacy.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.service.DuplicateCustomerException;
import com.crcloud.privacy.domain.PersonalDataNativeRepository;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.context.TenantContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What lands in the database: the raw rows of customers and their history hold no personal data in clear. */
@Tag("persistence")
class PersonalDataAtRestTest extends IntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository repository;
    @Autowired
    PersonalDataRotation rotation;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataNativeRepository rows;

    @Test
    void raw_customer_rows_and_their_history_hold_no_id_number_phone_email_or_address_in_clear() {
        actAs(LENDER, "reviewer");
        Customer customer = customerWithContactDetails();
        String number = customer.getNationalIdNumber();
        Customer saved = customers.save(customer, "New customer");
        saved.setEmail("changed." + saved.getEmail());
        customers.save(saved, "Customer called in a new email");

        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList(
                "SELECT national_id_number, phone, email, address_line FROM customer WHERE id = ?", saved.getId().toString()));
        rows.addAll(jdbc.queryForList(
                "SELECT national_id_number, phone, email, address_line FROM customer_aud WHERE id = ?", saved.getId().toString()));

        assertThat(rows).hasSize(3);
        for (Map<String, Object> row : rows) {
            assertThat(row.values()).allSatisfy(value -> assertThat((String) value).startsWith("k2:"));
            assertThat(row.toString()).doesNotContain(number).doesNotContain("example.com")
                    .doesNotContain("139").doesNotContain("Jianguo");
        }
        // Services show the number masked; the entity read back decrypts it.
        Customer read = TenantContext.callAs(LENDER, () -> repository.findById(saved.getId())).orElseThrow();
        assertThat(read.getNationalIdNumber()).isEqualTo(number);
        assertThat(read.getEmail()).startsWith("changed.");
        assertThat(read.getAddressLine()).startsWith("Jianguo Road");
    }

    @Test
    void id_number_email_and_phone_are_still_found_and_duplicates_still_refused_through_blind_indexes() {
        actAs(LENDER, "reviewer");
        Customer entered = customerWithContactDetails();
        Customer saved = customers.save(entered, null);

        assertThat(ids(entered.getNationalIdNumber())).containsExactly(saved.getId());
        assertThat(ids(saved.getEmail().toUpperCase())).containsExactly(saved.getId());
        assertThat(ids(entered.getPhone().replace(" ", "-"))).containsExactly(saved.getId());

        Customer twin = customerWithContactDetails();
        twin.setNationalIdType(saved.getNationalIdType());
        twin.setNationalIdNumber(entered.getNationalIdNumber());
        twin.setDateOfBirth(saved.getDateOfBirth());
        assertThatThrownBy(() -> customers.save(twin, null)).isInstanceOf(DuplicateCustomerException.class);
    }

    @Test
    void rotation_re_encrypts_old_key_and_plaintext_values_under_the_active_key_and_restores_missing_indexes() {
        actAs(LENDER, "reviewer");
        Customer entered = customerWithContactDetails();
        Customer saved = customers.save(entered, null);
        String id = saved.getId().toString();
        PersonalDataKeys file = PersonalDataKeys.load(Path.of(System.getProperty("crc.encryption.key-file")), false);
        PersonalDataCipher oldKey = new PersonalDataCipher(new PersonalDataKeys(file.keys(), 1, file.indexKey()));
        // As written by an older key, and as left by a version of the product before encryption.
        jdbc.update("UPDATE customer SET national_id_number = ?, email = ?, national_id_index = NULL, email_index = NULL WHERE id = ?",
                oldKey.encrypt(entered.getNationalIdNumber()), saved.getEmail(), id);
        jdbc.update("UPDATE customer_aud SET email = ? WHERE id = ?", saved.getEmail(), id);
        assertThat(ids(entered.getNationalIdNumber())).isEmpty();

        Map<String, Integer> rewritten = rotation.rotate();

        assertThat(rewritten.get("customer")).isGreaterThanOrEqualTo(1);
        assertThat(rewritten.get("customer_aud")).isGreaterThanOrEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT national_id_number, email, national_id_index, email_index FROM customer WHERE id = ?", id);
        assertThat((String) row.get("national_id_number")).startsWith("k2:");
        assertThat((String) row.get("email")).startsWith("k2:");
        assertThat(row.get("national_id_index")).isEqualTo(saved.getNationalIdIndex());
        assertThat(jdbc.queryForList("SELECT email FROM customer_aud WHERE id = ?", String.class, id))
                .allSatisfy(email -> assertThat(email).startsWith("k2:"));
        assertThat(ids(entered.getNationalIdNumber())).containsExactly(saved.getId());
        assertThat(customers.find(saved.getId()).orElseThrow().getEmail()).isEqualTo(saved.getEmail());
        assertThat(rotation.rotate().get("customer")).as("nothing left to do").isZero();
    }

    @Test
    void the_pass_at_start_up_runs_once_per_active_key_version_and_later_starts_skip_it() throws InterruptedException {
        for (int waited = 0; !rows.completed(cipher.activeKeyVersion()) && waited < 600; waited++) {
            Thread.sleep(100);
        }
        assertThat(rows.completed(cipher.activeKeyVersion())).as("the start-up pass of this context finished").isTrue();
        actAs(LENDER, "reviewer");
        Customer saved = customers.save(customerWithContactDetails(), null);
        jdbc.update("UPDATE customer SET email = ? WHERE id = ?", saved.getEmail(), saved.getId().toString());

        rotation.rotateInBackground();

        assertThat(jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, saved.getId().toString()))
                .as("skipped: this key version is done").isEqualTo(saved.getEmail());
        rotation.rotate();
        assertThat(jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, saved.getId().toString())).startsWith("k2:");
    }

    private List<UUID> ids(String text) {
        return customers.search(new CustomerFilter(text, null), Pageable.ofSize(10))
                .map(Customer::getId).getContent();
    }

    private static Customer customerWithContactDetails() {
        Customer customer = TestCustomers.reviewable("Encrypted " + UUID.randomUUID().toString().substring(0, 8), "9000.00");
        customer.setEmail("enc." + UUID.randomUUID() + "@example.com");
        customer.setPhone("+86 139 " + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
        customer.setAddressLine("Jianguo Road " + ThreadLocalRandom.current().nextInt(1, 999));
        return customer;
    }
}
