package com.crcloud.feedback.ui;

import com.crcloud.plugin.api.FeedbackChannel.Question;
import com.crcloud.plugin.api.FeedbackChannel.SurveyAnswer;
import com.crcloud.feedback.service.SurveyService;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form generated from a survey's questions: a number field bounded by the scale, a list of the offered choices,
 * or a text area. Field ids are {@code answer-<questionId>}.
 */
class SurveyAnswerForm extends VerticalLayout {

    private final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();

    SurveyAnswerForm(List<Question> questions) {
        setPadding(false);
        for (Question question : questions) {
            AbstractField<?, ?> field = switch (question.kind()) {
                case "SCALE" -> {
                    IntegerField number = new IntegerField(question.text());
                    number.setMin(question.min());
                    number.setMax(question.max());
                    number.setStepButtonsVisible(true);
                    number.setHelperText(getTranslation("survey.scale", question.min(), question.max()));
                    yield number;
                }
                case "CHOICE" -> {
                    ComboBox<String> choice = new ComboBox<>(question.text());
                    choice.setItems(question.choices());
                    yield choice;
                }
                default -> {
                    TextArea text = new TextArea(question.text());
                    text.setMaxLength(SurveyService.TEXT_ANSWER_LENGTH);
                    text.setWidth("32rem");
                    yield text;
                }
            };
            field.setId("answer-" + question.questionId());
            fields.put(question.questionId(), field);
            add(field);
        }
    }

    /** Every question's answer as entered; empty ones are left out by the service. */
    List<SurveyAnswer> answers() {
        return fields.entrySet().stream().map(entry -> {
            Object value = entry.getValue().getValue();
            return value instanceof Integer number ? new SurveyAnswer(entry.getKey(), number, null)
                    : new SurveyAnswer(entry.getKey(), null, value == null ? null : value.toString());
        }).toList();
    }

    /** Marks the fields the problems name; returns the problems that name no field of this form. */
    List<FieldProblem> mark(List<FieldProblem> problems) {
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
        return problems.stream().filter(problem -> {
            AbstractField<?, ?> field = fields.get(problem.field());
            if (field == null) {
                return true;
            }
            ((HasValidation) field).setErrorMessage(Problems.message(this, problem));
            ((HasValidation) field).setInvalid(true);
            return false;
        }).toList();
    }
}
