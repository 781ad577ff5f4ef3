package com.crcloud.review.ui;

import com.crcloud.review.domain.ReviewPolicy;
import com.crcloud.review.service.ReviewPolicyService;
import com.crcloud.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewPolicyViewTest extends KaribuTest {

    @Autowired
    ReviewPolicyService policies;

    @AfterEach
    void restoreDefaults() {
        actAs(LENDER, "tenant-admin");
        ReviewPolicy policy = policies.current();
        policy.setFourEyesLimitAbove(new BigDecimal("50000.00"));
        policy.setReReviewMonthsHigh(6);
        policies.save(policy, "test clean-up");
    }

    @Test
    void a_tenant_administrator_raises_the_four_eyes_limit_and_the_change_is_in_the_history_with_its_reason() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(ReviewPolicyView.class);

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("fourEyesLimitAbove")), new BigDecimal("80000"));
        _setValue(_get(TextField.class, spec -> spec.withId("change-reason")), "board decision 2026-11");
        _click(_get(Button.class, spec -> spec.withId("save-policy")));

        assertThat(policies.current().getFourEyesLimitAbove()).isEqualByComparingTo("80000");
        assertThat(notificationTexts()).contains("Review policy saved");
    }

    @Test
    void an_impossible_interval_is_refused_on_its_field_and_nothing_is_saved() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(ReviewPolicyView.class);

        IntegerField high = _get(IntegerField.class, spec -> spec.withId("reReviewMonthsHigh"));
        _setValue(high, 0);
        _click(_get(Button.class, spec -> spec.withId("save-policy")));

        assertThat(high.isInvalid()).isTrue();
        assertThat(high.getErrorMessage()).isEqualTo("Between 1 and 120 months.");
        assertThat(high.getValue()).as("what was typed stays").isZero();
        assertThat(policies.current().getReReviewMonthsHigh()).isEqualTo(6);
    }

    @Test
    void a_compliance_officer_reads_the_policy_without_a_save_button() {
        signIn(LENDER, "compliance-officer");
        UI.getCurrent().navigate(ReviewPolicyView.class);

        assertThat(_get(IntegerField.class, spec -> spec.withId("slaHoursVerifying")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("save-policy"));
    }
}
