package com.crcloud.designer.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.flow.domain.ReviewFlow;
import com.crcloud.flow.service.FlowService;
import com.crcloud.review.service.FlowResolver;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.ui.CustomerReviewsView;
import com.crcloud.review.ui.ReviewCaseView;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static org.assertj.core.api.Assertions.assertThat;

class CaseFlowChoiceTest extends KaribuTest {

    @Autowired
    FlowService flows;
    @Autowired
    FlowResolver resolver;
    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;

    @Test
    void a_reviewer_opens_a_case_for_a_product_and_the_case_shows_the_flow_version_it_runs() {
        actAs(LENDER, "tenant-admin");
        String product = "choice-" + Math.abs(System.nanoTime() % 100000);
        ReviewFlow flow = flows.create(product, "Choice " + product, resolver.standard());
        flows.publish(flow.getId(), flow.getVersion(), "first");
        Customer customer = customers.save(TestCustomers.reviewable("Flow Chooser", "8000.00"), null);

        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(CustomerReviewsView.class, new RouteParameters("customerId", customer.getId().toString()));
        @SuppressWarnings("unchecked")
        Select<String> products = _get(Select.class, spec -> spec.withId("case-product"));
        assertThat(getSuggestionItems(products)).contains(product);
        _setValue(products, product);
        _click(_get(Button.class, spec -> spec.withId("start-review")));

        assertThat(currentView()).isEqualTo(ReviewCaseView.class);
        assertThat(_get(Span.class, spec -> spec.withId("case-flow")).getText()).isEqualTo("Flow: " + product + " v1");
        assertThat(cases.openCaseOf(customer.getId())).hasValueSatisfying(opened -> {
            assertThat(opened.getProduct()).isEqualTo(product);
            assertThat(opened.getFlowVersionNumber()).isEqualTo(1);
        });
    }
}
