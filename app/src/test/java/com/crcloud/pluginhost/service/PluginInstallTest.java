package com.crcloud.pluginhost.service;

import com.crcloud.config.CrcProperties;
import com.crcloud.plugin.api.PluginApi;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.testplugins.TestPluginChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Platform administrators install, upgrade, disable and remove plugin jars at run time; bad jars change nothing. */
class PluginInstallTest {

    private static final List<Class<?>> CLASSES = List.of(TestPluginChecks.class, TestPluginChecks.TestPlugin.class,
            TestPluginChecks.GoodCheck.class, TestPluginChecks.ThrowingCheck.class);

    @TempDir
    Path pluginsDir;
    @TempDir
    Path workDir;
    private PluginHost host;

    @BeforeEach
    void start() {
        host = new PluginHost(new CrcProperties(Path.of("target"), pluginsDir, new CrcProperties.Demo(false, 0), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        host.stop();
    }

    @Test
    void an_uploaded_plugin_is_installed_started_and_catalogued_with_its_hash() throws IOException {
        byte[] jar = jar("vendor-a", "1.0.0", ">=1.0.0 & <2.0.0", List.of(TestPluginChecks.GoodCheck.class));

        PluginHost.Installed installed = host.install("vendor-a.jar", jar);

        assertThat(installed.sha256()).isEqualTo(PluginJarInspector.sha256(jar)).hasSize(64);
        assertThat(installed.replacedVersion()).isNull();
        assertThat(host.extensions()).extracting(InstalledExtension::key).containsExactly("vendor-a/good");
        assertThat(Files.exists(pluginsDir.resolve("vendor-a-1.0.0.jar"))).isTrue();
        assertThat(host.plugins().get(0).sha256()).isEqualTo(installed.sha256());
    }

    @Test
    void a_newer_version_replaces_the_installed_one() throws IOException {
        host.install("a.jar", jar("vendor-a", "1.0.0", ">=1.0.0", List.of(TestPluginChecks.GoodCheck.class)));

        PluginHost.Installed upgrade = host.install("a2.jar", jar("vendor-a", "1.1.0", ">=1.0.0",
                List.of(TestPluginChecks.GoodCheck.class, TestPluginChecks.ThrowingCheck.class)));

        assertThat(upgrade.replacedVersion()).isEqualTo("1.0.0");
        assertThat(host.plugins()).singleElement().satisfies(plugin -> assertThat(plugin.version()).isEqualTo("1.1.0"));
        assertThat(host.extensions()).extracting(InstalledExtension::id).containsExactlyInAnyOrder("good", "throwing");
        assertThat(Files.exists(pluginsDir.resolve("vendor-a-1.0.0.jar"))).isFalse();
    }

    @Test
    void jars_that_are_not_usable_plugins_are_refused_with_the_reason_and_nothing_changes() throws IOException {
        byte[] installed = jar("vendor-a", "1.0.0", ">=1.0.0", List.of(TestPluginChecks.GoodCheck.class));
        host.install("a.jar", installed);

        assertRefused("garbage".getBytes(), "plugins.error.notAJar");
        assertRefused(jar("vendor-b", "1.0.0", ">=2.0.0", List.of(TestPluginChecks.GoodCheck.class)), "plugins.error.incompatible",
                "vendor-b", ">=2.0.0", PluginApi.VERSION);
        assertRefused(jar("vendor-c", "1.0.0", null, List.of(TestPluginChecks.GoodCheck.class)), "plugins.error.missingAttribute",
                "Plugin-Requires");
        assertRefused(jar("vendor-d", "1.0.0", ">=1.0.0", List.of()), "plugins.error.noExtensions", "vendor-d");
        assertRefused(jar("Vendor E", "1.0.0", ">=1.0.0", List.of(TestPluginChecks.GoodCheck.class)), "plugins.error.badId", "Vendor E");
        assertRefused(installed.clone(), "plugins.error.alreadyInstalled", "vendor-a", "1.0.0");

        assertThat(host.plugins()).extracting(PluginHost.LoadedPlugin::id).containsExactly("vendor-a");
        assertThat(host.extensions()).extracting(InstalledExtension::key).containsExactly("vendor-a/good");
    }

    @Test
    void a_disabled_plugin_stops_offering_extensions_until_enabled_and_an_uninstalled_one_is_gone() throws IOException {
        host.install("a.jar", jar("vendor-a", "1.0.0", ">=1.0.0", List.of(TestPluginChecks.GoodCheck.class)));

        host.disable("vendor-a");
        assertThat(host.extensions()).isEmpty();
        assertThat(host.plugins().get(0).state()).isEqualTo(PluginState.DISABLED);

        host.enable("vendor-a");
        assertThat(host.extensions()).extracting(InstalledExtension::key).containsExactly("vendor-a/good");

        host.uninstall("vendor-a");
        assertThat(host.plugins()).isEmpty();
        assertThat(Files.exists(pluginsDir.resolve("vendor-a-1.0.0.jar"))).isFalse();
        assertThatThrownBy(() -> host.uninstall("vendor-a")).isInstanceOf(UserFacingException.class);
    }

    private void assertRefused(byte[] jar, String key, Object... arguments) {
        assertThatThrownBy(() -> host.install("upload.jar", jar)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }

    private byte[] jar(String id, String version, String requires, List<Class<?>> extensions) throws IOException {
        Map<String, String> manifest = new HashMap<>(PluginJars.descriptor(id, requires == null ? ">=1.0.0" : requires));
        manifest.put("Plugin-Version", version);
        if (requires == null) {
            manifest.remove("Plugin-Requires");
        }
        Path file = PluginJars.build(workDir, id.replace(' ', '_') + "-" + version + "-" + System.nanoTime() + ".jar", manifest,
                CLASSES, extensions, !extensions.isEmpty());
        return Files.readAllBytes(file);
    }
}
