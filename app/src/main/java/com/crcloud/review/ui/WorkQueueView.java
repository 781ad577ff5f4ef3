package com.crcloud.review.ui;

import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CaseRow;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.WorkQueue;
import com.crcloud.security.CrcUser;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The work queues: my cases, unassigned, awaiting my approval, mentioning me, overdue, all open and decided, each
 * sorted by due time with overdue cases marked. A click opens the case.
 */
@Route(value = Paths.REVIEWS, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.REVIEWER_NAME, Role.APPROVER_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class WorkQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewCaseService cases;
    private final TenantTime time;
    private final Tabs tabs = new Tabs();
    private final Map<Tab, WorkQueue> queues = new LinkedHashMap<>();
    private final Grid<Row> grid = new Grid<>();
    private final Span stageCounts = new Span();

    public WorkQueueView(ReviewCaseService cases, CurrentUser currentUser, TenantTime time) {
        this.cases = cases;
        this.time = time;
        setSizeFull();

        for (WorkQueue queue : queuesFor(currentUser.require())) {
            Tab tab = new Tab(getTranslation("queue." + queue.name()) + " (" + cases.count(queue) + ")");
            tab.setId("queue-" + queue.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            queues.put(tab, queue);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.setId("case-queue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Row::reference).setHeader(getTranslation("case.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::customerName).setHeader(getTranslation("case.customer")).setFlexGrow(2);
        // Renderers, not component columns: a component per row and column is held on the server for every open UI.
        grid.addColumn(LitRenderer.<Row>of("<span theme=\"${item.theme}\" data-stage=\"${item.stage}\">${item.label}</span>")
                        .withProperty("theme", row -> stageTheme(row.stage()))
                        .withProperty("stage", row -> row.stage().name())
                        .withProperty("label", row -> getTranslation("case.stage." + row.stage().name())))
                .setHeader(getTranslation("case.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("case.trigger." + row.trigger().name()))
                .setHeader(getTranslation("case.trigger")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.risk() == null ? "" : getTranslation("risk." + row.risk().name()))
                .setHeader(getTranslation("case.riskClass")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.assignee() == null ? "" : row.assignee())
                .setHeader(getTranslation("case.assignee")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LitRenderer.<Row>of("<span theme=\"${item.theme}\" title=\"${item.title}\">${item.due}</span>")
                        .withProperty("theme", row -> row.overdue() ? "badge error" : "")
                        .withProperty("title", row -> row.overdue() ? getTranslation("case.overdue") : "")
                        .withProperty("due", row -> time.format(row.due(), getLocale())))
                .setHeader(getTranslation("case.due")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(this::fetch, query -> (int) cases.count(selected())));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(ReviewCaseView.class, ReviewCaseView.parameters(click.getItem().id()))));
        grid.setSizeFull();

        stageCounts.setId("stage-counts");
        stageCounts.addClassName("secondary-text");
        Map<CaseStage, Long> counts = cases.countByStage();
        stageCounts.setText(Stream.of(CaseStage.values())
                .map(stage -> getTranslation("case.stage." + stage.name()) + " " + counts.getOrDefault(stage, 0L))
                .collect(Collectors.joining(" · ")));

        add(new H2(getTranslation("queue.title")), stageCounts, tabs, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }

    private Stream<Row> fetch(Query<Row, Void> query) {
        return cases.queue(selected(), PageRequest.of(query.getPage(), query.getPageSize())).stream().map(Row::of);
    }

    private WorkQueue selected() {
        return queues.getOrDefault(tabs.getSelectedTab(), WorkQueue.ALL_OPEN);
    }

    private static List<WorkQueue> queuesFor(CrcUser user) {
        List<WorkQueue> visible = new ArrayList<>();
        if (user.hasRole(Role.APPROVER)) {
            visible.add(WorkQueue.AWAITING_MY_APPROVAL);
        }
        if (user.hasRole(Role.REVIEWER)) {
            visible.addAll(List.of(WorkQueue.MINE, WorkQueue.UNASSIGNED));
        }
        if (!user.hasRole(Role.AUDITOR)) {
            visible.add(WorkQueue.MENTIONING_ME);
        }
        visible.addAll(List.of(WorkQueue.OVERDUE, WorkQueue.ALL_OPEN, WorkQueue.DECIDED));
        return visible;
    }

    /** The stage as a coloured badge, in the owner's language. */
    static Span stageBadge(Component owner, CaseStage stage) {
        Span badge = new Span(owner.getTranslation("case.stage." + stage.name()));
        badge.getElement().getThemeList().add(stageTheme(stage));
        badge.getElement().setAttribute("data-stage", stage.name());
        return badge;
    }

    private static String stageTheme(CaseStage stage) {
        return switch (stage) {
            case APPROVED -> "badge success";
            case REJECTED -> "badge error";
            case AWAITING_APPROVAL, MORE_INFO_REQUESTED -> "badge contrast";
            default -> "badge";
        };
    }

    /**
     * What one line of the queue shows, copied out of the case: the grid holds its rows for as long as the UI is open,
     * and a whole case (notes, reasons, figures) per row is many times that.
     *
     * @param due when the case is due, or when it was decided once closed
     */
    record Row(UUID id, String reference, String customerName, CaseStage stage, CaseTrigger trigger, RiskClass risk, String assignee,
               Instant due, boolean overdue) {

        static Row of(CaseRow row) {
            ReviewCase reviewCase = row.reviewCase();
            return new Row(reviewCase.getId(), reviewCase.getReference(), row.customerName(), reviewCase.getStage(),
                    reviewCase.getOpenedBecause(), reviewCase.effectiveRiskClass(), reviewCase.getAssignee(),
                    reviewCase.getStage().isClosed() ? reviewCase.getDecidedAt() : reviewCase.getDueAt(), row.overdue());
        }
    }
}
