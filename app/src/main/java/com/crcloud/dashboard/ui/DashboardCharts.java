package com.crcloud.dashboard.ui;

import com.crcloud.dashboard.service.Dashboard;
import com.crcloud.dashboard.service.DrillDown;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The dashboard's charts: trend of cases opened and decided per month, the stage funnel, open cases by stage and
 * by age, risk classes per month, average time per stage and complaints per category. Data items that stand for
 * cases carry a drill-down key, {@code KIND|key|month}, which a click hands back.
 */
class DashboardCharts extends Div {

    private static final List<CaseStage> FUNNEL = List.of(CaseStage.COLLECTING, CaseStage.VERIFYING, CaseStage.ASSESSING,
            CaseStage.AWAITING_APPROVAL, CaseStage.APPROVED);
    private static final List<CaseStage> OPEN_STAGES = List.of(CaseStage.COLLECTING, CaseStage.VERIFYING, CaseStage.ASSESSING,
            CaseStage.AWAITING_APPROVAL, CaseStage.MORE_INFO_REQUESTED);

    private final Component owner;
    private final EChart trend = new EChart("chart-trend");
    private final EChart funnel = new EChart("chart-funnel");
    private final EChart backlog = new EChart("chart-backlog");
    private final EChart ageing = new EChart("chart-ageing");
    private final EChart risk = new EChart("chart-risk");
    private final EChart stageTime = new EChart("chart-stage-time");
    private final EChart complaints = new EChart("chart-complaints");
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final List<BiConsumer<DrillDown, String>> listeners = new ArrayList<>();

    DashboardCharts(Component owner) {
        this.owner = owner;
        setWidthFull();
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(28em, 1fr))")
                .set("gap", "var(--lumo-space-l)");
        add(box("trend", trend), box("funnel", funnel), box("backlog", backlog), box("ageing", ageing), box("risk", risk),
                box("stageTime", stageTime), box("complaints", complaints));
        for (EChart chart : List.of(trend, backlog, ageing, risk)) {
            chart.addClickListener(this::clicked);
        }
    }

    void addDrillDownListener(BiConsumer<DrillDown, String> listener) {
        listeners.add(listener);
    }

    void show(Dashboard dashboard) {
        titles.clear();
        List<String> months = dashboard.months().stream().map(month -> month.month().toString()).toList();

        List<Object> opened = new ArrayList<>();
        List<Object> approved = new ArrayList<>();
        List<Object> rejected = new ArrayList<>();
        for (Dashboard.Month month : dashboard.months()) {
            opened.add(item(month.opened(), key(DrillDown.Kind.OPENED, "ALL", month.month()),
                    t("dashboard.series.opened") + " " + month.month()));
            approved.add(item(month.approved(), key(DrillDown.Kind.DECIDED, "APPROVED", month.month()),
                    t("case.stage.APPROVED") + " " + month.month()));
            rejected.add(item(month.rejected(), key(DrillDown.Kind.DECIDED, "REJECTED", month.month()),
                    t("case.stage.REJECTED") + " " + month.month()));
        }
        trend.setOption(Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of(), "grid", grid(),
                "xAxis", Map.of("type", "category", "data", months), "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(
                        Map.of("name", t("dashboard.series.opened"), "type", "line", "data", opened),
                        Map.of("name", t("case.stage.APPROVED"), "type", "bar", "data", approved),
                        Map.of("name", t("case.stage.REJECTED"), "type", "bar", "data", rejected))));

        List<Object> funnelData = new ArrayList<>();
        for (CaseStage stage : FUNNEL) {
            Dashboard.StageTime visits = dashboard.timing().stages().get(stage);
            funnelData.add(Map.of("name", t("case.stage." + stage.name()), "value", visits == null ? 0 : visits.entered()));
        }
        funnel.setOption(Map.of("tooltip", Map.of("trigger", "item"),
                "series", List.of(Map.of("type", "funnel", "sort", "none", "left", "10%", "width", "80%", "data", funnelData))));

        List<String> stageNames = OPEN_STAGES.stream().map(stage -> t("case.stage." + stage.name())).toList();
        List<Object> open = new ArrayList<>();
        for (CaseStage stage : OPEN_STAGES) {
            open.add(item(dashboard.backlog().byStage().getOrDefault(stage, 0L), key(DrillDown.Kind.OPEN_STAGE, stage.name(), null),
                    t("dashboard.chart.backlog") + ": " + t("case.stage." + stage.name())));
        }
        backlog.setOption(bars(stageNames, open));

        List<String> ages = new ArrayList<>();
        List<Object> aged = new ArrayList<>();
        for (Dashboard.AgeBucket bucket : Dashboard.AgeBucket.values()) {
            ages.add(t("dashboard.age." + bucket.name()));
            aged.add(item(dashboard.backlog().byAge().getOrDefault(bucket, 0L), key(DrillDown.Kind.AGE, bucket.name(), null),
                    t("dashboard.chart.ageing") + ": " + t("dashboard.age." + bucket.name())));
        }
        ageing.setOption(bars(ages, aged));

        List<Object> riskSeries = new ArrayList<>();
        for (RiskClass riskClass : RiskClass.values()) {
            List<Object> counts = new ArrayList<>();
            for (Dashboard.Month month : dashboard.months()) {
                counts.add(item(month.classes().getOrDefault(riskClass, 0L), key(DrillDown.Kind.RISK_CLASS, riskClass.name(), month.month()),
                        t("risk." + riskClass.name()) + " " + month.month()));
            }
            riskSeries.add(Map.of("name", t("risk." + riskClass.name()), "type", "bar", "stack", "risk", "data", counts));
        }
        risk.setOption(Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of(), "grid", grid(),
                "xAxis", Map.of("type", "category", "data", months), "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", riskSeries));

        List<String> timedStages = FUNNEL.subList(0, 4).stream().map(stage -> t("case.stage." + stage.name())).toList();
        List<Object> hours = new ArrayList<>();
        for (CaseStage stage : FUNNEL.subList(0, 4)) {
            Dashboard.StageTime visits = dashboard.timing().stages().get(stage);
            hours.add(visits == null || visits.averageHours() == null ? 0 : Math.round(visits.averageHours() * 10) / 10.0);
        }
        stageTime.setOption(bars(timedStages, hours));

        List<Object> categories = new ArrayList<>();
        dashboard.customers().complaintsByCategory().forEach((category, count) ->
                categories.add(Map.of("name", t("complaint.category." + category), "value", count)));
        complaints.setOption(Map.of("tooltip", Map.of("trigger", "item"), "legend", Map.of("bottom", 0),
                "series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", categories))));
    }

    private Div box(String name, EChart chart) {
        Div box = new Div(new H4(t("dashboard.chart." + name)), chart);
        box.setWidthFull();
        return box;
    }

    private static Map<String, Object> bars(List<String> categories, List<Object> data) {
        return Map.of("tooltip", Map.of("trigger", "axis"), "grid", grid(),
                "xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("interval", 0, "rotate", 20)),
                "yAxis", Map.of("type", "value", "minInterval", 1), "series", List.of(Map.of("type", "bar", "data", data)));
    }

    private static Map<String, Object> grid() {
        return Map.of("left", 40, "right", 20, "top", 40, "bottom", 50);
    }

    /** A data item that stands for cases: its value, its drill-down key, and the list's title for a click. */
    private Map<String, Object> item(long value, String key, String title) {
        titles.put(key, title);
        return Map.of("value", value, "key", key);
    }

    private static String key(DrillDown.Kind kind, String key, YearMonth month) {
        return kind.name() + "|" + key + "|" + (month == null ? "" : month.toString());
    }

    private void clicked(String key) {
        String title = titles.get(key);
        if (title == null) {
            return;
        }
        String[] parts = key.split("\\|", -1);
        DrillDown drillDown = new DrillDown(DrillDown.Kind.valueOf(parts[0]), parts[1],
                parts[2].isEmpty() ? Optional.empty() : Optional.of(YearMonth.parse(parts[2])));
        listeners.forEach(listener -> listener.accept(drillDown, title));
    }

    private String t(String key) {
        return owner.getTranslation(key);
    }
}
