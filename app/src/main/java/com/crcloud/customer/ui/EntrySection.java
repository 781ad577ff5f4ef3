package com.crcloud.customer.ui;

import com.crcloud.customer.domain.CustomerRecordEntry;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of record entry on the customer page: a grid, and for editors Add / Edit / Remove through a dialog;
 * everyone can open an entry (read-only unless they edit) and its change history. Ids: {@code <id>-grid},
 * {@code add-<id>}, {@code edit-<id>}, {@code remove-<id>}, {@code history-<id>}.
 */
final class EntrySection<T extends CustomerRecordEntry> extends VerticalLayout {

    private final RecordTabs page;
    private final Class<T> type;
    private final String titleKey;
    private final Supplier<T> newEntry;
    private final Function<T, EntryForm<T>> forms;
    private final Grid<T> grid = new Grid<>();
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final Button add = new Button();

    /**
     * @param newEntry an empty entry to add, or null while adding is not possible (no loan chosen for repayments)
     * @param forms    the form of an entry, built for the entry it will show
     */
    EntrySection(RecordTabs page, Class<T> type, String id, String titleKey, Supplier<T> newEntry, Function<T, EntryForm<T>> forms) {
        this.page = page;
        this.type = type;
        this.titleKey = titleKey;
        this.newEntry = newEntry;
        this.forms = forms;
        setPadding(false);
        setSpacing(false);

        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("customer.record.empty"));
        grid.addItemDoubleClickListener(event -> open(event.getItem()));

        add.setText(getTranslation("action.add"));
        add.addClickListener(click -> Optional.ofNullable(newEntry.get()).ifPresent(this::open));
        add.setId("add-" + id);
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setVisible(page.mayEdit());
        Button edit = new Button(getTranslation(page.mayEdit() ? "action.edit" : "action.view"), click -> selected().ifPresent(this::open));
        edit.setId("edit-" + id);
        Button remove = new Button(getTranslation("action.remove"), click -> selected().ifPresent(this::confirmRemove));
        remove.setId("remove-" + id);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setVisible(page.mayEdit());
        Button history = new Button(getTranslation("audit.history"), click -> selected().ifPresent(this::showHistory));
        history.setId("history-" + id);
        for (Button button : new Button[]{edit, remove, history}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setEnabled(false);
        }
        grid.asSingleSelect().addValueChangeListener(event -> {
            boolean chosen = event.getValue() != null;
            edit.setEnabled(chosen);
            remove.setEnabled(chosen);
            history.setEnabled(chosen);
        });
        H4 title = new H4(getTranslation(titleKey + ".plural"));
        toolbar.add(title, add, edit, remove, history);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(toolbar, grid);
    }

    Grid<T> grid() {
        return grid;
    }

    /** Extra content beside the buttons, such as a total. */
    void addToToolbar(com.vaadin.flow.component.Component component) {
        toolbar.add(component);
    }

    /** Shows the entries, keeping the selected one selected when it is still there. */
    void setItems(Collection<T> items) {
        T selected = grid.asSingleSelect().getValue();
        grid.setItems(items);
        if (selected != null) {
            items.stream().filter(selected::equals).findFirst().ifPresent(grid::select);
        }
    }

    /** Adding needs something chosen first (a loan, for its repayments). */
    void setAddEnabled(boolean enabled) {
        add.setEnabled(enabled);
    }

    private Optional<T> selected() {
        return Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    private void open(T entry) {
        T shown = entry;
        if (!entry.isNew()) {
            Optional<T> fresh = page.records().find(page.customerId(), type, entry.getId());
            if (fresh.isEmpty()) {
                Problems.showError(getTranslation("customer.record.error.notFound"));
                page.refresh();
                return;
            }
            shown = fresh.get();
        }
        new EntryDialog<>(getTranslation(titleKey), shown, forms.apply(shown), page.mayEdit(),
                (bean, reason) -> page.records().save(page.customerId(), bean, reason), page::refresh).open();
    }

    private void confirmRemove(T entry) {
        page.confirmRemoval(getTranslation(titleKey), reason -> page.records().remove(page.customerId(), entry, reason));
    }

    private void showHistory(T entry) {
        page.showHistory(getTranslation(titleKey), type, entry.getId());
    }
}
