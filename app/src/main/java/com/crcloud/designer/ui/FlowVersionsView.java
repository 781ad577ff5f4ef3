package com.crcloud.designer.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.ReviewFlow;
import com.crcloud.flow.domain.ReviewFlowVersion;
import com.crcloud.flow.service.FlowChange;
import com.crcloud.flow.service.FlowFileFormat;
import com.crcloud.flow.service.FlowService;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The published versions of a flow (number, who, when, the note), any two of them (or the draft) compared side by
 * side, and the flow's audit history: every saved draft with who saved it, when, and the change summary as reason.
 */
@Route(value = Paths.FLOWS + "/:" + FlowVersionsView.PARAMETER + "/versions", layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class FlowVersionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = FlowRoute.PARAMETER;
    /** The draft in the compare pickers, where versions are their numbers. */
    private static final int DRAFT = 0;

    private final FlowService flows;
    private final TenantTime time;
    private final H2 heading = new H2();
    private final Grid<ReviewFlowVersion> grid = new Grid<>();
    private final Select<Integer> before = Fields.labelled(new Select<>(), "compare-before", "designer.flow.compare.before");
    private final Select<Integer> after = Fields.labelled(new Select<>(), "compare-after", "designer.flow.compare.after");
    private final Grid<FlowChange> changes = new Grid<>();
    private final Paragraph noChanges = new Paragraph();
    private final HistoryPanel<ReviewFlow> history;
    private final RouterLink designer = new RouterLink();
    private ReviewFlow flow;
    private List<ReviewFlowVersion> published = List.of();

    public FlowVersionsView(FlowService flows, AuditHistoryService audit, TenantTime time) {
        this.flows = flows;
        this.time = time;
        this.history = new HistoryPanel<>(audit, ReviewFlow.class, time);

        grid.setId("flow-versions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(version -> "v" + version.getNumber()).setHeader(getTranslation("designer.flow.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewFlowVersion::getPublishedBy).setHeader(getTranslation("designer.flow.publishedBy")).setAutoWidth(true);
        grid.addColumn(version -> time.format(version.getPublishedAt(), getLocale())).setHeader(getTranslation("designer.flow.publishedAt")).setAutoWidth(true);
        grid.addColumn(ReviewFlowVersion::getNote).setHeader(getTranslation("designer.flow.note")).setFlexGrow(1);
        grid.addComponentColumn(this::exports).setHeader(getTranslation("designer.flow.export")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        before.setItemLabelGenerator(this::sideLabel);
        after.setItemLabelGenerator(this::sideLabel);
        Button compare = new Button(getTranslation("designer.flow.compare"), click -> compare());
        compare.setId("compare-versions");
        HorizontalLayout pickers = new HorizontalLayout(before, after, compare);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);

        changes.setId("flow-changes");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        changes.addColumn(change -> getTranslation("flow.area." + change.area())).setHeader(getTranslation("designer.flow.change.area")).setAutoWidth(true);
        changes.addColumn(FlowChange::subject).setHeader(getTranslation("designer.flow.change.subject")).setFlexGrow(1);
        changes.addColumn(change -> change.before() == null ? "—" : change.before()).setHeader(getTranslation("designer.flow.change.before")).setFlexGrow(2);
        changes.addColumn(change -> change.after() == null ? "—" : change.after()).setHeader(getTranslation("designer.flow.change.after")).setFlexGrow(2);
        changes.setAllRowsVisible(true);
        changes.setVisible(false);
        noChanges.setId("flow-no-changes");
        noChanges.setVisible(false);
        designer.setText(getTranslation("designer.flow.openDesigner"));
        designer.setId("open-designer");

        add(heading, designer, new H3(getTranslation("designer.flow.versions")), grid,
                new H3(getTranslation("designer.flow.compare")), pickers, changes, noChanges,
                new H3(getTranslation("designer.flow.history")), new Span(getTranslation("designer.flow.history.help")), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ReviewFlow> loaded = FlowRoute.load(event, flows, this);
        if (loaded.isEmpty()) {
            return;
        }
        flow = loaded.get();
        heading.setText(getTranslation("designer.flow.versions.title", flow.getName(), flow.getProduct()));
        designer.setRoute(FlowDesignerView.class, FlowDesignerView.parameters(flow.getId()));
        published = flows.versions(flow.getId());
        grid.setItems(published);
        List<Integer> sides = new ArrayList<>();
        sides.add(DRAFT);
        published.stream().map(ReviewFlowVersion::getNumber).sorted((a, b) -> b - a).forEach(sides::add);
        before.setItems(sides);
        after.setItems(sides);
        after.setValue(DRAFT);
        before.setValue(sides.size() > 1 ? sides.get(1) : DRAFT);
        history.show(flow.getId());
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private void compare() {
        if (before.getValue() == null || after.getValue() == null) {
            return;
        }
        List<FlowChange> found = flows.compare(definition(before.getValue()), definition(after.getValue()));
        changes.setItems(found);
        changes.setVisible(!found.isEmpty());
        noChanges.setText(getTranslation("designer.flow.compare.none", sideLabel(before.getValue()), sideLabel(after.getValue())));
        noChanges.setVisible(found.isEmpty());
    }

    private FlowDefinition definition(int side) {
        if (side == DRAFT) {
            return flows.draftOf(flow);
        }
        return flows.definitionOf(published.stream().filter(version -> version.getNumber() == side).findFirst().orElseThrow());
    }

    private String sideLabel(Integer side) {
        return side == null || side == DRAFT ? getTranslation("designer.flow.draft") : "v" + side;
    }

    private Component exports(ReviewFlowVersion version) {
        HorizontalLayout links = new HorizontalLayout();
        for (FlowFileFormat format : FlowFileFormat.values()) {
            links.add(FlowListView.download(flows, flow.getId(), flow.getProduct(), version.getNumber(), format));
        }
        return links;
    }
}
