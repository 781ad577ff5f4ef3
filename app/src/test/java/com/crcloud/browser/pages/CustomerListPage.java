package com.crcloud.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The customer list: its grid, the tenant shown in the header, and the search field. */
public class CustomerListPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public CustomerListPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customer-grid")));
    }

    /** The organisation ID of the tenant the header says the user works in. */
    public String currentTenant() {
        return driver.findElement(By.id("current-tenant")).getAttribute("data-tenant");
    }

    /** The total row count the grid reports once the server has answered. */
    public long totalRows() {
        wait.until(d -> rowCount() > 0);
        return rowCount();
    }

    @SuppressWarnings("unchecked")
    public List<String> visibleNames() {
        wait.until(d -> !((List<String>) script("return Array.from(document.querySelectorAll('#customer-grid vaadin-grid-cell-content'))"
                + ".map(c => c.textContent.trim()).filter(t => t.length > 0)")).isEmpty());
        return (List<String>) script("const grid = document.querySelector('#customer-grid');"
                + "return Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))"
                + ".filter(c => c.assignedSlot && c.assignedSlot.parentElement.getAttribute('part') && "
                + "c.assignedSlot.parentElement.getAttribute('part').includes('first-column-cell') && "
                + "c.assignedSlot.parentElement.parentElement.parentElement.localName === 'tbody')"
                + ".map(c => c.textContent.trim()).filter(t => t.length > 0)");
    }

    /** Opens the customer of that name by clicking its row. */
    public void open(String name) {
        driver.findElements(By.cssSelector("#customer-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().trim().equals(name)).findFirst().orElseThrow().click();
    }

    public void search(String text) {
        driver.findElement(By.cssSelector("#customer-search input")).sendKeys(text);
    }

    public void waitForRows(long expected) {
        wait.until(d -> rowCount() == expected);
    }

    private long rowCount() {
        Object size = script("const g = document.querySelector('#customer-grid'); return g ? g.size : 0;");
        return size == null ? 0 : ((Number) size).longValue();
    }

    private Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }
}
