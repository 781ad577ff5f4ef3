package com.crcloud.review.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.ScreeningDisposition.Verdict;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.ReviewCaseService.CaseHit;
import com.crcloud.review.service.ScreeningDecisionService;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ScreeningHitsPanelTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    ScreeningDecisionService decisions;
    @Autowired
    TenantExtensionService extensions;

    @Test
    void a_reviewer_marks_a_hit_as_a_false_positive_with_a_reason_and_sees_the_decision_on_the_case() {
        String name = "Dmitri Panelov " + UUID.randomUUID().toString().substring(0, 6);
        String list = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        ReviewCase reviewCase = assessedWithAHit(name, list);

        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(ReviewCaseView.class, ReviewCaseView.parameters(reviewCase.getId()));
        openTab("tab-checks");
        Grid<CaseHit> hits = hitGrid();
        int row = _findAll(hits).stream().map(hit -> hit.hit().listName()).toList().indexOf(list);
        assertThat(row).isNotNegative();

        hits.select(_findAll(hits).get(row));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("hit-verdict")), Verdict.FALSE_POSITIVE);
        _setValue(_get(TextArea.class, spec -> spec.withId("hit-reason")), "Customer is 30 years younger than the listed person");
        _click(_get(Button.class, spec -> spec.withId("save-hit-decision")));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Decision on " + name));
        Grid<CaseHit> after = hitGrid();
        int shown = _findAll(after).stream().map(hit -> hit.hit().listName()).toList().indexOf(list);
        assertThat(String.join(" | ", _getFormattedRow(after, shown)))
                .contains("False positive (not this customer), by reviewer on ", "Customer is 30 years younger than the listed person");
        openTab("tab-comments");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anySatisfy(text -> assertThat(text).contains("Screening hit " + name, "Customer is 30 years younger"));
        assertThat(decisions.decisionsOf(reviewCase.getCustomerId())).singleElement()
                .satisfies(decision -> assertThat(decision.getVerdict()).isEqualTo(Verdict.FALSE_POSITIVE));
    }

    @Test
    void a_decision_without_a_reason_is_refused_and_what_was_chosen_stays() {
        String name = "Elena Reasonless " + UUID.randomUUID().toString().substring(0, 6);
        String list = "nr-" + UUID.randomUUID().toString().substring(0, 8);
        ReviewCase reviewCase = assessedWithAHit(name, list);

        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(ReviewCaseView.class, ReviewCaseView.parameters(reviewCase.getId()));
        openTab("tab-checks");
        _click(_get(Button.class, spec -> spec.withId("save-hit-decision")));
        assertThat(notificationTexts()).contains("Select the hit you decide on in the table first.");

        Grid<CaseHit> hits = hitGrid();
        hits.select(_findAll(hits).stream().filter(hit -> hit.hit().listName().equals(list)).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Verdict> verdict = _get(RadioButtonGroup.class, spec -> spec.withId("hit-verdict"));
        _setValue(verdict, Verdict.CONFIRMED_MATCH);
        _click(_get(Button.class, spec -> spec.withId("save-hit-decision")));

        assertThat(notificationTexts()).contains("Write the reason for the decision.");
        assertThat(verdict.getValue()).isEqualTo(Verdict.CONFIRMED_MATCH);
        assertThat(decisions.decisionsOf(reviewCase.getCustomerId())).isEmpty();
    }

    @Test
    void an_auditor_sees_the_hits_but_no_decision_form() {
        String name = "Fyodor Auditov " + UUID.randomUUID().toString().substring(0, 6);
        ReviewCase reviewCase = assessedWithAHit(name, "au-" + UUID.randomUUID().toString().substring(0, 8));

        signIn(LENDER, "auditor");
        UI.getCurrent().navigate(ReviewCaseView.class, ReviewCaseView.parameters(reviewCase.getId()));
        openTab("tab-checks");

        assertThat(_findAll(hitGrid())).isNotEmpty();
        _assertNone(Button.class, spec -> spec.withId("save-hit-decision"));
    }

    private ReviewCase assessedWithAHit(String name, String list) {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable(name, "9000.00"), null);
        actAs(LENDER, "compliance-officer");
        extensions.importFile("compliance/watchlist-upload", list + ".txt", (name + "\n").getBytes(StandardCharsets.UTF_8),
                Locale.ENGLISH);
        actAs(LENDER, "reviewer");
        return new TestCases(cases).assessed(customer);
    }

    @SuppressWarnings("unchecked")
    private static Grid<CaseHit> hitGrid() {
        return _get(Grid.class, spec -> spec.withId("screening-hits"));
    }
}
