package com.crcloud.customer.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.consent.service.ConsentService;
import com.crcloud.consent.ui.ConsentSection;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRules;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.CustomerDocumentService;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.service.DuplicateCustomerException;
import com.crcloud.customer.service.InvalidCustomerException;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.masking.MaskingPolicy;
import com.crcloud.masking.SensitiveData;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.crcloud.ui.RouteIds;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One customer: the identity form (read-only for roles that may not edit) and its change history. The
 * parameter {@value #NEW} opens an empty form. The ID number and phone of a stored customer show masked and stay
 * read-only until revealed (roles of {@link MaskingPolicy}, with a reason); unrevealed, they are saved unchanged.
 */
@Route(value = Paths.CUSTOMERS + "/:" + CustomerDetailView.PARAMETER, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.REVIEWER_NAME, Role.APPROVER_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class CustomerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "customerId";
    static final String NEW = "new";

    private final CustomerService customers;
    private final Clock clock;
    private final boolean mayEdit;
    private final boolean mayRunChecks;
    private final boolean mayReveal;
    /** The sensitive values of the customer on screen that still show their mask. */
    private final Set<SensitiveData> masked = EnumSet.noneOf(SensitiveData.class);
    private final Button revealNationalId = new Button();
    private final Button revealPhone = new Button();
    private final Binder<Customer> binder = new Binder<>(Customer.class);
    private final H2 heading = new H2();
    private final Anchor automatedChecks = new Anchor();
    private final Anchor reviews = new Anchor();
    private final Anchor privacy = new Anchor();
    private final HistoryPanel<Customer> history;
    private final RecordTabs recordTabs;
    private final ConsentSection consents;
    private final boolean mayHandlePrivacy;

    private final TextField fullName = new TextField();
    private final DatePicker dateOfBirth = new DatePicker();
    private final Select<NationalIdType> nationalIdType = new Select<>();
    private final TextField nationalIdNumber = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextField addressLine = new TextField();
    private final TextField city = new TextField();
    private final TextField region = new TextField();
    private final TextField postalCode = new TextField();
    private final ComboBox<String> countryCode = new ComboBox<>();
    private final BigDecimalField monthlyIncome = new BigDecimalField();
    private final BigDecimalField monthlyExpenses = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final TextField reason = new TextField();
    private final Button save = new Button();
    private final Map<String, HasValidation> fieldsByName;

    private Customer customer;

    public CustomerDetailView(CustomerService customers, AuditHistoryService audit, CurrentUser currentUser,
                              TenantTime time, Clock clock, CustomerRecordService records, CustomerDocumentService documents,
                              ConsentService consentService) {
        this.customers = customers;
        this.clock = clock;
        this.mayEdit = currentUser.require().hasRole(Role.REVIEWER) || currentUser.require().hasRole(Role.TENANT_ADMIN);
        this.mayRunChecks = currentUser.require().roles().stream().anyMatch(role -> role != Role.AUDITOR);
        this.mayReveal = MaskingPolicy.mayReveal(currentUser.require().roles());
        this.history = new HistoryPanel<>(audit, Customer.class, time);
        this.recordTabs = new RecordTabs(records, documents, audit, time, clock, mayEdit, mayReveal);
        this.consents = new ConsentSection(consentService, time, clock, mayEdit || currentUser.require().hasRole(Role.COMPLIANCE_OFFICER));
        this.mayHandlePrivacy = currentUser.require().roles().stream().anyMatch(role -> role == Role.TENANT_ADMIN
                || role == Role.COMPLIANCE_OFFICER || role == Role.AUDITOR);
        this.fieldsByName = Map.ofEntries(
                Map.entry(CustomerRules.FULL_NAME, fullName), Map.entry(CustomerRules.DATE_OF_BIRTH, dateOfBirth),
                Map.entry(CustomerRules.NATIONAL_ID_TYPE, nationalIdType), Map.entry(CustomerRules.NATIONAL_ID_NUMBER, nationalIdNumber),
                Map.entry(CustomerRules.PHONE, phone), Map.entry(CustomerRules.EMAIL, email),
                Map.entry(CustomerRules.POSTAL_CODE, postalCode), Map.entry(CustomerRules.COUNTRY_CODE, countryCode),
                Map.entry(CustomerRules.MONTHLY_INCOME, monthlyIncome), Map.entry(CustomerRules.MONTHLY_EXPENSES, monthlyExpenses),
                Map.entry(CustomerRules.CURRENCY, currency));

        configureFields();
        bindFields();
        configureReveal(revealNationalId, nationalIdNumber, SensitiveData.NATIONAL_ID, "customer.nationalIdNumber");
        configureReveal(revealPhone, phone, SensitiveData.PHONE, "customer.phone");

        FormLayout form = new FormLayout(fullName, dateOfBirth, nationalIdType, nationalIdNumber, phone, email,
                addressLine, city, region, postalCode, countryCode, currency, monthlyIncome, monthlyExpenses);
        form.setColspan(addressLine, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        save.setText(getTranslation("action.save"));
        save.setId("save-customer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button back = new Button(getTranslation("action.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(CustomerListView.class)));
        reason.setId("change-reason");
        reason.setLabel(getTranslation("audit.reason"));
        reason.setHelperText(getTranslation("audit.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidth("28rem");
        HorizontalLayout actions = new HorizontalLayout(reason, save, back);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setVisible(mayEdit);
        // Linked by path: the review feature builds on customers, not the other way round.
        automatedChecks.setText(getTranslation("checks.open"));
        automatedChecks.setId("open-checks");
        automatedChecks.setVisible(false);
        reviews.setText(getTranslation("customer.cases"));
        reviews.setId("open-reviews");
        reviews.setVisible(false);
        privacy.setText(getTranslation("privacy.open"));
        privacy.setId("open-privacy");
        privacy.setVisible(false);
        binder.setReadOnly(!mayEdit);

        add(new HorizontalLayout(heading, reviews, automatedChecks, privacy), form, actions, recordTabs, consents,
                new H3(getTranslation("audit.history")), history);
    }

    /** Route parameters that open this view on a customer, or on an empty form for null. */
    public static RouteParameters parameters(UUID customerId) {
        return new RouteParameters(PARAMETER, customerId == null ? NEW : customerId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(PARAMETER).orElse(NEW);
        if (NEW.equals(parameter)) {
            if (!mayEdit) {
                event.forwardTo(CustomerListView.class);
                return;
            }
            show(new Customer());
            return;
        }
        Optional<Customer> found = RouteIds.uuid(parameter).flatMap(customers::find);
        if (found.isEmpty()) {
            // Unknown, malformed, or another tenant's id: all look the same.
            Problems.showError(getTranslation("customer.error.notFound"));
            event.forwardTo(CustomerListView.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private void show(Customer shown) {
        this.customer = shown;
        masked.clear();
        if (!shown.isNew() && shown.getNationalIdNumber() != null) {
            masked.add(SensitiveData.NATIONAL_ID);
        }
        if (!shown.isNew() && shown.getPhone() != null) {
            masked.add(SensitiveData.PHONE);
        }
        binder.readBean(shown);
        updateMasking();
        reason.clear();
        heading.setText(shown.isNew() ? getTranslation("customer.new") : shown.getFullName());
        history.setVisible(!shown.isNew());
        recordTabs.setVisible(!shown.isNew());
        automatedChecks.setVisible(!shown.isNew() && mayRunChecks);
        reviews.setVisible(!shown.isNew());
        consents.setVisible(!shown.isNew());
        privacy.setVisible(!shown.isNew() && mayHandlePrivacy);
        if (!shown.isNew()) {
            consents.show(shown.getId());
            privacy.setHref(Paths.CUSTOMERS + "/" + shown.getId() + "/" + Paths.CUSTOMER_PRIVACY);
            privacy.getElement().setAttribute("router-link", true);
            history.show(shown.getId());
            recordTabs.show(shown);
            automatedChecks.setHref(Paths.CUSTOMERS + "/" + shown.getId() + "/checks");
            automatedChecks.getElement().setAttribute("router-link", true);
            reviews.setHref(Paths.CUSTOMERS + "/" + shown.getId() + "/reviews");
            reviews.getElement().setAttribute("router-link", true);
        }
    }

    private void save() {
        try {
            binder.writeBean(customer);
        } catch (ValidationException e) {
            return; // The fields show what is wrong; nothing typed is lost.
        }
        boolean wasNew = customer.isNew();
        try {
            Customer saved = customers.save(customer, reason.getValue());
            Problems.showSuccess(getTranslation("customer.saved", saved.getFullName()));
            show(saved);
            if (wasNew) {
                getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class, parameters(saved.getId())));
            }
        } catch (InvalidCustomerException e) {
            e.problems().forEach(this::markField);
        } catch (DuplicateCustomerException e) {
            nationalIdNumber.setInvalid(true);
            nationalIdNumber.setErrorMessage(Problems.message(this, e));
            RouterLink existing = new RouterLink(getTranslation("customer.openExisting"), CustomerDetailView.class,
                    parameters(e.existingId()));
            existing.setId("open-existing-customer");
            Problems.showError(Problems.message(this, e), existing);
        } catch (ConcurrentChangeException e) {
            Button reload = new Button(getTranslation("action.reload"));
            reload.setId("reload-customer");
            Notification notification = Problems.showError(Problems.message(this, e), reload);
            reload.addClickListener(click -> {
                customers.find(customer.getId()).ifPresent(this::show);
                notification.close();
            });
        }
    }

    private void configureReveal(Button reveal, TextField field, SensitiveData data, String labelKey) {
        String what = getTranslation(labelKey);
        reveal.setIcon(VaadinIcon.EYE.create());
        reveal.setId("reveal-" + field.getId().orElseThrow());
        reveal.setAriaLabel(getTranslation("masking.reveal.title", what));
        reveal.setTooltipText(getTranslation("masking.reveal.title", what));
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        reveal.addClickListener(click -> new RevealDialog(what,
                reason -> customers.reveal(customer.getId(), data, reason),
                value -> {
                    masked.remove(data);
                    value.ifPresent(field::setValue);
                    updateMasking();
                }).open());
        field.setSuffixComponent(reveal);
    }

    /** A masked value is read-only (it is kept as stored); a revealed one is editable for those who edit. */
    private void updateMasking() {
        nationalIdNumber.setReadOnly(!mayEdit || masked.contains(SensitiveData.NATIONAL_ID));
        phone.setReadOnly(!mayEdit || masked.contains(SensitiveData.PHONE));
        revealNationalId.setVisible(mayReveal && masked.contains(SensitiveData.NATIONAL_ID));
        revealPhone.setVisible(mayReveal && masked.contains(SensitiveData.PHONE));
    }

    private void markField(FieldProblem problem) {
        HasValidation field = fieldsByName.get(problem.field());
        if (field != null) {
            field.setErrorMessage(Problems.message(this, problem));
            field.setInvalid(true);
        } else {
            Problems.showError(Problems.message(this, problem));
        }
    }

    private void configureFields() {
        Fields.labelled(fullName, "fullName", "customer.fullName");
        fullName.setRequiredIndicatorVisible(true);
        Fields.labelled(dateOfBirth, "dateOfBirth", "customer.dateOfBirth");
        dateOfBirth.setMax(LocalDate.now(clock));
        Fields.labelled(nationalIdType, "nationalIdType", "customer.nationalIdType");
        nationalIdType.setItems(NationalIdType.values());
        nationalIdType.setEmptySelectionAllowed(true);
        nationalIdType.setItemLabelGenerator(type -> type == null ? "" : getTranslation("nationalIdType." + type.name()));
        Fields.labelled(nationalIdNumber, "nationalIdNumber", "customer.nationalIdNumber");
        Fields.labelled(phone, "phone", "customer.phone");
        Fields.labelled(email, "email", "customer.email");
        Fields.labelled(addressLine, "addressLine", "customer.addressLine");
        Fields.labelled(city, "city", "customer.city");
        Fields.labelled(region, "region", "customer.region");
        Fields.labelled(postalCode, "postalCode", "customer.postalCode");
        Fields.labelled(countryCode, "countryCode", "customer.countryCode");
        countryCode.setItems(Stream.of(Locale.getISOCountries()).sorted().toList());
        countryCode.setItemLabelGenerator(code -> code + " · " + new Locale("", code).getDisplayCountry(getLocale()));
        Fields.labelled(currency, "currency", "customer.currency");
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        Fields.labelled(monthlyIncome, "monthlyIncome", "customer.monthlyIncome");
        Fields.labelled(monthlyExpenses, "monthlyExpenses", "customer.monthlyExpenses");
    }

    private void bindFields() {
        binder.forField(fullName).withValidator(Problems.rule(this, CustomerRules::fullName))
                .bind(Customer::getFullName, Customer::setFullName);
        binder.forField(dateOfBirth)
                .withValidator(Problems.rule(this, (LocalDate value) -> CustomerRules.dateOfBirth(value, LocalDate.now(clock))))
                .bind(Customer::getDateOfBirth, Customer::setDateOfBirth);
        binder.forField(nationalIdType).bind(Customer::getNationalIdType, Customer::setNationalIdType);
        var idBinding = binder.forField(nationalIdNumber)
                .withValidator(Problems.rule(this, (String value) -> masked.contains(SensitiveData.NATIONAL_ID) ? Optional.empty()
                        : CustomerRules.nationalId(nationalIdType.getValue(), value, dateOfBirth.getValue(), LocalDate.now(clock))))
                .bind(Customer::getNationalIdNumber, Customer::setNationalIdNumber);
        // The number's rules depend on the type and the date of birth: re-check it when they change.
        nationalIdType.addValueChangeListener(event -> idBinding.validate());
        dateOfBirth.addValueChangeListener(event -> {
            if (!nationalIdNumber.isEmpty()) {
                idBinding.validate();
            }
        });
        binder.forField(phone).withValidator(Problems.rule(this,
                        (String value) -> masked.contains(SensitiveData.PHONE) ? Optional.empty() : CustomerRules.phone(value)))
                .bind(Customer::getPhone, Customer::setPhone);
        binder.forField(email).withValidator(Problems.rule(this, CustomerRules::email))
                .bind(Customer::getEmail, Customer::setEmail);
        binder.forField(addressLine).bind(Customer::getAddressLine, Customer::setAddressLine);
        binder.forField(city).bind(Customer::getCity, Customer::setCity);
        binder.forField(region).bind(Customer::getRegion, Customer::setRegion);
        binder.forField(postalCode).withValidator(Problems.rule(this, CustomerRules::postalCode))
                .bind(Customer::getPostalCode, Customer::setPostalCode);
        binder.forField(countryCode).withValidator(Problems.rule(this, CustomerRules::countryCode))
                .bind(Customer::getCountryCode, Customer::setCountryCode);
        binder.forField(monthlyIncome)
                .withValidator(Problems.rule(this, value -> CustomerRules.amount(CustomerRules.MONTHLY_INCOME, value)))
                .bind(Customer::getMonthlyIncome, Customer::setMonthlyIncome);
        binder.forField(monthlyExpenses)
                .withValidator(Problems.rule(this, value -> CustomerRules.amount(CustomerRules.MONTHLY_EXPENSES, value)))
                .bind(Customer::getMonthlyExpenses, Customer::setMonthlyExpenses);
        binder.forField(currency)
                .withValidator(Problems.rule(this, (String value) -> CustomerRules.currency(value,
                        monthlyIncome.getValue() != null || monthlyExpenses.getValue() != null)))
                .bind(Customer::getCurrency, Customer::setCurrency);
    }
}
