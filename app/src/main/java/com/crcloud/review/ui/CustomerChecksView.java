package com.crcloud.review.ui;

import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerDetailView;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.review.service.AutomatedChecksService;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Problems;
import com.crcloud.ui.RouteIds;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.Optional;
import java.util.UUID;

/**
 * Runs the tenant's enabled plugin steps on one customer and shows their results side by side, with the factors
 * behind each score. Nothing is stored here; review cases keep their results.
 */
@Route(value = Paths.CUSTOMERS + "/:" + CustomerChecksView.PARAMETER + "/checks", layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.REVIEWER_NAME, Role.APPROVER_NAME, Role.COMPLIANCE_OFFICER_NAME})
public class CustomerChecksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "customerId";

    private final CustomerService customers;
    private final AutomatedChecksService checks;
    private final H2 heading = new H2();
    private final StepResultsGrid grid = new StepResultsGrid();
    private final Paragraph empty = new Paragraph();
    private final RouterLink back = new RouterLink();
    private UUID customerId;

    public CustomerChecksView(CustomerService customers, AutomatedChecksService checks) {
        this.customers = customers;
        this.checks = checks;
        setSizeFull();

        Button run = new Button(getTranslation("checks.run"), VaadinIcon.PLAY.create(), click -> run());
        run.setId("run-checks");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("check-results");
        grid.setVisible(false);
        empty.setText(getTranslation("checks.notRunYet"));

        back.setText(getTranslation("checks.backToCustomer"));
        back.setId("back-to-customer");
        HorizontalLayout actions = new HorizontalLayout(run, back);
        actions.setAlignItems(Alignment.BASELINE);
        add(heading, actions, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get(PARAMETER).flatMap(RouteIds::uuid);
        var customer = id.flatMap(customers::find);
        if (customer.isEmpty()) {
            Problems.showError(getTranslation("customer.error.notFound"));
            event.forwardTo(Paths.CUSTOMERS);
            return;
        }
        customerId = customer.get().getId();
        heading.setText(getTranslation("checks.title", customer.get().getFullName()));
        back.setRoute(CustomerDetailView.class, CustomerDetailView.parameters(customerId));
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private void run() {
        var results = checks.run(customerId, getLocale());
        grid.setItems(results);
        grid.setVisible(true);
        empty.setText(results.isEmpty() ? getTranslation("checks.noneEnabled") : "");
        empty.setVisible(results.isEmpty());
    }
}
