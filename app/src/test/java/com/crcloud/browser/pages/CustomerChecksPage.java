package com.crcloud.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** A customer's automated checks: run them and read the result grid. */
public class CustomerChecksPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public CustomerChecksPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("run-checks")));
    }

    /** Runs the checks and waits until the result grid lists at least one step. */
    public long run() {
        driver.findElement(By.id("run-checks")).click();
        wait.until(d -> resultCount() > 0);
        return resultCount();
    }

    public String resultsText() {
        return driver.findElement(By.id("check-results")).getText();
    }

    private long resultCount() {
        Object size = ((JavascriptExecutor) driver).executeScript(
                "const g = document.querySelector('#check-results'); return g && !g.hidden ? (g.size || 0) : 0;");
        return size == null ? 0 : ((Number) size).longValue();
    }
}
