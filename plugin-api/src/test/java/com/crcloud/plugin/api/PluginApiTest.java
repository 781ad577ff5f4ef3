package com.crcloud.plugin.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginApiTest {

    @Test
    void the_sdk_version_plugins_are_checked_against_is_the_published_artifact_version() throws IOException {
        Properties build = new Properties();
        try (InputStream in = PluginApiTest.class.getResourceAsStream("/sdk-build.properties")) {
            build.load(in);
        }
        assertThat(PluginApi.VERSION).isEqualTo(build.getProperty("version"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "INTEGER, 18, null", "INTEGER, 13, BELOW_MINIMUM", "INTEGER, 100, ABOVE_MAXIMUM", "INTEGER, 18.5, NOT_A_WHOLE_NUMBER",
            "INTEGER, 18.0, null", "INTEGER, abc, NOT_A_NUMBER", "INTEGER, '', REQUIRED",
            "BOOLEAN, true, null", "BOOLEAN, yes, NOT_TRUE_OR_FALSE", "CHOICE, HIGH, null", "CHOICE, EXTREME, NOT_A_CHOICE"})
    void setting_values_are_checked_against_their_definition(SettingType type, String value, SettingProblem.Kind expected) {
        SettingDefinition definition = switch (type) {
            case INTEGER -> SettingDefinition.integer("age", "Age", "年龄", 18, 14, 99);
            case BOOLEAN -> SettingDefinition.bool("strict", "Strict", null, false);
            case CHOICE -> SettingDefinition.choice("level", "Level", null, "LOW", List.of("LOW", "HIGH"));
            default -> throw new IllegalArgumentException(type.name());
        };
        assertThat(definition.validate(value).map(SettingProblem::kind).orElse(null)).isEqualTo(expected);
    }

    @Test
    void a_setting_needs_a_stable_name_and_an_english_label() {
        assertThatThrownBy(() -> SettingDefinition.integer("minimum-age", "Age", null, 1, 0, 2))
                .hasMessageContaining("minimum-age");
        assertThatThrownBy(() -> new SettingDefinition("age", Map.of("zh-CN", "年龄"), SettingType.INTEGER, "1", null, null, true, List.of()))
                .hasMessageContaining("English label");
    }

    @Test
    void an_assessment_without_factors_or_with_an_impossible_probability_is_refused() {
        FactorContribution income = new FactorContribution("income", "12000", 15, "income band 10k-20k");
        assertThatThrownBy(() -> new RiskAssessment(0.05, 600, List.of(), "v1")).hasMessageContaining("factors");
        assertThatThrownBy(() -> new RiskAssessment(1.2, 600, List.of(income), "v1")).hasMessageContaining("0..1");
        assertThat(new RiskAssessment(0.05, 615, List.of(income), "v1").factors()).containsExactly(income);
    }

    @Test
    void a_subject_built_the_1_0_way_has_no_earlier_decisions_and_one_built_with_them_finds_them_by_entry() {
        ScreeningSubject plain = new ScreeningSubject("c1", "Ivan Petrov", List.of(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty());
        ScreeningHit hit = new ScreeningHit("ofac", "os-1", "Ivan Petrov", 0.9, List.of(), "v2");
        ScreeningDisposition onOldVersion = new ScreeningDisposition("ofac", "os-1", "v1", ScreeningDisposition.Verdict.FALSE_POSITIVE,
                "born 1990", "bob", java.time.Instant.parse("2026-05-20T08:00:00Z"));

        assertThat(plain.previousDispositions()).isEmpty();
        assertThat(plain.dispositionOf(hit)).isEmpty();
        ScreeningSubject reviewed = plain.withPreviousDispositions(List.of(onOldVersion));
        assertThat(reviewed.dispositionOf(hit)).contains(onOldVersion);
        assertThat(onOldVersion.concerns(hit)).isTrue();
        assertThat(onOldVersion.stillApplies(hit)).as("the entry changed since").isFalse();
        assertThat(onOldVersion.stillApplies(new ScreeningHit("ofac", "os-1", "Ivan Petrov", 0.9, List.of(), "v1"))).isTrue();
        assertThat(onOldVersion.concerns(new ScreeningHit("pep", "os-1", "Ivan Petrov", 0.9, List.of(), "v1"))).isFalse();
    }

    @Test
    void a_store_written_for_1_0_reads_pages_in_key_order_through_the_default_method() {
        java.util.TreeMap<String, String> data = new java.util.TreeMap<>(Map.of("b", "2", "a", "1", "d", "4", "c", "3"));
        RecordStore store = new RecordStore() {
            public java.util.Optional<String> get(String collection, String key) {
                return java.util.Optional.ofNullable(data.get(key));
            }

            public void put(String collection, String key, String value) {
                data.put(key, value);
            }

            public void delete(String collection, String key) {
                data.remove(key);
            }

            public List<String> keys(String collection) {
                return List.copyOf(data.keySet());
            }
        };

        assertThat(store.page("c", null, 3)).extracting(RecordStore.StoredRecord::key).containsExactly("a", "b", "c");
        assertThat(store.page("c", "c", 3)).containsExactly(new RecordStore.StoredRecord("d", "4"));
        assertThat(store.page("c", "d", 3)).isEmpty();
        assertThatThrownBy(() -> store.page("c", null, 0)).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> store.page("c", null, 1001)).hasMessageContaining("1 to 1000");
    }
}
