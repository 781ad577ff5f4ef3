package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.RecordStore;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import com.crcloud.plugins.kyc.IdentitySource.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class ReferenceFileIdentitySourceTest {

    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final RecordStore store = records.forTenant(TestSupport.TENANT);
    private final ReferenceFileIdentitySource source = new ReferenceFileIdentitySource(store);

    @Test
    void a_list_with_header_blank_lines_crlf_and_byte_order_mark_is_parsed_in_file_order() {
        String csv = "\uFEFFid_number,name\r\n11010519491231002x, 王芳 \r\n\r\n  \r\nE12345678,Li Lei\r\n";

        assertThat(ReferenceFileIdentitySource.parse(csv))
                .containsExactly(entry("11010519491231002X", "王芳"), entry("E12345678", "Li Lei"));
    }

    @Test
    void the_header_row_is_optional() {
        assertThat(ReferenceFileIdentitySource.parse("11010519491231002X,王芳")).containsExactly(entry("11010519491231002X", "王芳"));
    }

    @Test
    void a_repeated_row_with_the_same_name_is_stored_once() {
        assertThat(ReferenceFileIdentitySource.parse("11010519491231002X,王芳\n11010519491231002x,王 芳")).hasSize(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "11010519491231002X,王芳|no comma here; line 2: expected 2 fields \"idNumber,name\" but found 1",
            "11010519491231002X,王芳,北京; line 1: expected 2 fields \"idNumber,name\" but found 3",
            "11010519491231002X,  ; line 1: the name is blank",
            ",王芳; line 1: the ID number must be 1 to 200 letters or digits",
            "1.10105E+17,王芳; line 1: the ID number must be 1 to 200 letters or digits",
            "11010519491231002X,王芳|id_number,name; line 2: the ID number must be 1 to 200 letters or digits",
            "11010519491231002X,王芳|E12345678,Li Lei|11010519491231002x,李雷; line 3: the ID number is already on line 1 with a different name",
    })
    void a_malformed_line_is_reported_with_its_line_number(String lines, String problem) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReferenceFileIdentitySource.parse(lines.replace('|', '\n')))
                .withMessage("The identity reference list has 1 malformed line(s): " + problem);
    }

    @Test
    void every_malformed_line_is_reported_counting_blank_lines_and_without_personal_data() {
        String csv = "id_number,name\n11010519491231002X\n\nE12345678,Li Lei\n,张伟\n";

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReferenceFileIdentitySource.parse(csv))
                .withMessageStartingWith("The identity reference list has 2 malformed line(s): line 2: ")
                .withMessageContaining("; line 5: ")
                .withMessageNotContaining("11010519491231002X")
                .withMessageNotContaining("张伟");
    }

    @Test
    void importing_stores_one_record_per_id_number_and_returns_the_count() {
        int stored = ReferenceFileIdentitySource.importInto(store, "id_number,name\n11010519491231002X,王芳\nE12345678,Li Lei\n");

        assertThat(stored).isEqualTo(2);
        assertThat(store.keys("identity-reference")).containsExactly("11010519491231002X", "E12345678");
        assertThat(store.get("identity-reference", "11010519491231002X")).contains("王芳");
    }

    @Test
    void a_malformed_list_stores_nothing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReferenceFileIdentitySource.importInto(store, "11010519491231002X,王芳\nbroken"));
        assertThat(store.keys("identity-reference")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @CsvSource({
            "王芳,              ' 王 芳 ',          true",
            "王芳,              王　芳,             true",   // ideographic space
            "ＷＡＮＧ　Ｆａｎｇ,  wang fang,          true",   // full-width letters and space
            "Wang Fang,         WANGFANG,           true",
            "Li Lei,            'Li\u00A0Lei',      true",   // no-break space
            "王芳,              王方,               false",
            "Wang Fang,         Wang Feng,          false",
    })
    void names_compare_ignoring_whitespace_case_and_full_width_forms(String registered, String recorded, boolean same) {
        assertThat(ReferenceFileIdentitySource.normaliseName(registered).equals(ReferenceFileIdentitySource.normaliseName(recorded)))
                .isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}/{1}: {2}")
    @CsvSource({
            "ＷＡＮＧ　ＦＡＮＧ, 11010519491231002x, MATCH",
            "王芳,             １１０１０５１９４９１２３１００２Ｘ, NAME_MISMATCH",
            "李雷,             11010519491231002X, NAME_MISMATCH",
            "王芳,             110105194912310038, NOT_FOUND",
    })
    void lookups_normalise_the_id_number_and_compare_names(String name, String idNumber, Result expected) {
        store.put("identity-reference", "11010519491231002X", "Wang Fang");

        assertThat(source.lookup(name, idNumber)).isEqualTo(expected);
    }

    @Test
    void without_an_uploaded_list_the_source_is_unavailable() {
        assertThat(source.lookup("王芳", "11010519491231002X")).isEqualTo(Result.UNAVAILABLE);
    }

    @Test
    void an_imported_list_is_found_by_lookups() {
        ReferenceFileIdentitySource.importInto(store, "11010519491231002X,王芳");

        assertThat(source.lookup("王芳", "11010519491231002x")).isEqualTo(Result.MATCH);
        assertThat(source.lookup("李雷", "11010519491231002X")).isEqualTo(Result.NAME_MISMATCH);
    }
}
