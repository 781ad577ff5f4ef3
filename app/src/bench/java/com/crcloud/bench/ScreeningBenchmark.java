package com.crcloud.bench;

import com.crcloud.plugin.api.DataImporter;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ScreeningHit;
import com.crcloud.plugin.api.ScreeningProvider;
import com.crcloud.plugin.api.ScreeningSubject;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.service.TenantExtensionService;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Issue 8, benchmark 4: the compliance plugin's watchlist screening against a list of
 * {@link Size#watchlistEntries()} persons, loaded through the plugin's own importer into an in-memory record
 * store (the plugin's code and data format, no database): latency and screenings per second on one thread (one
 * core), then precision and recall on the {@link LabelledNames labelled set}.
 */
public final class ScreeningBenchmark implements Benchmark {

    private static final String ID = "4 screening";
    private static final double BUDGET_SECONDS = 12;
    private static final int WARMUP_SCREENINGS = 1_000;
    /** Enough samples for a p99 that is not simply the slowest call. */
    private static final int MIN_SCREENINGS = 2_000;

    @Override
    public String id() {
        return "4-screening";
    }

    @Override
    public void run(BenchContext bench) {
        bench.as(BenchContext.TENANT, "compliance-officer", () -> measure(bench));
    }

    private void measure(BenchContext bench) {
        TenantExtensionService extensions = bench.bean(TenantExtensionService.class);
        List<TenantExtension> all = extensions.list();
        TenantExtension upload = find(all, ExtensionKind.DATA_IMPORTER, "compliance/watchlist-upload");
        TenantExtension screening = find(all, ExtensionKind.SCREENING_PROVIDER, "compliance/watchlist-screening");
        int entries = bench.size().watchlistEntries();
        CachingRecordStore store = CachingRecordStore.inMemory();
        double loadSeconds = Measure.seconds(round -> load(extensions, upload, store, entries));
        ExtensionContext screeningContext = inMemory(extensions.contextFor(screening, Locale.ENGLISH), store);
        ScreeningProvider provider = screening.extension().as(ScreeningProvider.class);

        // The first screening prepares the list (WatchlistIndex); later ones reuse it while the list is unchanged.
        double prepareSeconds = Measure.seconds(round -> provider.screen(screeningContext, subject(-1)));
        // Per core = per second of this thread's CPU time: on a shared machine the wall clock also counts waiting for a CPU.
        // Steady state, as in a running service: the JIT has compiled the matching code before the measured rounds.
        for (int round = 0; round < WARMUP_SCREENINGS; round++) {
            provider.screen(screeningContext, subject(round));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int[] calls = {0};
        long cpuBefore = threads.getCurrentThreadCpuTime();
        Stats latency = Measure.latency(0, Math.max(bench.size().rounds(), MIN_SCREENINGS), BUDGET_SECONDS, round -> {
            calls[0]++;
            provider.screen(screeningContext, subject(WARMUP_SCREENINGS + round));
        });
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / calls[0];
        double perCore = 1000 / cpuMs;
        bench.report().add(Row.of(ID, "screen one customer, " + entries + "-entry list, 1 thread")
                .latency(latency, null)
                .target(">= 1000/s per core and p99 <= 5 ms", perCore >= 1000 && latency.p99Ms() <= 5)
                .figure("screeningsPerSecondPerCore", round(perCore))
                .figure("cpuMillisPerScreening", round(cpuMs))
                .figure("screeningsPerSecondWallClock", round(1000 / latency.meanMs()))
                .figure("listEntries", entries)
                .figure("listImportSeconds", round(loadSeconds))
                .figure("listPrepareSeconds", round(prepareSeconds))
                .build());

        int qualityEntries = bench.size().qualityListEntries();
        CachingRecordStore qualityStore = qualityEntries == entries ? store : CachingRecordStore.inMemory();
        if (qualityStore != store) {
            load(extensions, upload, qualityStore, qualityEntries);
        }
        Quality quality = quality(provider, inMemory(extensions.contextFor(screening, Locale.ENGLISH), qualityStore));
        bench.report().add(Row.of(ID, "precision/recall, " + quality.queries() + " labelled names, " + qualityEntries + "-entry list")
                .figure("precision", round(quality.precision()))
                .figure("recall", round(quality.recall()))
                .figure("truePositives", quality.truePositives())
                .figure("falsePositives", quality.falsePositives())
                .figure("falseNegatives", quality.missed().size())
                .figure("recallByCategory", quality.recallByCategory())
                .figure("missedQueries", quality.missed())
                .figure("falsePositiveQueries", quality.falsePositiveQueries())
                .build());
    }

    /** A customer as the product screens one: name, date of birth, ID number, country. */
    private static ScreeningSubject subject(int round) {
        int index = Math.max(0, round);
        return new ScreeningSubject("bench-" + round, BenchData.fullName(index), List.of(),
                Optional.of(LocalDate.of(1960 + index % 40, 1 + index % 12, 1 + index % 28)),
                Optional.of(BenchData.passportNumber(index)), Optional.of("CN"));
    }

    /** The list of {@code entries} persons, through the plugin's own importer, into the given store. */
    private static void load(TenantExtensionService extensions, TenantExtension upload, CachingRecordStore store, int entries) {
        byte[] file = Watchlists.nameList(entries, 20261130L).getBytes(StandardCharsets.UTF_8);
        DataImporter.ImportReport report = upload.extension().as(DataImporter.class)
                .importFile(inMemory(extensions.contextFor(upload, Locale.ENGLISH), store), "bench-watchlist.txt", file);
        if (report.accepted() != entries) {
            throw new IllegalStateException("Watchlist import took " + report.accepted() + " of " + entries + ": " + report.problems());
        }
    }

    private record Quality(int queries, int truePositives, int falsePositives, List<String> missed,
                           Map<String, String> recallByCategory, List<String> falsePositiveQueries) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return (double) truePositives / (truePositives + missed.size());
        }
    }

    /**
     * A query naming a listed person counts as a true positive when a hit names that person, as a false negative
     * otherwise; every hit naming anybody else is a false positive (so precision counts hits, as a reviewer sees them).
     */
    private static Quality quality(ScreeningProvider provider, ExtensionContext context) {
        int truePositives = 0;
        int falsePositives = 0;
        List<String> missed = new ArrayList<>();
        List<String> falsePositiveQueries = new ArrayList<>();
        Map<String, int[]> byCategory = new TreeMap<>();
        List<LabelledNames.Query> queries = LabelledNames.queries();
        for (int i = 0; i < queries.size(); i++) {
            LabelledNames.Query query = queries.get(i);
            List<ScreeningHit> hits = provider.screen(context, new ScreeningSubject("labelled-" + i, query.name(), List.of(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
            boolean found = false;
            for (ScreeningHit hit : hits) {
                if (hit.entryName().equals(query.expected())) {
                    found = true;
                } else {
                    falsePositives++;
                    falsePositiveQueries.add(query.name() + " -> " + hit.entryName() + String.format(Locale.ROOT, " (%.2f)", hit.score()));
                }
            }
            if (query.expected() != null) {
                int[] counts = byCategory.computeIfAbsent(query.category(), category -> new int[2]);
                counts[1]++;
                if (found) {
                    truePositives++;
                    counts[0]++;
                } else {
                    missed.add(query.name() + " (" + query.category() + ")");
                }
            }
        }
        Map<String, String> recallByCategory = new TreeMap<>();
        byCategory.forEach((category, counts) -> recallByCategory.put(category, counts[0] + "/" + counts[1]));
        return new Quality(queries.size(), truePositives, falsePositives, missed, recallByCategory, falsePositiveQueries);
    }

    static TenantExtension find(List<TenantExtension> extensions, ExtensionKind kind, String key) {
        return extensions.stream().filter(item -> item.extension().kind() == kind && item.extension().key().equals(key))
                .findFirst().orElseThrow(() -> new IllegalStateException("Extension " + key + " is not installed"));
    }

    static ExtensionContext inMemory(ExtensionContext context, CachingRecordStore store) {
        return new ExtensionContext(context.tenantId(), context.actingUser(), context.locale(), context.clock(),
                context.settings(), store);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
