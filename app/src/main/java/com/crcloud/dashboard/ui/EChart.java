package com.crcloud.dashboard.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

import java.util.Map;
import java.util.function.Consumer;

/**
 * One Apache ECharts chart, drawn in the browser from an option object built in Java. The library is a plain
 * script from its WebJar (no npm build; the version is the root pom's {@code echarts.version}). A click on a data
 * item that carries a {@code key} is reported to the server as a {@value #CLICK} DOM event with that key.
 */
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
public class EChart extends Div {

    static final String CLICK = "chart-click";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Creates the chart once per element (resizing with it), then replaces its option; waits for the script if needed. */
    private static final String RENDER = """
            const el = this;
            const option = JSON.parse($0);
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              if (!el.chart) {
                el.chart = echarts.init(el);
                el.chart.on('click', p => {
                  if (p.data && p.data.key) {
                    el.dispatchEvent(new CustomEvent('chart-click', {detail: {key: p.data.key}}));
                  }
                });
                new ResizeObserver(() => el.chart.resize()).observe(el);
              }
              el.chart.setOption(option, true);
            };
            draw();
            """;

    private String option = "{}";

    public EChart(String id) {
        setId(id);
        addClassName("dashboard-chart");
        setWidthFull();
        setHeight("300px");
    }

    /** Draws the chart from an ECharts option (maps, lists, strings and numbers). */
    public void setOption(Map<String, Object> newOption) {
        try {
            option = JSON.writeValueAsString(newOption);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Chart option is not serialisable", e);
        }
        getElement().executeJs(RENDER, option);
    }

    /** The option last drawn, as JSON (what the browser received). */
    public String option() {
        return option;
    }

    public Registration addClickListener(Consumer<String> onKey) {
        return getElement().addEventListener(CLICK, event -> onKey.accept(event.getEventData().getString("event.detail.key")))
                .addEventData("event.detail.key");
    }
}
