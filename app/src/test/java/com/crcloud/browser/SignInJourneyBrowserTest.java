package com.crcloud.browser;

import com.crcloud.browser.pages.CustomerChecksPage;
import com.crcloud.browser.pages.CustomerDetailPage;
import com.crcloud.browser.pages.CustomerListPage;
import com.crcloud.browser.pages.DashboardPage;
import com.crcloud.browser.pages.FlowDesignerPage;
import com.crcloud.flow.service.FlowService;
import com.crcloud.review.service.FlowResolver;
import com.crcloud.browser.pages.LoginPage;
import com.crcloud.browser.pages.ReviewCasePage;
import com.crcloud.browser.pages.WorkQueuePage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.TestCustomers;
import com.crcloud.support.TestScheduling;
import org.openqa.selenium.By;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.demo.DemoDataLoader;
import com.crcloud.security.UserDirectory;
import com.crcloud.support.TestDatabase;
import com.crcloud.support.TestPlugins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys in a real browser against the running product: sign in and see your tenant's customers, edit
 * one, run its checks, and take a review case from the reviewer's queue to an approver's decision and letter.
 */
// Same database as the integration tests' context (one per JVM), so scheduled jobs stay off here too: a running
// scheduler would pick up work those tests schedule and race them.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"crc.demo.customers-per-tenant=40", "crc.data-dir=target/test-data", "db-scheduler.enabled=false"})
@Import(TestScheduling.class)
class SignInJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CustomerService customers;
    @Autowired
    UserDirectory users;
    @Autowired
    ReviewCaseService reviewCases;
    @Autowired
    FlowService flows;
    @Autowired
    FlowResolver resolver;

    private WebDriver driver;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestPlugins.register(registry);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        driver = BrowserSupport.startChromium();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (driver != null) {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of("target/browser-screenshots", test.getTestMethod().orElseThrow().getName() + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            driver.quit();
        }
    }

    @Test
    void every_page_carries_the_security_headers_and_the_session_cookie_stays_out_of_scripts() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).get(InstanceOfAssertFactories.STRING)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).get(InstanceOfAssertFactories.STRING).contains("camera=()");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement(InstanceOfAssertFactories.STRING).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void a_reviewer_signs_in_and_sees_only_their_tenants_customers() {
        new LoginPage(driver, "http://localhost:" + port).signIn("northwind-lending", "reviewer", DemoDataLoader.PASSWORD);

        CustomerListPage list = new CustomerListPage(driver);
        assertThat(list.currentTenant()).isEqualTo("northwind-lending");
        assertThat(list.totalRows()).isEqualTo(countCustomersOf("northwind-lending"));

        String someone = list.visibleNames().get(0);
        list.search(someone);
        list.waitForRows(asReviewer("northwind-lending", () -> customers.count(new CustomerFilter(someone, null))));
    }

    @Test
    void a_reviewer_edits_a_customer_and_the_change_shows_in_its_history_with_the_reason() {
        new LoginPage(driver, "http://localhost:" + port).signIn("jade-wealth", "reviewer", DemoDataLoader.PASSWORD);
        CustomerListPage list = new CustomerListPage(driver);
        list.open(list.visibleNames().get(0));

        CustomerDetailPage customer = new CustomerDetailPage(driver);
        customer.waitForRevisions(1);
        customer.replace("email", "updated.by.browser@example.com");
        customer.saveWithReason("客户来电更新邮箱");
        customer.waitForRevisions(2);

        assertThat(customer.historyText()).contains("客户来电更新邮箱").contains("reviewer");
    }

    @Test
    void a_reviewer_runs_the_automated_checks_of_a_customer_and_sees_each_plugin_step() {
        new LoginPage(driver, "http://localhost:" + port).signIn("northwind-lending", "reviewer", DemoDataLoader.PASSWORD);
        CustomerListPage list = new CustomerListPage(driver);
        list.open(list.visibleNames().get(0));
        CustomerDetailPage customer = new CustomerDetailPage(driver);
        customer.openAutomatedChecks();

        CustomerChecksPage checks = new CustomerChecksPage(driver);
        assertThat(checks.run()).isGreaterThanOrEqualTo(8);
        assertThat(checks.resultsText()).contains("Age limits").doesNotContain("!checks.");
    }

    @Test
    void a_reviewer_takes_a_case_from_their_queue_to_a_proposal_and_an_approver_approves_it_with_a_letter() {
        String base = "http://localhost:" + port;
        ReviewCase opened = asReviewer("northwind-lending", () -> reviewCases.open(
                customers.save(TestCustomers.reviewable("Browser Journey", "20000.00"), null).getId(), CaseTrigger.INITIAL));

        new LoginPage(driver, base).signIn("northwind-lending", "reviewer", DemoDataLoader.PASSWORD);
        new CustomerListPage(driver);
        WorkQueuePage queue = new WorkQueuePage(driver, base);
        queue.chooseQueue("queue-mine");
        queue.open(opened.getReference());
        ReviewCasePage reviewCase = new ReviewCasePage(driver);
        assertThat(reviewCase.stage()).isEqualTo("COLLECTING");
        reviewCase.act("start-verification", "VERIFYING");
        reviewCase.openTab("tab-checks");
        assertThat(reviewCase.stepCount("verifying")).isPositive();
        reviewCase.act("start-assessment", "ASSESSING");
        assertThat(reviewCase.stepCount("assessing")).isPositive();
        reviewCase.openTab("tab-decision");
        reviewCase.overrideRiskClass("High", "Two recent overdue events reported by the bureau this quarter.");
        reviewCase.openTab("tab-decision");
        reviewCase.chooseDecision("Approve", "Meets the lending policy");
        reviewCase.act("submit-decision", "AWAITING_APPROVAL");
        driver.findElement(By.id("logout")).click();

        new LoginPage(driver, base).signIn("northwind-lending", "approver", DemoDataLoader.PASSWORD);
        new CustomerListPage(driver);
        new WorkQueuePage(driver, base).open(opened.getReference());
        ReviewCasePage approval = new ReviewCasePage(driver);
        approval.openTab("tab-decision");
        approval.act("confirm-decision", "APPROVED");

        assertThat(approval.text("case-applied")).contains("20,000.00", "CNY");
        assertThat(approval.letterStart()).isEqualTo("%PDF-");
    }

    @Test
    void a_tenant_admin_moves_a_stage_sees_why_the_flow_cannot_run_moves_it_back_and_publishes_the_flow() {
        String base = "http://localhost:" + port;
        UUID flowId = as("northwind-lending", "tenant-admin", () -> flows.create("browser-" + UUID.randomUUID().toString().substring(0, 8),
                "Browser flow", resolver.standard()).getId());
        new LoginPage(driver, base).signIn("northwind-lending", "tenant-admin", DemoDataLoader.PASSWORD);
        new CustomerListPage(driver);

        FlowDesignerPage designer = new FlowDesignerPage(driver, base, flowId);
        assertThat(designer.stageNames()).containsExactly("Verification", "Assessment");
        designer.moveStageRight(0);
        assertThat(designer.stageNames()).containsExactly("Assessment", "Verification");
        assertThat(designer.validate()).anySatisfy(problem -> assertThat(problem).contains("never run"));
        designer.moveStageLeft(1);
        designer.publish("Standard rules as the first version of the browser flow");

        designer.waitForStatus("Version 1 published");
        assertThat(as("northwind-lending", "tenant-admin", () -> flows.versions(flowId))).hasSize(1);
    }

    @Test
    void a_manager_sees_the_dashboards_charts_drawn_and_drills_from_a_bar_to_its_cases() {
        String base = "http://localhost:" + port;
        new LoginPage(driver, base).signIn("northwind-lending", "tenant-admin", DemoDataLoader.PASSWORD);
        new CustomerListPage(driver);

        DashboardPage dashboard = new DashboardPage(driver, base);
        for (String chart : java.util.List.of("chart-trend", "chart-funnel", "chart-backlog", "chart-ageing", "chart-risk",
                "chart-stage-time", "chart-complaints")) {
            assertThat(dashboard.waitForDrawing(chart)).as(chart).isTrue();
        }
        assertThat(Long.parseLong(dashboard.tile("opened"))).isPositive();

        // The current month is the last of the trend's six; series 1 is the approvals.
        dashboard.clickBar("chart-trend", 1, 5);
        assertThat(dashboard.drillDownReferences()).isNotEmpty();
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_login_page_with_an_error() {
        LoginPage login = new LoginPage(driver, "http://localhost:" + port);
        login.signIn("jade-wealth", "reviewer", "not-the-password");
        assertThat(login.showsError()).isTrue();
        assertThat(driver.getCurrentUrl()).contains("/login").contains("tenant=jade-wealth");
    }

    private long countCustomersOf(String tenant) {
        return asReviewer(tenant, () -> customers.count(CustomerFilter.ALL));
    }

    private <T> T asReviewer(String tenant, java.util.function.Supplier<T> work) {
        return as(tenant, "reviewer", work);
    }

    private <T> T as(String tenant, String username, java.util.function.Supplier<T> work) {
        var user = users.find(tenant, username).orElseThrow().user();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
