package com.crcloud.browser;

import com.crcloud.browser.pages.KeycloakLoginPage;
import com.crcloud.security.CrcUser;
import com.crcloud.security.UserDirectory;
import com.crcloud.support.KeycloakServer;
import com.crcloud.support.TestDatabase;
import com.crcloud.support.TestPlugins;
import com.crcloud.support.TestScheduling;
import com.crcloud.tenant.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real Keycloak 26 server: the tenant comes from the token's tenant claim, the roles from
 * realm or client roles, signing out ends the Keycloak session, and people the product cannot place are refused
 * with a page that says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"crc.demo.customers-per-tenant=40", "crc.data-dir=target/test-data", "db-scheduler.enabled=false"})
@ActiveProfiles("keycloak")
@Import(TestScheduling.class)
class SingleSignOnBrowserTest {

    private static KeycloakServer keycloak;

    @LocalServerPort
    int port;
    @Autowired
    UserDirectory users;

    private WebDriver driver;

    @BeforeAll
    static void startKeycloak() throws Exception {
        keycloak = KeycloakServer.start();
        System.out.println("Keycloak " + keycloak.issuer() + " answered after " + keycloak.startTime().toSeconds() + " s");
    }

    @AfterAll
    static void stopKeycloak() throws Exception {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestPlugins.register(registry);
        registry.add("CRC_KEYCLOAK_ISSUER", () -> keycloak.issuer());
        registry.add("CRC_KEYCLOAK_CLIENT_ID", () -> KeycloakServer.CLIENT_ID);
        registry.add("CRC_KEYCLOAK_CLIENT_SECRET", () -> KeycloakServer.CLIENT_SECRET);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        driver = BrowserSupport.startChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void a_keycloak_user_with_a_tenant_claim_and_a_realm_role_works_in_that_tenant_under_their_own_name() {
        driver.get(base() + "/");
        new KeycloakLoginPage(driver).signIn("kc-reviewer", KeycloakServer.PASSWORD);

        assertThat(signedInTenant()).isEqualTo("northwind-lending");
        assertThat(driver.findElement(By.id("current-user")).getText()).isEqualTo("Rita Reviewer");
        CrcUser account = users.find("northwind-lending", "kc-reviewer").orElseThrow().user();
        assertThat(account.roles()).containsExactly(Role.REVIEWER);
        assertThat(account.displayName()).isEqualTo("Rita Reviewer");
    }

    @Test
    void client_roles_count_and_signing_out_ends_the_keycloak_session_too() {
        driver.get(base() + "/");
        new KeycloakLoginPage(driver).signIn("kc-approver", KeycloakServer.PASSWORD);
        assertThat(signedInTenant()).isEqualTo("northwind-lending");
        assertThat(users.find("northwind-lending", "kc-approver").orElseThrow().user().roles()).containsExactly(Role.APPROVER);

        driver.findElement(By.id("logout")).click();

        // Back at the product, which sends the signed-out browser to Keycloak: it asks for a password again.
        new KeycloakLoginPage(driver);
        assertThat(driver.getCurrentUrl()).startsWith(keycloak.issuer());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "kc-no-tenant, NO_TENANT",
            "kc-unknown-tenant, UNKNOWN_TENANT",
            "kc-no-role, NO_ROLE"})
    void people_the_product_cannot_place_are_refused_with_a_page_that_says_why(String username, String reason) {
        driver.get(base() + "/");
        new KeycloakLoginPage(driver).signIn(username, KeycloakServer.PASSWORD);

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("sso-refusal")));
        assertThat(driver.findElement(By.id("sso-refusal")).getAttribute("data-reason")).isEqualTo(reason);
        assertThat(driver.findElement(By.id("sso-switch-account")).getAttribute("href")).startsWith(keycloak.issuer());
        assertThat(users.find("northwind-lending", username)).isEmpty();
    }

    private String signedInTenant() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("current-tenant")));
        return driver.findElement(By.id("current-tenant")).getAttribute("data-tenant");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
