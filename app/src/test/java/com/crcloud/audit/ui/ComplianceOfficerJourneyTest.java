package com.crcloud.audit.ui;

import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerDetailView;
import com.crcloud.customer.ui.CustomerListView;
import com.crcloud.layout.MainLayout;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compliance officer's day with the audit trail: find a customer, read its history with old and new values,
 * compare two revisions, see it as it was, find it in the tenant's audit log, open the revision, export a report
 * and verify the trail. Compliance officers and auditors find nothing to edit there.
 */
class ComplianceOfficerJourneyTest extends KaribuTest {

    /** Actions of the audit screens: reading, comparing, exporting, verifying; none of them changes business data. */
    private static final Set<String> READ_ONLY_ACTIONS = Set.of("audit-verify", "audit-export-csv", "audit-export-pdf");

    @Autowired
    CustomerService customers;

    @Test
    @SuppressWarnings("unchecked")
    void a_compliance_officer_finds_a_customer_reads_and_compares_its_history_exports_a_report_and_verifies_the_trail() throws Exception {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Journey Audit Co", "20000.00"), "onboarding visit");
        Thread.sleep(5);
        LocalDateTime between = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        Thread.sleep(5);
        customer.setCity("Hangzhou");
        customers.save(customer, "customer moved");

        signIn(LENDER, "compliance-officer");
        UI.getCurrent().navigate(CustomerListView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("customer-search")), "Journey Audit");
        Grid<Customer> list = _get(Grid.class, spec -> spec.withId("customer-grid"));
        assertThat(_findAll(list)).singleElement().extracting(Customer::getFullName).isEqualTo("Journey Audit Co");
        _clickItem(list, 0);
        assertThat(currentView()).isEqualTo(CustomerDetailView.class);

        HistoryPanel<Customer> panel = _find(HistoryPanel.class).get(0);
        Grid<HistoryEntry<Customer>> history = _get(panel, Grid.class, spec -> spec.withId("history-grid"));
        List<HistoryEntry<Customer>> entries = _findAll(history);
        assertThat(entries).extracting(HistoryEntry::reason).containsExactly("customer moved", "onboarding visit");
        assertThat(entries.get(0).changes()).singleElement().satisfies(change -> assertThat(change.field()).isEqualTo("city"));

        entries.forEach(history::select);
        _click(_get(panel, Button.class, spec -> spec.withId("history-compare")));
        Div result = _get(panel, Div.class, spec -> spec.withId("history-result"));
        assertThat(get_textRecursively(result)).contains("City: Beijing \u2192 Hangzhou");

        _setValue(_get(panel, DateTimePicker.class, spec -> spec.withId("history-as-of")), between);
        _click(_get(panel, Button.class, spec -> spec.withId("history-show-as-of")));
        assertThat(get_textRecursively(result)).contains("The record as of", "City: Beijing", "Full name: Journey Audit Co");

        UI.getCurrent().navigate(AuditLogView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-filter-entity")), "journey audit");
        Grid<AuditLogRow> log = _get(Grid.class, spec -> spec.withId("audit-log-grid"));
        List<AuditLogRow> rows = _findAll(log);
        assertThat(rows).extracting(AuditLogRow::reason).containsExactly("customer moved", "onboarding visit");
        _clickItem(log, 0);
        RevisionDialog dialog = _get(RevisionDialog.class);
        assertThat(get_textRecursively(dialog)).contains("reviewer", "customer moved", "City: Beijing \u2192 Hangzhou");
        _click(_get(dialog, Button.class, spec -> spec.withId("revision-close")));

        _click(_get(Button.class, spec -> spec.withId("audit-export-pdf")));
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-export-download")).getText()).contains("audit-trail-northwind-lending.pdf", "2 revisions");
        assertThat(_get(Span.class, spec -> spec.withId("audit-export-hash")).getText()).matches("SHA-256 of the exported rows: [0-9a-f]{64}");

        _click(_get(Button.class, spec -> spec.withId("audit-verify")));
        assertThat(_get(Span.class, spec -> spec.withId("audit-verify-result")).getText()).startsWith("Trail intact:");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-filter-entity")), "");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-filter-reason")), "export of 2 revisions");
        assertThat(_findAll(log)).as("the export itself is in the trail").singleElement()
                .satisfies(row -> {
                    assertThat(row.username()).isEqualTo("compliance-officer");
                    assertThat(row.screen()).as("the screen the export was made from").isEqualTo("audit");
                });
    }

    @Test
    void compliance_officers_and_auditors_find_the_audit_log_in_the_menu_and_no_editing_action_in_it() {
        for (String user : List.of("compliance-officer", "auditor")) {
            signIn(LENDER, user);
            UI.getCurrent().navigate(AuditLogView.class);
            assertThat(_find(MainLayout.class).get(0).getChildren().count()).isPositive();
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("audit");
            AuditLogView view = _get(AuditLogView.class);
            assertThat(_find(view, Button.class)).extracting(button -> button.getId().orElse(""))
                    .allMatch(READ_ONLY_ACTIONS::contains, "a read-only action");
            tearDownUi();
        }
    }

    @Test
    void a_reviewer_neither_sees_nor_opens_the_audit_log() {
        signIn(LENDER, "reviewer");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).doesNotContain("audit");
        UI.getCurrent().navigate(AuditLogView.class);
        assertThat(currentView()).isNotEqualTo(AuditLogView.class);
    }
}
