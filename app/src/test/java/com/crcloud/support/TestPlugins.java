package com.crcloud.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The plugins directory of a test JVM: a private copy of the plugins the build produced, so tests that install,
 * upgrade or remove plugins never touch the directory the product runs from.
 */
public final class TestPlugins {

    /** Where the build copies plugin jars (set by surefire), relative to the app module otherwise. */
    public static final Path BUILT = Path.of(System.getProperty("crc.plugins-dir", "../plugins-dist"));

    private static Path copy;

    private TestPlugins() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("crc.plugins-dir", () -> directory().toString());
    }

    public static synchronized Path directory() {
        if (copy == null) {
            try {
                copy = Files.createDirectories(Path.of("target", "test-plugins", UUID.randomUUID().toString()));
                try (Stream<Path> jars = Files.list(BUILT)) {
                    for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).toList()) {
                        Files.copy(jar, copy.resolve(jar.getFileName()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy the built plugins from " + BUILT.toAbsolutePath(), e);
            }
        }
        return copy;
    }
}
