package com.crcloud.audit.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.audit.service.HistoryPage;
import com.crcloud.tenant.persistence.TenantOwnedEntity;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The revisions of one entity, newest first: when (tenant time zone), who in which roles, what kind of change,
 * from which screen, and the reason given; a row opens to show each changed field, old and new value. Two rows
 * selected compare those two states; "as of" shows the whole record as it was at a moment. The newest
 * {@value #PAGE} revisions come first, older ones a page at a time on request: a record changed a thousand times
 * opens as fast as one changed once.
 */
public class HistoryPanel<T extends TenantOwnedEntity> extends VerticalLayout {

    static final int PAGE = 50;

    private final AuditHistoryService audit;
    private final Class<T> type;
    private final TenantTime time;
    private final AuditValues values;
    private final Grid<HistoryEntry<T>> grid = new Grid<>();
    private final DateTimePicker asOf = new DateTimePicker();
    private final Div result = new Div();
    private final List<HistoryEntry<T>> loaded = new ArrayList<>();
    private final Button older = new Button();
    private UUID shown;

    public HistoryPanel(AuditHistoryService audit, Class<T> type, TenantTime time) {
        this.audit = audit;
        this.type = type;
        this.time = time;
        this.values = new AuditValues(this, time, getLocale());
        setPadding(false);
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(HistoryEntry::revision).setHeader(getTranslation("audit.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> time.format(entry.timestamp(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(entry -> entry.roles().isEmpty() ? entry.username() : entry.username() + " (" + roles(entry.roles()) + ")")
                .setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.type." + entry.type().name())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(this::changedFields).setHeader(getTranslation("audit.changedFields")).setFlexGrow(1);
        grid.addColumn(entry -> entry.screen() == null ? "" : entry.screen()).setHeader(getTranslation("audit.screen")).setAutoWidth(true);
        grid.addColumn(entry -> entry.reason() == null ? "" : entry.reason()).setHeader(getTranslation("audit.reason")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(entry -> values.changes(type, entry.changes())));
        grid.setDetailsVisibleOnClick(true);

        Button compare = new Button(getTranslation("audit.compare"), click -> compareSelected());
        compare.setId("history-compare");
        asOf.setId("history-as-of");
        asOf.setLabel(getTranslation("audit.asOf"));
        asOf.setLocale(getLocale());
        Button showAsOf = new Button(getTranslation("audit.asOf.show"), click -> showAsOf());
        showAsOf.setId("history-show-as-of");
        HorizontalLayout tools = new HorizontalLayout(compare, asOf, showAsOf);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("history-result");
        older.setText(getTranslation("audit.history.older"));
        older.setId("history-older");
        older.addClickListener(click -> showOlder());
        older.setVisible(false);
        grid.setItems(loaded);
        add(grid, older, tools, result);
    }

    public void show(UUID id) {
        shown = id;
        result.removeAll();
        grid.deselectAll();
        loaded.clear();
        showOlder();
    }

    /** The next page of older revisions, below those shown. */
    void showOlder() {
        Long before = loaded.isEmpty() ? null : loaded.get(loaded.size() - 1).revision();
        HistoryPage<T> page = audit.historyPage(type, shown, before, PAGE);
        loaded.addAll(page.entries());
        grid.getDataProvider().refreshAll();
        older.setVisible(page.more());
    }

    /** The differences between the two selected revisions, older → newer. */
    void compareSelected() {
        result.removeAll();
        List<HistoryEntry<T>> selected = grid.getSelectedItems().stream().sorted(Comparator.comparingLong(HistoryEntry::revision)).toList();
        if (selected.size() != 2) {
            Problems.showError(getTranslation("audit.compare.selectTwo"));
            return;
        }
        HistoryEntry<T> older = selected.get(0);
        HistoryEntry<T> newer = selected.get(1);
        result.add(new Span(getTranslation("audit.compare.title", older.revision(), newer.revision())),
                values.changes(type, audit.compare(type, shown, older.revision(), newer.revision())));
    }

    /** The record as it was at the moment picked (in the tenant's time zone). */
    void showAsOf() {
        result.removeAll();
        if (asOf.getValue() == null || shown == null) {
            Problems.showError(getTranslation("audit.asOf.pick"));
            return;
        }
        String moment = time.format(asOf.getValue().atZone(time.zone()).toInstant(), getLocale());
        Optional<HistoryEntry<T>> state = audit.asOf(type, shown, asOf.getValue().atZone(time.zone()).toInstant());
        if (state.isEmpty()) {
            result.add(new Span(getTranslation("audit.asOf.notYet", moment)));
            return;
        }
        HistoryEntry<T> entry = state.get();
        result.add(new Span(getTranslation(entry.type() == org.hibernate.envers.RevisionType.DEL ? "audit.asOf.deleted" : "audit.asOf.title",
                moment, entry.revision())), values.state(type, entry.state()));
    }

    private String roles(String roles) {
        return java.util.Arrays.stream(roles.split(",")).map(role -> getTranslation("audit.role." + role)).collect(Collectors.joining(", "));
    }

    private String changedFields(HistoryEntry<T> entry) {
        return entry.changedFields().stream().map(field -> values.label(type, field)).collect(Collectors.joining(", "));
    }
}
