package com.crcloud.plugins.feedback;

import com.crcloud.plugin.api.FeedbackChannel.Question;
import com.crcloud.plugin.api.FeedbackChannel.Survey;
import com.crcloud.plugin.api.FeedbackChannel.SurveyAnswer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answers to one survey, checked against the questions the channel asked. Both channels score only
 * validated answers, so a malformed submission is refused with a message naming the question instead of
 * producing a misleading score.
 *
 * <p>An answer without a number (scale) or with blank text (text, choice) counts as not answered. The SDK's
 * {@link Question} has no "required" marker, so each channel passes the ids it requires.
 */
final class Answers {

    static final String SCALE = "SCALE";
    static final String TEXT = "TEXT";
    static final String CHOICE = "CHOICE";

    private final Map<String, SurveyAnswer> byQuestion;

    private Answers(Map<String, SurveyAnswer> byQuestion) {
        this.byQuestion = byQuestion;
    }

    /** The questions by id, keeping their order. */
    static Map<String, Question> byId(Question... questions) {
        Map<String, Question> byId = new LinkedHashMap<>();
        for (Question question : questions) {
            byId.put(question.questionId(), question);
        }
        return byId;
    }

    /**
     * Checks that {@code survey} is this channel's design and returns the questions it asked, taken from the
     * channel's own definitions (so scales and choices cannot be altered on the way back).
     *
     * @param definitions every question the channel can ask, by id
     */
    static List<Question> askedIn(Survey survey, String surveyId, Map<String, Question> definitions) {
        Objects.requireNonNull(survey, "survey");
        if (!surveyId.equals(survey.surveyId())) {
            throw new IllegalArgumentException("This channel scores survey '" + surveyId + "', not '" + survey.surveyId() + "'");
        }
        return survey.questions().stream().map(question -> {
            Question definition = definitions.get(question.questionId());
            if (definition == null) {
                throw new IllegalArgumentException("Survey '" + surveyId + "' never asks question '" + question.questionId() + "'");
            }
            return definition;
        }).toList();
    }

    /**
     * Validates the answers.
     *
     * @param asked    the questions of the survey that was sent
     * @param required ids that must be answered when they were asked
     * @throws IllegalArgumentException for an answer to a question that was not asked, a question answered
     *                                  twice, a number outside the scale, a choice not offered, or a required
     *                                  question left unanswered
     */
    static Answers validate(String surveyId, List<Question> asked, Set<String> required, List<SurveyAnswer> answers) {
        Map<String, Question> questions = byId(asked.toArray(Question[]::new));
        Map<String, SurveyAnswer> byQuestion = new HashMap<>();
        for (SurveyAnswer answer : answers) {
            Objects.requireNonNull(answer, "answer");
            Question question = questions.get(answer.questionId());
            if (question == null) {
                throw new IllegalArgumentException("Survey '" + surveyId + "' has no question '" + answer.questionId() + "'");
            }
            if (byQuestion.containsKey(question.questionId())) {
                throw new IllegalArgumentException("Question '" + question.questionId() + "' is answered more than once");
            }
            if (isAnswered(question, answer)) {
                checkValue(question, answer);
                byQuestion.put(question.questionId(), answer);
            }
        }
        for (String id : questions.keySet()) {
            if (required.contains(id) && !byQuestion.containsKey(id)) {
                throw new IllegalArgumentException("Question '" + id + "' is required but was not answered");
            }
        }
        return new Answers(byQuestion);
    }

    Optional<Integer> number(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId)).map(SurveyAnswer::number);
    }

    Optional<String> text(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId)).map(answer -> answer.text().trim());
    }

    private static boolean isAnswered(Question question, SurveyAnswer answer) {
        return SCALE.equals(question.kind()) ? answer.number() != null : answer.text() != null && !answer.text().isBlank();
    }

    private static void checkValue(Question question, SurveyAnswer answer) {
        if (SCALE.equals(question.kind())) {
            int number = answer.number();
            if (number < question.min() || number > question.max()) {
                throw new IllegalArgumentException("Answer " + number + " to question '" + question.questionId()
                        + "' is outside its scale " + question.min() + ".." + question.max());
            }
        } else if (CHOICE.equals(question.kind()) && !question.choices().contains(answer.text().trim())) {
            throw new IllegalArgumentException("Answer '" + answer.text().trim() + "' to question '" + question.questionId()
                    + "' is not one of " + String.join(", ", question.choices()));
        }
    }
}
