package com.crcloud.bench;

import com.crcloud.CustomerReviewApplication;
import com.crcloud.support.TestScheduling;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks of issue 8 against the real application: starts the Spring context on a fresh database
 * (demo tenants, all bundled plugins, db-scheduler off so no background job competes), runs each benchmark,
 * prints the table and writes {@code results.json}. Started by {@code mvn -Pbench verify -pl app}.
 *
 * <p>System properties: {@code bench.size} (quick|full), {@code bench.only} (comma-separated ids or "all"),
 * {@code bench.db.url}/{@code .user}/{@code .password} (a MariaDB/MySQL server; H2 in memory when empty),
 * {@code bench.out} (directory of results.json).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) {
        Size size = Size.named(System.getProperty("bench.size", "quick"));
        Set<String> only = Arrays.stream(System.getProperty("bench.only", "all").split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        // The import runs first: its automated assessment of every imported customer is the tenant's first one,
        // before the assessment benchmark uploads a watchlist (which makes every later assessment read it).
        List<Benchmark> benchmarks = List.of(new ImportBenchmark(), new AssessmentBenchmark(), new ScreeningBenchmark(),
                new QueueAndSearchBenchmark(), new ConcurrencyBenchmark(), new MemoryBenchmark(), new AuditBenchmark(),
                new DashboardBenchmark());
        Report report = new Report();
        long started = System.nanoTime();
        try (BenchDatabase database = new BenchDatabase(System.getProperty("bench.db.url", ""),
                System.getProperty("bench.db.user", "root"), System.getProperty("bench.db.password", ""))) {
            List<String> arguments = new ArrayList<>(database.springArguments());
            arguments.addAll(List.of("--db-scheduler.enabled=false", "--crc.demo.enabled=true",
                    "--crc.demo.customers-per-tenant=10", "--crc.data-dir=" + out.resolve("data").toAbsolutePath(),
                    "--server.port=0", "--vaadin.productionMode=true", "--logging.level.root=WARN", "--logging.level.com.crcloud.bench=INFO"));
            System.out.printf("Benchmarks (%s size) on %s, %d cores, max heap %d MB%n", size.name(), database.label(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            try (ConfigurableApplicationContext application = new SpringApplicationBuilder(CustomerReviewApplication.class,
                    TestScheduling.class).run(arguments.toArray(String[]::new))) {
                BenchContext bench = new BenchContext(application, size, report);
                for (Benchmark benchmark : benchmarks) {
                    if (!only.contains("all") && !only.contains(benchmark.id())) {
                        continue;
                    }
                    long benchmarkStarted = System.nanoTime();
                    System.out.println("== " + benchmark.id());
                    try {
                        benchmark.run(bench);
                    } catch (Exception e) {
                        e.printStackTrace();
                        report.failed(benchmark.id(), e);
                    }
                    System.out.printf("   (%d s)%n", (System.nanoTime() - benchmarkStarted) / 1_000_000_000L);
                }
            }
            Map<String, Object> environment = new LinkedHashMap<>();
            environment.put("size", size);
            environment.put("database", database.label());
            environment.put("cores", Runtime.getRuntime().availableProcessors());
            environment.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
            environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            environment.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            environment.put("seconds", (System.nanoTime() - started) / 1_000_000_000L);
            report.writeJson(out.resolve("results.json"), environment);
            System.out.printf("%nResults (%s, %s, load average %.1f at the end, %d s in all):%n%s%nWritten to %s%n", size.name(),
                    database.label(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    (System.nanoTime() - started) / 1_000_000_000L, report.table(), out.resolve("results.json").toAbsolutePath());
        }
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }
}
