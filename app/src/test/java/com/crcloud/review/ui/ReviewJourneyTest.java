package com.crcloud.review.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewJourneyTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;

    @Test
    void a_reviewer_picks_a_case_from_the_unassigned_queue_and_takes_it_through_verification_and_assessment_to_a_proposal() {
        actAs(LENDER, "tenant-admin");
        Customer customer = customers.save(TestCustomers.reviewable("Queue Journey", "20000.00"), null);
        ReviewCase unassigned = cases.open(customer.getId(), CaseTrigger.INITIAL);

        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(WorkQueueView.class);
        Tabs tabs = _get(Tabs.class);
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("queue-unassigned")));
        Grid<WorkQueueView.Row> queue = _get(Grid.class, spec -> spec.withId("case-queue"));
        List<WorkQueueView.Row> rows = _findAll(queue);
        int row = rows.stream().map(WorkQueueView.Row::id).toList().indexOf(unassigned.getId());
        assertThat(row).as("the new case is in the unassigned queue").isNotNegative();
        _clickItem(queue, row);
        assertThat(currentView()).isEqualTo(ReviewCaseView.class);

        _click(_get(Button.class, spec -> spec.withId("claim-case")));
        assertThat(_get(Span.class, spec -> spec.withId("case-assignee")).getText()).contains("reviewer");
        _click(_get(Button.class, spec -> spec.withId("start-verification")));
        assertThat(stage()).isEqualTo(CaseStage.VERIFYING);
        openTab("tab-checks");
        assertThat(_findAll(_get(Grid.class, spec -> spec.withId("steps-verifying")))).isNotEmpty();
        _click(_get(Button.class, spec -> spec.withId("start-assessment")));
        assertThat(stage()).isEqualTo(CaseStage.ASSESSING);
        assertThat(_findAll(_get(Grid.class, spec -> spec.withId("steps-assessing")))).isNotEmpty();

        openTab("tab-decision");
        _setValue(_get(Select.class, spec -> spec.withId("override-risk-class")), RiskClass.HIGH);
        _setValue(_get(TextArea.class, spec -> spec.withId("override-justification")), "too short");
        _click(_get(Button.class, spec -> spec.withId("save-override")));
        assertThat(notificationTexts()).anyMatch(text -> text.contains("written justification"));
        _setValue(_get(TextArea.class, spec -> spec.withId("override-justification")),
                "Employer is in a sector under restructuring; treat as high risk.");
        _click(_get(Button.class, spec -> spec.withId("save-override")));
        openTab("tab-model");
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-override")).getText()).contains("High", "restructuring");

        openTab("tab-decision");
        decide(DecisionOutcome.APPROVED, DecisionReason.MEETS_POLICY, "submit-decision");

        assertThat(stage()).as("HIGH risk needs a second person").isEqualTo(CaseStage.AWAITING_APPROVAL);
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-proposal")).getText()).contains("reviewer", "Approve");
        _assertNone(Button.class, spec -> spec.withId("confirm-decision"));
    }

    @Test
    void an_approver_finds_the_proposal_in_their_queue_approves_it_and_the_customer_gets_a_letter() {
        ReviewCase proposed = proposedByReviewer("Approver Journey");

        signIn(LENDER, "approver");
        UI.getCurrent().navigate(WorkQueueView.class);
        Grid<WorkQueueView.Row> queue = _get(Grid.class, spec -> spec.withId("case-queue"));
        List<WorkQueueView.Row> rows = _findAll(queue);
        int row = rows.stream().map(WorkQueueView.Row::id).toList().indexOf(proposed.getId());
        assertThat(row).as("the proposal waits in the approver's first queue").isNotNegative();
        _clickItem(queue, row);

        openTab("tab-decision");
        decide(DecisionOutcome.APPROVED, DecisionReason.VERIFIED_INCOME, "confirm-decision");

        assertThat(stage()).isEqualTo(CaseStage.APPROVED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-decision")).getText()).contains("approver");
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-applied")).getText()).contains("20,000.00", "CNY", "C");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-letter")).getHref()).isNotBlank();
    }

    @Test
    void an_approver_returns_a_proposal_with_a_note_and_the_reviewer_sees_it_in_the_comments() {
        ReviewCase proposed = proposedByReviewer("Returned Proposal");

        signIn(LENDER, "approver");
        UI.getCurrent().navigate(ReviewCaseView.class, ReviewCaseView.parameters(proposed.getId()));
        openTab("tab-decision");
        _click(_get(Button.class, spec -> spec.withId("return-to-reviewer")));
        assertThat(notificationTexts()).anyMatch(text -> text.contains("Write a note"));
        _setValue(_get(TextArea.class, spec -> spec.withId("return-note")), "Please attach the latest payslip.");
        _click(_get(Button.class, spec -> spec.withId("return-to-reviewer")));

        assertThat(stage()).isEqualTo(CaseStage.ASSESSING);
        openTab("tab-comments");
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("comment-list")).getElement()
                .getTextRecursively()).contains("latest payslip");
    }

    @Test
    void the_reviewer_who_proposed_sees_no_approval_buttons_on_their_own_proposal() {
        ReviewCase proposed = proposedByReviewer("Own Proposal View");

        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(ReviewCaseView.class, ReviewCaseView.parameters(proposed.getId()));
        openTab("tab-decision");

        assertThat(_get(Paragraph.class, spec -> spec.withId("case-proposal")).getText()).contains("reviewer");
        _assertNone(Button.class, spec -> spec.withId("confirm-decision"));
        _assertNone(Button.class, spec -> spec.withId("return-to-reviewer"));
    }

    private ReviewCase proposedByReviewer(String name) {
        actAs(LENDER, "reviewer");
        return new TestCases(cases).proposedHighRiskApproval(customers.save(TestCustomers.reviewable(name, "20000.00"), null));
    }

    @SuppressWarnings("unchecked")
    private static void decide(DecisionOutcome outcome, DecisionReason reason, String buttonId) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("decision-outcome")), outcome);
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("decision-reasons")), Set.of(reason));
        _click(_get(Button.class, spec -> spec.withId(buttonId)));
    }

    private static CaseStage stage() {
        return CaseStage.valueOf(_get(Span.class, spec -> spec.withId("case-stage")).getElement().getAttribute("data-stage"));
    }
}
