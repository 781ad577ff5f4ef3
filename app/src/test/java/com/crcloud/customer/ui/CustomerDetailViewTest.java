package com.crcloud.customer.ui;

import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.ChineseResidentId;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerDetailViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;

    @Test
    void a_reviewer_creates_a_customer_and_sees_the_creation_in_its_history() {
        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(null));
        fill("王小明", LocalDate.of(1992, 4, 18), validId("11010519920418123"));
        _setValue(_get(EmailField.class, spec -> spec.withId("email")), "xiaoming.wang@example.com");
        _setValue(_get(TextField.class, spec -> spec.withId("change-reason")), "walk-in application");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        Customer saved = customers.search(new CustomerFilter("王小明", null), org.springframework.data.domain.Pageable.unpaged())
                .getContent().get(0);
        assertThat(saved.getEmail()).isEqualTo("xiaoming.wang@example.com");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("customers/" + saved.getId());
        @SuppressWarnings("unchecked")
        List<HistoryEntry<Customer>> history = _findAll(_get(Grid.class, spec -> spec.withId("history-grid")));
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("reviewer");
            assertThat(entry.reason()).isEqualTo("walk-in application");
            assertThat(entry.changedFields()).contains("fullName", "nationalIdNumber", "email");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_long_history_opens_with_its_newest_fifty_revisions_and_shows_older_ones_on_request() {
        signIn(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Moves Often", "18000.00"), "opened");
        for (int i = 1; i <= 54; i++) {
            customer.setCity("City " + i);
            customer = customers.save(customer, "move " + i);
        }
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(customer.getId()));

        Grid<HistoryEntry<Customer>> grid = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(_findAll(grid)).hasSize(50).first().satisfies(newest -> {
            assertThat(newest.reason()).isEqualTo("move 54");
            assertThat(newest.changes()).singleElement().satisfies(change -> assertThat(change.before()).isEqualTo("City 53"));
        });
        assertThat(_findAll(grid).get(49).reason()).isEqualTo("move 5");
        assertThat(_findAll(grid).get(49).changes()).as("diff against the revision not yet shown")
                .singleElement().satisfies(change -> assertThat(change.before()).isEqualTo("City 4"));

        _click(_get(Button.class, spec -> spec.withId("history-older")));

        assertThat(_findAll(grid)).hasSize(55).extracting(HistoryEntry::reason).endsWith("move 1", "opened");
        _assertNone(Button.class, spec -> spec.withId("history-older"));
    }

    @Test
    void a_resident_id_with_a_wrong_check_digit_is_rejected_on_the_field_and_what_was_typed_stays() {
        signIn(LENDER, "reviewer");
        long before = customers.count(CustomerFilter.ALL);
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(null));
        String valid = validId("31011519870605002");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        fill("Typo Customer", LocalDate.of(1987, 6, 5), wrong);
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        TextField number = _get(TextField.class, spec -> spec.withId("nationalIdNumber"));
        _expectInvalid(number, "The check digit does not match (mistyped number?)");
        assertThat(number.getValue()).isEqualTo(wrong);
        assertThat(_get(TextField.class, spec -> spec.withId("fullName")).getValue()).isEqualTo("Typo Customer");
        assertThat(customers.count(CustomerFilter.ALL)).isEqualTo(before);
    }

    @Test
    void a_birth_date_that_disagrees_with_the_id_number_is_named_on_the_field() {
        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(null));
        fill("Mismatch Customer", LocalDate.of(1990, 1, 1), validId("44030519910203004"));
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        _expectInvalid(_get(TextField.class, spec -> spec.withId("nationalIdNumber")),
                "The ID number says the customer was born on 1991-02-03, which differs from the date of birth");
    }

    @Test
    void a_duplicate_id_number_is_refused_with_a_link_to_the_existing_customer() {
        signIn(LENDER, "reviewer");
        String number = validId("33010619730911005");
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(null));
        fill("Original Holder", LocalDate.of(1973, 9, 11), number);
        _click(_get(Button.class, spec -> spec.withId("save-customer")));
        Customer original = customers.search(new CustomerFilter(number, null), org.springframework.data.domain.Pageable.unpaged())
                .getContent().get(0);

        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(null));
        fill("Copycat", LocalDate.of(1973, 9, 11), number);
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        _expectInvalid(_get(TextField.class, spec -> spec.withId("nationalIdNumber")),
                "This ID number already belongs to customer Original Holder.");
        Notification notification = getNotifications().get(getNotifications().size() - 1);
        RouterLink link = _get(notification, RouterLink.class, spec -> spec.withId("open-existing-customer"));
        assertThat(link.getHref()).isEqualTo("customers/" + original.getId());
    }

    @Test
    void an_auditor_sees_the_form_read_only_without_a_save_button() {
        signIn(LENDER, "auditor");
        Customer any = customers.search(CustomerFilter.ALL, org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0);
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(any.getId()));

        assertThat(_get(TextField.class, spec -> spec.withId("fullName")).isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("save-customer"));
    }

    @Test
    void another_tenants_customer_id_in_the_address_bar_shows_not_found() {
        signIn(WEALTH, "reviewer");
        Customer wealthCustomer = customers.search(CustomerFilter.ALL, org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0);
        signIn(LENDER, "reviewer");

        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(wealthCustomer.getId()));

        assertThat(currentView()).isEqualTo(CustomerListView.class);
        assertThat(notificationTexts()).contains("No such customer in your organisation.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_change_saved_by_someone_else_meanwhile_is_reported_and_not_overwritten() {
        signIn(LENDER, "reviewer");
        // One whose stored ID number passes its check (the service checks it, the form only shows its mask).
        Customer any = customers.search(new CustomerFilter(null, NationalIdType.CN_RESIDENT_ID),
                        org.springframework.data.domain.PageRequest.of(0, 50)).getContent().stream()
                .filter(candidate -> candidate.getPhone() != null
                        && candidate.residentIdCheck(LocalDate.now()).map(ChineseResidentId.Validation::valid).orElse(false))
                .skip(3).findFirst().orElseThrow();
        UI.getCurrent().navigate(CustomerDetailView.class, CustomerDetailView.parameters(any.getId()));

        Customer meanwhile = customers.find(any.getId()).orElseThrow();
        meanwhile.setPhone("13711112222");
        customers.save(meanwhile, "colleague");

        _click(_get(Button.class, spec -> spec.withId("reveal-phone")));
        _setValue(_get(TextField.class, spec -> spec.withId("reveal-reason")), "customer asked to change the number");
        _click(_get(Button.class, spec -> spec.withId("reveal-confirm")));
        _setValue(_get(TextField.class, spec -> spec.withId("phone")), "13633334444");
        _click(_get(Button.class, spec -> spec.withId("save-customer")));

        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Someone else changed this record"));
        assertThat(customers.find(any.getId()).orElseThrow().getPhone()).isEqualTo("137****2222");
    }

    @SuppressWarnings("unchecked")
    private static void fill(String name, LocalDate birth, String residentId) {
        _setValue(_get(TextField.class, spec -> spec.withId("fullName")), name);
        _setValue(_get(DatePicker.class, spec -> spec.withId("dateOfBirth")), birth);
        _setValue(_get(Select.class, spec -> spec.withId("nationalIdType")), NationalIdType.CN_RESIDENT_ID);
        _setValue(_get(TextField.class, spec -> spec.withId("nationalIdNumber")), residentId);
    }

    private static String validId(String first17) {
        return first17 + ChineseResidentId.checkCharacter(first17);
    }
}
