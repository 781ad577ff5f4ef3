package com.crcloud.customer.ui;

import com.crcloud.audit.domain.AuditLogRow;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.audit.ui.AuditLogView;
import com.crcloud.audit.ui.HistoryPanel;
import com.vaadin.flow.component.dialog.Dialog;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.context.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** What each role sees of a customer's ID number and phone on the customer page, and how a reveal goes. */
class MaskedFieldsViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository repository;

    private Customer customer(String name) {
        actAs(LENDER, "reviewer");
        Customer customer = TestCustomers.reviewable(name, "18000.00");
        customer.setPhone("13812345678");
        return customers.save(customer, "onboarding");
    }

    private Customer plain(Customer customer) {
        return TenantContext.callAs(LENDER, () -> repository.findById(customer.getId())).orElseThrow();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void an_approver_and_an_auditor_see_the_id_number_and_phone_masked_with_no_way_to_reveal_them() {
        Customer saved = customer("Masked For Approver");
        String number = plain(saved).getNationalIdNumber();
        for (String user : List.of("approver", "auditor")) {
            signIn(LENDER, user);
            UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(saved.getId()));

            assertThat(field("nationalIdNumber").getValue()).as(user)
                    .isEqualTo(number.substring(0, 3) + "***********" + number.substring(14));
            assertThat(field("phone").getValue()).as(user).isEqualTo("138****5678");
            _assertNone(Button.class, spec -> spec.withId("reveal-nationalIdNumber"));
            _assertNone(Button.class, spec -> spec.withId("reveal-phone"));
            tearDownUi();
        }
    }

    @Test
    void a_tenant_admin_edits_a_customer_without_seeing_or_losing_its_id_number_and_phone() {
        Customer saved = customer("Edited Blind");
        String number = plain(saved).getNationalIdNumber();
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(saved.getId()));

        assertThat(field("nationalIdNumber").isReadOnly()).isTrue();
        assertThat(field("phone").isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("reveal-phone"));
        _setValue(field("city"), "Tianjin");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        assertThat(plain(saved)).satisfies(after -> {
            assertThat(after.getCity()).isEqualTo("Tianjin");
            assertThat(after.getNationalIdNumber()).isEqualTo(number);
            assertThat(after.getPhone()).isEqualTo("13812345678");
        });
        assertThat(field("phone").getValue()).as("masked again after saving").isEqualTo("138****5678");
    }

    @Test
    void a_reviewer_reveals_the_id_number_only_with_a_reason_and_the_compliance_officer_finds_the_reveal_in_the_audit_log() {
        Customer saved = customer("Revealed On Screen");
        String number = plain(saved).getNationalIdNumber();
        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(saved.getId()));
        assertThat(field("nationalIdNumber").isReadOnly()).as("masked, so not editable").isTrue();

        _click(_get(Button.class, spec -> spec.withId("reveal-nationalIdNumber")));
        _click(_get(Button.class, spec -> spec.withId("reveal-confirm")));
        TextField reason = field("reveal-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why you need the value: a reveal is recorded with its reason.");
        assertThat(field("nationalIdNumber").getValue()).contains("*");

        _setValue(reason, "Customer disputes the ID on file");
        _click(_get(Button.class, spec -> spec.withId("reveal-confirm")));
        assertThat(field("nationalIdNumber").getValue()).isEqualTo(number);
        assertThat(field("nationalIdNumber").isReadOnly()).as("revealed, so editable by a reviewer").isFalse();
        _assertNone(Button.class, spec -> spec.withId("reveal-nationalIdNumber"));
        assertThat(field("phone").getValue()).as("the phone stays masked").isEqualTo("138****5678");

        signIn(LENDER, "compliance-officer");
        UI.getCurrent().navigate(AuditLogView.class);
        _setValue(field("audit-filter-entity"), "Revealed On Screen");
        @SuppressWarnings("unchecked")
        Grid<AuditLogRow> log = _get(Grid.class, spec -> spec.withId("audit-log-grid"));
        List<AuditLogRow> rows = _findAll(log);
        assertThat(rows.get(0).username()).isEqualTo("reviewer");
        assertThat(rows.get(0).reason()).contains("NATIONAL_ID", "Customer disputes the ID on file").doesNotContain(number);
        _clickItem(log, 0);
        assertThat(get_textRecursively(_get(Dialog.class))).contains("Personal data revealed").doesNotContain(number);
    }

    @Test
    void the_history_on_the_customer_page_and_in_the_audit_log_shows_the_values_masked() {
        Customer saved = customer("Masked In History");
        String number = plain(saved).getNationalIdNumber();
        signIn(LENDER, "compliance-officer");
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(saved.getId()));

        HistoryPanel<?> panel = _find(HistoryPanel.class).get(0);
        @SuppressWarnings("unchecked")
        List<HistoryEntry<Customer>> entries = _findAll(_get(panel, Grid.class, spec -> spec.withId("history-grid")));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.state().getNationalIdNumber()).contains("*");
            assertThat(entry.changes().toString()).doesNotContain(number).doesNotContain("13812345678").contains("138****5678");
        });

        UI.getCurrent().navigate(AuditLogView.class);
        _setValue(field("audit-filter-entity"), "Masked In History");
        _clickItem(_get(Grid.class, spec -> spec.withId("audit-log-grid")), 0);
        assertThat(get_textRecursively(_get(Dialog.class))).contains("138****5678")
                .doesNotContain("13812345678").doesNotContain(number);
    }
}
