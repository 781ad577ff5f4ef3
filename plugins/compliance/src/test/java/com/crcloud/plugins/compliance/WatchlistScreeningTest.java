package com.crcloud.plugins.compliance;

import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ScreeningDisposition;
import com.crcloud.plugin.api.ScreeningDisposition.Verdict;
import com.crcloud.plugin.api.ScreeningHit;
import com.crcloud.plugin.api.ScreeningHit.FeatureScore;
import com.crcloud.plugin.api.ScreeningSubject;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.SettingProblem;
import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import com.crcloud.plugin.testkit.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class WatchlistScreeningTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String HEADER = "id,schema,name,aliases,birth_date,countries,identifiers,last_change\n";
    private static final String OFAC = HEADER
            + "os-1,Person,Ivan Petrov,,1970-01-02,ru,P1234567,v1\n"
            + "os-2,Person,WANG Xiao Ming,,1985,cn,,a\n"
            + "os-3,Person,王小明,,,cn,,a\n"
            + "os-4,Organization,Petrov Holdings,,,,,a\n";

    private final WatchlistScreening screening = new WatchlistScreening();
    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final RecordStore store = records.forTenant("acme");

    private void upload(String listName, String csv) {
        ImportResult result = WatchlistImporter.parseOpenSanctions(listName, csv);
        assertThat(result.errors()).isEmpty();
        WatchlistImporter.store(store, listName, result.entries());
    }

    private ExtensionContext context(Locale locale, Map<String, String> overrides) {
        return TestContext.of(screening).tenant("acme").locale(locale).clock(CLOCK).settings(overrides).records(records).build();
    }

    private List<ScreeningHit> screen(ScreeningSubject subject, Map<String, String> settings) {
        return screening.screen(context(Locale.ENGLISH, settings), subject);
    }

    private static ScreeningDisposition disposition(ScreeningHit hit, Verdict verdict, String reason) {
        return new ScreeningDisposition(hit.listName(), hit.entryId(), hit.entryVersion(), verdict, reason, "bob",
                Instant.parse("2026-05-20T08:00:00Z"));
    }

    private static ScreeningSubject subject(String name, LocalDate born, String id, String country) {
        return new ScreeningSubject("c1", name, List.of(), Optional.ofNullable(born), Optional.ofNullable(id), Optional.ofNullable(country));
    }

    private static Optional<FeatureScore> feature(ScreeningHit hit, String name) {
        return hit.features().stream().filter(f -> f.feature().equals(name)).findFirst();
    }

    @Test
    void a_reordered_name_with_matching_birth_date_id_and_country_is_a_hit_explaining_each_feature() {
        upload("ofac", OFAC);

        List<ScreeningHit> hits = screen(subject("PETROV, Ivan", LocalDate.of(1970, 1, 2), "p-123 4567", "RU"), Map.of());

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.entryId()).isEqualTo("os-1");
            assertThat(hit.entryVersion()).isEqualTo("v1");
            assertThat(hit.score()).isEqualTo(1.0);
            assertThat(hit.features()).extracting(FeatureScore::feature).containsExactly("name", "dateOfBirth", "idNumber", "country");
            assertThat(feature(hit, "name").orElseThrow().explanation())
                    .isEqualTo("'PETROV, Ivan' vs listed 'Ivan Petrov': same words in a different order");
            assertThat(feature(hit, "idNumber").orElseThrow().explanation()).contains("P1234567");
        });
    }

    @ParameterizedTest(name = "listed {0} gives {1}")
    @CsvSource({
            "1970-01-02,      0.95",
            "1970,            0.92",
            "1970-01,         0.92",
            "1970-03-04,      0.80",
            "1971-01-02,      0.70",
            "1971-05-05;1970-01-02, 0.95"})
    void the_date_of_birth_raises_or_lowers_the_name_score(String listed, double expected) {
        upload("ofac", HEADER + "os-1,Person,Ivan Petrov,,\"" + listed + "\",,,v1\n");

        List<ScreeningHit> hits = screen(subject("Ivan Petrob", LocalDate.of(1970, 1, 2), null, null), Map.of("threshold", "0.5"));

        assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.score()).isCloseTo(expected, within(0.001)));
    }

    @Test
    void a_conflicting_date_of_birth_drops_an_exact_name_below_the_threshold_unless_dates_are_switched_off() {
        upload("ofac", OFAC);
        ScreeningSubject bornLater = subject("Ivan Petrov", LocalDate.of(1980, 5, 5), null, null);

        assertThat(screen(bornLater, Map.of())).isEmpty();
        assertThat(screen(bornLater, Map.of("threshold", "0.5"))).singleElement().satisfies(hit -> {
            assertThat(hit.score()).isCloseTo(0.8, within(0.001));
            assertThat(feature(hit, "dateOfBirth").orElseThrow().explanation()).isEqualTo("Listed date of birth 1970-01-02 conflicts with 1980-05-05 (-0.20).");
        });
        assertThat(screen(bornLater, Map.of("useDateOfBirth", "false"))).singleElement()
                .satisfies(hit -> assertThat(feature(hit, "dateOfBirth")).isEmpty());
    }

    @Test
    void an_equal_id_number_turns_a_weak_name_match_into_a_strong_hit() {
        upload("ofac", OFAC);

        assertThat(screen(subject("Petrov", null, null, null), Map.of())).isEmpty();
        assertThat(screen(subject("Petrov", null, "P1234567", null), Map.of())).singleElement()
                .satisfies(hit -> assertThat(hit.score()).isCloseTo(0.95, within(0.001)));
    }

    @Test
    void a_chinese_name_in_characters_finds_the_pinyin_entry_and_explains_in_chinese() {
        upload("ofac", OFAC);
        ScreeningSubject subject = new ScreeningSubject("c1", "王小明", List.of(), Optional.of(LocalDate.of(1985, 7, 1)),
                Optional.empty(), Optional.of("CN"));

        List<ScreeningHit> hits = screening.screen(context(Locale.SIMPLIFIED_CHINESE, Map.of()), subject);

        assertThat(hits).extracting(ScreeningHit::entryId).containsExactly("os-2", "os-3");
        assertThat(feature(hits.get(0), "name").orElseThrow().explanation())
                .isEqualTo("“王小明”与名单中的“WANG Xiao Ming”：按拼音比较：王小明 → wang xiaoming；连写或分写不同（如 Xiao Ming / Xiaoming）");
        assertThat(feature(hits.get(0), "dateOfBirth").orElseThrow().explanation()).isEqualTo("名单仅列出 1985，与出生日期 1985-07-01 相符（+0.02）。");
        assertThat(feature(hits.get(0), "country").orElseThrow().explanation()).contains("（+0.02）");
    }

    @Test
    void other_names_of_the_subject_are_screened_too() {
        upload("ofac", OFAC);
        ScreeningSubject subject = new ScreeningSubject("c1", "Mary Lee", List.of("Xiaoming Wang"), Optional.empty(),
                Optional.empty(), Optional.empty());

        assertThat(screen(subject, Map.of())).extracting(ScreeningHit::entryId).containsExactly("os-2", "os-3");
    }

    @Test
    void unrelated_people_and_tenants_without_lists_get_no_hits() {
        assertThat(screen(subject("Ivan Petrov", null, null, null), Map.of())).isEmpty();
        upload("ofac", OFAC);
        assertThat(screen(subject("Maria Garcia", null, null, "RU"), Map.of())).isEmpty();
    }

    @Test
    void hits_come_best_first_up_to_max_hits() {
        upload("pep", HEADER + "a,Person,John Smith,,,,,1\nb,Person,Jon Smith,,,,,1\nc,Person,John Smyth,,,,,1\nd,Person,John Smith Jr,,,,,1\n");

        List<ScreeningHit> hits = screen(subject("John Smith", null, null, null), Map.of("maxHits", "2", "threshold", "0.5"));

        assertThat(hits).extracting(ScreeningHit::entryId).containsExactly("a", "d");
    }

    @Test
    void a_false_positive_stays_hidden_until_the_list_entry_changes() {
        upload("ofac", OFAC);
        ScreeningSubject subject = subject("Ivan Petrov", null, null, null);
        ScreeningHit hit = screen(subject, Map.of()).get(0);
        ScreeningSubject reviewed = subject.withPreviousDispositions(List.of(disposition(hit, Verdict.FALSE_POSITIVE,
                "Different person: customer is 24, entry born 1970")));

        assertThat(screen(reviewed, Map.of())).isEmpty();
        assertThat(screen(subject, Map.of())).as("no decision handed over").hasSize(1);
        upload("ofac", OFAC);
        assertThat(screen(reviewed, Map.of())).as("unchanged re-upload").isEmpty();

        upload("ofac", OFAC.replace("P1234567,v1", "P1234567;P7654321,v2"));

        assertThat(screen(reviewed, Map.of())).singleElement().satisfies(back -> {
            assertThat(back.entryVersion()).isEqualTo("v2");
            assertThat(feature(back, "priorDecision").orElseThrow().explanation()).isEqualTo(
                    "bob dismissed this hit as a false positive on 2026-05-20 (reason: Different person: customer is 24, entry born 1970),"
                            + " but the list entry has changed since (version v1 → v2), so that dismissal no longer applies.");
        });
    }

    @Test
    void a_false_positive_on_one_entry_leaves_the_other_entries_hits() {
        upload("ofac", OFAC);
        upload("pep", HEADER + "p-9,Person,Ivan Petrov,,,,,a\n");
        ScreeningSubject subject = subject("Ivan Petrov", null, null, null);
        ScreeningHit ofac = screen(subject, Map.of()).stream().filter(hit -> hit.listName().equals("ofac")).findFirst().orElseThrow();

        List<ScreeningHit> hits = screen(subject.withPreviousDispositions(List.of(disposition(ofac, Verdict.FALSE_POSITIVE, "not him"))),
                Map.of());

        assertThat(hits).extracting(ScreeningHit::listName, ScreeningHit::entryId).containsExactly(tuple("pep", "p-9"));
    }

    @Test
    void a_confirmed_match_is_raised_again_with_the_confirmation_quoted() {
        upload("ofac", OFAC);
        ScreeningSubject subject = subject("Ivan Petrov", null, null, null);
        ScreeningHit hit = screen(subject, Map.of()).get(0);

        List<ScreeningHit> again = screening.screen(context(Locale.SIMPLIFIED_CHINESE, Map.of()),
                subject.withPreviousDispositions(List.of(disposition(hit, Verdict.CONFIRMED_MATCH, "同一护照号"))));

        assertThat(again).singleElement().satisfies(back -> assertThat(feature(back, "priorDecision").orElseThrow().explanation())
                .isEqualTo("bob 曾于 2026-05-20 确认此命中为同一人（理由：同一护照号）。"));
    }

    @ParameterizedTest
    @CsvSource({"0, 0.49, must be at least 0.5", "0, 1.01, must be at most 1.0", "2, 0, must be at least 1", "2, 101, must be at most 100",
            "1, maybe, must be true or false"})
    void settings_refuse_values_outside_their_bounds(int setting, String value, String message) {
        SettingDefinition definition = screening.settings().get(setting);

        assertThat(definition.validate(value)).map(SettingProblem::englishMessage).contains(message);
        assertThat(definition.validate(definition.defaultValue())).isEmpty();
    }
}
