package com.crcloud.plugin.api;

import org.pf4j.ExtensionPoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decides when to ask customers for feedback, what to ask, and how to score the answers. */
public interface FeedbackChannel extends ExtensionPoint, Configurable {

    /** The survey to send after this event, or empty when this channel does not ask now. */
    Optional<Survey> surveyFor(ExtensionContext context, LifecycleEvent event);

    /** Scores a completed survey. */
    SurveyScore score(ExtensionContext context, Survey survey, List<SurveyAnswer> answers);

    /**
     * A survey: its questions, in order.
     *
     * @param surveyId a stable id of this survey design, e.g. {@code "post-decision-v1"}
     */
    record Survey(String surveyId, List<Question> questions) {
        public Survey {
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question. {@code kind} is {@code SCALE} (with min/max, e.g. CSAT 1..5 or NPS 0..10), {@code TEXT} or
     * {@code CHOICE} (with choices).
     */
    record Question(String questionId, String kind, String text, int min, int max, List<String> choices) {
        public Question {
            choices = List.copyOf(choices);
        }
    }

    /** An answer: a number for scales, text for text and choice questions. */
    record SurveyAnswer(String questionId, Integer number, String text) {
    }

    /**
     * The scored survey.
     *
     * @param metrics named results, e.g. {@code csat=4}, {@code nps=9}
     * @param flags   follow-ups the host should raise, e.g. {@code DETRACTOR} or {@code COMPLAINT}
     */
    record SurveyScore(Map<String, Double> metrics, List<String> flags) {
        public SurveyScore {
            metrics = Map.copyOf(metrics);
            flags = List.copyOf(flags);
        }
    }
}
