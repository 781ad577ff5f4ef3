package com.crcloud.plugins.identitycompleteness;

import com.crcloud.plugin.api.CheckContext;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        CustomerSnapshot bare = new CustomerSnapshot("c1", "Li Lei", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("138"), Optional.empty(), Optional.empty());
        CheckResult result = check.run(context(Map.of()), bare);
        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly("NATIONAL_ID_MISSING", "DATE_OF_BIRTH_MISSING");
    }

    @Test
    void a_non_numeric_minimum_age_setting_is_reported_by_name() {
        assertThatThrownBy(() -> check.run(context(Map.of("minimumAge", "adult")), customer(LocalDate.of(1990, 1, 1), "1", null)))
                .hasMessageContaining("minimumAge").hasMessageContaining("adult");
    }

    private static CheckContext context(Map<String, String> settings) {
        return new CheckContext("acme", "alice", Locale.ENGLISH, CLOCK, settings);
    }

    private static CustomerSnapshot customer(LocalDate birth, String phone, String email) {
        return new CustomerSnapshot("c1", "Wang Fang", Optional.of(birth), Optional.of("CN_RESIDENT_ID"),
                Optional.of("11010519491231002X"), Optional.ofNullable(phone), Optional.ofNullable(email), Optional.of("CN"));
    }
}
