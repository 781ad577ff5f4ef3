package com.crcloud.pluginhost.service;

import com.crcloud.config.CrcProperties;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.PluginApi;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.Settings;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.testplugins.TestPluginChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real plugin jars built in a temporary folder: a valid one, one for another SDK version, one with a broken
 * descriptor, and checks that throw or hang. None of them may disturb the host or each other.
 */
class PluginLoadingTest {

    private static final List<Class<?>> ALL_CLASSES = List.of(TestPluginChecks.class, TestPluginChecks.TestPlugin.class,
            TestPluginChecks.GoodCheck.class, TestPluginChecks.ThrowingCheck.class, TestPluginChecks.HangingCheck.class);

    @TempDir
    Path dir;
    private PluginHost host;

    @AfterEach
    void stop() {
        if (host != null) {
            host.stop();
        }
    }

    @Test
    void a_valid_plugin_is_started_and_its_extension_catalogued_with_its_vendor_data() throws IOException {
        PluginJars.build(dir, "good.jar", PluginJars.descriptor("good-vendor", ">=1.0.0 & <2.0.0"), ALL_CLASSES,
                List.of(TestPluginChecks.GoodCheck.class));
        host = start(Duration.ofSeconds(5));

        assertThat(host.plugins()).singleElement().satisfies(plugin -> {
            assertThat(plugin.state()).isEqualTo(PluginState.STARTED);
            assertThat(plugin.version()).isEqualTo("1.2.3");
            assertThat(plugin.provider()).isEqualTo("Test Vendor");
            assertThat(plugin.failure()).isNull();
        });
        assertThat(host.extensions()).extracting(InstalledExtension::key, InstalledExtension::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("good-vendor/good", ExtensionKind.REVIEW_CHECK));
    }

    @Test
    void a_plugin_for_another_sdk_version_is_refused_naming_both_versions() throws IOException {
        PluginJars.build(dir, "future.jar", PluginJars.descriptor("future-vendor", ">=2.0.0"), ALL_CLASSES,
                List.of(TestPluginChecks.GoodCheck.class));
        host = start(Duration.ofSeconds(5));

        assertThat(host.plugins()).singleElement().satisfies(plugin -> {
            assertThat(plugin.state()).isEqualTo(PluginState.DISABLED);
            assertThat(plugin.failure()).isEqualTo("needs plugin-api >=2.0.0 but this host provides " + PluginApi.VERSION);
        });
        assertThat(host.extensions()).isEmpty();
    }

    @Test
    void a_jar_with_a_broken_descriptor_is_skipped_and_the_good_plugin_next_to_it_still_loads() throws IOException {
        PluginJars.build(dir, "good.jar", PluginJars.descriptor("good-vendor", ">=1.0.0"), ALL_CLASSES,
                List.of(TestPluginChecks.GoodCheck.class));
        PluginJars.build(dir, "broken.jar", Map.of("Plugin-Version", "not a version", "Plugin-Class", "no.such.Class"),
                ALL_CLASSES, List.of());
        Files.writeString(dir.resolve("not-a-zip.jar"), "garbage");
        host = start(Duration.ofSeconds(5));

        assertThat(host.extensions()).extracting(InstalledExtension::key).containsExactly("good-vendor/good");
    }

    @Test
    void a_throwing_or_hanging_check_becomes_a_failure_with_its_cause_and_the_host_carries_on() throws IOException {
        PluginJars.build(dir, "bad.jar", PluginJars.descriptor("bad-vendor", ">=1.0.0"), ALL_CLASSES,
                List.of(TestPluginChecks.ThrowingCheck.class, TestPluginChecks.HangingCheck.class, TestPluginChecks.GoodCheck.class));
        host = start(Duration.ofMillis(300));
        ExtensionRunner runner = new ExtensionRunner(host, properties(Duration.ofMillis(300)));

        TenantContext.runAs("acme", () -> {
            ExtensionRunner.Outcome<CheckResult> thrown = runner.call(extension("throwing"), () -> run("throwing"));
            assertThat(thrown).isInstanceOfSatisfying(ExtensionRunner.Failure.class,
                    failure -> assertThat(failure.cause()).isEqualTo("IllegalStateException: vendor bug"));

            ExtensionRunner.Outcome<CheckResult> hung = runner.call(extension("hanging"), () -> run("hanging"));
            assertThat(hung).isInstanceOfSatisfying(ExtensionRunner.Failure.class,
                    failure -> assertThat(failure.cause()).isEqualTo("did not answer within 300 ms"));
            assertThat(hung.took()).isLessThan(Duration.ofSeconds(5));

            ExtensionRunner.Outcome<CheckResult> good = runner.call(extension("good"), () -> run("good"));
            assertThat(good).isInstanceOfSatisfying(ExtensionRunner.Success.class,
                    success -> assertThat(((CheckResult) success.value()).outcome()).isEqualTo(CheckOutcome.PASS));
        });
        assertThat(host.plugins().get(0).recentErrors()).extracting(PluginHost.ExtensionError::extensionId)
                .containsExactly("hanging", "throwing");
        runner.shutdown();
    }

    private CheckResult run(String id) {
        return extension(id).as(ReviewCheck.class).run(
                new ExtensionContext("acme", "tester", Locale.ENGLISH, Clock.systemUTC(), Settings.none(), new InMemoryRecordStore().forTenant("acme")),
                CustomerSnapshot.builder().customerId("c").fullName("Test Person").build());
    }

    private InstalledExtension extension(String id) {
        return host.extensions().stream().filter(extension -> extension.id().equals(id)).findFirst().orElseThrow();
    }

    private PluginHost start(Duration timeout) {
        return new PluginHost(properties(timeout));
    }

    private CrcProperties properties(Duration timeout) {
        return new CrcProperties(Path.of("target"), dir, new CrcProperties.Demo(false, 0), timeout);
    }
}
