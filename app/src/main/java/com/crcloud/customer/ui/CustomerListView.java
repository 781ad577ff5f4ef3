package com.crcloud.customer.ui;

import com.crcloud.customer.domain.ChineseResidentId;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.service.CustomerExportService;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The tenant's customers: a lazily loaded, filterable, sortable list; ID numbers and phones show masked (a whole
 * number typed into the search still finds its customer).
 */
@Route(value = Paths.CUSTOMERS, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.REVIEWER_NAME, Role.APPROVER_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class CustomerListView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerService customers;
    private final TenantTime time;
    private final TextField search = new TextField();
    private final Select<NationalIdType> idType = new Select<>();
    private final Grid<Customer> grid = new Grid<>(Customer.class, false);
    /** The filter on screen, read when an export is downloaded (outside the UI's request). */
    private volatile CustomerFilter shownFilter = CustomerFilter.ALL;

    public CustomerListView(CustomerService customers, CustomerExportService export, CurrentUser currentUser, TenantTime time) {
        this.customers = customers;
        this.time = time;
        setSizeFull();

        search.setId("customer-search");
        search.setPlaceholder(getTranslation("customers.search.placeholder"));
        search.setAriaLabel(getTranslation("customers.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(event -> refresh());

        idType.setId("customer-id-type-filter");
        idType.setItems(NationalIdType.values());
        idType.setEmptySelectionAllowed(true);
        idType.setEmptySelectionCaption(getTranslation("customers.filter.allIdTypes"));
        idType.setItemLabelGenerator(type -> type == null ? getTranslation("customers.filter.allIdTypes")
                : getTranslation("nationalIdType." + type.name()));
        idType.setAriaLabel(getTranslation("customer.nationalIdType"));
        idType.addValueChangeListener(event -> refresh());

        Button add = new Button(getTranslation("customers.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class, CustomerDetailView.parameters(null))));
        add.setId("new-customer");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(currentUser.require().hasRole(Role.REVIEWER) || currentUser.require().hasRole(Role.TENANT_ADMIN));

        Button importCsv = new Button(getTranslation("customers.import"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(CustomerImportView.class)));
        importCsv.setId("import-customers");
        importCsv.setVisible(add.isVisible());

        Anchor exportCsv = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                export.export(shownFilter), "customers.csv", "text/csv", -1)), getTranslation("customers.export"));
        exportCsv.setId("export-customers");
        exportCsv.setVisible(currentUser.require().hasRole(Role.TENANT_ADMIN) || currentUser.require().hasRole(Role.REVIEWER)
                || currentUser.require().hasRole(Role.COMPLIANCE_OFFICER));

        HorizontalLayout toolbar = new HorizontalLayout(search, idType, add, importCsv, exportCsv);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("customer-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Customer::getFullName).setHeader(getTranslation("customer.fullName"))
                .setSortProperty("fullName").setKey("fullName").setWidth("14em").setFlexGrow(1);
        grid.addColumn(customer -> customer.getNationalIdType() == null ? ""
                        : getTranslation("nationalIdType." + customer.getNationalIdType().name()))
                .setHeader(getTranslation("customer.nationalIdType")).setSortProperty("nationalIdType").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Customer::getNationalIdNumber).setHeader(getTranslation("customer.nationalIdNumber"))
                .setSortProperty("nationalIdNumber").setKey("nationalIdNumber").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::idCheckBadge).setHeader(getTranslation("customers.idCheck")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Customer::getPhone).setHeader(getTranslation("customer.phone")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Customer::getEmail).setHeader(getTranslation("customer.email")).setSortProperty("email").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Customer::getCity).setHeader(getTranslation("customer.city")).setSortProperty("city").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(customer -> time.format(customer.getCreatedAt(), getLocale()))
                .setHeader(getTranslation("customers.createdAt")).setSortProperty("createdAt").setKey("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(event -> getUI().ifPresent(ui ->
                ui.navigate(CustomerDetailView.class, CustomerDetailView.parameters(event.getItem().getId()))));
        grid.setItems(
                query -> customers.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(customers.count(filter())));
        grid.setSizeFull();

        add(new H2(getTranslation("customers.title")), toolbar, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title");
    }

    private CustomerFilter filter() {
        return new CustomerFilter(search.getValue(), idType.getValue());
    }

    private void refresh() {
        shownFilter = filter();
        grid.getDataProvider().refreshAll();
    }

    /**
     * Legacy and imported records may hold IDs that fail the check digit; flag them where reviewers look. The
     * number shown is masked: the check was made on the real one by the service.
     */
    private Component idCheckBadge(Customer customer) {
        Optional<ChineseResidentId.Validation> check = customer.residentIdCheck(LocalDate.now(time.zone()));
        if (check.isEmpty()) {
            return new Span();
        }
        ChineseResidentId.Validation validation = check.get();
        Span badge = new Span(validation.valid() ? getTranslation("customers.idCheck.valid")
                : getTranslation("customer.nationalId.error." + validation.problem().name()));
        badge.getElement().getThemeList().add(validation.valid() ? "badge success" : "badge error");
        return badge;
    }
}
