package com.crcloud.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The database a test JVM runs against: a private in-memory H2 (MySQL mode) by default, or a throwaway
 * database on the MariaDB/MySQL server named by {@code CRC_TEST_MARIADB_URL} when the Maven run asks for it
 * ({@code crc.test.db=mariadb}). The throwaway database is created on first use and dropped when the JVM exits.
 */
public final class TestDatabase {

    public static final boolean MARIADB = "mariadb".equals(System.getProperty("crc.test.db"));

    private static final String NAME = "crc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static String url;

    private TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        // The demo data is seeded once per database by whichever test context starts first, so every context must
        // seed it alike: tests open cases for customers they create, who have no consent on record.
        registry.add("crc.demo.consent-required", () -> "false");
        if (MARIADB) {
            registry.add("spring.datasource.username", () -> env("CRC_TEST_MARIADB_USER", "root"));
            registry.add("spring.datasource.password", () -> env("CRC_TEST_MARIADB_PASSWORD", ""));
        }
    }

    public static synchronized String url() {
        if (url == null) {
            url = MARIADB ? createMariaDbDatabase()
                    : "jdbc:h2:mem:" + NAME + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        }
        return url;
    }

    private static String createMariaDbDatabase() {
        String server = System.getenv("CRC_TEST_MARIADB_URL");
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("crc.test.db=mariadb needs CRC_TEST_MARIADB_URL, e.g. jdbc:mysql://127.0.0.1:3306/");
        }
        String base = server.endsWith("/") ? server : server + "/";
        execute(base, "CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(base, "DROP DATABASE IF EXISTS " + NAME)));
        return base + NAME + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
    }

    private static void execute(String serverUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl,
                env("CRC_TEST_MARIADB_USER", "root"), env("CRC_TEST_MARIADB_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql.toLowerCase(Locale.ROOT), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
