package com.crcloud.review.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static com.crcloud.review.domain.CaseStage.APPROVED;
import static com.crcloud.review.domain.CaseStage.ASSESSING;
import static com.crcloud.review.domain.CaseStage.AWAITING_APPROVAL;
import static com.crcloud.review.domain.CaseStage.COLLECTING;
import static com.crcloud.review.domain.CaseStage.MORE_INFO_REQUESTED;
import static com.crcloud.review.domain.CaseStage.REJECTED;
import static com.crcloud.review.domain.CaseStage.VERIFYING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseStageTest {

    /** The review process as the compliance team wrote it down; the enum must allow exactly these moves. */
    private static final Map<CaseStage, Set<CaseStage>> AGREED = Map.of(
            COLLECTING, EnumSet.of(VERIFYING),
            VERIFYING, EnumSet.of(ASSESSING, MORE_INFO_REQUESTED, REJECTED),
            ASSESSING, EnumSet.of(ASSESSING, AWAITING_APPROVAL, APPROVED, REJECTED, MORE_INFO_REQUESTED),
            AWAITING_APPROVAL, EnumSet.of(ASSESSING, APPROVED, REJECTED, MORE_INFO_REQUESTED),
            APPROVED, EnumSet.noneOf(CaseStage.class),
            REJECTED, EnumSet.noneOf(CaseStage.class),
            MORE_INFO_REQUESTED, EnumSet.of(COLLECTING));

    static Stream<Arguments> everyPairOfStages() {
        return Arrays.stream(CaseStage.values()).flatMap(from -> Arrays.stream(CaseStage.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStages")
    void a_case_moves_only_along_the_agreed_transitions(CaseStage from, CaseStage to) {
        ReviewCase reviewCase = caseIn(from);
        boolean legal = AGREED.get(from).contains(to);

        assertThat(from.mayMoveTo(to)).isEqualTo(legal);
        if (legal) {
            reviewCase.moveTo(to, Instant.EPOCH, Instant.EPOCH);
            assertThat(reviewCase.getStage()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> reviewCase.moveTo(to, Instant.EPOCH, Instant.EPOCH))
                    .isInstanceOf(IllegalStageChangeException.class);
            assertThat(reviewCase.getStage()).isEqualTo(from);
        }
    }

    @Test
    void only_approval_and_rejection_close_a_case() {
        assertThat(Arrays.stream(CaseStage.values()).filter(CaseStage::isClosed)).containsExactlyInAnyOrder(APPROVED, REJECTED);
    }

    @Test
    void a_case_waiting_for_the_customer_stays_open_and_collects_again_on_new_data() {
        ReviewCase reviewCase = caseIn(MORE_INFO_REQUESTED);

        reviewCase.moveTo(COLLECTING, Instant.EPOCH, Instant.EPOCH);

        assertThat(reviewCase.getStage()).isEqualTo(COLLECTING);
    }

    /** Walks a new case along legal moves to the wanted stage. */
    private static ReviewCase caseIn(CaseStage stage) {
        ReviewCase reviewCase = new ReviewCase("RC-TEST", UUID.randomUUID(), CaseTrigger.INITIAL, "tester", Instant.EPOCH, Instant.EPOCH);
        var path = switch (stage) {
            case COLLECTING -> new CaseStage[]{};
            case VERIFYING -> new CaseStage[]{VERIFYING};
            case ASSESSING -> new CaseStage[]{VERIFYING, ASSESSING};
            case AWAITING_APPROVAL -> new CaseStage[]{VERIFYING, ASSESSING, AWAITING_APPROVAL};
            case APPROVED -> new CaseStage[]{VERIFYING, ASSESSING, APPROVED};
            case REJECTED -> new CaseStage[]{VERIFYING, REJECTED};
            case MORE_INFO_REQUESTED -> new CaseStage[]{VERIFYING, MORE_INFO_REQUESTED};
        };
        for (CaseStage next : path) {
            reviewCase.moveTo(next, Instant.EPOCH, Instant.EPOCH);
        }
        return reviewCase;
    }
}
