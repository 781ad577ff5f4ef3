package com.crcloud.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak server for single sign-on tests: the distribution the build unpacked once per machine
 * ({@code crc.test.keycloak-home}), started in development mode on a free port with a fresh database and the
 * test realm imported from the test resources.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "crc-test";
    public static final String CLIENT_ID = "customer-review-cloud";
    public static final String CLIENT_SECRET = "crc-test-secret";
    public static final String PASSWORD = "kc-password";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final Path log;
    private Duration startTime;

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static KeycloakServer start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("crc.test.keycloak-home", "missing"));
        Path script = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("No Keycloak server at " + home + ": the build unpacks it in the"
                    + " generate-test-resources phase (run the tests through Maven)");
        }
        deleteRecursively(home.resolve("data/h2"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/" + REALM + "-realm.json")) {
            Files.copy(realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target")).resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + port, "--import-realm")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Instant started = Instant.now();
        KeycloakServer server = new KeycloakServer(builder.start(), port, log);
        server.awaitRealm(started);
        server.startTime = Duration.between(started, Instant.now());
        return server;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /** From starting the process to the realm answering: reported by the test for the record. */
    public Duration startTime() {
        return startTime;
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private void awaitRealm(Instant started) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the timeout
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
