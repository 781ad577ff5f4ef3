package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.SettingProblem;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import com.crcloud.plugin.testkit.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyCheckTest {

    /** 2026-06-01 in Shanghai, still 2026-05-31 in UTC: the check must use the tenant's calendar. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-31T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final CustomerSnapshot CUSTOMER = CustomerSnapshot.builder().customerId("c1").fullName("Wang Fang").build();

    private final PolicyCheck check = new PolicyCheck();
    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final RecordStore store = records.forTenant("acme");

    private CheckResult run(String consent, int retentionYears, Locale locale) {
        if (consent != null) {
            store.put("consent", "c1", consent);
        }
        return check.run(TestContext.of(check).tenant("acme").locale(locale).clock(CLOCK)
                .setting("retentionYears", Integer.toString(retentionYears)).records(records).build(), CUSTOMER);
    }

    @ParameterizedTest(name = "consent \"{0}\" with {1} years: {2} {3}")
    @CsvSource(delimiterString = "|", value = {
            "                      | 5  | FAIL  | CONSENT_MISSING",
            "';'                   | 5  | FAIL  | CONSENT_MISSING",
            "2024-01-01;           | 5  | PASS  | ''",
            "2024-01-01            | 5  | PASS  | ''",
            "2024-01-01;2025-01-01 | 5  | FAIL  | CONSENT_WITHDRAWN",
            "2024-01-01;2026-06-01 | 5  | FAIL  | CONSENT_WITHDRAWN",
            "2024-01-01;2026-06-02 | 5  | PASS  | ''",
            "2021-06-01;           | 5  | PASS  | ''",
            "2021-05-31;           | 5  | WARN  | RETENTION_REVIEW_DUE",
            "2021-05-31;           | 10 | PASS  | ''",
            "2025-05-31;           | 1  | WARN  | RETENTION_REVIEW_DUE",
            "2020-01-01;2025-01-01 | 5  | FAIL  | CONSENT_WITHDRAWN RETENTION_REVIEW_DUE",
            "01/01/2024;           | 5  | ERROR | CONSENT_RECORD_UNREADABLE"})
    void consent_and_retention_rules(String consent, int retentionYears, CheckOutcome outcome, String codes) {
        CheckResult result = run(consent, retentionYears, Locale.ENGLISH);

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.reasonCodes()).isEqualTo(codes.isEmpty() ? List.of() : Arrays.asList(codes.split(" ")));
    }

    @Test
    void the_retention_warning_names_the_grant_date_and_period() {
        assertThat(run("2020-03-01;", 5, Locale.ENGLISH).explanation()).isEqualTo(
                "Consent was granted on 2020-03-01, more than the 5-year retention period ago; re-confirm it or delete the data.");
        assertThat(run("2020-03-01;2026-01-15", 5, Locale.SIMPLIFIED_CHINESE).explanation())
                .isEqualTo("客户已于 2026-01-15 撤回授权。授权于 2020-03-01 作出，已超过 5 年保留期，需重新确认或删除数据。");
    }

    @Test
    void the_retention_period_accepts_1_to_30_whole_years() {
        var definition = check.settings().get(0);

        assertThat(definition.defaultValue()).isEqualTo("5");
        assertThat(definition.validate("0")).map(SettingProblem::englishMessage).contains("must be at least 1");
        assertThat(definition.validate("31")).map(SettingProblem::englishMessage).contains("must be at most 30");
        assertThat(definition.validate("2.5")).map(SettingProblem::englishMessage).contains("'2.5' is not a whole number");
    }

    @Test
    void every_extension_names_itself_in_english_and_chinese() {
        assertThat(List.of(check.names(), new WatchlistScreening().names())).allSatisfy(names ->
                assertThat(names).containsKeys("en", "zh-CN"));
        assertThat(List.of(check.id(), new WatchlistScreening().id())).containsExactly("policy", "watchlist-screening");
    }
}
