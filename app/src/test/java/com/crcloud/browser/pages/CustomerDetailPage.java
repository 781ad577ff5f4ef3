package com.crcloud.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** One customer's form and change history. */
public class CustomerDetailPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public CustomerDetailPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history-grid")));
    }

    public void replace(String fieldId, String value) {
        WebElement input = driver.findElement(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    public void saveWithReason(String reason) {
        driver.findElement(By.cssSelector("#change-reason input")).sendKeys(reason);
        driver.findElement(By.id("save-customer")).click();
    }

    /** Waits until the history grid lists the given number of revisions. */
    public void waitForRevisions(long count) {
        wait.until(d -> {
            Object size = ((JavascriptExecutor) d).executeScript(
                    "const g = document.querySelector('#history-grid'); return g && g.items ? g.items.length : (g ? g.size : 0);");
            return size != null && ((Number) size).longValue() == count;
        });
    }

    /** Follows the link to the customer's automated checks. */
    public void openAutomatedChecks() {
        driver.findElement(By.id("open-checks")).click();
    }

    public String historyText() {
        return driver.findElement(By.id("history-grid")).getText();
    }
}
