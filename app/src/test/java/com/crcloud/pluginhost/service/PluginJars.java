package com.crcloud.pluginhost.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds real PF4J plugin jars from compiled test classes, with whatever manifest a test needs. */
final class PluginJars {

    private PluginJars() {
    }

    static Path build(Path dir, String fileName, Map<String, String> manifestEntries, List<Class<?>> classes,
                      List<Class<?>> extensions) throws IOException {
        return build(dir, fileName, manifestEntries, classes, extensions, true);
    }

    static Path build(Path dir, String fileName, Map<String, String> manifestEntries, List<Class<?>> classes,
                      List<Class<?>> extensions, boolean withExtensionIndex) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifestEntries.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        Path jar = dir.resolve(fileName);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (withExtensionIndex) {
                out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                StringBuilder index = new StringBuilder();
                extensions.forEach(type -> index.append(type.getName()).append('\n'));
                out.write(index.toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    static Map<String, String> descriptor(String id, String requires) {
        return Map.of("Plugin-Id", id, "Plugin-Version", "1.2.3", "Plugin-Provider", "Test Vendor",
                "Plugin-Class", com.crcloud.testplugins.TestPluginChecks.TestPlugin.class.getName(), "Plugin-Requires", requires);
    }
}
