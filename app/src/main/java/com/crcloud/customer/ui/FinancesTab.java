package com.crcloud.customer.ui;

import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRecordRules;
import com.crcloud.customer.domain.EmploymentStatus;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.Holding;
import com.crcloud.customer.domain.HoldingKind;
import com.crcloud.customer.domain.IncomeSource;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.CustomerRecord;
import com.crcloud.customer.service.InvalidCustomerException;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finances: where the income comes from and the customer's employment (one small form), and their assets and
 * liabilities by kind, with the net worth per currency.
 */
final class FinancesTab extends VerticalLayout {

    private static final List<String> CURRENCIES =
            Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();

    private final RecordTabs page;
    private final Paragraph income = new Paragraph();
    private final EntryForm<FinancialProfile> profileForm;
    private final TextField profileReason = new TextField();
    private final Button profileHistory = new Button();
    private final EntrySection<Holding> assets;
    private final EntrySection<Holding> liabilities;
    private final Paragraph netWorth = new Paragraph();
    private final RecordHistory history;
    private FinancialProfile profile;
    private UUID shownCustomerId;

    FinancesTab(RecordTabs page) {
        this.page = page;
        setPadding(false);
        income.setId("finances-income");
        profileForm = profileForm();

        profileReason.setId("profile-reason");
        profileReason.setLabel(getTranslation("audit.reason"));
        profileReason.setMaxLength(1000);
        profileReason.setWidth("24rem");
        Button save = new Button(getTranslation("action.save"), click -> saveProfile());
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout profileActions = new HorizontalLayout(profileReason, save);
        profileActions.setAlignItems(Alignment.BASELINE);
        profileActions.setVisible(page.mayEdit());
        profileHistory.setText(getTranslation("audit.history"));
        profileHistory.setId("history-profile");
        profileHistory.addThemeVariants(ButtonVariant.LUMO_SMALL);
        profileHistory.addClickListener(click -> showProfileHistory());
        HorizontalLayout profileTitle = new HorizontalLayout(new H4(getTranslation("customer.record.profile")), profileHistory);
        profileTitle.setAlignItems(Alignment.BASELINE);

        assets = new EntrySection<>(page, Holding.class, "assets", "customer.record.asset",
                this::holding, holding -> holdingForm(HoldingKind.Side.ASSET));
        liabilities = new EntrySection<>(page, Holding.class, "liabilities", "customer.record.liability",
                this::holding, holding -> holdingForm(HoldingKind.Side.LIABILITY));
        for (EntrySection<Holding> section : List.of(assets, liabilities)) {
            section.grid().addColumn(holding -> getTranslation("holdingKind." + holding.getKind().name()))
                    .setHeader(getTranslation("holding.kind")).setAutoWidth(true);
            section.grid().addColumn(holding -> RecordFormat.amount(holding.getAmount(), holding.getCurrency(), getLocale()))
                    .setHeader(getTranslation("holding.amount")).setAutoWidth(true);
            section.grid().addColumn(Holding::getDescription).setHeader(getTranslation("holding.description")).setFlexGrow(1);
        }
        netWorth.setId("net-worth");
        history = new RecordHistory(page, "finances-history", List.of(
                new RecordHistory.Source<>(FinancialProfile.class, "customer.record.profile", profile -> ""),
                new RecordHistory.Source<>(Holding.class, "customer.record.holding", holding -> getTranslation("holdingKind." + holding.getKind().name())
                        + " " + RecordFormat.amount(holding.getAmount(), holding.getCurrency(), getLocale()))));

        add(profileTitle, income, profileForm.layout(), profileActions, assets, liabilities, netWorth, history);
    }

    void show(Customer customer, CustomerRecord record) {
        income.setText(getTranslation("customer.record.incomeOnForm",
                RecordFormat.amount(customer.getMonthlyIncome(), customer.getCurrency(), getLocale()),
                RecordFormat.amount(customer.getMonthlyExpenses(), customer.getCurrency(), getLocale())));
        // Another section's change refreshes the page: what the user is typing into this form stays.
        boolean typing = customer.getId().equals(shownCustomerId) && profileForm.binder().hasChanges();
        shownCustomerId = customer.getId();
        if (!typing) {
            profile = record.profile().orElseGet(FinancialProfile::new);
            profileForm.binder().readBean(profile);
        }
        profileForm.binder().setReadOnly(!page.mayEdit());
        profileReason.clear();
        profileHistory.setEnabled(!profile.isNew());
        assets.setItems(record.assets());
        liabilities.setItems(record.liabilities());
        netWorth.setText(getTranslation("customer.record.netWorth", netWorth(record)));
        history.refresh();
    }

    private void saveProfile() {
        try {
            profileForm.binder().writeBean(profile);
        } catch (ValidationException e) {
            return;
        }
        try {
            page.records().save(page.customerId(), profile, profileReason.getValue());
            Problems.showSuccess(getTranslation("customer.record.saved"));
            page.refresh();
        } catch (InvalidCustomerException e) {
            e.problems().forEach(profileForm::mark);
        } catch (ConcurrentChangeException e) {
            Button reload = new Button(getTranslation("action.reload"));
            reload.setId("reload-record");
            var notification = Problems.showError(Problems.message(this, e), reload);
            reload.addClickListener(click -> {
                notification.close();
                page.refresh();
            });
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
    }

    private void showProfileHistory() {
        if (profile == null || profile.isNew()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("customer.record.historyTitle", getTranslation("customer.record.profile")));
        dialog.setWidth("60rem");
        HistoryPanel<FinancialProfile> history = new HistoryPanel<>(page.audit(), FinancialProfile.class, page.time());
        history.show(profile.getId());
        dialog.add(history);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    private EntryForm<FinancialProfile> profileForm() {
        EntryForm<FinancialProfile> form = new EntryForm<>(this, FinancialProfile.class, "profile", "financialProfile");
        Select<IncomeSource> source = new Select<>();
        source.setItems(IncomeSource.values());
        source.setEmptySelectionAllowed(true);
        source.setItemLabelGenerator(value -> value == null ? "" : getTranslation("incomeSource." + value.name()));
        Select<EmploymentStatus> status = new Select<>();
        status.setItems(EmploymentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(value -> value == null ? "" : getTranslation("employmentStatus." + value.name()));
        TextField employer = new TextField();
        employer.setMaxLength(CustomerRecordRules.NAME_LENGTH);
        DatePicker since = new DatePicker();
        since.setMax(page.today());

        var sourceBinding = form.field(CustomerRecordRules.INCOME_SOURCE, source)
                .withValidator(Problems.rule(this, (IncomeSource value) -> CustomerRecordRules.incomeSource(value, status.getValue())))
                .bind(FinancialProfile::getIncomeSource, FinancialProfile::setIncomeSource);
        form.field(CustomerRecordRules.EMPLOYMENT_STATUS, status)
                .bind(FinancialProfile::getEmploymentStatus, FinancialProfile::setEmploymentStatus);
        var employerBinding = form.field(CustomerRecordRules.EMPLOYER_NAME, employer)
                .withValidator(Problems.rule(this, (String value) -> CustomerRecordRules.employerName(value, status.getValue())))
                .bind(FinancialProfile::getEmployerName, FinancialProfile::setEmployerName);
        form.field(CustomerRecordRules.EMPLOYED_SINCE, since)
                .withValidator(Problems.rule(this, (LocalDate value) -> CustomerRecordRules.employedSince(value,
                        page.customer().getDateOfBirth(), page.today())))
                .bind(FinancialProfile::getEmployedSince, FinancialProfile::setEmployedSince);
        // Source and employer depend on the status: check them again when it changes.
        status.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                sourceBinding.validate();
                if (!employer.isEmpty() || event.getValue() == EmploymentStatus.EMPLOYED) {
                    employerBinding.validate();
                }
            }
        });
        return form;
    }

    private Holding holding() {
        Holding holding = new Holding();
        holding.setCurrency(page.customer().getCurrency());
        return holding;
    }

    private EntryForm<Holding> holdingForm(HoldingKind.Side side) {
        EntryForm<Holding> form = new EntryForm<>(this, Holding.class, "holding", "holding");
        Select<HoldingKind> kind = new Select<>();
        kind.setItems(HoldingKind.of(side));
        kind.setItemLabelGenerator(value -> value == null ? "" : getTranslation("holdingKind." + value.name()));
        BigDecimalField amount = new BigDecimalField();
        ComboBox<String> currency = new ComboBox<>();
        currency.setItems(CURRENCIES);
        TextField description = new TextField();
        description.setMaxLength(CustomerRecordRules.NAME_LENGTH);
        form.field(CustomerRecordRules.KIND, kind)
                .withValidator(Problems.rule(this, (HoldingKind value) -> CustomerRecordRules.required(CustomerRecordRules.KIND, value)))
                .bind(Holding::getKind, Holding::setKind);
        form.field(CustomerRecordRules.AMOUNT, amount)
                .withValidator(Problems.rule(this, (BigDecimal value) -> CustomerRecordRules.amount(CustomerRecordRules.AMOUNT, value)))
                .bind(Holding::getAmount, Holding::setAmount);
        form.field(CustomerRecordRules.CURRENCY, currency)
                .withValidator(Problems.rule(this, CustomerRecordRules::currency))
                .bind(Holding::getCurrency, Holding::setCurrency);
        form.field(CustomerRecordRules.DESCRIPTION, description)
                .withValidator(Problems.rule(this, (String value) -> CustomerRecordRules.text(CustomerRecordRules.DESCRIPTION, value,
                        CustomerRecordRules.NAME_LENGTH)))
                .bind(Holding::getDescription, Holding::setDescription);
        return form;
    }

    /** Assets minus liabilities per currency (no conversion: amounts in different currencies are not added). */
    private String netWorth(CustomerRecord record) {
        if (record.holdings().isEmpty()) {
            return getTranslation("customer.record.notDeclared");
        }
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        for (Holding holding : record.holdings()) {
            BigDecimal signed = holding.getKind().side() == HoldingKind.Side.ASSET ? holding.getAmount() : holding.getAmount().negate();
            byCurrency.merge(holding.getCurrency(), signed, BigDecimal::add);
        }
        return byCurrency.entrySet().stream()
                .map(entry -> RecordFormat.amount(entry.getValue(), entry.getKey(), getLocale()))
                .collect(Collectors.joining(" · "));
    }
}
