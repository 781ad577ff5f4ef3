package com.crcloud.plugins.compliance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NameMatcherTest {

    private static NameMatcher.Match compare(String a, String b) {
        return NameMatcher.compare(NameMatcher.prepare(a), NameMatcher.prepare(b));
    }

    @ParameterizedTest(name = "{0} ~ {1} scores at least {2}")
    @CsvSource(delimiterString = "|", value = {
            "Ivan Petrov              | Petrov Ivan          | 1.0",
            "IVAN PETROV              | ivan petrov          | 1.0",
            "John Michael Smith       | John Smith           | 0.97",
            "José García              | Jose Garcia          | 1.0",
            "François Müller-Lüdenscheidt | Francois Muller Ludenscheidt | 1.0",
            "Jean-Luc O'Neil          | jean luc oneil       | 1.0",
            "Ivan Petrov              | Ivan Petrova         | 0.9",
            "王小明                    | Wang Xiaoming        | 1.0",
            "王小明                    | Xiaoming Wang        | 1.0",
            "王小明                    | WANG Xiao Ming       | 1.0",
            "Wang Xiaoming            | WANG Xiao-Ming       | 1.0",
            "王 小明                   | 王小明               | 1.0",
            "单小明                    | Shan Xiaoming        | 1.0",
            "曾小明                    | Zeng Xiaoming        | 1.0",
            "欧阳小明                  | Ouyang Xiaoming      | 1.0",
            "吕小明                    | Lu Xiaoming          | 1.0",
            "Abdul Rahman Al-Sayed    | Abdulrahman Al Sayed | 1.0"})
    void variants_of_the_same_name_score_high(String a, String b, double atLeast) {
        assertThat(compare(a, b).score()).isGreaterThanOrEqualTo(atLeast);
        assertThat(compare(b, a).score()).as("symmetric").isGreaterThanOrEqualTo(atLeast);
    }

    @ParameterizedTest(name = "{0} ~ {1} stays below {2}")
    @CsvSource(delimiterString = "|", value = {
            "John Smith     | Maria Garcia   | 0.3",
            "Ivan Petrov    | Ivan Ivanov    | 0.85",
            "Wang Xiaoming  | Wang Xiaohong  | 0.85",
            "王小明          | 王小红          | 0.85",
            "王小明          | Li Xiaoming    | 0.85",
            "Smith          | John Smith     | 0.85",
            "Ivan Petrov    | Pavel Petrov   | 0.85",
            "Wang Xiaoming  | Wang Ming      | 0.85",
            "Chen Wei       | Chen Jie       | 0.85"})
    void different_people_stay_below_the_default_threshold(String a, String b, double below) {
        assertThat(compare(a, b).score()).isLessThan(below);
    }

    @Test
    void the_same_pinyin_in_different_characters_is_capped_and_said() {
        NameMatcher.Match match = compare("王小明", "汪小明");

        assertThat(match.score()).isEqualTo(NameMatcher.SAME_SOUND_CAP);
        assertThat(match.explain(false)).contains("same pinyin but different Chinese characters");
        assertThat(match.explain(true)).contains("拼音相同但汉字不同");
    }

    @Test
    void explanations_say_what_differed() {
        assertThat(compare("Ivan Petrov", "Petrov Ivan").explain(false)).isEqualTo("same words in a different order");
        assertThat(compare("John Michael Smith", "John Smith").explain(false)).isEqualTo("only one name has: michael");
        assertThat(compare("Wang Xiaoming", "王小明").explain(false)).isEqualTo("compared in pinyin: 王小明 → wang xiaoming");
        assertThat(compare("José Garcia", "Jose Garcia").explain(true)).isEqualTo("姓名一致（忽略大小写、重音符号和标点）");
        assertThat(compare("Ivan Petrov", "Ivan Petrob").explain(false)).startsWith("close spellings: petrov ~ petrob (0.");
        assertThat(compare("Wang Xiao Ming", "Wang Xiaoming").explain(false)).contains("written together or apart");
    }

    @ParameterizedTest
    @CsvSource({"MARTHA, MARHTA, 0.961", "DWAYNE, DUANE, 0.840", "DIXON, DICKSONX, 0.813", "ABC, XYZ, 0", "SAME, SAME, 1"})
    void jaro_winkler_gives_the_published_reference_values(String s, String t, double expected) {
        assertThat(NameMatcher.jaroWinkler(s, t)).isCloseTo(expected, within(0.001));
    }

    @Test
    void tokens_drop_accents_case_and_punctuation() {
        assertThat(NameMatcher.tokens("  Dr. Łukasz  Żółć-Straße, O’Brien ")).containsExactly("dr", "lukasz", "zolc", "strasse", "obrien");
    }
}
