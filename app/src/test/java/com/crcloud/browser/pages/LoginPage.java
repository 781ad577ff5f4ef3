package com.crcloud.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The sign-in page as a person uses it: organisation, username, password, Enter. */
public class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public LoginPage(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(baseUrl + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#organisation input")));
    }

    public void signIn(String organisation, String username, String password) {
        driver.findElement(By.cssSelector("#organisation input")).sendKeys(organisation, Keys.TAB);
        // The organisation reaches the form's action after a server round trip.
        wait.until(d -> ((String) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-login-form').action")).contains("tenant=" + organisation));
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    public boolean showsError() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form[error]")));
        return true;
    }
}
