package com.crcloud.customer.ui;

import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.CustomerRecordEntry;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every change to one tab's entries of the customer, newest first, removed entries included (their last state
 * is kept): when, who, which entry, what changed and why. Read when opened.
 */
final class RecordHistory extends Details {

    /** One kind of entry shown here: its type, its name, and how to recognise an entry in a line. */
    record Source<T extends CustomerRecordEntry>(Class<T> type, String kindKey, Function<T, String> describe) {
    }

    private record Row(long revision, Instant timestamp, String username, String entry, String action, String changes, String reason) {
    }

    private final RecordTabs page;
    private final List<Source<?>> sources;
    private final Grid<Row> grid = new Grid<>();

    RecordHistory(RecordTabs page, String id, List<Source<?>> sources) {
        this.page = page;
        this.sources = List.copyOf(sources);
        setSummaryText(getTranslation("customer.record.tabHistory"));
        setId(id);
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Row::revision).setHeader(getTranslation("audit.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> page.time().format(row.timestamp(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(Row::username).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(Row::entry).setHeader(getTranslation("customer.record.entry")).setFlexGrow(1);
        grid.addColumn(Row::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(Row::changes).setHeader(getTranslation("audit.changedFields")).setFlexGrow(1);
        grid.addColumn(Row::reason).setHeader(getTranslation("audit.reason")).setFlexGrow(1);
        add(grid);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                refresh();
            }
        });
    }

    /** Reads the history again if it is open (it is read when opened otherwise). */
    void refresh() {
        if (!isOpened() || page.customer() == null || page.customer().isNew()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (Source<?> source : sources) {
            rows.addAll(rows(source));
        }
        rows.sort(Comparator.comparingLong(Row::revision).reversed());
        grid.setItems(rows);
    }

    private <T extends CustomerRecordEntry> List<Row> rows(Source<T> source) {
        String kind = getTranslation(source.kindKey());
        String prefix = source.type().getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT) + source.type().getSimpleName().substring(1) + ".";
        List<Row> rows = new ArrayList<>();
        for (HistoryEntry<T> entry : page.audit().historyWhere(source.type(), "customerId", page.customerId())) {
            String described = source.describe().apply(entry.state());
            String changes = entry.changedFields().stream()
                    .filter(field -> !field.equals("customerId"))
                    .map(field -> getTranslation(prefix + field)).collect(Collectors.joining(", "));
            rows.add(new Row(entry.revision(), entry.timestamp(), entry.username(),
                    described == null || described.isBlank() ? kind : kind + ": " + described,
                    getTranslation("audit.type." + entry.type().name()), changes, entry.reason() == null ? "" : entry.reason()));
        }
        return rows;
    }
}
