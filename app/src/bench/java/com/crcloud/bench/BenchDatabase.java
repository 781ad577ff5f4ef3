package com.crcloud.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The database of a run: a private in-memory H2 (MySQL mode, as the product's embedded default) unless a
 * MariaDB/MySQL server URL is given, in which case a throwaway database is created on it and dropped at the end.
 */
public final class BenchDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name = "crc_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String url;

    public BenchDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl == null || serverUrl.isBlank() ? null : (serverUrl.endsWith("/") ? serverUrl : serverUrl + "/");
        this.user = user;
        this.password = password;
        if (this.serverUrl == null) {
            // H2 otherwise hands a statement repeated with the same parameters its previous result while the
            // tables are unchanged: every round would measure a cache, not the query.
            url = "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1"
                    + ";OPTIMIZE_REUSE_RESULTS=FALSE";
        } else {
            execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // rewriteBatchedStatements turns JDBC batches into multi-row inserts on MySQL/MariaDB.
            url = this.serverUrl + name + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true";
        }
    }

    public boolean mariaDb() {
        return serverUrl != null;
    }

    public String label() {
        return mariaDb() ? "MariaDB/MySQL at " + serverUrl : "H2 in memory (MySQL mode)";
    }

    /** Spring Boot arguments that point the application at this database. */
    public List<String> springArguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.datasource.url=" + url);
        if (mariaDb()) {
            arguments.add("--spring.profiles.active=mysql");
            arguments.add("--spring.datasource.username=" + user);
            arguments.add("--spring.datasource.password=" + password);
        } else {
            arguments.add("--spring.datasource.username=sa");
            arguments.add("--spring.datasource.password=");
        }
        return arguments;
    }

    @Override
    public void close() {
        if (mariaDb()) {
            execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Benchmark database statement failed: " + sql, e);
        }
    }
}
