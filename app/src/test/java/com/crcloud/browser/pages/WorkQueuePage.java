package com.crcloud.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The review work queue: its tabs and the case grid. */
public class WorkQueuePage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public WorkQueuePage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(baseUrl + "/reviews");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-queue")));
    }

    public void chooseQueue(String tabId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(tabId))).click();
    }

    /**
     * Opens the case with this reference by clicking its row once the grid shows it, scrolled into view first: in a
     * long queue (a test database that other tests filled) the row can lie below the grid's visible part.
     */
    public void open(String reference) {
        By cell = By.xpath("//vaadin-grid[@id='case-queue']/vaadin-grid-cell-content[normalize-space(.)='" + reference + "']");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(cell));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        wait.until(ExpectedConditions.elementToBeClickable(row)).click();
    }
}
