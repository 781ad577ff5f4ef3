package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.SettingProblem;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static com.crcloud.plugins.kyc.TestSupport.context;
import static com.crcloud.plugins.kyc.TestSupport.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AgeCheckTest {

    private final AgeCheck check = new AgeCheck();

    private CheckResult run(Map<String, String> settings, LocalDate today, CustomerSnapshot customer) {
        return check.run(context(check, settings, Locale.ENGLISH, today, new InMemoryRecordStore()), customer);
    }

    @ParameterizedTest(name = "born {0}, on {1}, limits {2}..{3}: {4} {5}")
    @CsvSource({
            "2008-06-01, 2026-06-01, 18, 100, PASS, ''",                 // 18th birthday
            "2008-06-02, 2026-06-01, 18, 100, FAIL, UNDER_MINIMUM_AGE",  // one day short
            "2005-06-02, 2026-06-01, 21, 100, FAIL, UNDER_MINIMUM_AGE",
            "2005-06-01, 2026-06-01, 21, 100, PASS, ''",
            "2008-02-29, 2026-02-28, 18, 100, FAIL, UNDER_MINIMUM_AGE",  // leap-day birth, common year
            "2008-02-29, 2026-03-01, 18, 100, PASS, ''",
            "2004-02-29, 2022-02-28, 18, 100, FAIL, UNDER_MINIMUM_AGE",
            "1926-06-01, 2026-06-01, 18, 100, PASS, ''",                 // exactly the maximum
            "1925-06-02, 2026-06-01, 18, 100, PASS, ''",
            "1925-06-01, 2026-06-01, 18, 100, WARN, OVER_MAXIMUM_AGE",   // 101st birthday
            "1956-06-01, 2026-06-01, 18,  69, WARN, OVER_MAXIMUM_AGE",
    })
    void ages_are_completed_years_and_limits_apply_from_the_birthday_itself(
            LocalDate born, LocalDate today, int minimumAge, int maximumAge, CheckOutcome outcome, String reasonCode) {
        CheckResult result = run(Map.of("minimumAge", Integer.toString(minimumAge), "maximumAge", Integer.toString(maximumAge)),
                today, customer().dateOfBirth(born).build());

        assertThat(result.outcome()).isEqualTo(outcome);
        if (reasonCode.isEmpty()) {
            assertThat(result.reasonCodes()).isEmpty();
        } else {
            assertThat(result.reasonCodes()).containsExactly(reasonCode);
        }
    }

    @Test
    void an_under_age_customer_is_told_their_age_and_the_limit() {
        CheckResult result = run(Map.of(), TestSupport.TODAY, customer().dateOfBirth(LocalDate.of(2009, 1, 1)).build());

        assertThat(result.explanation()).contains("is 17").contains("minimum age of 18").contains("recorded date of birth");
    }

    @ParameterizedTest
    @CsvSource({"110105200806010013, PASS", "110105200806020019, FAIL"})
    void without_a_recorded_date_of_birth_the_valid_resident_id_supplies_it(String residentId, CheckOutcome outcome) {
        CheckResult result = run(Map.of(), TestSupport.TODAY, customer().nationalId("CN_RESIDENT_ID", residentId).build());

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.explanation()).contains("resident ID number");
    }

    @Test
    void the_recorded_date_of_birth_takes_precedence_over_the_resident_id() {
        CheckResult result = run(Map.of(), TestSupport.TODAY,
                customer().dateOfBirth(LocalDate.of(2010, 1, 1)).nationalId("CN_RESIDENT_ID", "11010519491231002X").build());

        assertThat(result.reasonCodes()).containsExactly("UNDER_MINIMUM_AGE");
    }

    @ParameterizedTest
    @CsvSource({
            "CN_RESIDENT_ID, 110105194912310021", // wrong check digit: birth date not trusted
            "PASSPORT,       E12345678",
            "CN_RESIDENT_ID, ''",
    })
    void without_a_birth_date_or_a_valid_resident_id_the_age_is_an_error(String type, String number) {
        CheckResult result = run(Map.of(), TestSupport.TODAY, customer().nationalId(type, number.isEmpty() ? null : number).build());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.ERROR);
        assertThat(result.reasonCodes()).containsExactly("BIRTH_DATE_UNKNOWN");
    }

    @Test
    void a_birth_date_in_the_future_is_an_error() {
        CheckResult result = run(Map.of(), TestSupport.TODAY, customer().dateOfBirth(LocalDate.of(2026, 6, 2)).build());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.ERROR);
        assertThat(result.reasonCodes()).containsExactly("BIRTH_DATE_IN_FUTURE");
    }

    @Test
    void a_minimum_age_above_the_maximum_age_is_rejected_as_a_configuration_error() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> run(Map.of("minimumAge", "60", "maximumAge", "50"), TestSupport.TODAY,
                        customer().dateOfBirth(LocalDate.of(1990, 1, 1)).build()))
                .withMessageContaining("minimumAge (60)").withMessageContaining("maximumAge (50)");
    }

    @ParameterizedTest(name = "{0}={1}: {2}")
    @CsvSource({
            "minimumAge, 13,  must be at least 14",
            "minimumAge, 14,  ''",
            "minimumAge, 99,  ''",
            "minimumAge, 100, must be at most 99",
            "maximumAge, 17,  must be at least 18",
            "maximumAge, 130, ''",
            "maximumAge, 131, must be at most 130",
            "maximumAge, 80.5, '''80.5'' is not a whole number'",
    })
    void the_age_settings_are_bounded_whole_numbers(String name, String value, String problem) {
        SettingDefinition setting = check.settings().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();

        assertThat(setting.validate(value).map(SettingProblem::englishMessage).orElse("")).isEqualTo(problem);
    }
}
