package com.crcloud.demo;

import com.crcloud.customer.domain.ChineseResidentId;
import com.crcloud.customer.domain.ChineseResidentId.Problem;
import com.crcloud.customer.domain.ChineseResidentId.Validation;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DemoCustomerGeneratorTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final int MANY = 2_000;

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void the_same_seed_gives_the_same_customers(DemoProfile profile) {
        List<Customer> first = new DemoCustomerGenerator(42, CLOCK).generate(profile, 200);
        List<Customer> second = new DemoCustomerGenerator(42, CLOCK).generate(profile, 200);

        assertThat(second).usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void repeated_calls_on_one_generator_start_again_from_the_seed() {
        DemoCustomerGenerator generator = new DemoCustomerGenerator(42, CLOCK);

        assertThat(generator.generate(DemoProfile.WEALTH_MANAGER, 50))
                .usingRecursiveComparison()
                .isEqualTo(generator.generate(DemoProfile.WEALTH_MANAGER, 50));
    }

    @Test
    void different_seeds_give_different_customers() {
        List<String> first = idNumbers(new DemoCustomerGenerator(1, CLOCK).generate(DemoProfile.CONSUMER_LENDER, 20));
        List<String> second = idNumbers(new DemoCustomerGenerator(2, CLOCK).generate(DemoProfile.CONSUMER_LENDER, 20));

        assertThat(second).isNotEqualTo(first);
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({
            "CONSUMER_LENDER, 0",
            "CONSUMER_LENDER, 1",
            "CONSUMER_LENDER, 137",
            "WEALTH_MANAGER, 1",
            "WEALTH_MANAGER, 137"
    })
    void the_requested_number_of_customers_is_generated(DemoProfile profile, int count) {
        assertThat(new DemoCustomerGenerator(7, CLOCK).generate(profile, count)).hasSize(count);
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DemoCustomerGenerator(7, CLOCK).generate(DemoProfile.CONSUMER_LENDER, -1));
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void national_id_numbers_are_unique(DemoProfile profile) {
        List<String> numbers = idNumbers(generate(profile));

        assertThat(numbers).doesNotContainNull().doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void a_few_resident_ids_are_invalid_for_their_date_or_check_digit_and_the_rest_match_the_date_of_birth(
            DemoProfile profile) {
        List<Customer> mainland = generate(profile).stream()
                .filter(customer -> customer.getNationalIdType() == NationalIdType.CN_RESIDENT_ID)
                .toList();
        Map<Boolean, List<Customer>> byValidity = mainland.stream().collect(Collectors.partitioningBy(
                customer -> ChineseResidentId.validate(customer.getNationalIdNumber(), TODAY).valid()));

        assertThat(byValidity.get(false).size())
                .isBetween(mainland.size() / 100, mainland.size() / 10);
        assertThat(byValidity.get(false))
                .extracting(customer -> ChineseResidentId.validate(customer.getNationalIdNumber(), TODAY).problem())
                .containsOnly(Problem.BIRTH_DATE, Problem.CHECK_DIGIT);
        assertThat(byValidity.get(true)).allSatisfy(customer -> {
            Validation validation = ChineseResidentId.validate(customer.getNationalIdNumber(), TODAY);
            assertThat(validation.birthDate()).isEqualTo(customer.getDateOfBirth());
            assertThat(validation.normalised()).isEqualTo(customer.getNationalIdNumber());
        });
    }

    @Test
    void consumer_lender_customers_are_mainland_residents_with_chinese_names() {
        assertThat(generate(DemoProfile.CONSUMER_LENDER)).allSatisfy(customer -> {
            assertThat(customer.getFullName()).matches("\\p{IsHan}{2,4}");
            assertThat(customer.getNationalIdType()).isEqualTo(NationalIdType.CN_RESIDENT_ID);
            assertThat(customer.getCountryCode()).isEqualTo("CN");
            assertThat(customer.getCurrency()).isEqualTo("CNY");
            assertThat(customer.getPostalCode()).matches("\\d{6}");
        });
    }

    @Test
    void wealth_manager_clients_include_international_passport_holders_with_latin_names() {
        List<Customer> customers = generate(DemoProfile.WEALTH_MANAGER);
        List<Customer> international = customers.stream()
                .filter(customer -> customer.getNationalIdType() == NationalIdType.PASSPORT)
                .toList();

        assertThat((double) international.size() / customers.size()).isBetween(0.2, 0.4);
        assertThat(international).allSatisfy(customer -> {
            assertThat(customer.getFullName()).matches("[\\p{IsLatin}' .-]+");
            assertThat(customer.getNationalIdNumber()).matches("[A-Z0-9]{9}");
            assertThat(customer.getCountryCode()).isIn("HK", "SG", "GB", "US", "AU");
            assertThat(customer.getCurrency()).isIn("HKD", "USD");
        });
        assertThat(customers).extracting(Customer::getCurrency).contains("CNY", "HKD", "USD");
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void every_customer_has_the_fields_a_review_needs(DemoProfile profile) {
        assertThat(generate(profile)).allSatisfy(customer -> {
            assertThat(customer.getFullName()).isNotBlank();
            assertThat(customer.getDateOfBirth()).isNotNull();
            assertThat(customer.getCurrency()).isNotBlank();
            assertThat(customer.getCountryCode()).isNotBlank();
            assertThat(customer.getCity()).isNotBlank();
            assertThat(customer.getAddressLine()).isNotBlank();
            assertThat(customer.getCreatedAt()).isBefore(NOW).isAfter(NOW.minus(Duration.ofDays(3 * 365 + 1)));
            assertThat(customer.getId()).isNull();
            assertThat(customer.getTenantId()).isNull();
        });
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void a_few_customers_are_minors_and_the_rest_are_adults_up_to_eighty(DemoProfile profile) {
        List<Integer> ages = generate(profile).stream()
                .map(customer -> Period.between(customer.getDateOfBirth(), TODAY).getYears())
                .toList();

        assertThat(ages).allMatch(age -> age >= 16 && age <= 80);
        assertThat(share(ages, age -> age < 18)).isBetween(0.005, 0.05);
    }

    @ParameterizedTest
    @EnumSource(DemoProfile.class)
    void a_few_customers_lack_a_phone_or_an_email_and_the_others_are_ascii(DemoProfile profile) {
        List<Customer> customers = generate(profile);

        assertThat(share(customers, customer -> customer.getPhone() == null)).isBetween(0.005, 0.1);
        assertThat(share(customers, customer -> customer.getEmail() == null)).isBetween(0.01, 0.1);
        assertThat(customers).extracting(Customer::getPhone).filteredOn(phone -> phone != null)
                .allMatch(phone -> phone.matches("1[3-9]\\d{9}|\\+\\d{10,13}"));
        assertThat(customers).extracting(Customer::getEmail).filteredOn(email -> email != null)
                .allMatch(email -> email.matches("[a-z0-9.]+@[a-z0-9.]+\\.[a-z]+"));
    }

    @ParameterizedTest(name = "{0}: {1}-{2}")
    @CsvSource({
            "CONSUMER_LENDER, 3000, 60000",
            // 20,000-800,000 CNY: from about 2,800 when paid in USD to about 869,600 when paid in HKD
            "WEALTH_MANAGER,  2700, 870000"
    })
    void expenses_are_a_fifth_to_nine_tenths_of_an_income_within_the_profile_band(
            DemoProfile profile, long minIncome, long maxIncome) {
        assertThat(generate(profile)).allSatisfy(customer -> {
            assertThat(customer.getMonthlyIncome().longValue()).isBetween(minIncome, maxIncome);
            BigDecimal income = customer.getMonthlyIncome();
            assertThat(customer.getMonthlyExpenses())
                    .isBetween(income.multiply(new BigDecimal("0.20")), income.multiply(new BigDecimal("0.90")));
        });
    }

    private static List<Customer> generate(DemoProfile profile) {
        return new DemoCustomerGenerator(20250301, CLOCK).generate(profile, MANY);
    }

    private static List<String> idNumbers(List<Customer> customers) {
        return customers.stream().map(Customer::getNationalIdNumber).toList();
    }

    private static <T> double share(List<T> values, Predicate<T> condition) {
        return (double) values.stream().filter(condition).count() / values.size();
    }
}
