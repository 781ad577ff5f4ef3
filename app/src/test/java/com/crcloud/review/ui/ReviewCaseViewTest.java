package com.crcloud.review.ui;

import com.crcloud.customer.service.CustomerService;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewCaseViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;

    @Test
    void the_case_opens_on_the_model_and_builds_each_other_tab_when_it_is_first_opened() {
        ReviewCase assessed = assessed("Lazy Tabs");

        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(ReviewCaseView.class, ReviewCaseView.parameters(assessed.getId()));
        assertThat(_get(Div.class, spec -> spec.withId("case-model")).getElement().getTextRecursively()).contains("Score (model)");
        _assertNone(Grid.class, spec -> spec.withId("steps-assessing"));
        _assertNone(Grid.class, spec -> spec.withId("history-grid"));

        openTab("tab-checks");
        assertThat(_findAll(_get(Grid.class, spec -> spec.withId("steps-verifying")))).isNotEmpty();
        assertThat(_findAll(_get(Grid.class, spec -> spec.withId("steps-assessing")))).isNotEmpty();

        openTab("tab-decision");
        _get(Button.class, spec -> spec.withId("submit-decision"));
        _get(Button.class, spec -> spec.withId("save-override"));

        openTab("tab-history");
        assertThat(_findAll(_get(Grid.class, spec -> spec.withId("history-grid")))).isNotEmpty();
    }

    @Test
    void the_comments_tab_builds_its_list_when_first_opened_and_shows_a_new_comment_at_once() {
        ReviewCase assessed = assessed("Lazy Comments");

        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(ReviewCaseView.class, ReviewCaseView.parameters(assessed.getId()));
        _assertNone(VerticalLayout.class, spec -> spec.withId("comment-list"));

        openTab("tab-comments");
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text")), "Payslip checked against the bank statement.");
        _click(_get(Button.class, spec -> spec.withId("add-comment")));

        assertThat(_get(VerticalLayout.class, spec -> spec.withId("comment-list")).getElement().getTextRecursively())
                .contains("Payslip checked against the bank statement.");
    }

    private ReviewCase assessed(String name) {
        actAs(LENDER, "reviewer");
        return new TestCases(cases).assessed(customers.save(TestCustomers.reviewable(name, "20000.00"), null));
    }
}
