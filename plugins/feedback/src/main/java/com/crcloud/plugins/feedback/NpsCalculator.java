package com.crcloud.plugins.feedback;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Net Promoter Score arithmetic, kept in one place so the per-answer category a survey reports and the
 * aggregate score a dashboard computes can never disagree about where "promoter" starts.
 */
public final class NpsCalculator {

    /** Lowest and highest answer on the 0..10 "how likely are you to recommend us" scale. */
    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 10;

    /** The standard NPS bands; {@link #metric()} is the value reported as the {@code npsCategory} metric. */
    public enum Category {
        /** 9 or 10. */
        PROMOTER(1),
        /** 7 or 8. */
        PASSIVE(0),
        /** 0 to 6. */
        DETRACTOR(-1);

        private final int metric;

        Category(int metric) {
            this.metric = metric;
        }

        public int metric() {
            return metric;
        }
    }

    private NpsCalculator() {
    }

    /**
     * The band of one answer.
     *
     * @throws IllegalArgumentException when the score is outside 0..10
     */
    public static Category categorise(int score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("An NPS answer must be from " + MIN_SCORE + " to " + MAX_SCORE + ", got " + score);
        }
        if (score >= 9) {
            return Category.PROMOTER;
        }
        return score >= 7 ? Category.PASSIVE : Category.DETRACTOR;
    }

    /**
     * The Net Promoter Score of a set of answers: the percentage of promoters minus the percentage of
     * detractors, from -100 (all detractors) to 100 (all promoters). Not rounded, so callers choose how to
     * display it.
     *
     * <p>An empty list has no score rather than a score of 0 (which would claim as many promoters as
     * detractors), so the result is then {@link OptionalDouble#empty()}.
     *
     * @throws IllegalArgumentException when an answer is null or outside 0..10
     */
    public static OptionalDouble netPromoterScore(List<Integer> scores) {
        if (scores.isEmpty()) {
            return OptionalDouble.empty();
        }
        int promoters = 0;
        int detractors = 0;
        for (Integer score : scores) {
            if (score == null) {
                throw new IllegalArgumentException("An NPS answer list must not contain nulls");
            }
            switch (categorise(score)) {
                case PROMOTER -> promoters++;
                case DETRACTOR -> detractors++;
                case PASSIVE -> { }
            }
        }
        return OptionalDouble.of(100.0 * (promoters - detractors) / scores.size());
    }
}
