package com.crcloud.dashboard.ui;

import com.crcloud.dashboard.service.Dashboard;
import com.crcloud.dashboard.service.DashboardFilter;
import com.crcloud.dashboard.service.DashboardReports;
import com.crcloud.dashboard.service.DashboardService;
import com.crcloud.dashboard.service.DrillDown;
import com.crcloud.dashboard.service.MonthlyReportDelivery;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.ui.ReviewCaseView;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The review effectiveness dashboard for managers and compliance officers: KPI tiles and charts for a period of
 * months, optionally narrowed to one product, team and reviewer; a click on a bar, point or slice that stands for cases lists those cases,
 * each opening its case page; the figures download as the PDF report and as CSV.
 */
@Route(value = Paths.DASHBOARD, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** Months the period picker offers, back from the current one. */
    private static final int MONTHS_OFFERED = DashboardFilter.MAX_MONTHS;

    private final DashboardService dashboards;
    private final DashboardReports reports;
    private final TenantTime time;
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final ComboBox<String> product = new ComboBox<>();
    private final ComboBox<String> team = new ComboBox<>();
    private final ComboBox<String> reviewer = new ComboBox<>();
    private final FlexLayout tiles = new FlexLayout();
    private final DashboardCharts charts;
    private DashboardFilter filter;

    public DashboardView(DashboardService dashboards, DashboardReports reports, MonthlyReportDelivery delivery, CurrentUser currentUser,
                         TenantTime time, Clock clock) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.time = time;
        this.charts = new DashboardCharts(this);
        setWidthFull();

        YearMonth current = YearMonth.from(clock.instant().atZone(time.zone()));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(current.minusMonths(i));
        }
        from.setId("dashboard-from");
        from.setLabel(getTranslation("dashboard.from"));
        from.setItems(months);
        from.setValue(current.minusMonths(5));
        to.setId("dashboard-to");
        to.setLabel(getTranslation("dashboard.to"));
        to.setItems(months);
        to.setValue(current);
        filter(product, "product", dashboards.products());
        filter(team, "team", dashboards.teams());
        filter(reviewer, "reviewer", dashboards.reviewers());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());

        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> download(
                reports.pdf(filter, getLocale()), reports.fileName(filter, "pdf"), "application/pdf")), getTranslation("dashboard.downloadPdf"));
        pdf.setId("dashboard-pdf");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> download(
                reports.csv(filter), reports.fileName(filter, "csv"), "text/csv")), getTranslation("dashboard.downloadCsv"));
        csv.setId("dashboard-csv");
        boolean mayEditRecipients = currentUser.require().hasRole(Role.TENANT_ADMIN);
        Button monthlyEmail = new Button(getTranslation("dashboard.mail.title"), VaadinIcon.ENVELOPE.create(),
                click -> new ReportRecipientsDialog(delivery, mayEditRecipients).open());
        monthlyEmail.setId("dashboard-monthly-email");
        HorizontalLayout bar = new HorizontalLayout(from, to, product, team, reviewer, pdf, csv, monthlyEmail);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        tiles.setId("dashboard-tiles");
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");
        tiles.setWidthFull();
        charts.addDrillDownListener(this::drillDown);

        add(new H2(getTranslation("dashboard.title")), bar, tiles, charts);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }

    /** A filter choice: "all" when cleared. */
    private void filter(ComboBox<String> box, String name, List<String> values) {
        box.setId("dashboard-" + name);
        box.setLabel(getTranslation("dashboard." + name));
        box.setPlaceholder(getTranslation("dashboard.all"));
        box.setClearButtonVisible(true);
        box.setItems(values);
        box.addValueChangeListener(event -> refresh());
    }

    private void refresh() {
        DashboardFilter next = DashboardFilter.months(from.getValue(), to.getValue()).withProduct(product.getValue())
                .withTeam(team.getValue()).withReviewer(reviewer.getValue());
        Dashboard dashboard;
        try {
            dashboard = dashboards.load(next);
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
            return;
        }
        filter = next;
        showTiles(dashboard);
        charts.show(dashboard);
    }

    private void showTiles(Dashboard dashboard) {
        tiles.removeAll();
        Dashboard.Volume volume = dashboard.volume();
        tile("opened", Long.toString(volume.opened()));
        tile("decided", Long.toString(volume.decided()));
        tile("approvalRate", percent(volume.approvalRate()));
        tile("moreInfoRate", percent(volume.moreInfoRate()));
        tile("autoDecidedRate", percent(volume.autoDecidedRate()));
        tile("medianHours", hours(dashboard.timing().medianHoursToDecision()));
        tile("p90Hours", hours(dashboard.timing().p90HoursToDecision()));
        tile("slaBreaches", Long.toString(dashboard.timing().slaBreaches()));
        tile("overdue", dashboard.backlog().overdue() + " / " + dashboard.backlog().open());
        tile("overrideRate", percent(dashboard.risk().overrideRate()));
        tile("screeningHitRate", percent(dashboard.screening().hitRate()));
        tile("falsePositiveRate", percent(dashboard.screening().falsePositiveRate()));
        tile("csat", number(dashboard.customers().csatAverage()));
        tile("nps", number(dashboard.customers().nps()));
        tile("complaints", Long.toString(dashboard.customers().complaintsReceived()));
        tile("reReviews", dashboard.monitoring().reReviewsDone() + " / " + dashboard.monitoring().reReviewsOpened());
        tile("reReviewsOverdue", Long.toString(dashboard.monitoring().reReviewsOverdue()));
        tile("riskChanged", Long.toString(dashboard.monitoring().customersRiskChanged()));
    }

    private void tile(String name, String value) {
        Span label = new Span(getTranslation("dashboard.kpi." + name));
        label.addClassName("secondary-text");
        Span figure = new Span(value);
        figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        figure.addClassName("kpi-value");
        Div tile = new Div(label, figure);
        tile.setId("kpi-" + name);
        tile.getStyle().set("display", "flex").set("flex-direction", "column").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("min-width", "9em");
        tiles.add(tile);
    }

    private String percent(Double rate) {
        if (rate == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(rate);
    }

    private String hours(Double value) {
        return value == null ? "–" : getTranslation("dashboard.hours", number(value));
    }

    private String number(Double value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** Lists the cases behind a chart element in a dialog; a row opens the case. */
    private void drillDown(DrillDown drillDown, String title) {
        DashboardFilter shown = filter;
        Grid<ReviewCase> grid = new Grid<>();
        grid.setId("drill-down-cases");
        grid.addColumn(ReviewCase::getReference).setHeader(getTranslation("case.reference")).setAutoWidth(true);
        grid.addColumn(reviewCase -> getTranslation("case.stage." + reviewCase.getStage().name())).setHeader(getTranslation("case.stage"))
                .setAutoWidth(true);
        grid.addColumn(reviewCase -> reviewCase.effectiveRiskClass() == null ? ""
                : getTranslation("risk." + reviewCase.effectiveRiskClass().name())).setHeader(getTranslation("case.riskClass")).setAutoWidth(true);
        grid.addColumn(reviewCase -> reviewCase.getAssignee() == null ? "" : reviewCase.getAssignee())
                .setHeader(getTranslation("case.assignee")).setAutoWidth(true);
        grid.addColumn(reviewCase -> time.format(reviewCase.getOpenedAt(), getLocale())).setHeader(getTranslation("dashboard.openedAt"))
                .setAutoWidth(true);
        grid.addColumn(reviewCase -> time.format(reviewCase.getDecidedAt(), getLocale())).setHeader(getTranslation("dashboard.decidedAt"))
                .setAutoWidth(true);
        grid.setItems(DataProvider.fromCallbacks(
                query -> dashboards.cases(shown, drillDown, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) dashboards.countCases(shown, drillDown)));
        Dialog dialog = new Dialog();
        dialog.setId("drill-down");
        dialog.setHeaderTitle(title);
        grid.addItemClickListener(click -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(ReviewCaseView.class, ReviewCaseView.parameters(click.getItem().getId())));
        });
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.setWidth("60em");
        dialog.open();
    }

    private static DownloadResponse download(byte[] content, String fileName, String mediaType) {
        return new DownloadResponse(new ByteArrayInputStream(content), fileName, mediaType, content.length);
    }
}
