package com.crcloud.plugins.identitycompleteness;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.SettingProblem;
import com.crcloud.plugin.api.Settings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityCompletenessCheckTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final IdentityCompletenessCheck check = new IdentityCompletenessCheck();

    @Test
    void a_complete_adult_record_passes() {
        CheckResult result = check.run(context(Map.of()), customer(LocalDate.of(1990, 1, 1), "13800000000", null));
        assertThat(result.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(result.reasonCodes()).isEmpty();
    }

    @Test
    void a_customer_below_the_tenants_minimum_age_fails_with_the_age_in_the_explanation() {
        CheckResult result = check.run(context(Map.of("minimumAge", "21")), customer(LocalDate.of(2006, 1, 1), null, "a@b.cn"));
        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly("UNDER_MINIMUM_AGE");
        assertThat(result.explanation()).contains("20").contains("21");
    }

    @Test
    void a_record_without_any_contact_channel_only_warns() {
        CheckResult result = check.run(context(Map.of()), customer(LocalDate.of(1980, 5, 5), null, null));
        assertThat(result.outcome()).isEqualTo(CheckOutcome.WARN);
        assertThat(result.reasonCodes()).containsExactly("NO_CONTACT_CHANNEL");
    }

    @Test
    void missing_id_and_birth_date_fail_with_both_reasons() {
        CustomerSnapshot bare = CustomerSnapshot.builder().customerId("c1").fullName("Li Lei").phone("138").build();
        CheckResult result = check.run(context(Map.of()), bare);
        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly("NATIONAL_ID_MISSING", "DATE_OF_BIRTH_MISSING");
    }

    @Test
    void the_minimum_age_setting_accepts_only_whole_numbers_from_14_to_99() {
        SettingDefinition minimumAge = check.settings().get(0);
        assertThat(minimumAge.validate("adult")).map(SettingProblem::englishMessage).contains("'adult' is not a number");
        assertThat(minimumAge.validate("12")).map(SettingProblem::englishMessage).contains("must be at least 14");
        assertThat(minimumAge.validate("21")).isEmpty();
    }

    private static ExtensionContext context(Map<String, String> overrides) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of("minimumAge", "18"));
        settings.putAll(overrides);
        return new ExtensionContext("acme", "alice", Locale.ENGLISH, CLOCK, Settings.of(settings), NO_RECORDS);
    }

    private static final RecordStore NO_RECORDS = new RecordStore() {
        public Optional<String> get(String collection, String key) {
            return Optional.empty();
        }

        public void put(String collection, String key, String value) {
            throw new UnsupportedOperationException();
        }

        public void delete(String collection, String key) {
            throw new UnsupportedOperationException();
        }

        public java.util.List<String> keys(String collection) {
            return java.util.List.of();
        }
    };

    private static CustomerSnapshot customer(LocalDate birth, String phone, String email) {
        return CustomerSnapshot.builder().customerId("c1").fullName("Wang Fang").dateOfBirth(birth)
                .nationalId("CN_RESIDENT_ID", "11010519491231002X").phone(phone).email(email).address("CN", null, null).build();
    }
}
