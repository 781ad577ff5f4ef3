package com.crcloud.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tabs whose content is built the first time the tab is opened, and rebuilt on {@link #refresh()} only once it has
 * been built: every component held for an open UI costs server memory, so what nobody has looked at is not held.
 */
class LazyTabs extends TabSheet {

    private final Map<Tab, Section> sections = new LinkedHashMap<>();

    LazyTabs() {
        setWidthFull();
        addSelectedChangeListener(event -> {
            Section selected = sections.get(event.getSelectedTab());
            if (selected != null && !selected.built) {
                selected.build();
            }
        });
    }

    /** A tab whose content {@code fill} writes into the (emptied) container it is given. */
    void addLazy(String id, String label, String containerId, Consumer<Div> fill) {
        Div container = new Div();
        container.setId(containerId);
        container.setWidthFull();
        Tab tab = add(label, container);
        tab.setId(id);
        // Registered after add(): the automatic selection of the first tab builds nothing; refresh() builds it once
        // there is something to show.
        sections.put(tab, new Section(container, fill));
    }

    /** Builds the open tab's content and rebuilds the content of every tab built before. */
    void refresh() {
        sections.forEach((tab, section) -> {
            if (section.built || tab.equals(getSelectedTab())) {
                section.build();
            }
        });
    }

    private static final class Section {
        private final Div container;
        private final Consumer<Div> fill;
        private boolean built;

        private Section(Div container, Consumer<Div> fill) {
            this.container = container;
            this.fill = fill;
        }

        private void build() {
            built = true;
            container.removeAll();
            fill.accept(container);
        }
    }
}
