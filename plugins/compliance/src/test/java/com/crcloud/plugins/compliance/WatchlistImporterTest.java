package com.crcloud.plugins.compliance;

import com.crcloud.plugin.testkit.InMemoryRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchlistImporterTest {

    private static final String HEADER = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,"
            + "emails,program_ids,dataset,first_seen,last_seen,last_change\n";

    private static String row(String id, String schema, String name, String aliases, String lastChange) {
        return id + "," + schema + "," + name + "," + aliases + ",1970-01-02,ru,,P123456,,,,,us_ofac,2020-01-01,2026-01-01," + lastChange + "\n";
    }

    @Test
    void quoted_fields_keep_their_commas_doubled_quotes_and_line_breaks() {
        String csv = HEADER
                + "os-1,Person,\"Petrov, Ivan\",\"Ivan \"\"the Bear\"\" Petrov;Петров Иван\",1970-01-02,ru,\"Line 1\nLine 2, Moscow\",,,,,,ofac,2020,2026,2026-01-01T00:00:00\n"
                + row("os-2", "Person", "Maria Garcia", "", "2026-02-02");

        ImportResult result = WatchlistImporter.parseOpenSanctions("ofac", csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.entries()).extracting(WatchlistEntry::name).containsExactly("Petrov, Ivan", "Maria Garcia");
        assertThat(result.entries().get(0).aliases()).containsExactly("Ivan \"the Bear\" Petrov", "Петров Иван");
        assertThat(result.entries().get(0).version()).isEqualTo("2026-01-01T00:00:00");
    }

    @Test
    void a_line_number_after_a_multi_line_field_counts_physical_lines() {
        String csv = HEADER
                + "os-1,Person,Ivan Petrov,,,,\"a\nb\nc\",,,,,,ofac,,,x\n"
                + "os-2,Person,\"never closed,,,,,,,,,,,,,\n";

        ImportResult result = WatchlistImporter.parseOpenSanctions("ofac", csv);

        assertThat(result.entries()).hasSize(1);
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(5);
            assertThat(error.message()).contains("never closed");
        });
    }

    @Test
    void organisations_companies_and_vessels_are_skipped_and_counted() {
        String csv = HEADER + row("p1", "Person", "Ivan Petrov", "", "a") + row("o1", "Organization", "Acme Ltd", "", "a")
                + row("c1", "Company", "Petrov Holdings", "", "a") + row("v1", "Vessel", "Sea Star", "", "a");

        ImportResult result = WatchlistImporter.parseOpenSanctions("ofac", csv);

        assertThat(result.entries()).extracting(WatchlistEntry::id).containsExactly("p1");
        assertThat(result.skipped()).isEqualTo(3);
    }

    @Test
    void columns_are_read_by_name_so_reordered_unknown_and_missing_optional_columns_work() {
        String csv = "\uFEFFname,new_column,id,birth_date,countries,identifiers,schema\r\n"
                + "Ivan Petrov,whatever,os-1,1970;1971-03,RU;ua,P123456;  ,Person\r\n";

        ImportResult result = WatchlistImporter.parseOpenSanctions("ofac", csv);

        assertThat(result.errors()).isEmpty();
        WatchlistEntry entry = result.entries().get(0);
        assertThat(entry.id()).isEqualTo("os-1");
        assertThat(entry.birthDates()).containsExactly("1970", "1971-03");
        assertThat(entry.countries()).containsExactly("ru", "ua");
        assertThat(entry.identifiers()).containsExactly("P123456");
        assertThat(entry.version()).as("no last_change column: a hash of the row").hasSize(16);
    }

    @Test
    void without_last_change_the_version_is_a_hash_that_changes_with_the_row() {
        String header = "id,schema,name,aliases\n";
        String first = WatchlistImporter.parseOpenSanctions("l", header + "p1,Person,Ivan Petrov,\n").entries().get(0).version();
        String same = WatchlistImporter.parseOpenSanctions("l", header + "p1,Person,Ivan Petrov,\n").entries().get(0).version();
        String changed = WatchlistImporter.parseOpenSanctions("l", header + "p1,Person,Ivan Petrov,Vanya\n").entries().get(0).version();

        assertThat(first).isEqualTo(same).isNotEqualTo(changed);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
            "schema,name,aliases | 'id'",
            "id,schema,aliases   | 'name'"})
    void a_missing_required_column_is_refused_naming_the_column(String header, String column) {
        assertThatThrownBy(() -> WatchlistImporter.parseOpenSanctions("ofac", header + "\nx,y,z\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(column);
    }

    @Test
    void rows_with_the_wrong_field_count_a_blank_name_or_a_repeated_id_are_reported_by_line() {
        String csv = "id,schema,name\n" + "p1,Person,Ivan Petrov\n" + "p2,Person\n" + "p3,Person,\n" + "p1,Person,Ivan P\n"
                + "p4,Person,\"Maria\"x\n";

        ImportResult result = WatchlistImporter.parseOpenSanctions("ofac", csv);

        assertThat(result.entries()).extracting(WatchlistEntry::id).containsExactly("p1");
        assertThat(result.errors()).extracting(ImportResult.LineError::line).containsExactly(3, 4, 5, 6);
        assertThat(result.errors()).extracting(ImportResult.LineError::message)
                .containsExactly("has 2 fields, the header has 3", "has no name", "repeats id p1 from line 2",
                        "unexpected text after a closing quote on line 6");
    }

    @Test
    void a_name_list_takes_one_person_a_line_with_aliases_and_comments() {
        String text = "# internal blacklist\n\nIvan Petrov; Petrov Ivan ; Ваня  # seen 2025\n王小明\nivan petrov\n";

        ImportResult result = WatchlistImporter.parseNameList("internal", text);

        assertThat(result.entries()).extracting(WatchlistEntry::name).containsExactly("Ivan Petrov", "王小明");
        assertThat(result.entries().get(0).aliases()).containsExactly("Petrov Ivan", "Ваня");
        assertThat(result.errors()).singleElement().isEqualTo(new ImportResult.LineError(5, "repeats name 'ivan petrov' from line 3"));
        assertThat(WatchlistImporter.parseNameList("internal", "Ivan Petrov; Vanya").entries().get(0).id())
                .as("ids follow the primary name, so decisions survive re-uploads").isEqualTo(result.entries().get(0).id());
    }

    @Test
    void a_list_name_must_be_short_enough_for_the_record_keys() {
        assertThatThrownBy(() -> WatchlistImporter.parseNameList("x".repeat(65), "Ivan"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
        assertThatThrownBy(() -> WatchlistImporter.parseNameList(" ", "Ivan")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storing_a_re_upload_writes_only_changes_and_removes_entries_no_longer_listed() {
        InMemoryRecordStore.TenantRecords store = new InMemoryRecordStore().forTenant("acme");
        WatchlistImporter.store(store, "internal", WatchlistImporter.parseNameList("internal", "Ivan Petrov\nMaria Garcia").entries());
        store.clearWrites();

        List<WatchlistEntry> reupload = WatchlistImporter.parseNameList("internal", "Ivan Petrov\nJohn Smith").entries();
        WatchlistImporter.store(store, "internal", reupload);

        assertThat(store.writes()).hasSize(3).anyMatch(w -> w.startsWith("delete watchlist:internal/"))
                .anyMatch(w -> w.startsWith("put watchlists/internal="))
                .anyMatch(w -> w.startsWith("put watchlist:internal/" + reupload.get(1).id() + "="));
        assertThat(WatchlistImporter.load(store, "internal")).containsExactlyInAnyOrderElementsOf(reupload);
        assertThat(store.get("watchlists", "internal")).hasValueSatisfying(value -> assertThat(value).startsWith("2|"));
    }

    @Test
    void an_entry_too_large_for_one_record_keeps_its_first_aliases_and_is_reported() {
        List<String> aliases = IntStream.range(0, 900).mapToObj(i -> "alias number " + i).toList();
        WatchlistEntry huge = new WatchlistEntry("p1", "Ivan Petrov", aliases, List.of(), List.of(), List.of(), "v1");
        InMemoryRecordStore.TenantRecords store = new InMemoryRecordStore().forTenant("acme");

        List<String> shortened = WatchlistImporter.store(store, "ofac", List.of(huge));

        assertThat(shortened).containsExactly("p1");
        WatchlistEntry stored = WatchlistImporter.load(store, "ofac").get(0);
        assertThat(stored.aliases()).isNotEmpty().hasSizeLessThan(900).isEqualTo(aliases.subList(0, stored.aliases().size()));
    }

    @Test
    void the_record_form_survives_separators_and_line_breaks_in_values() {
        WatchlistEntry entry = new WatchlistEntry("a|b;c", "Name \\ with | odd; chars\nand lines", List.of("x;y", "back\\slash"), List.of("1970"),
                List.of("ru"), List.of("P|1"), "2026-01-01");

        assertThat(WatchlistEntry.decode(entry.encode())).isEqualTo(entry);
    }

    @Test
    void a_list_longer_than_one_page_of_records_is_loaded_whole() {
        InMemoryRecordStore.TenantRecords store = new InMemoryRecordStore().forTenant("acme");
        String names = IntStream.range(0, 2_345).mapToObj(i -> "Person Number" + i).collect(Collectors.joining("\n"));
        List<WatchlistEntry> entries = WatchlistImporter.parseNameList("big", names).entries();
        WatchlistImporter.store(store, "big", entries);

        assertThat(WatchlistImporter.load(store, "big")).hasSize(2_345).containsExactlyInAnyOrderElementsOf(entries);
    }
}
