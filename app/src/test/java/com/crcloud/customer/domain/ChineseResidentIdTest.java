package com.crcloud.customer.domain;

import com.crcloud.customer.domain.ChineseResidentId.Problem;
import com.crcloud.customer.domain.ChineseResidentId.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChineseResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    @Test
    void the_well_known_example_from_the_standard_is_valid() {
        Validation validation = ChineseResidentId.validate("11010519491231002X", TODAY);

        assertThat(validation.valid()).isTrue();
        assertThat(validation.problem()).isNull();
        assertThat(validation.normalised()).isEqualTo("11010519491231002X");
        assertThat(validation.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void a_lower_case_x_is_accepted_and_normalised_to_upper_case() {
        Validation validation = ChineseResidentId.validate("11010519491231002x", TODAY);

        assertThat(validation.valid()).isTrue();
        assertThat(validation.normalised()).isEqualTo("11010519491231002X");
    }

    @Test
    void surrounding_whitespace_is_ignored() {
        Validation validation = ChineseResidentId.validate("  440305198706151238\t", TODAY);

        assertThat(validation.valid()).isTrue();
        assertThat(validation.normalised()).isEqualTo("440305198706151238");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void a_missing_or_blank_number_is_rejected_as_empty(String raw) {
        Validation validation = ChineseResidentId.validate(raw, TODAY);

        assertThat(validation.problem()).isEqualTo(Problem.EMPTY);
        assertThat(validation.normalised()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // too short, too long, and a legacy 15-digit first-generation number
            "11010519491231002,     LENGTH",
            "11010519491231002X1,   LENGTH",
            "110105491231002,       LENGTH",
            // a letter in the body, a letter other than X as check character, punctuation, full-width digits
            "1101051949123100AX,    FORMAT",
            "11010519491231002Y,    FORMAT",
            "110105-9491231002X,    FORMAT",
            "１１010519491231002X,   FORMAT",
            // month 13, day 32, day 0, 30 February, before 1900
            "110105194913310020,    BIRTH_DATE",
            "110105194912320020,    BIRTH_DATE",
            "110105194912000020,    BIRTH_DATE",
            "110105194902300020,    BIRTH_DATE",
            "110105189912310020,    BIRTH_DATE",
            // the standard's example with every other check character
            "110105194912310020,    CHECK_DIGIT",
            "110105194912310021,    CHECK_DIGIT",
            "110105194912310029,    CHECK_DIGIT"
    })
    void a_malformed_number_is_rejected_for_its_first_problem(String raw, Problem expected) {
        Validation validation = ChineseResidentId.validate(raw, TODAY);

        assertThat(validation.valid()).isFalse();
        assertThat(validation.problem()).isEqualTo(expected);
    }

    @Test
    void a_number_with_a_wrong_check_digit_is_rejected_for_its_check_digit_but_keeps_its_birth_date() {
        Validation validation = ChineseResidentId.validate("440305198706151239", TODAY);

        assertThat(validation.problem()).isEqualTo(Problem.CHECK_DIGIT);
        assertThat(validation.birthDate()).isEqualTo(LocalDate.of(1987, 6, 15));
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
            "110105200002291235, true",  // 2000 is a leap year (divisible by 400)
            "110105199902291235, false", // 1999 is not
            "110105190002291239, false"  // 1900 is not (divisible by 100 but not 400)
    })
    void the_29th_of_february_is_accepted_only_in_leap_years(String number, boolean valid) {
        Validation validation = ChineseResidentId.validate(number, TODAY);

        assertThat(validation.valid()).isEqualTo(valid);
        if (!valid) {
            assertThat(validation.problem()).isEqualTo(Problem.BIRTH_DATE);
        }
    }

    @Test
    void a_birth_date_after_today_is_rejected() {
        assertThat(ChineseResidentId.validate("310115202406160011", TODAY).problem()).isEqualTo(Problem.BIRTH_DATE);
    }

    @Test
    void someone_born_today_is_accepted() {
        assertThat(ChineseResidentId.validate("310115202406150016", TODAY).valid()).isTrue();
    }

    @Test
    void the_first_of_january_1900_is_the_earliest_accepted_birth_date() {
        assertThat(ChineseResidentId.validate("11010519000101001X", TODAY).valid()).isTrue();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
            // one body for each of the eleven remainders of the weighted sum
            "44030519900101000, X",
            "44030519900102001, 3",
            "44030519900103002, 7",
            "44030519900104003, 0",
            "44030519900105004, 4",
            "44030519900106005, 8",
            "44030519900107006, 1",
            "44030519900108007, 5",
            "44030519900109008, 9",
            "44030519900118017, 2",
            "44030519900119018, 6",
            "11010519491231002, X"
    })
    void the_check_character_completes_seventeen_digits(String first17Digits, char expected) {
        assertThat(ChineseResidentId.checkCharacter(first17Digits)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1101051949123100", "110105194912310021", "1101051949123100A"})
    void the_check_character_needs_exactly_seventeen_digits(String notSeventeenDigits) {
        assertThatIllegalArgumentException().isThrownBy(() -> ChineseResidentId.checkCharacter(notSeventeenDigits));
    }

    @Test
    void the_birth_date_is_read_from_a_well_formed_number_even_with_a_wrong_check_digit() {
        assertThat(ChineseResidentId.birthDate("11010519491231002x")).contains(LocalDate.of(1949, 12, 31));
        assertThat(ChineseResidentId.birthDate("110105194912310021")).contains(LocalDate.of(1949, 12, 31));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "110105491231002", "1101051949123100AX", "110105194913310020"})
    void no_birth_date_is_read_from_a_malformed_number_or_an_impossible_date(String number) {
        assertThat(ChineseResidentId.birthDate(number)).isEmpty();
    }
}
