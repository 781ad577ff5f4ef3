package com.crcloud.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The review dashboard: its KPI tiles, its ECharts charts and the drill-down list behind a chart element. */
public class DashboardPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public DashboardPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(baseUrl + "/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chart-trend")));
    }

    public String tile(String name) {
        return driver.findElement(By.cssSelector("#kpi-" + name + " .kpi-value")).getText();
    }

    /** Waits until ECharts has drawn the chart: a canvas inside the element with at least one painted pixel. */
    public boolean waitForDrawing(String chartId) {
        return wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const canvas = document.getElementById(arguments[0]).querySelector('canvas');
                if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) return true; }
                return false;
                """, chartId));
    }

    /**
     * Clicks the bar of a bar series at a category index, where ECharts drew it (the middle of the bar, from the
     * chart's own pixel conversion).
     */
    @SuppressWarnings("unchecked")
    public void clickBar(String chartId, int seriesIndex, int categoryIndex) {
        WebElement chart = driver.findElement(By.id(chartId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
        Map<String, Object> point = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                const el = document.getElementById(arguments[0]);
                const value = el.chart.getOption().series[arguments[1]].data[arguments[2]].value;
                const top = el.chart.convertToPixel({seriesIndex: arguments[1]}, [arguments[2], value]);
                const bottom = el.chart.convertToPixel({seriesIndex: arguments[1]}, [arguments[2], 0]);
                const layout = el.chart.getModel().getSeriesByIndex(arguments[1]).getData().getItemLayout(arguments[2]);
                return {x: layout.x + layout.width / 2, y: (top[1] + bottom[1]) / 2, width: el.clientWidth, height: el.clientHeight};
                """, chartId, seriesIndex, categoryIndex);
        int x = (int) Math.round(((Number) point.get("x")).doubleValue() - ((Number) point.get("width")).doubleValue() / 2);
        int y = (int) Math.round(((Number) point.get("y")).doubleValue() - ((Number) point.get("height")).doubleValue() / 2);
        new Actions(driver).moveToElement(chart, x, y).click().perform();
    }

    /** The case references the drill-down list shows, once it shows any. */
    public List<String> drillDownReferences() {
        By cells = By.xpath("//vaadin-grid[@id='drill-down-cases']/vaadin-grid-cell-content");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(cells, 0));
        return driver.findElements(cells).stream().map(WebElement::getText).filter(text -> text.matches("[A-Z]+-.*")).toList();
    }
}
