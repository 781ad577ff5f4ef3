package com.crcloud.pluginhost.service;

import com.crcloud.plugin.api.PluginApi;
import com.crcloud.tenant.support.UserFacingException;
import org.pf4j.VersionManager;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Checks an uploaded plugin jar before the host touches its plugins: a readable jar, a complete PF4J descriptor,
 * an SDK range this host satisfies, and an extension index. Refusals name what is wrong.
 */
final class PluginJarInspector {

    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The parts of the PF4J descriptor the host relies on. */
    record Descriptor(String id, String version, String requires) {
    }

    private PluginJarInspector() {
    }

    static Descriptor inspect(byte[] content, VersionManager versions) {
        if (content.length > MAX_BYTES) {
            throw new UserFacingException(null, "plugins.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        Manifest manifest;
        boolean extensionIndex = false;
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(content))) {
            manifest = jar.getManifest();
            JarEntry entry;
            boolean anyEntry = false;
            while ((entry = jar.getNextJarEntry()) != null) {
                anyEntry = true;
                extensionIndex |= entry.getName().equals("META-INF/extensions.idx");
            }
            if (!anyEntry && manifest == null) {
                throw new UserFacingException(null, "plugins.error.notAJar");
            }
        } catch (IOException e) {
            throw new UserFacingException(null, "plugins.error.notAJar");
        }
        if (manifest == null) {
            throw new UserFacingException(null, "plugins.error.missingAttribute", "Plugin-Id");
        }
        Attributes attributes = manifest.getMainAttributes();
        String id = required(attributes, "Plugin-Id");
        if (!PLUGIN_ID.matcher(id).matches()) {
            throw new UserFacingException(null, "plugins.error.badId", id);
        }
        String version = required(attributes, "Plugin-Version");
        required(attributes, "Plugin-Class");
        String requires = required(attributes, "Plugin-Requires");
        try {
            versions.compareVersions(version, "0.0.0");
        } catch (RuntimeException e) {
            throw new UserFacingException(null, "plugins.error.badVersion", version);
        }
        boolean compatible;
        try {
            compatible = versions.checkVersionConstraint(PluginApi.VERSION, requires);
        } catch (RuntimeException e) {
            compatible = false;
        }
        if (!compatible) {
            throw new UserFacingException(null, "plugins.error.incompatible", id, requires, PluginApi.VERSION);
        }
        if (!extensionIndex) {
            throw new UserFacingException(null, "plugins.error.noExtensions", id);
        }
        return new Descriptor(id, version, requires);
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String required(Attributes attributes, String name) {
        String value = attributes.getValue(name);
        if (value == null || value.isBlank()) {
            throw new UserFacingException(null, "plugins.error.missingAttribute", name);
        }
        return value.trim();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
