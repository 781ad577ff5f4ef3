package com.crcloud.customer.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.support.KaribuTest;
import com.crcloud.tenant.context.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Comparator;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerListViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository repository;

    @SuppressWarnings("unchecked")
    private static Grid<Customer> grid() {
        return _get(Grid.class, spec -> spec.withId("customer-grid"));
    }

    @Test
    void a_reviewer_lands_on_the_customer_list_of_their_own_tenant_only() {
        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate("");
        assertThat(currentView()).isEqualTo(CustomerListView.class);

        List<Customer> shown = _findAll(grid());
        assertThat(shown).isNotEmpty().extracting(Customer::getTenantId).containsOnly(LENDER);
        assertThat((long) _size(grid())).isEqualTo(customers.count(CustomerFilter.ALL));
    }

    @Test
    void searching_narrows_the_list_to_matching_names_and_id_numbers() {
        signIn(WEALTH, "reviewer");
        UI.getCurrent().navigate(CustomerListView.class);
        Customer someone = _get(grid(), 0);

        _setValue(_get(TextField.class, spec -> spec.withId("customer-search")), someone.getFullName());
        assertThat(_findAll(grid())).extracting(Customer::getFullName).allMatch(name -> name.contains(someone.getFullName()));

        // The list shows the number masked; the whole number, typed, still finds the customer.
        String number = TenantContext.callAs(WEALTH, () -> repository.findById(someone.getId())).orElseThrow().getNationalIdNumber();
        _setValue(_get(TextField.class, spec -> spec.withId("customer-search")), number);
        assertThat(_findAll(grid())).extracting(Customer::getId).contains(someone.getId());
    }

    @Test
    void every_role_sees_id_numbers_and_phones_masked_in_the_list() {
        for (String user : List.of("tenant-admin", "reviewer", "approver", "compliance-officer", "auditor")) {
            signIn(LENDER, user);
            UI.getCurrent().navigate(CustomerListView.class);
            List<Customer> shown = _findAll(grid());
            assertThat(shown).as(user).filteredOn(customer -> customer.getNationalIdNumber() != null).isNotEmpty()
                    .allSatisfy(customer -> assertThat(customer.getNationalIdNumber()).contains("*"));
            assertThat(shown).as(user).filteredOn(customer -> customer.getPhone() != null).isNotEmpty()
                    .allSatisfy(customer -> assertThat(customer.getPhone()).contains("*"));
            Customer first = shown.stream().filter(customer -> customer.getNationalIdNumber() != null).findFirst().orElseThrow();
            String stored = TenantContext.callAs(LENDER, () -> repository.findById(first.getId())).orElseThrow().getNationalIdNumber();
            assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid(), shown.indexOf(first)))
                    .as(user).doesNotContain(stored).contains(first.getNationalIdNumber());
            tearDownUi();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtering_by_id_type_shows_only_that_type() {
        signIn(WEALTH, "compliance-officer");
        UI.getCurrent().navigate(CustomerListView.class);
        _setValue(_get(Select.class, spec -> spec.withId("customer-id-type-filter")), NationalIdType.PASSPORT);

        assertThat(_findAll(grid())).isNotEmpty().extracting(Customer::getNationalIdType).containsOnly(NationalIdType.PASSPORT);
    }

    @Test
    void sorting_by_name_orders_the_rows_through_the_database() {
        signIn(LENDER, "approver");
        UI.getCurrent().navigate(CustomerListView.class);
        Grid<Customer> grid = grid();
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("fullName"), SortDirection.DESCENDING)));

        List<String> names = _findAll(grid).stream().map(Customer::getFullName).toList();
        assertThat(names).isSortedAccordingTo(Comparator.<String>naturalOrder().reversed()).hasSizeGreaterThan(10);
    }

    @Test
    void an_auditor_sees_the_list_but_no_button_to_create_customers() {
        signIn(LENDER, "auditor");
        UI.getCurrent().navigate(CustomerListView.class);
        assertThat(_size(grid())).isPositive();
        _assertNone(Button.class, spec -> spec.withId("new-customer"));
    }
}
