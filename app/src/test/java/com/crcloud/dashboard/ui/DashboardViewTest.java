package com.crcloud.dashboard.ui;

import com.crcloud.dashboard.service.Dashboard;
import com.crcloud.dashboard.service.DashboardFilter;
import com.crcloud.dashboard.service.DashboardService;
import com.crcloud.dashboard.service.DrillDown;
import com.crcloud.dashboard.service.MonthlyReportDelivery;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.ui.ReviewCaseView;
import com.crcloud.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.YearMonth;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** What a manager does on the dashboard: read the tiles, filter, drill into a chart, download, choose report recipients. */
class DashboardViewTest extends KaribuTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    MonthlyReportDelivery delivery;

    @Test
    void a_manager_sees_kpi_tiles_and_charts_of_the_last_six_months_of_cases() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(DashboardView.class);

        YearMonth current = shownMonth("dashboard-to");
        assertThat(shownMonth("dashboard-from")).isEqualTo(current.minusMonths(5));
        Dashboard expected = dashboards.load(DashboardFilter.months(current.minusMonths(5), current));
        assertThat(expected.volume().opened()).as("demo cases this month").isPositive();
        assertThat(tile("opened")).isEqualTo(Long.toString(expected.volume().opened()));
        assertThat(tile("decided")).isEqualTo(Long.toString(expected.volume().decided()));
        assertThat(tile("overdue")).isEqualTo(expected.backlog().overdue() + " / " + expected.backlog().open());
        assertThat(chart("chart-trend").option()).contains("\"DECIDED|APPROVED|" + current + "\"", current.minusMonths(5).toString());
        assertThat(chart("chart-funnel").option()).contains("funnel", "Collecting");
        assertThat(chart("chart-backlog").option()).contains("OPEN_STAGE|COLLECTING|");
    }

    @Test
    void clicking_a_bar_lists_the_cases_behind_it_and_a_case_opens_from_the_list() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(DashboardView.class);
        YearMonth current = shownMonth("dashboard-to");
        long approved = dashboards.countCases(DashboardFilter.months(current.minusMonths(5), current),
                DrillDown.inMonth(DrillDown.Kind.DECIDED, "APPROVED", current));
        assertThat(approved).isPositive();

        click(chart("chart-trend"), "DECIDED|APPROVED|" + current);

        Grid<ReviewCase> cases = _get(Grid.class, spec -> spec.withId("drill-down-cases"));
        assertThat(_size(cases)).isEqualTo((int) approved);
        _clickItem(cases, 0);
        assertThat(currentView()).isEqualTo(ReviewCaseView.class);
    }

    @Test
    void a_click_on_an_element_that_is_not_on_the_chart_lists_nothing() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(DashboardView.class);

        click(chart("chart-trend"), "DECIDED|APPROVED|1999-01");

        _assertNone(Grid.class, spec -> spec.withId("drill-down-cases"));
    }

    @Test
    void the_reviewer_filter_narrows_the_figures_and_a_reversed_period_is_refused() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(DashboardView.class);
        YearMonth current = shownMonth("dashboard-to");
        String reviewer = dashboards.reviewers().get(0);

        _setValue(_get(ComboBox.class, spec -> spec.withId("dashboard-reviewer")), reviewer);

        Dashboard expected = dashboards.load(DashboardFilter.months(current.minusMonths(5), current).withReviewer(reviewer));
        assertThat(tile("opened")).isEqualTo(Long.toString(expected.volume().opened()));

        _setValue(_get(Select.class, spec -> spec.withId("dashboard-from")), current);
        _setValue(_get(Select.class, spec -> spec.withId("dashboard-to")), current.minusMonths(1));
        assertThat(notificationTexts()).contains("The first month is after the last one.");
    }

    @Test
    void the_product_and_team_filters_narrow_the_tiles_and_a_bar_lists_exactly_the_cases_they_admit() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(DashboardView.class);
        YearMonth current = shownMonth("dashboard-to");
        @SuppressWarnings("unchecked")
        ComboBox<String> product = _get(ComboBox.class, spec -> spec.withId("dashboard-product"));
        @SuppressWarnings("unchecked")
        ComboBox<String> team = _get(ComboBox.class, spec -> spec.withId("dashboard-team"));
        assertThat(product.getListDataView().getItems()).contains("consumer-loan", "wealth-account");
        assertThat(team.getListDataView().getItems()).contains("Retail credit", "Credit committee");

        _setValue(product, "consumer-loan");
        _setValue(team, "Retail credit");

        DashboardFilter all = DashboardFilter.months(current.minusMonths(5), current);
        DashboardFilter filter = all.withProduct("consumer-loan").withTeam("Retail credit");
        Dashboard expected = dashboards.load(filter);
        assertThat(expected.volume().decided()).isPositive().isLessThan(dashboards.load(all).volume().decided());
        assertThat(tile("decided")).isEqualTo(Long.toString(expected.volume().decided()));
        assertThat(tile("opened")).isEqualTo(Long.toString(expected.volume().opened()));
        YearMonth month = expected.months().stream().filter(shown -> shown.approved() > 0).findFirst().orElseThrow().month();
        long approved = dashboards.countCases(filter, DrillDown.inMonth(DrillDown.Kind.DECIDED, "APPROVED", month));

        click(chart("chart-trend"), "DECIDED|APPROVED|" + month);

        Grid<ReviewCase> cases = _get(Grid.class, spec -> spec.withId("drill-down-cases"));
        assertThat(_size(cases)).isEqualTo((int) approved).isEqualTo((int) expected.months().stream()
                .filter(shown -> shown.month().equals(month)).findFirst().orElseThrow().approved());
        assertThat(_findAll(cases)).allSatisfy(reviewCase -> {
            assertThat(reviewCase.getProduct()).isEqualTo("consumer-loan");
            assertThat(reviewCase.getAssignee()).isEqualTo("reviewer");
        });
    }

    @Test
    void the_report_downloads_as_pdf_and_the_figures_as_csv() {
        signIn(LENDER, "compliance-officer");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-pdf")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-csv")).getHref()).isNotBlank();
    }

    @Test
    void chinese_managers_see_the_dashboard_in_chinese() {
        signIn(WEALTH, "tenant-admin");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("审查仪表板");
        assertThat(_get(Div.class, spec -> spec.withId("kpi-approvalRate")).getElement().getTextRecursively()).startsWith("批准率");
        assertThat(chart("chart-funnel").option()).contains("收集");
    }

    @Test
    void report_recipients_are_checked_before_they_are_saved_and_compliance_officers_only_read_them() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(DashboardView.class);
        _click(_get(Button.class, spec -> spec.withId("dashboard-monthly-email")));
        _setValue(_get(Checkbox.class, spec -> spec.withId("report-enabled")), true);
        TextArea recipients = _get(TextArea.class, spec -> spec.withId("report-recipients-field"));
        _setValue(recipients, "cfo@northwind.example\nnot-an-address");
        _click(_get(Button.class, spec -> spec.withId("report-save")));
        assertThat(recipients.isInvalid()).isTrue();
        assertThat(recipients.getErrorMessage()).isEqualTo("Not an email address: not-an-address");
        assertThat(recipients.getValue()).as("nothing typed is lost").contains("not-an-address");

        _setValue(recipients, "cfo@northwind.example, risk@northwind.example");
        _click(_get(Button.class, spec -> spec.withId("report-save")));
        assertThat(notificationTexts()).contains("Recipients saved.");
        try {
            assertThat(delivery.current().getRecipients()).containsExactly("cfo@northwind.example", "risk@northwind.example");

            signIn(LENDER, "compliance-officer");
            UI.getCurrent().navigate(DashboardView.class);
            _click(_get(Button.class, spec -> spec.withId("dashboard-monthly-email")));
            assertThat(_get(TextArea.class, spec -> spec.withId("report-recipients-field")).isReadOnly()).isTrue();
            _assertNone(Button.class, spec -> spec.withId("report-save"));
        } finally {
            actAs(LENDER, "tenant-admin");
            delivery.save(false, "");
        }
    }

    private static YearMonth shownMonth(String id) {
        @SuppressWarnings("unchecked")
        Select<YearMonth> select = _get(Select.class, spec -> spec.withId(id));
        return select.getValue();
    }

    private static String tile(String name) {
        Div tile = _get(Div.class, spec -> spec.withId("kpi-" + name));
        return tile.getChildren().skip(1).findFirst().orElseThrow().getElement().getText();
    }

    private static EChart chart(String id) {
        return _get(EChart.class, spec -> spec.withId(id));
    }

    /** What the browser sends when a chart item with this key is clicked. */
    private static void click(EChart chart, String key) {
        JsonObject data = Json.createObject();
        data.put("event.detail.key", key);
        _fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), EChart.CLICK, data));
    }
}
