package com.crcloud.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Headless Debian Chromium for browser tests. Where Chromium is not installed the tests are skipped with a
 * message, unless {@code CRC_REQUIRE_BROWSER_TESTS=true} (CI), where its absence fails the run.
 */
final class BrowserSupport {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CRC_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CRC_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private BrowserSupport() {
    }

    static WebDriver startChromium() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && Boolean.parseBoolean(System.getenv("CRC_REQUIRE_BROWSER_TESTS"))) {
            throw new IllegalStateException("Browser tests are required here but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: install Debian's chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, () -> "SKIPPED browser test: no Chromium at " + CHROMIUM + " / " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("crc-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
