package com.crcloud.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** One review case: its stage, the stage's actions, and its tabs (checks, decision forms, …), each built when first opened. */
public class ReviewCasePage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public ReviewCasePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-stage")));
    }

    public String stage() {
        return driver.findElement(By.id("case-stage")).getAttribute("data-stage");
    }

    /** Clicks an action button and waits until the case has moved to the expected stage. */
    public void act(String buttonId, String expectedStage) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id(buttonId))));
        // The stage badge is re-rendered by the move: a read that catches the old element is simply repeated.
        wait.ignoring(StaleElementReferenceException.class).until(d -> expectedStage.equals(stage()));
    }

    /** Opens one of the case's tabs ("tab-checks", "tab-decision", …) with a click and waits until it is the selected one. */
    public void openTab(String tabId) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id(tabId))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + tabId + "[selected]")));
    }

    /** A click the way a person makes it, on an element scrolled into the middle of the window (toasts sit at the edges). */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Number of result rows of a stage's step grid ("verifying" or "assessing"). */
    /** The number of step results the stage's grid shows, once it shows any (the tab builds it on the server first). */
    public long stepCount(String stage) {
        return wait.until(d -> {
            Object size = ((JavascriptExecutor) driver).executeScript(
                    "const g = document.querySelector('#steps-" + stage + "'); return g ? g.size : 0;");
            long count = size == null ? 0 : ((Number) size).longValue();
            return count > 0 ? count : null;
        });
    }

    public void overrideRiskClass(String label, String justification) {
        // The decision tab's content arrives from the server after the tab is selected.
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("override-risk-class"))));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))).click();
        driver.findElement(By.cssSelector("#override-justification textarea")).sendKeys(justification);
        click(driver.findElement(By.id("save-override")));
        // The reviewer's figures are shown next to the model's, on the model tab.
        openTab("tab-model");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-override")));
    }

    /** Picks the outcome and a reason code by their labels. */
    public void chooseDecision(String outcome, String reason) {
        radioOrCheckbox("vaadin-radio-button", "decision-outcome", outcome);
        radioOrCheckbox("vaadin-checkbox", "decision-reasons", reason);
    }

    public String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    /** Fetches the decision letter with the browser's session and returns the first bytes as text. */
    public String letterStart() {
        String href = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-letter"))).getAttribute("href");
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer())"
                        + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))))"
                        + ".catch(e => done('error ' + e));", href);
    }

    private void radioOrCheckbox(String tag, String groupId, String label) {
        WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='" + groupId + "']//" + tag + "[normalize-space(.)='" + label + "']")));
        if (!"true".equals(option.getAttribute("checked")) && option.getAttribute("checked") == null) {
            click(option.findElement(By.tagName("input")));
        }
    }
}
