package com.crcloud.datasubject.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerDetailView;
import com.crcloud.datasubject.domain.ErasureRequest;
import com.crcloud.datasubject.service.ErasureService;
import com.crcloud.datasubject.service.SubjectDataExportService;
import com.crcloud.datasubject.service.SubjectDataExportService.ExportFile;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.crcloud.ui.RouteIds;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A customer's data-subject rights: everything held about the customer as JSON or PDF (each download is logged),
 * and erasure requests with their decision by a second person.
 */
@Route(value = Paths.CUSTOMERS + "/:" + CustomerPrivacyView.PARAMETER + "/" + Paths.CUSTOMER_PRIVACY, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class CustomerPrivacyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "customerId";

    private final CustomerService customers;
    private final ErasureService erasures;
    private final H2 heading = new H2();
    private final RouterLink back = new RouterLink();
    private final TextArea reason = Fields.labelled(new TextArea(), "erasure-reason", "erasureRequest.reason");
    private final HorizontalLayout requestForm;
    private final ErasureRequestGrid requests;
    private Customer customer;

    public CustomerPrivacyView(CustomerService customers, ErasureService erasures, SubjectDataExportService export,
                               CurrentUser currentUser, TenantTime time) {
        this.customers = customers;
        this.erasures = erasures;
        boolean mayAct = currentUser.require().hasRole(Role.TENANT_ADMIN) || currentUser.require().hasRole(Role.COMPLIANCE_OFFICER);
        back.setText(getTranslation("checks.backToCustomer"));
        back.setId("back-to-customer");

        Anchor json = download("export-json", "privacy.export.json", () -> export.exportJson(customer.getId()));
        Anchor pdf = download("export-pdf", "privacy.export.pdf", () -> export.exportPdf(customer.getId(), getLocale()));
        HorizontalLayout exports = new HorizontalLayout(json, pdf);
        exports.setVisible(mayAct);

        reason.setMaxLength(ErasureRequest.TEXT_LENGTH);
        reason.setHelperText(getTranslation("privacy.erasure.reason.help", ErasureService.MIN_REASON));
        reason.setWidth("32rem");
        Button request = new Button(getTranslation("privacy.erasure.request"), click -> requestErasure());
        request.setId("request-erasure");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        requestForm = new HorizontalLayout(reason, request);
        requestForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        requestForm.setVisible(mayAct);

        requests = new ErasureRequestGrid("customer-erasure-requests", erasures, time, mayAct, false,
                () -> customer == null ? List.of() : erasures.requestsOf(customer.getId()), this::reload);

        add(heading, back, new H3(getTranslation("privacy.export.title")), new Paragraph(getTranslation("privacy.export.help")), exports,
                new H3(getTranslation("privacy.erasure.title")), new Paragraph(getTranslation("privacy.erasure.help")), requestForm, requests);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Customer> found = event.getRouteParameters().get(PARAMETER).flatMap(RouteIds::uuid).flatMap(customers::find);
        if (found.isEmpty()) {
            Problems.showError(getTranslation("customer.error.notFound"));
            event.forwardTo(Paths.CUSTOMERS);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private void show(Customer shown) {
        customer = shown;
        heading.setText(getTranslation("privacy.customer.title", shown.getFullName()));
        back.setRoute(CustomerDetailView.class, CustomerDetailView.parameters(shown.getId()));
        requests.refresh();
    }

    private void reload() {
        customers.find(customer.getId()).ifPresent(this::show);
    }

    private void requestErasure() {
        try {
            erasures.request(customer.getId(), reason.getValue());
            reason.clear();
            reason.setInvalid(false);
            Problems.showSuccess(getTranslation("privacy.erasure.requested"));
            requests.refresh();
        } catch (UserFacingException e) {
            if (e.field().isPresent()) {
                reason.setErrorMessage(Problems.message(this, e));
                reason.setInvalid(true);
            } else {
                Problems.showError(Problems.message(this, e));
            }
        }
    }

    private Anchor download(String id, String labelKey, Supplier<ExportFile> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportFile rendered = file.get();
            return new DownloadResponse(new ByteArrayInputStream(rendered.content()), rendered.fileName(), rendered.contentType(),
                    rendered.content().length);
        }), getTranslation(labelKey));
        anchor.setId(id);
        return anchor;
    }
}
