package com.crcloud.review.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerDetailView;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CaseAlreadyOpenException;
import com.crcloud.review.service.CustomerTimeline;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.TimelineEntry;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Problems;
import com.crcloud.ui.RouteIds;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The review cases of one customer, newest first, the way to start a review when none is open, and the customer's
 * timeline: every change, case event, comment, message and screening outcome in one list.
 */
@Route(value = Paths.CUSTOMERS + "/:" + CustomerReviewsView.PARAMETER + "/reviews", layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.REVIEWER_NAME, Role.APPROVER_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class CustomerReviewsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "customerId";

    private final CustomerService customers;
    private final ReviewCaseService cases;
    private final TenantTime time;
    private final boolean mayStart;
    private final H2 heading = new H2();
    private final Grid<ReviewCase> grid = new Grid<>();
    private final Grid<TimelineEntry> timeline = new Grid<>();
    private final CustomerTimeline timelines;
    private final Button start = new Button();
    private final Select<String> product = new Select<>();
    private final RouterLink back = new RouterLink();
    private final Button feedback = new Button();
    private Customer customer;

    public CustomerReviewsView(CustomerService customers, ReviewCaseService cases, CustomerTimeline timelines,
                               CurrentUser currentUser, TenantTime time) {
        this.customers = customers;
        this.timelines = timelines;
        this.cases = cases;
        this.time = time;
        this.mayStart = currentUser.require().hasRole(Role.REVIEWER) || currentUser.require().hasRole(Role.TENANT_ADMIN);

        start.setText(getTranslation("case.startReview"));
        start.setId("start-review");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> startReview());
        // The products with a published flow; left empty, the case runs on the customer's last product or the default flow.
        product.setId("case-product");
        product.setLabel(getTranslation("case.product"));
        product.setEmptySelectionAllowed(true);
        product.setEmptySelectionCaption(getTranslation("case.product.automatic"));
        List<String> products = mayStart ? cases.products() : List.of();
        product.setItems(products);
        back.setText(getTranslation("checks.backToCustomer"));
        back.setId("back-to-customer");
        // By path: the feedback feature builds on review cases, so this package must not depend on it.
        feedback.setText(getTranslation("feedback.open"));
        feedback.setId("open-feedback");
        feedback.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                Paths.CUSTOMERS + "/" + customer.getId() + "/" + Paths.CUSTOMER_FEEDBACK)));

        grid.setId("customer-cases");
        grid.addColumn(ReviewCase::getReference).setHeader(getTranslation("case.reference")).setAutoWidth(true);
        grid.addComponentColumn(item -> WorkQueueView.stageBadge(this, item.getStage())).setHeader(getTranslation("case.stage"));
        grid.addColumn(item -> getTranslation("case.trigger." + item.getOpenedBecause().name())).setHeader(getTranslation("case.trigger"));
        grid.addColumn(item -> time.format(item.getOpenedAt(), getLocale())).setHeader(getTranslation("audit.when"));
        grid.addColumn(item -> item.getOutcome() == null ? "" : getTranslation("outcome." + item.getOutcome().name()))
                .setHeader(getTranslation("case.outcome"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ReviewCaseView.class, ReviewCaseView.parameters(click.getItem().getId()))));
        grid.setAllRowsVisible(true);

        timeline.setId("customer-timeline");
        timeline.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        timeline.addColumn(entry -> time.format(entry.at(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(entry -> getTranslation("timeline.kind." + entry.kind().name())).setHeader(getTranslation("timeline.what"))
                .setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(entry -> entry.actor() == null ? "" : entry.actor()).setHeader(getTranslation("audit.who"))
                .setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(this::describe).setHeader(getTranslation("timeline.details")).setFlexGrow(1);
        timeline.addItemClickListener(click -> {
            if (click.getItem().caseId() != null) {
                getUI().ifPresent(ui -> ui.navigate(ReviewCaseView.class, ReviewCaseView.parameters(click.getItem().caseId())));
            }
        });
        timeline.setAllRowsVisible(true);

        HorizontalLayout actions = new HorizontalLayout(product, start, feedback, back);
        actions.setAlignItems(Alignment.BASELINE);
        add(heading, actions, grid, new H3(getTranslation("timeline.title")), timeline);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Customer> found = event.getRouteParameters().get(PARAMETER).flatMap(RouteIds::uuid).flatMap(customers::find);
        if (found.isEmpty()) {
            Problems.showError(getTranslation("customer.error.notFound"));
            event.forwardTo(Paths.CUSTOMERS);
            return;
        }
        customer = found.get();
        heading.setText(getTranslation("customer.cases") + ": " + customer.getFullName());
        back.setRoute(CustomerDetailView.class, CustomerDetailView.parameters(customer.getId()));
        var all = cases.casesOf(customer.getId());
        grid.setItems(all);
        start.setVisible(mayStart && all.stream().allMatch(item -> item.getStage().isClosed()));
        product.setVisible(start.isVisible() && product.getListDataView().getItemCount() > 0);
        timeline.setItems(timelines.of(customer.getId()));
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private String describe(TimelineEntry entry) {
        return getTranslation(entry.messageKey(), entry.arguments().stream().map(this::shown).toArray());
    }

    /** Labels are translated; lists of them (changed fields, reason codes) become one line. */
    private Object shown(Object argument) {
        if (argument instanceof TimelineEntry.Label label) {
            return getTranslation(label.key());
        }
        if (argument instanceof List<?> list) {
            return list.stream().map(this::shown).map(String::valueOf).collect(Collectors.joining(", "));
        }
        return argument;
    }

    private void startReview() {
        try {
            ReviewCase opened = cases.open(customer.getId(), CaseTrigger.INITIAL, product.getValue());
            getUI().ifPresent(ui -> ui.navigate(ReviewCaseView.class, ReviewCaseView.parameters(opened.getId())));
        } catch (CaseAlreadyOpenException e) {
            getUI().ifPresent(ui -> ui.navigate(ReviewCaseView.class, ReviewCaseView.parameters(e.openCaseId())));
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
    }
}
