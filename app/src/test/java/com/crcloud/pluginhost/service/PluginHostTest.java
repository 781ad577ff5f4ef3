package com.crcloud.pluginhost.service;

import com.crcloud.config.CrcProperties;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.Settings;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline from plugin build to plugin load: the jars the build produced are loaded and their checks run. */
class PluginHostTest {

    private static final Path BUILT_PLUGINS = Path.of(System.getProperty("crc.plugins-dir", "../plugins-dist"));
    private PluginHost host;

    @AfterEach
    void stop() {
        if (host != null) {
            host.stop();
        }
    }

    @Test
    void the_kyc_plugin_built_with_the_product_is_loaded_and_its_age_check_runs_on_a_customer() {
        host = new PluginHost(properties(BUILT_PLUGINS));

        assertThat(host.plugins()).anySatisfy(plugin -> {
            assertThat(plugin.id()).isEqualTo("kyc");
            assertThat(plugin.state()).isEqualTo(PluginState.STARTED);
            assertThat(plugin.extensions()).contains("age", "resident-id", "identity-reference-import");
        });
        ReviewCheck check = host.extensions().stream().filter(e -> e.key().equals("kyc/age"))
                .findFirst().orElseThrow().as(ReviewCheck.class);
        var result = check.run(new ExtensionContext("northwind-lending", "reviewer", Locale.ENGLISH, Clock.systemUTC(),
                        Settings.of(Map.of("minimumAge", "18", "maximumAge", "100")), new InMemoryRecordStore().forTenant("northwind-lending")),
                CustomerSnapshot.builder().customerId("c-1").fullName("Minor Person").dateOfBirth(LocalDate.now().minusYears(16))
                        .nationalId("CN_RESIDENT_ID", "110105201001010012").phone("13800000000").build());
        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly("UNDER_MINIMUM_AGE");
    }

    @Test
    void a_corrupt_jar_next_to_a_good_plugin_does_not_stop_the_host(@TempDir Path dir) throws IOException {
        try (Stream<Path> jars = Files.list(BUILT_PLUGINS)) {
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, dir.resolve(jar.getFileName()));
            }
        }
        Files.writeString(dir.resolve("broken-plugin.jar"), "this is not a zip file");

        host = new PluginHost(properties(dir));

        assertThat(host.plugins()).extracting(PluginHost.LoadedPlugin::id).contains("kyc");
        assertThat(host.extensions()).isNotEmpty();
    }

    @Test
    void a_missing_plugins_directory_means_no_plugins_not_a_failed_start(@TempDir Path dir) {
        host = new PluginHost(properties(dir.resolve("does-not-exist")));
        assertThat(host.plugins()).isEmpty();
        assertThat(host.extensions()).isEmpty();
    }

    private static CrcProperties properties(Path pluginsDir) {
        return new CrcProperties(Path.of("target"), pluginsDir, new CrcProperties.Demo(false, 0), Duration.ofSeconds(5));
    }
}
