package com.crcloud.customer.domain;

import com.crcloud.tenant.support.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "CN_RESIDENT_ID, 11010519491231002X, null",
            "CN_RESIDENT_ID, 11010519491231002x, null",
            "CN_RESIDENT_ID, 110105194912310021, customer.nationalId.error.CHECK_DIGIT",
            "CN_RESIDENT_ID, 1101051949123100, customer.nationalId.error.LENGTH",
            "CN_RESIDENT_ID, 11010519491331002X, customer.nationalId.error.BIRTH_DATE",
            "CN_RESIDENT_ID, 1101051949123100AX, customer.nationalId.error.FORMAT",
            "CN_RESIDENT_ID, '', validation.required",
            "PASSPORT, E12345678, null",
            "PASSPORT, e1234567, null",
            "PASSPORT, E12-345, customer.nationalId.error.PASSPORT_FORMAT",
            "OTHER, any value at all, null",
            "null, 123, customer.nationalIdType.error.required",
            "null, '', null",
    })
    void national_id_numbers_are_checked_against_their_type(NationalIdType type, String number, String expectedKey) {
        assertThat(CustomerRules.nationalId(type, number, null, TODAY).map(FieldProblem::messageKey))
                .isEqualTo(Optional.ofNullable(expectedKey));
    }

    @Test
    void a_resident_id_must_agree_with_the_recorded_date_of_birth() {
        assertThat(CustomerRules.nationalId(NationalIdType.CN_RESIDENT_ID, "11010519491231002X", LocalDate.of(1949, 12, 31), TODAY)).isEmpty();
        assertThat(CustomerRules.nationalId(NationalIdType.CN_RESIDENT_ID, "11010519491231002X", LocalDate.of(1950, 1, 1), TODAY))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.messageKey()).isEqualTo("customer.nationalId.error.BIRTH_DATE_MISMATCH");
                    assertThat(problem.arguments()).containsExactly(LocalDate.of(1949, 12, 31));
                });
    }

    @ParameterizedTest(name = "phone {0} valid={1}")
    @CsvSource({"13800138000, true", "+86 138 0013 8000, true", "(021) 6234-5678, true", "12345, false",
            "call me, false", "+86 138 0013 8000 1234 5678 9, false"})
    void phone_numbers_need_six_to_twenty_digits(String phone, boolean valid) {
        assertThat(CustomerRules.phone(phone).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "email {0} valid={1}")
    @CsvSource({"li.lei@example.com, true", "wang@qq.com, true", "no-at-sign.example.com, false", "a@b, false", "two@@x.com, false"})
    void email_addresses_need_a_plausible_shape(String email, boolean valid) {
        assertThat(CustomerRules.email(email).isEmpty()).isEqualTo(valid);
    }

    @Test
    void dates_of_birth_cannot_lie_in_the_future_or_before_1900() {
        assertThat(CustomerRules.dateOfBirth(TODAY.plusDays(1), TODAY)).map(FieldProblem::messageKey).contains("customer.dateOfBirth.error.future");
        assertThat(CustomerRules.dateOfBirth(LocalDate.of(1899, 12, 31), TODAY)).map(FieldProblem::messageKey).contains("customer.dateOfBirth.error.tooEarly");
        assertThat(CustomerRules.dateOfBirth(TODAY, TODAY)).isEmpty();
    }

    @Test
    void amounts_must_be_non_negative_with_at_most_two_decimals_and_carry_a_currency() {
        assertThat(CustomerRules.amount("monthlyIncome", new BigDecimal("-1"))).map(FieldProblem::messageKey).contains("validation.notNegative");
        assertThat(CustomerRules.amount("monthlyIncome", new BigDecimal("1.234"))).map(FieldProblem::messageKey).contains("validation.amountFormat");
        assertThat(CustomerRules.amount("monthlyIncome", new BigDecimal("8800.50"))).isEmpty();
        assertThat(CustomerRules.currency(null, true)).map(FieldProblem::messageKey).contains("customer.currency.error.required");
        assertThat(CustomerRules.currency("XYZ", true)).map(FieldProblem::messageKey).contains("customer.currency.error.unknown");
        assertThat(CustomerRules.currency("cny", true)).isEmpty();
    }

    @Test
    void a_whole_record_reports_every_problem_with_its_field() {
        Customer customer = new Customer();
        customer.setEmail("broken");
        customer.setCountryCode("ZZ");
        customer.setMonthlyIncome(new BigDecimal("100"));

        assertThat(CustomerRules.validate(customer, TODAY)).extracting(FieldProblem::field)
                .containsExactly("fullName", "email", "countryCode", "currency");
    }
}
