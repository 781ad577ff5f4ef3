package com.crcloud.feedback.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.feedback.domain.Complaint;
import com.crcloud.feedback.domain.ComplaintCategory;
import com.crcloud.feedback.domain.ComplaintChannel;
import com.crcloud.feedback.domain.ComplaintStatus;
import com.crcloud.feedback.domain.CustomerSurvey;
import com.crcloud.feedback.domain.SurveyStatus;
import com.crcloud.feedback.service.ComplaintService;
import com.crcloud.feedback.service.SurveyService;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CaseProposal;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.ui.CustomerReviewsView;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class FeedbackViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    SurveyService surveys;
    @Autowired
    ComplaintService complaints;

    @Test
    void a_reviewer_records_the_customers_survey_answers_after_correcting_an_answer_off_the_scale() {
        signIn(LENDER, "reviewer");
        ReviewCase decided = rejected("Survey Caller");
        UI.getCurrent().navigate(CustomerReviewsView.class, new RouteParameters("customerId", decided.getCustomerId().toString()));
        _click(_get(Button.class, spec -> spec.withId("open-feedback")));
        assertThat(currentView()).isEqualTo(FeedbackView.class);

        Grid<CustomerSurvey> grid = _get(Grid.class, spec -> spec.withId("customer-surveys"));
        List<CustomerSurvey> listed = _findAll(grid);
        grid.select(listed.stream().filter(survey -> survey.getSurveyId().equals("post-decision-v1")).findFirst().orElseThrow());
        IntegerField csat = _get(IntegerField.class, spec -> spec.withId("answer-csat"));
        IntegerField nps = _get(IntegerField.class, spec -> spec.withId("answer-nps"));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("answer-comment"));
        assertThat(csat.getLabel()).isEqualTo("How satisfied are you with how your application was handled?");
        _setValue(csat, 7);
        _setValue(nps, 9);
        _setValue(comment, "Quick and clear.");
        _click(_get(Button.class, spec -> spec.withId("record-answers")));

        assertThat(csat.isInvalid()).isTrue();
        assertThat(csat.getErrorMessage()).isEqualTo("The answer must be from 1 to 5");
        assertThat(nps.getValue()).as("nothing typed is lost").isEqualTo(9);
        assertThat(comment.getValue()).isEqualTo("Quick and clear.");

        _setValue(csat, 4);
        _click(_get(Button.class, spec -> spec.withId("record-answers")));

        assertThat(notificationTexts()).contains("The answers were recorded and scored.");
        CustomerSurvey answered = surveys.surveysOf(decided.getCustomerId()).stream()
                .filter(survey -> survey.getSurveyId().equals("post-decision-v1")).findFirst().orElseThrow();
        assertThat(answered.getStatus()).isEqualTo(SurveyStatus.ANSWERED);
        int row = _findAll(grid).indexOf(answered);
        assertThat(String.join(" ", _getFormattedRow(grid, row))).contains("Answered", "csat 4", "nps 9", "npsCategory 1");
    }

    @Test
    void a_missing_answer_the_plugin_requires_is_explained_and_the_entries_stay() {
        signIn(LENDER, "reviewer");
        ReviewCase decided = rejected("Complaint Form Caller");
        UI.getCurrent().navigate(FeedbackView.class, FeedbackView.parameters(decided.getCustomerId()));

        Grid<CustomerSurvey> grid = _get(Grid.class, spec -> spec.withId("customer-surveys"));
        grid.select(_findAll(grid).stream().filter(survey -> survey.getSurveyId().equals("complaint-v1")).findFirst().orElseThrow());
        _setValue(_get(ComboBox.class, spec -> spec.withId("answer-category")), "FEES");
        _click(_get(Button.class, spec -> spec.withId("record-answers")));

        assertThat(_get(Span.class, spec -> spec.withId("survey-error")).getText())
                .startsWith("The feedback plugin did not accept these answers").contains("'description' is required");
        assertThat(_get(ComboBox.class, spec -> spec.withId("answer-category")).getValue()).isEqualTo("FEES");
    }

    @Test
    void a_reviewer_logs_a_complaint_and_resolves_it_once_the_resolution_is_written() {
        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Phone Complainer", "7000.00"), null);
        UI.getCurrent().navigate(FeedbackView.class, FeedbackView.parameters(customer.getId()));

        _click(_get(Button.class, spec -> spec.withId("log-complaint")));
        TextArea description = _get(TextArea.class, spec -> spec.withId("complaint-description"));
        _setValue(description, "Waited 40 minutes on the phone.");
        _click(_get(Button.class, spec -> spec.withId("save-complaint")));
        Select<ComplaintChannel> channel = _get(Select.class, spec -> spec.withId("complaint-channel"));
        assertThat(channel.isInvalid()).isTrue();
        assertThat(channel.getErrorMessage()).isEqualTo("Required");
        assertThat(description.getValue()).isEqualTo("Waited 40 minutes on the phone.");

        _setValue(channel, ComplaintChannel.PHONE);
        _setValue(_get(Select.class, spec -> spec.withId("complaint-category")), ComplaintCategory.SERVICE);
        _click(_get(Button.class, spec -> spec.withId("save-complaint")));

        Grid<Complaint> grid = _get(Grid.class, spec -> spec.withId("customer-complaints"));
        assertThat(String.join(" ", _getFormattedRow(grid, 0))).contains("Phone", "Service", "Open", "Waited 40 minutes");
        grid.select(_findAll(grid).get(0));
        _click(_get(Button.class, spec -> spec.withId("start-complaint")));
        assertThat(String.join(" ", _getFormattedRow(grid, 0))).contains("In progress");
        _click(_get(Button.class, spec -> spec.withId("resolve-complaint")));
        TextArea resolution = _get(TextArea.class, spec -> spec.withId("complaint-resolution"));
        assertThat(resolution.isInvalid()).isTrue();

        _setValue(resolution, "Called back, apologised, call-back slot offered.");
        _click(_get(Button.class, spec -> spec.withId("resolve-complaint")));

        assertThat(complaints.complaintsOf(customer.getId())).singleElement().satisfies(complaint -> {
            assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.RESOLVED);
            assertThat(complaint.getResolvedBy()).isEqualTo("reviewer");
        });
        assertThat(String.join(" ", _getFormattedRow(grid, 0))).contains("Resolved", "Called back", "reviewer");
    }

    @Test
    void an_auditor_reads_surveys_and_complaints_without_forms_to_change_them() {
        signIn(LENDER, "reviewer");
        ReviewCase decided = rejected("Audited Feedback");
        signIn(LENDER, "auditor");
        UI.getCurrent().navigate(FeedbackView.class, FeedbackView.parameters(decided.getCustomerId()));

        Grid<CustomerSurvey> grid = _get(Grid.class, spec -> spec.withId("customer-surveys"));
        assertThat(_findAll(grid)).hasSize(2);
        grid.select(_findAll(grid).get(0));
        assertThat(_find(Button.class, spec -> spec.withId("log-complaint"))).as("hidden").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("record-answers"))).isEmpty();
    }

    private ReviewCase rejected(String name) {
        Customer customer = customers.save(TestCustomers.reviewable(name, "6000.00"), null);
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);
        reviewCase = cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        reviewCase = cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        return cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.REJECTED, List.of(DecisionReason.AFFORDABILITY), null), Locale.ENGLISH);
    }
}
