package com.crcloud.datasubject.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerDetailView;
import com.crcloud.datasubject.domain.ErasureRequest;
import com.crcloud.datasubject.domain.ErasureStatus;
import com.crcloud.datasubject.domain.RetentionRun;
import com.crcloud.datasubject.service.ErasureService;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PrivacyViewsTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    ErasureService erasures;

    private static RouteParameters privacyOf(Customer customer) {
        return new RouteParameters(CustomerPrivacyView.PARAMETER, customer.getId().toString());
    }

    @Test
    void a_compliance_officer_downloads_the_customers_data_and_requests_erasure_which_a_tenant_administrator_approves() {
        actAs(LENDER, "reviewer");
        Customer entered = TestCustomers.reviewable("Privacy Journey", "9000.00");
        String plainId = entered.getNationalIdNumber();
        Customer customer = customers.save(entered, null);
        signIn(LENDER, "compliance-officer");
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(customer.getId()));
        assertThat(_get(Anchor.class, spec -> spec.withId("open-privacy")).getHref()).endsWith(customer.getId() + "/privacy");
        UI.getCurrent().navigate(CustomerPrivacyView.class, privacyOf(customer));

        String json = new String(_download(_get(Anchor.class, spec -> spec.withId("export-json"))), StandardCharsets.UTF_8);
        assertThat(json).as("the data subject's export holds the ID number in full").contains("\"fullName\" : \"Privacy Journey\"", plainId);
        assertThat(new String(_download(_get(Anchor.class, spec -> spec.withId("export-pdf"))), StandardCharsets.ISO_8859_1)).startsWith("%PDF");

        TextArea reason = _get(TextArea.class, spec -> spec.withId("erasure-reason"));
        _setValue(reason, "asked");
        _click(_get(Button.class, spec -> spec.withId("request-erasure")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("10", "1000");
        _setValue(reason, "Customer asked in branch on 30 Nov, form 77");
        _click(_get(Button.class, spec -> spec.withId("request-erasure")));
        Grid<ErasureRequest> requests = _get(Grid.class, spec -> spec.withId("customer-erasure-requests"));
        ErasureRequest requested = _findAll(requests).get(0);
        assertThat(String.join(" ", _getFormattedRow(requests, 0))).contains("Requested", "compliance-officer", "form 77");
        _click(_get(_getCellComponent(requests, 0, "actions"), Button.class, spec -> spec.withId("approve-erasure-" + requested.getId())));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("Someone other than the person who requested"));
        tearDownUi();

        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(PrivacyView.class);
        Grid<ErasureRequest> pending = _get(Grid.class, spec -> spec.withId("pending-erasure-requests"));
        int row = _findAll(pending).stream().map(ErasureRequest::getId).toList().indexOf(requested.getId());
        assertThat(row).as("listed as pending").isNotNegative();
        _click(_get(_getCellComponent(pending, row, "actions"), Button.class, spec -> spec.withId("approve-erasure-" + requested.getId())));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).isEqualTo("The customer has been pseudonymised."));
        assertThat(_findAll(pending)).extracting(ErasureRequest::getId).doesNotContain(requested.getId());
        assertThat(erasures.requestsOf(customer.getId())).singleElement()
                .satisfies(request -> assertThat(request.getStatus()).isEqualTo(ErasureStatus.EXECUTED));
        assertThat(customers.find(customer.getId()).orElseThrow().getFullName()).startsWith("ERASED-");
    }

    @Test
    void an_auditor_reads_erasure_requests_but_neither_exports_nor_requests() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Privacy Reader", "9000.00"), null);
        signIn(LENDER, "auditor");
        UI.getCurrent().navigate(CustomerPrivacyView.class, privacyOf(customer));

        assertThat(_find(Anchor.class, spec -> spec.withId("export-json"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("request-erasure"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("customer-erasure-requests"))).hasSize(1);
    }

    @Test
    void a_tenant_administrator_sets_the_retention_period_refusing_an_impossible_one_and_a_run_is_reported() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(PrivacyView.class);
        IntegerField years = _get(IntegerField.class, spec -> spec.withId("retention-years"));
        _setValue(years, 0);
        _click(_get(Button.class, spec -> spec.withId("save-retention-years")));
        assertThat(years.isInvalid()).isTrue();
        assertThat(years.getErrorMessage()).contains("1", "100");

        _setValue(years, 90);
        _click(_get(Button.class, spec -> spec.withId("save-retention-years")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("retention-years-current")).getText()).contains("90 years");

        _click(_get(Button.class, spec -> spec.withId("run-retention")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Retention run: 0 customers pseudonymised"));
        List<RetentionRun> runs = _findAll(_get(Grid.class, spec -> spec.withId("retention-runs")));
        assertThat(runs).isNotEmpty();
        assertThat(runs.get(0).getErasedCount()).isZero();
    }

    @Test
    void reviewers_cannot_open_the_privacy_pages() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Privacy Forbidden", "9000.00"), null);
        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(PrivacyView.class);
        assertThat(currentView()).isNotEqualTo(PrivacyView.class);
        UI.getCurrent().navigate(CustomerPrivacyView.class, privacyOf(customer));
        assertThat(currentView()).isNotEqualTo(CustomerPrivacyView.class);
    }
}
