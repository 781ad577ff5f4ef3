package com.crcloud.customer.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerDocumentService;
import com.crcloud.customer.service.CustomerRecord;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.tabs.TabSheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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
}
