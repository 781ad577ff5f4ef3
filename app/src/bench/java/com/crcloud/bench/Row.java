package com.crcloud.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the results table.
 *
 * @param benchmark the benchmark number and name, e.g. "2 queue"
 * @param name      what was measured
 * @param stats     latency of the product path, or null for rows that report figures only
 * @param baseline  latency of the hand-written baseline in the same run, or null when there is none
 * @param ratio     product / baseline for latency rows; for throughput rows (import) product rate / baseline rate
 * @param target    the target in words, or empty
 * @param met       whether the target was met; null when the row has no target
 * @param figures   further numbers (rates, counts, precision, ...), printed under the table and kept in the JSON
 */
public record Row(String benchmark, String name, Stats stats, Stats baseline, Double ratio, String target, Boolean met,
                  Map<String, Object> figures) {

    public static Builder of(String benchmark, String name) {
        return new Builder(benchmark, name);
    }

    public static final class Builder {
        private final String benchmark;
        private final String name;
        private Stats stats;
        private Stats baseline;
        private Double ratio;
        private String target = "";
        private Boolean met;
        private final Map<String, Object> figures = new LinkedHashMap<>();

        private Builder(String benchmark, String name) {
            this.benchmark = benchmark;
            this.name = name;
        }

        /** Latency of the product path and of its baseline; the ratio is their medians'. */
        public Builder latency(Stats product, Stats handWritten) {
            this.stats = product;
            this.baseline = handWritten;
            if (handWritten != null) {
                this.ratio = product.medianMs() / handWritten.medianMs();
            }
            return this;
        }

        public Builder ratio(double value) {
            this.ratio = value;
            return this;
        }

        public Builder target(String text, boolean achieved) {
            this.target = text;
            this.met = achieved;
            return this;
        }

        public Builder figure(String key, Object value) {
            figures.put(key, value);
            return this;
        }

        public Row build() {
            return new Row(benchmark, name, stats, baseline, ratio, target, met, Collections.unmodifiableMap(new LinkedHashMap<>(figures)));
        }
    }
}
