package com.crcloud.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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

    /** Opens the case with this reference by clicking its row once the grid shows it. */
    public void open(String reference) {
        By cell = By.xpath("//vaadin-grid[@id='case-queue']/vaadin-grid-cell-content[normalize-space(.)='" + reference + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(cell)).click();
    }
}
