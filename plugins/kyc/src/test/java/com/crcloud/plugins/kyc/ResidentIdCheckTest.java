package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static com.crcloud.plugins.kyc.TestSupport.TODAY;
import static com.crcloud.plugins.kyc.TestSupport.context;
import static com.crcloud.plugins.kyc.TestSupport.customer;
import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdCheckTest {

    private final ResidentIdCheck check = new ResidentIdCheck();

    private CheckResult run(CustomerSnapshot customer) {
        return check.run(context(check, Map.of()), customer);
    }

    private CheckResult runResidentId(String number, LocalDate dateOfBirth) {
        return run(customer().nationalId("CN_RESIDENT_ID", number).dateOfBirth(dateOfBirth).build());
    }

    @Test
    void a_valid_resident_id_passes_and_names_the_birth_date() {
        CheckResult result = runResidentId("11010519491231002X", null);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(result.reasonCodes()).isEmpty();
        assertThat(result.explanation()).contains("1949-12-31");
    }

    @ParameterizedTest(name = "{0} fails with {1}")
    @CsvSource({
            "110105491231002,    ID_LENGTH",
            "11010519491231002Y, ID_FORMAT",
            "910105194912310029, ID_REGION",
            "110105194902300020, ID_BIRTH_DATE",
            "110105194912310021, ID_CHECK_DIGIT",
    })
    void each_kind_of_invalid_resident_id_fails_with_its_own_reason_code(String number, String reasonCode) {
        CheckResult result = runResidentId(number, null);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly(reasonCode);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_missing_id_number_fails_whatever_the_type(String number) {
        CheckResult result = runResidentId(number, null);

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly("ID_MISSING");
    }

    @Test
    void a_recorded_birth_date_that_differs_from_the_id_fails_and_shows_both_dates() {
        CheckResult result = runResidentId("11010519491231002X", LocalDate.of(1949, 12, 30));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly("ID_BIRTH_DATE_MISMATCH");
        assertThat(result.explanation()).contains("1949-12-30").contains("1949-12-31");
    }

    @Test
    void a_recorded_birth_date_equal_to_the_ids_passes() {
        assertThat(runResidentId("110105200802290011", LocalDate.of(2008, 2, 29)).outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void a_mistyped_check_digit_and_a_differing_birth_date_are_both_reported() {
        CheckResult result = runResidentId("110105194912310021", LocalDate.of(1950, 1, 1));

        assertThat(result.reasonCodes()).containsExactly("ID_CHECK_DIGIT", "ID_BIRTH_DATE_MISMATCH");
    }

    @ParameterizedTest(name = "passport {0} living in {1}: {2} {3}")
    @CsvSource({
            "E12345678,              CN, PASS, ''",
            "G12345678,              CN, PASS, ''",
            "EA1234567,              CN, PASS, ''",
            "' E12345678 ',          CN, PASS, ''",
            "X1234567,               CN, WARN, CN_PASSPORT_FORMAT",
            "E1234567,               CN, WARN, CN_PASSPORT_FORMAT",
            "GA1234567,              CN, WARN, CN_PASSPORT_FORMAT",
            "X1234567,               DE, PASS, ''",
            "A1234,                  US, PASS, ''",
            "A1234567890123456789,   US, PASS, ''",
            "A12345678901234567890,  US, FAIL, PASSPORT_FORMAT",
            "A123,                   US, FAIL, PASSPORT_FORMAT",
            "e12345678,              CN, FAIL, PASSPORT_FORMAT",
            "AB-12345,               US, FAIL, PASSPORT_FORMAT",
    })
    void passports_must_be_5_to_20_upper_case_letters_or_digits_and_chinese_residents_get_a_format_warning(
            String number, String country, CheckOutcome outcome, String reasonCode) {
        CheckResult result = run(customer().nationalId("PASSPORT", number).address(country, null, null).build());

        assertThat(result.outcome()).isEqualTo(outcome);
        if (reasonCode.isEmpty()) {
            assertThat(result.reasonCodes()).isEmpty();
        } else {
            assertThat(result.reasonCodes()).containsExactly(reasonCode);
        }
    }

    @Test
    void any_non_blank_number_of_type_other_passes() {
        assertThat(run(customer().nationalId("OTHER", "military-0001").build()).outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"DRIVING_LICENCE"})
    void an_unknown_or_missing_id_type_only_warns_that_the_format_was_not_checked(String type) {
        CheckResult result = run(customer().nationalId(type, "123456").build());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.WARN);
        assertThat(result.reasonCodes()).containsExactly("ID_TYPE_UNRECOGNISED");
    }

    @Test
    void explanations_are_chinese_for_a_chinese_locale() {
        CheckResult result = check.run(context(check, Map.of(), Locale.SIMPLIFIED_CHINESE, TODAY, new InMemoryRecordStore()),
                customer().nationalId("CN_RESIDENT_ID", "110105194912310021").build());

        assertThat(result.explanation()).startsWith("校验码为1，按ISO 7064 MOD 11-2应为X");
    }
}
