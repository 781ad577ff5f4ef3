package com.crcloud.review.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerFinancesChanged;
import com.crcloud.plugin.api.LifecycleEvent;
import com.crcloud.pluginhost.service.LifecycleEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Tells plugins about decided cases and changed customer data, in the SDK's terms: a decision by its outcome name
 * ({@code APPROVED}, {@code REJECTED}, {@code MORE_INFO_REQUESTED}), a data change by the snapshot fields it
 * touched.
 */
@Component
class PluginLifecycleBridge {

    private static final Set<String> FINANCES = Set.of("monthlyIncome", "monthlyExpenses", "currency");

    private final LifecycleEvents lifecycle;
    private final AuditHistoryService audit;

    PluginLifecycleBridge(LifecycleEvents lifecycle, AuditHistoryService audit) {
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    @EventListener
    void caseDecided(CaseDecided event) {
        lifecycle.publish(() -> new LifecycleEvent.CaseDecided(event.caseId().toString(), event.customerId().toString(),
                event.outcome().name()));
    }

    @EventListener
    void financesChanged(CustomerFinancesChanged event) {
        lifecycle.publish(() -> new LifecycleEvent.CustomerDataChanged(event.customerId().toString(), changedFields(event.customerId())));
    }

    /**
     * The snapshot fields of the newest revision that changed the finances (the one this event reports; the
     * event itself does not say which of income, expenses or currency changed, and the same save may have
     * changed other fields too).
     */
    private List<String> changedFields(UUID customerId) {
        List<HistoryEntry<Customer>> history = audit.history(Customer.class, customerId);
        for (int i = history.size() - 1; i >= 0; i--) {
            List<String> changed = history.get(i).changedFields();
            if (changed.stream().anyMatch(FINANCES::contains)) {
                return changed.stream().filter(CustomerSnapshots.FIELDS::contains).sorted().toList();
            }
        }
        return FINANCES.stream().sorted().toList();
    }
}
