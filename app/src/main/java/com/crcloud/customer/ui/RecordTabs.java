package com.crcloud.customer.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerDocumentService;
import com.crcloud.customer.service.CustomerRecord;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.tenant.persistence.TenantOwnedEntity;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The customer's finances, credit record and documents, one tab each, below the identity form. The whole record
 * is read again after every change (one query per kind of entry), so what is shown is always what is stored.
 */
final class RecordTabs extends TabSheet {

    private final CustomerRecordService records;
    private final AuditHistoryService audit;
    private final TenantTime time;
    private final Clock clock;
    private final boolean mayEdit;
    private final FinancesTab finances;
    private final CreditRecordTab credit;
    private final DocumentsTab documents;
    private Customer customer;

    RecordTabs(CustomerRecordService records, CustomerDocumentService documentService, AuditHistoryService audit, TenantTime time,
               Clock clock, boolean mayEdit, boolean mayDownload) {
        this.records = records;
        this.audit = audit;
        this.time = time;
        this.clock = clock;
        this.mayEdit = mayEdit;
        this.finances = new FinancesTab(this);
        this.credit = new CreditRecordTab(this);
        this.documents = new DocumentsTab(this, documentService, mayDownload);
        setId("record-tabs");
        setWidthFull();
        add(getTranslation("customer.record.finances"), finances).setId("tab-finances");
        add(getTranslation("customer.record.credit"), credit).setId("tab-credit");
        add(getTranslation("customer.record.documents"), documents).setId("tab-documents");
    }

    void show(Customer shown) {
        this.customer = shown;
        refresh();
    }

    /** Reads the record again and shows it in every tab. */
    void refresh() {
        if (customer == null || customer.isNew()) {
            return;
        }
        CustomerRecord record = records.recordOf(customer.getId());
        finances.show(customer, record);
        credit.show(customer, record);
        documents.show(record.documents());
    }

    UUID customerId() {
        return customer.getId();
    }

    Customer customer() {
        return customer;
    }

    boolean mayEdit() {
        return mayEdit;
    }

    CustomerRecordService records() {
        return records;
    }

    AuditHistoryService audit() {
        return audit;
    }

    TenantTime time() {
        return time;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(time.zone()));
    }

    /**
     * Asks for a reason and removes an entry with it; a refusal (e.g. a verified document, a stale version) is
     * shown, and the record is read again either way.
     */
    void confirmRemoval(String what, Consumer<String> remove) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("customer.record.removeTitle", what));
        TextField reason = new TextField(getTranslation("audit.reason"));
        reason.setId("remove-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("customer.record.removeText")), reason);
        Button confirm = new Button(getTranslation("action.remove"), click -> {
            try {
                remove.accept(reason.getValue());
                Problems.showSuccess(getTranslation("customer.record.removed"));
            } catch (UserFacingException e) {
                Problems.showError(Problems.message(this, e));
            }
            dialog.close();
            refresh();
        });
        confirm.setId("confirm-remove");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** The change history of one entry, removed ones included, in a dialog. */
    <T extends TenantOwnedEntity> void showHistory(String what, Class<T> type, UUID id) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("customer.record.historyTitle", what));
        dialog.setWidth("60rem");
        HistoryPanel<T> history = new HistoryPanel<>(audit, type, time);
        history.show(id);
        dialog.add(history);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }
}
