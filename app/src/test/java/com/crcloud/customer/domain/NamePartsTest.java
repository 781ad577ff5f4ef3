package com.crcloud.customer.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamePartsTest {

    @Test
    void a_name_is_found_by_each_of_its_words_in_lower_case_and_by_the_whole_name_without_separators() {
        assertThat(NameParts.of("Jean-Pierre O'Brien")).containsExactly("jean", "pierre", "o", "brien", "jeanpierreobrien");
    }

    @Test
    void accents_and_full_width_letters_are_folded_in_names_and_search_terms_alike() {
        assertThat(NameParts.of("Dubois-Lefèvre")).contains("lefevre");
        assertThat(NameParts.searchTerms("LEFÈVRE")).containsExactly("lefevre");
        assertThat(NameParts.of("ＡＢＥ Ｋｅｎ")).contains("abe", "ken");
    }

    @Test
    void chinese_names_are_found_by_any_part_written_without_spaces() {
        assertThat(NameParts.of("王小明")).containsExactly("王小明", "小明", "明");
        assertThat(NameParts.of("김민준")).containsExactly("김민준", "민준", "준");
    }

    @Test
    void punctuation_and_quotes_are_separators_and_a_text_without_words_has_no_terms() {
        assertThat(NameParts.searchTerms("Export, \"Round\" Trip")).containsExactly("export", "round", "trip");
        assertThat(NameParts.searchTerms(" ,.- ")).isEmpty();
        assertThat(NameParts.of(null)).isEmpty();
    }

    @Test
    void a_search_uses_at_most_five_terms_and_parts_are_cut_to_the_column_width() {
        assertThat(NameParts.searchTerms("a b c d e f g")).containsExactly("a", "b", "c", "d", "e");
        assertThat(NameParts.of("x".repeat(150))).containsExactly("x".repeat(NameParts.MAX_LENGTH));
    }
}
