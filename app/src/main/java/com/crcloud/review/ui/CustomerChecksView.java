package com.crcloud.review.ui;

import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerDetailView;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.review.service.AutomatedChecksService;
import com.crcloud.review.service.StepResult;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;
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
    private final Grid<StepResult> grid = new Grid<>();
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
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(StepResult::extensionName).setHeader(getTranslation("checks.step")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(result -> getTranslation("extensions.kind." + result.kind().name())).setHeader(getTranslation("extensions.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("checks.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StepResult::summary).setHeader(getTranslation("checks.summary")).setFlexGrow(1);
        grid.addColumn(StepResult::explanation).setHeader(getTranslation("checks.explanation")).setFlexGrow(2);
        grid.addColumn(result -> result.millis() + " ms").setHeader(getTranslation("checks.duration")).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::factors));
        grid.setSizeFull();
        grid.setVisible(false);
        empty.setText(getTranslation("checks.notRunYet"));

        back.setText(getTranslation("checks.backToCustomer"));
        back.setId("back-to-customer");
        HorizontalLayout actions = new HorizontalLayout(run, back);
        actions.setAlignItems(Alignment.BASELINE);
        add(heading, actions, empty, grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get(PARAMETER).flatMap(CustomerChecksView::parseId);
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

    private Component statusBadge(StepResult result) {
        Span badge = new Span(getTranslation("checks.status." + result.status().name()));
        String theme = switch (result.status()) {
            case PASS -> "badge success";
            case WARN -> "badge";
            case FAIL, ERROR -> "badge error";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private Component factors(StepResult result) {
        VerticalLayout details = new VerticalLayout();
        details.setPadding(false);
        if (!result.reasonCodes().isEmpty()) {
            details.add(new Span(getTranslation("checks.reasonCodes") + ": " + String.join(", ", result.reasonCodes())));
        }
        for (FactorContribution factor : result.factors()) {
            details.add(new Span(String.format(Locale.ROOT, "%s = %s  (%+.2f)  %s", factor.factor(), factor.value(),
                    factor.contribution(), factor.explanation())));
        }
        return details;
    }

    private static Optional<UUID> parseId(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
