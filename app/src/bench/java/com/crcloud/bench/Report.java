package com.crcloud.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the rows of a run, prints them as a table and writes them as {@code results.json}. */
public final class Report {

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> failures = new LinkedHashMap<>();

    public synchronized void add(Row row) {
        rows.add(row);
        System.out.println("  " + line(row));
    }

    public synchronized void failed(String benchmark, Exception cause) {
        failures.put(benchmark, cause.toString());
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-14s %-58s %6s %9s %9s %9s %9s %7s  %s%n", "benchmark", "measure", "n",
                "median", "p95", "p99", "baseline", "ratio", "target"));
        for (Row row : rows) {
            out.append(line(row)).append('\n');
        }
        out.append('\n');
        for (Row row : rows) {
            if (!row.figures().isEmpty()) {
                out.append(String.format(Locale.ROOT, "%-14s %s: %s%n", row.benchmark(), row.name(), row.figures()));
            }
        }
        failures.forEach((benchmark, cause) -> out.append("FAILED ").append(benchmark).append(": ").append(cause).append('\n'));
        return out.toString();
    }

    public void writeJson(Path file, Map<String, Object> environment) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("finishedAt", Instant.now().toString());
        document.put("environment", environment);
        document.put("rows", rows);
        document.put("failures", failures);
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String line(Row row) {
        Stats stats = row.stats();
        String verdict = row.met() == null ? "" : (row.met() ? "met: " : "MISSED: ") + row.target();
        return String.format(Locale.ROOT, "%-14s %-58s %6s %9s %9s %9s %9s %7s  %s", row.benchmark(), clip(row.name()),
                stats == null ? "" : Integer.toString(stats.samples()),
                stats == null ? "" : ms(stats.medianMs()), stats == null ? "" : ms(stats.p95Ms()),
                stats == null ? "" : ms(stats.p99Ms()), row.baseline() == null ? "" : ms(row.baseline().medianMs()),
                row.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", row.ratio()), verdict);
    }

    private static String ms(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f ms", value) : String.format(Locale.ROOT, "%.2f ms", value);
    }

    private static String clip(String text) {
        return text.length() <= 58 ? text : text.substring(0, 57) + "…";
    }
}
