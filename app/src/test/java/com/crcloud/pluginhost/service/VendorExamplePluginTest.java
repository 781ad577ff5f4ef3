package com.crcloud.pluginhost.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.review.service.AutomatedChecksService;
import com.crcloud.review.service.StepResult;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor's path end to end: the example plugin built by the vendor guide's standalone pom is uploaded into the
 * running host by a platform administrator, switched on by a tenant administrator, and its step runs in a
 * reviewer's automated checks.
 */
class VendorExamplePluginTest extends IntegrationTest {

    private static final Path EXAMPLE_JAR = Path.of("../plugins/example-employment-check/target/example-employment-check-1.0.0.jar");

    @Autowired
    PlatformPluginService platform;
    @Autowired
    TenantExtensionService extensions;
    @Autowired
    AutomatedChecksService checks;
    @Autowired
    CustomerService customers;

    @Test
    void the_example_vendor_plugin_installs_into_the_running_host_and_its_step_executes() throws IOException {
        assertThat(EXAMPLE_JAR).as("built by the reactor before the app").exists();

        actAs(null, "platform-admin");
        PluginHost.Installed installed = platform.install("example-employment-check-1.0.0.jar", Files.readAllBytes(EXAMPLE_JAR), null);
        assertThat(installed.pluginId()).isEqualTo("employment-check");
        try {
            actAs(LENDER, "tenant-admin");
            TenantExtension item = extensions.list().stream()
                    .filter(candidate -> candidate.extension().key().equals("employment-check/employment-verification"))
                    .findFirst().orElseThrow();
            extensions.save(item.extension().key(), true, Map.of("undeclaredIncomeLimit", "1"), item.version(), "pilot");

            actAs(LENDER, "reviewer");
            // A customer without a financial profile: demo customers now declare their employment.
            Customer customer = customers.save(TestCustomers.reviewable("Employment Undeclared", "9000.00"), null);
            List<StepResult> results = checks.run(customer.getId(), Locale.ENGLISH);

            assertThat(results).filteredOn(result -> result.extensionKey().equals("employment-check/employment-verification"))
                    .singleElement().satisfies(result -> {
                        assertThat(result.extensionName()).isEqualTo("Employment verification");
                        assertThat(result.status()).isEqualTo(CheckOutcome.WARN);
                        assertThat(result.reasonCodes()).containsExactly("EMPLOYMENT_UNDECLARED");
                    });
        } finally {
            actAs(null, "platform-admin");
            platform.uninstall("employment-check");
        }
    }
}
