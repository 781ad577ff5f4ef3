package com.crcloud.privacy.service;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The keys that protect personal data, kept in a file outside the database: AES-256 keys by version (new data is
 * encrypted with the active one; older versions stay to decrypt what they wrote until rotation re-encrypts it)
 * and the key of the blind indexes.
 *
 * <pre>
 * active=2
 * key.1=&lt;32 bytes, Base64&gt;
 * key.2=&lt;32 bytes, Base64&gt;
 * index=&lt;32 bytes, Base64&gt;
 * </pre>
 */
public record PersonalDataKeys(Map<Integer, SecretKey> keys, int activeVersion, SecretKey indexKey) {

    private static final int KEY_BYTES = 32;

    public PersonalDataKeys {
        keys = Map.copyOf(keys);
        if (!keys.containsKey(activeVersion)) {
            throw new IllegalArgumentException("active=" + activeVersion + " names no key: the file holds key versions " + new TreeMap<>(keys).keySet());
        }
    }

    public SecretKey active() {
        return keys.get(activeVersion);
    }

    /** Reads the key file; where it does not exist yet and generation is allowed, writes a new one first. */
    public static PersonalDataKeys load(Path file, boolean generateIfMissing) {
        try {
            if (!Files.exists(file)) {
                if (!generateIfMissing) {
                    throw new IllegalStateException("No personal data key file at " + file.toAbsolutePath()
                            + " (crc.encryption.key-file): provide it, or allow crc.encryption.generate-key-file");
                }
                generate(file);
            }
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return parse(properties, file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the personal data key file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    static PersonalDataKeys parse(Properties properties, Path file) {
        Map<Integer, SecretKey> keys = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                int version;
                try {
                    version = Integer.parseInt(name.substring("key.".length()));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(file + ": '" + name + "' is not key.<version number>");
                }
                keys.put(version, key(properties, name, file));
            }
        }
        String active = properties.getProperty("active", "").trim();
        if (!active.matches("\\d+")) {
            throw new IllegalStateException(file + ": 'active' must name the version of the key new data is encrypted with");
        }
        try {
            return new PersonalDataKeys(keys, Integer.parseInt(active), key(properties, "index", file));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static SecretKey key(Properties properties, String name, Path file) {
        String value = properties.getProperty(name, "").trim();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": '" + name + "' is not Base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(file + ": '" + name + "' must be " + KEY_BYTES + " bytes (Base64 of 256 bits), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Base64.Encoder base64 = Base64.getEncoder();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("# Keys of the personal data in the Customer Review Cloud database. Keep this file outside the\n"
                    + "# database and back it up: without it the encrypted data cannot be read.\n"
                    + "active=1\nkey.1=" + base64.encodeToString(newKey().getEncoded())
                    + "\nindex=" + base64.encodeToString(newKey().getEncoded()) + "\n");
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply.
        }
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BYTES * 8);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is missing from this Java runtime", e);
        }
    }
}
