package com.crcloud.plugins.feedback;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NpsCalculatorTest {

    @Test
    void all_promoters_score_100() {
        assertThat(NpsCalculator.netPromoterScore(List.of(9, 10, 10, 9))).hasValue(100.0);
    }

    @Test
    void all_detractors_score_minus_100() {
        assertThat(NpsCalculator.netPromoterScore(List.of(0, 3, 6))).hasValue(-100.0);
    }

    @Test
    void passives_count_in_the_total_but_on_neither_side() {
        // 2 promoters, 3 passives, 1 detractor of 6: 33.3 % - 16.7 % = 16.7
        assertThat(NpsCalculator.netPromoterScore(List.of(10, 9, 8, 7, 7, 6)).getAsDouble()).isCloseTo(100.0 / 6, within(1e-9));
    }

    @Test
    void a_mixed_example_with_more_detractors_is_negative() {
        // 1 promoter, 1 passive, 2 detractors of 4: 25 % - 50 % = -25
        assertThat(NpsCalculator.netPromoterScore(List.of(10, 8, 5, 0))).hasValue(-25.0);
    }

    @Test
    void an_empty_list_has_no_score_rather_than_zero() {
        assertThat(NpsCalculator.netPromoterScore(List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void an_answer_outside_0_to_10_is_refused(int score) {
        assertThatThrownBy(() -> NpsCalculator.netPromoterScore(List.of(9, score)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got " + score);
    }

    @Test
    void a_null_answer_is_refused() {
        assertThatThrownBy(() -> NpsCalculator.netPromoterScore(Arrays.asList(9, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }

    @ParameterizedTest
    @CsvSource({"0, DETRACTOR", "6, DETRACTOR", "7, PASSIVE", "8, PASSIVE", "9, PROMOTER", "10, PROMOTER"})
    void answers_fall_into_the_standard_bands(int score, NpsCalculator.Category expected) {
        assertThat(NpsCalculator.categorise(score)).isEqualTo(expected);
    }
}
