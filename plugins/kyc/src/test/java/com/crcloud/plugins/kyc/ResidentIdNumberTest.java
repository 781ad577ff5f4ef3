package com.crcloud.plugins.kyc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static com.crcloud.plugins.kyc.TestSupport.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdNumberTest {

    @ParameterizedTest(name = "{0} is valid, born {1}")
    @CsvSource({
            "11010519491231002X, 1949-12-31",
            "11010519491231002x, 1949-12-31",   // lower-case check character
            "' 11010519491231002X ', 1949-12-31", // surrounding spaces
            "710000199001011237, 1990-01-01",   // Taiwan residence permit
            "810000198506150012, 1985-06-15",   // Hong Kong residence permit
            "440301200002290015, 2000-02-29",   // leap day, century leap year
            "110105200802290011, 2008-02-29",   // leap day
            "11010519000101001X, 1900-01-01",   // earliest accepted birth date
            "110105202606010018, 2026-06-01",   // born today
    })
    void a_valid_number_has_no_problems_and_yields_its_birth_date(String number, LocalDate birthDate) {
        ResidentIdNumber.Validation validation = ResidentIdNumber.validate(number, TODAY);

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.valid()).isTrue();
        assertThat(validation.birthDate()).contains(birthDate);
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource({
            "1101051949123100,     ID_LENGTH",      // 16 characters
            "110105491231002,      ID_LENGTH",      // first-generation 15-digit number
            "11010519491231002XX,  ID_LENGTH",
            "1101051949123100XX,   ID_FORMAT",
            "11010519491231002Y,   ID_FORMAT",
            "110105１9491231002X,   ID_FORMAT",      // full-width digit
            "A10105194912310029,   ID_FORMAT",
            "910105194912310029,   ID_REGION",
            "160105194912310029,   ID_REGION",      // between 15 and 21
            "70010519491231002X,   ID_REGION",      // just below Taiwan's 71
            "840105194912310020,   ID_REGION",      // just above Macau's 82 / 83
            "110105194902300020,   ID_BIRTH_DATE",  // 30 February
            "110105190002290017,   ID_BIRTH_DATE",  // 1900 was not a leap year
            "110105189912310015,   ID_BIRTH_DATE",  // before 1900
            "110105202606020013,   ID_BIRTH_DATE",  // tomorrow
            "110105194912310021,   ID_CHECK_DIGIT", // should end in X
            "11010519900101001x,   ID_CHECK_DIGIT", // lower-case x where 0 is due
    })
    void an_invalid_number_fails_with_the_reason_code_of_its_problem(String number, String reasonCode) {
        ResidentIdNumber.Validation validation = ResidentIdNumber.validate(number, TODAY);

        assertThat(validation.valid()).isFalse();
        assertThat(validation.problems()).extracting(ResidentIdNumber.Problem::reasonCode).containsExactly(reasonCode);
    }

    @ParameterizedTest(name = "province code {0} valid: {1}")
    @CsvSource({
            "10, false", "11, true", "15, true", "16, false", "20, false", "21, true", "23, true", "24, false",
            "30, false", "31, true", "37, true", "38, false", "40, false", "41, true", "46, true", "47, false",
            "49, false", "50, true", "54, true", "55, false", "60, false", "61, true", "65, true", "66, false",
            "70, false", "71, true", "72, false", "80, false", "81, true", "82, true", "83, true", "84, false",
            "00, false", "99, false",
    })
    void only_prc_province_level_codes_and_71_81_82_83_are_accepted_as_region(String province, boolean valid) {
        ResidentIdNumber.Validation validation = ResidentIdNumber.validate(province + "010519491231002X", TODAY);

        assertThat(validation.problems()).extracting(ResidentIdNumber.Problem::reasonCode)
                .as("problems of %s010519491231002X", province)
                .matches(codes -> codes.contains("ID_REGION") != valid);
    }

    @Test
    void region_birth_date_and_check_digit_problems_are_all_reported_together() {
        ResidentIdNumber.Validation validation = ResidentIdNumber.validate("910105194902300021", TODAY);

        assertThat(validation.problems()).extracting(ResidentIdNumber.Problem::reasonCode)
                .containsExactly("ID_REGION", "ID_BIRTH_DATE", "ID_CHECK_DIGIT");
        assertThat(validation.birthDate()).isEmpty();
    }

    @Test
    void a_number_with_only_a_wrong_check_digit_still_exposes_its_embedded_birth_date() {
        ResidentIdNumber.Validation validation = ResidentIdNumber.validate("110105194912310021", TODAY);

        assertThat(validation.birthDate()).contains(LocalDate.of(1949, 12, 31));
        assertThat(validation.problems().get(0).english()).contains("is 1 but should be X");
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002, X", "11010519900101001, 0", "71000019900101123, 7", "44030120000229001, 5"})
    void the_check_character_follows_iso_7064_mod_11_2(String first17, char expected) {
        assertThat(ResidentIdNumber.checkCharacter(first17)).isEqualTo(expected);
    }
}
