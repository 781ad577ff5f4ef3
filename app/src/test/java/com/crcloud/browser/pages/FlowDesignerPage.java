package com.crcloud.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The review-flow designer of one flow: its stage cards, its problem list and publishing. */
public class FlowDesignerPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public FlowDesignerPage(WebDriver driver, String baseUrl, UUID flowId) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.wait.ignoring(StaleElementReferenceException.class);
        driver.get(baseUrl + "/flows/" + flowId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stage-board")));
    }

    /** The stage names in the order the cards show them. */
    @SuppressWarnings("unchecked")
    public List<String> stageNames() {
        // Read in one script: the board re-renders its cards after a move, so element handles go stale.
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#stage-board .flow-stage-card vaadin-text-field')).map(f => f.value);");
    }

    public void moveStageRight(int index) {
        List<String> before = stageNames();
        click(By.id("stage-right-" + index));
        wait.until(d -> !stageNames().equals(before));
    }

    public void moveStageLeft(int index) {
        List<String> before = stageNames();
        click(By.id("stage-left-" + index));
        wait.until(d -> !stageNames().equals(before));
    }

    /** Validates and returns the problems listed beside the designer. */
    public List<String> validate() {
        click(By.id("validate-flow"));
        return wait.until(d -> {
            List<String> items = d.findElements(By.cssSelector("#flow-problem-items .flow-problem")).stream().map(WebElement::getText).toList();
            return items.isEmpty() ? null : items;
        });
    }

    public void publish(String note) {
        click(By.id("publish-flow"));
        WebElement area = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#publish-note textarea")));
        area.sendKeys(note);
        click(By.id("publish-confirm"));
    }

    public String status() {
        return driver.findElement(By.id("flow-status")).getText();
    }

    public void waitForStatus(String expected) {
        wait.until(ExpectedConditions.textToBe(By.id("flow-status"), expected));
    }

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
