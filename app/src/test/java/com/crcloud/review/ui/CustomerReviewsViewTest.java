package com.crcloud.review.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.TimelineEntry;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerReviewsViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;

    @Test
    void a_reviewer_starts_a_review_from_the_customer_and_lands_on_the_new_case() {
        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Start From Customer", "9000.00"), null);
        UI.getCurrent().navigate(CustomerReviewsView.class, new RouteParameters(CustomerReviewsView.PARAMETER, customer.getId().toString()));

        _click(_get(Button.class, spec -> spec.withId("start-review")));

        assertThat(currentView()).isEqualTo(ReviewCaseView.class);
        assertThat(cases.openCaseOf(customer.getId())).isPresent();
    }

    @Test
    void the_timeline_lists_the_record_the_case_its_override_and_its_decision_in_the_readers_language_newest_first() {
        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Timeline Reader", "5000.00"), "walk-in");
        new TestCases(cases).decidedAs(customer, RiskClass.LOW, DecisionOutcome.REJECTED, DecisionReason.AFFORDABILITY);

        UI.getCurrent().navigate(CustomerReviewsView.class, new RouteParameters(CustomerReviewsView.PARAMETER, customer.getId().toString()));

        Grid<TimelineEntry> timeline = _get(Grid.class, spec -> spec.withId("customer-timeline"));
        List<TimelineEntry> entries = _findAll(timeline);
        // The surveys the feedback plugin offers after the decision come last; of the case's own events the message does.
        assertThat(entries).filteredOn(entry -> entry.kind() != TimelineEntry.Kind.SURVEY_SENT).first()
                .extracting(TimelineEntry::kind).isEqualTo(TimelineEntry.Kind.MESSAGE);
        assertThat(entries).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.CUSTOMER_CHANGED, TimelineEntry.Kind.CASE_OPENED,
                TimelineEntry.Kind.OVERRIDE, TimelineEntry.Kind.DECISION, TimelineEntry.Kind.STAGE_CHANGED);
        int decision = entries.stream().map(TimelineEntry::kind).toList().indexOf(TimelineEntry.Kind.DECISION);
        assertThat(String.join(" ", _getFormattedRow(timeline, decision)))
                .contains("Rejected", "Repayments would not be affordable", "reviewer");
        int created = entries.stream().map(TimelineEntry::kind).toList().lastIndexOf(TimelineEntry.Kind.CUSTOMER_CHANGED);
        assertThat(String.join(" ", _getFormattedRow(timeline, created))).contains("Full name", "walk-in").doesNotContain("!");
        assertThat(_get(Button.class, spec -> spec.withId("start-review")).isVisible()).as("the last case is closed").isTrue();
    }
}
