package com.crcloud.feedback.ui;

import com.crcloud.feedback.domain.Complaint;
import com.crcloud.feedback.domain.ComplaintCategory;
import com.crcloud.feedback.domain.ComplaintChannel;
import com.crcloud.feedback.service.NewComplaint;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fields of a new complaint: channel, category, the case it concerns (optional), when it came in, what it says. */
class ComplaintForm extends FormLayout {

    private final Select<ComplaintChannel> channel = Fields.labelled(new Select<>(), "complaint-channel", "complaint.channel");
    private final Select<ComplaintCategory> category = Fields.labelled(new Select<>(), "complaint-category", "complaint.category");
    private final ComboBox<ReviewCase> reviewCase = Fields.labelled(new ComboBox<>(), "complaint-case", "complaint.caseId");
    private final DateTimePicker receivedAt = Fields.labelled(new DateTimePicker(), "complaint-received-at", "complaint.receivedAt");
    private final TextArea description = Fields.labelled(new TextArea(), "complaint-description", "complaint.description");
    private final ZoneId zone;

    ComplaintForm(ZoneId zone) {
        this.zone = zone;
        channel.setItems(ComplaintChannel.values());
        channel.setItemLabelGenerator(value -> getTranslation("complaint.channel." + value.name()));
        category.setItems(ComplaintCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("complaint.category." + value.name()));
        reviewCase.setItemLabelGenerator(ReviewCase::getReference);
        reviewCase.setClearButtonVisible(true);
        description.setMaxLength(Complaint.DESCRIPTION_LENGTH);
        add(channel, category, reviewCase, receivedAt, description);
        setColspan(description, 2);
    }

    /** Empties the form for a new complaint received now, which may concern one of these cases. */
    void reset(List<ReviewCase> cases, LocalDateTime now) {
        reviewCase.setItems(cases);
        channel.clear();
        category.clear();
        reviewCase.clear();
        description.clear();
        receivedAt.setValue(now);
        mark(List.of());
    }

    NewComplaint entered(UUID customerId) {
        return new NewComplaint(customerId, reviewCase.getValue() == null ? null : reviewCase.getValue().getId(), channel.getValue(),
                category.getValue(), description.getValue(),
                receivedAt.getValue() == null ? null : receivedAt.getValue().atZone(zone).toInstant());
    }

    /** Marks the fields the problems name; returns the problems that name no field of this form. */
    List<FieldProblem> mark(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = Map.of("channel", channel, "category", category, "caseId", reviewCase,
                "receivedAt", receivedAt, "description", description);
        fields.values().forEach(field -> field.setInvalid(false));
        return problems.stream().filter(problem -> {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                return true;
            }
            field.setErrorMessage(Problems.message(this, problem));
            field.setInvalid(true);
            return false;
        }).toList();
    }
}
