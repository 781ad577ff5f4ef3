package com.crcloud.audit.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.tenant.persistence.TenantOwnedEntity;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The revisions of one entity, newest first: when (tenant time zone), who, what kind of change, which fields,
 * and the reason given. Field names are shown with the same labels as the entity's form.
 */
public class HistoryPanel<T extends TenantOwnedEntity> extends VerticalLayout {

    private final AuditHistoryService audit;
    private final Class<T> type;
    private final Grid<HistoryEntry<T>> grid = new Grid<>();

    public HistoryPanel(AuditHistoryService audit, Class<T> type, TenantTime time) {
        this.audit = audit;
        this.type = type;
        setPadding(false);
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(HistoryEntry::revision).setHeader(getTranslation("audit.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> time.format(entry.timestamp(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(HistoryEntry::username).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.type." + entry.type().name())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(this::changedFields).setHeader(getTranslation("audit.changedFields")).setFlexGrow(1);
        grid.addColumn(entry -> entry.reason() == null ? "" : entry.reason()).setHeader(getTranslation("audit.reason")).setFlexGrow(1);
        add(grid);
    }

    public void show(UUID id) {
        List<HistoryEntry<T>> entries = new ArrayList<>(audit.history(type, id));
        Collections.reverse(entries);
        grid.setItems(entries);
    }

    private String changedFields(HistoryEntry<T> entry) {
        String prefix = type.getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT) + type.getSimpleName().substring(1) + ".";
        return entry.changedFields().stream().map(field -> getTranslation(prefix + field)).collect(Collectors.joining(", "));
    }
}
