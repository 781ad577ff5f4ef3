package com.crcloud.consent.ui;

import com.crcloud.consent.domain.ConsentChannel;
import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.domain.ConsentRecord;
import com.crcloud.consent.domain.ConsentStatus;
import com.crcloud.consent.service.ConsentService;
import com.crcloud.consent.service.PurposeConsent;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerDetailView;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.ui.CustomerReviewsView;
import com.crcloud.review.ui.ReviewCaseView;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ConsentViewsTest extends KaribuTest {

    @Autowired
    ConsentService consents;
    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;

    @AfterEach
    void resetPolicy() {
        tearDownUi();
        actAs(LENDER, "tenant-admin");
        ConsentPurpose credit = purpose("CREDIT_ASSESSMENT");
        credit.setRequiredForReview(false);
        consents.savePurpose(credit, "policy reset by test");
    }

    private ConsentPurpose purpose(String code) {
        return consents.purposes().stream().filter(purpose -> purpose.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void a_tenant_administrator_requires_a_consent_and_a_reviewer_records_it_on_the_customer_before_the_review_opens() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(ConsentPurposesView.class);
        Grid<ConsentPurpose> purposes = _get(Grid.class, spec -> spec.withId("consent-purposes"));
        purposes.select(_findAll(purposes).stream().filter(purpose -> purpose.getCode().equals("CREDIT_ASSESSMENT")).findFirst().orElseThrow());
        assertThat(_get(TextField.class, spec -> spec.withId("purpose-code")).isReadOnly()).as("a code stays as created").isTrue();
        _setValue(_get(Checkbox.class, spec -> spec.withId("purpose-required")), true);
        _setValue(_get(TextField.class, spec -> spec.withId("change-reason")), "privacy policy 2026");
        _click(_get(Button.class, spec -> spec.withId("save-purpose")));
        int row = _findAll(purposes).stream().map(ConsentPurpose::getCode).toList().indexOf("CREDIT_ASSESSMENT");
        assertThat(String.join(" ", _getFormattedRow(purposes, row))).contains("Credit assessment", "Required for a review");
        tearDownUi();

        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Consent Journey", "9000.00"), null);
        UI.getCurrent().navigate(CustomerReviewsView.class, new RouteParameters("customerId", customer.getId().toString()));
        _click(_get(Button.class, spec -> spec.withId("start-review")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("consent to: Credit assessment"));
        assertThat(cases.openCaseOf(customer.getId())).isEmpty();

        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(customer.getId()));
        Grid<PurposeConsent> inForce = _get(Grid.class, spec -> spec.withId("consents-in-force"));
        assertThat(String.join(" ", _getFormattedRow(inForce, 0))).as("required purposes first").contains("Credit assessment", "Not recorded");
        _setValue(_get(Select.class, spec -> spec.withId("consent-purpose")), purpose("CREDIT_ASSESSMENT"));
        _setValue(_get(Select.class, spec -> spec.withId("consent-status")), ConsentStatus.GIVEN);
        _click(_get(Button.class, spec -> spec.withId("record-consent")));
        Select<ConsentChannel> channel = _get(Select.class, spec -> spec.withId("consent-channel"));
        assertThat(channel.isInvalid()).isTrue();
        assertThat(channel.getErrorMessage()).isEqualTo("Choose how the customer declared it.");

        _setValue(channel, ConsentChannel.PAPER_FORM);
        _click(_get(Button.class, spec -> spec.withId("record-consent")));
        Grid<ConsentRecord> history = _get(Grid.class, spec -> spec.withId("consent-history"));
        List<ConsentRecord> recorded = _findAll(history);
        assertThat(recorded).singleElement().satisfies(record -> {
            assertThat(record.getStatus()).isEqualTo(ConsentStatus.GIVEN);
            assertThat(record.getRecordedBy()).isEqualTo("reviewer");
        });
        assertThat(String.join(" ", _getFormattedRow(history, 0))).contains("Credit assessment", "Given", "Paper form", "reviewer");

        UI.getCurrent().navigate(CustomerReviewsView.class, new RouteParameters("customerId", customer.getId().toString()));
        _click(_get(Button.class, spec -> spec.withId("start-review")));
        assertThat(currentView()).isEqualTo(ReviewCaseView.class);
    }

    @Test
    void an_auditor_sees_the_consents_but_cannot_record_one() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Consent Reader", "9000.00"), null);
        consents.record(customer.getId(), purpose("MARKETING").getId(), ConsentStatus.GIVEN, null, ConsentChannel.ONLINE, null);
        signIn(LENDER, "auditor");
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(customer.getId()));

        assertThat(_findAll(_get(Grid.class, spec -> spec.withId("consent-history")))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("record-consent"))).isEmpty();
    }
}
