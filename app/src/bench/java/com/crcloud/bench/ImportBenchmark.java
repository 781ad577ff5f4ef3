package com.crcloud.bench;

import com.crcloud.customer.service.CustomerCsvColumn;
import com.crcloud.customer.service.CustomerCsvReader;
import com.crcloud.customer.service.CustomerImportService;
import com.crcloud.customer.service.ImportMode;
import com.crcloud.customer.service.ImportRequest;
import com.crcloud.customer.service.ImportResult;
import com.crcloud.review.service.AutomatedChecksService;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Issue 8, benchmark 1: a customer CSV file through the product's import (parsing, every validation rule,
 * duplicate checks, persistence with Envers history, in the import screen's default all-or-nothing mode),
 * then the automated assessment of every imported customer (the reviewer's dry run: all enabled steps, nothing
 * stored), against parsing the same file and batch-inserting its rows with plain JDBC into the same table
 * (no validation, no history), in the same run.
 */
public final class ImportBenchmark implements Benchmark {

    private static final String ID = "1 import";

    @Override
    public String id() {
        return "1-import";
    }

    @Override
    public void run(BenchContext bench) {
        int rows = bench.size().importRows();
        String csv = csv(rows);
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        // The baseline goes to the other tenant: same table and indexes, no clash with the product's rows.
        double rawSeconds = Measure.seconds(round -> rawInsert(bench, csv));

        double[] importSeconds = new double[1];
        List<UUID> imported = new ArrayList<>();
        Set<UUID> before = bench.jdbc().queryForList("SELECT id FROM customer WHERE tenant_id = ?", String.class, BenchContext.TENANT)
                .stream().map(UUID::fromString).collect(Collectors.toSet());
        bench.as(BenchContext.TENANT, "reviewer", () -> {
            CustomerImportService importer = bench.bean(CustomerImportService.class);
            importSeconds[0] = Measure.seconds(round -> {
                ImportResult result = importer.start(new ImportRequest("bench-import.csv", content, StandardCharsets.UTF_8,
                        ImportMode.ALL_OR_NOTHING), progress -> { }).get(30, TimeUnit.MINUTES);
                if (result.imported() != rows) {
                    throw new IllegalStateException("Imported " + result.imported() + " of " + rows + ": " + result.problems().stream().limit(5).toList());
                }
            });
            // ID numbers are encrypted: the imported customers are the ones that were not there before.
            imported.addAll(bench.jdbc().queryForList("SELECT id FROM customer WHERE tenant_id = ?", String.class, BenchContext.TENANT)
                    .stream().map(UUID::fromString).filter(id -> !before.contains(id)).toList());
        });
        double assessSeconds = bench.as(BenchContext.TENANT, "reviewer", () -> {
            AutomatedChecksService checks = bench.bean(AutomatedChecksService.class);
            return Measure.seconds(round -> imported.forEach(id -> checks.run(id, Locale.ENGLISH)));
        });

        double rawRate = rows / rawSeconds;
        double importRate = rows / importSeconds[0];
        double pipelineRate = rows / (importSeconds[0] + assessSeconds);
        bench.report().add(Row.of(ID, rows + " rows: import + assessment vs raw JDBC batch insert")
                .ratio(pipelineRate / rawRate)
                .target(">= 0.4 of the raw insert rate", pipelineRate / rawRate >= 0.4)
                .figure("pipelineCustomersPerSecond", ScreeningBenchmark.round(pipelineRate))
                .figure("importOnlyCustomersPerSecond", ScreeningBenchmark.round(importRate))
                .figure("importOnlyRatio", ScreeningBenchmark.round(importRate / rawRate))
                .figure("assessmentsPerSecond", ScreeningBenchmark.round(rows / assessSeconds))
                .figure("rawInsertRowsPerSecond", ScreeningBenchmark.round(rawRate))
                .figure("importSeconds", ScreeningBenchmark.round(importSeconds[0]))
                .figure("assessmentSeconds", ScreeningBenchmark.round(assessSeconds))
                .figure("rawSeconds", ScreeningBenchmark.round(rawSeconds))
                .build());
    }

    /** A valid file in the import format: seeded names, unique passport numbers, every column filled. */
    static String csv(int rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CustomerCsvReader.FORMAT)) {
            printer.printRecord(Arrays.stream(CustomerCsvColumn.values()).map(CustomerCsvColumn::header));
            for (int i = 0; i < rows; i++) {
                printer.printRecord(BenchData.fullName(i), LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28), "PASSPORT",
                        String.format(Locale.ROOT, "IMP%08d", i), "+86 10 " + (20_000_000 + i), "import" + i + "@example.com",
                        (i % 300 + 1) + " Jianguomen Avenue", "Beijing", "Beijing", "100005", "CN",
                        BigDecimal.valueOf(3_000 + i % 40_000), BigDecimal.valueOf(1_000 + i % 9_000), "CNY");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void rawInsert(BenchContext bench, String csv) {
        bench.jdbc().execute((Connection connection) -> {
            try (CSVParser parser = CSVParser.parse(new StringReader(csv), CustomerCsvReader.FORMAT);
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO customer (tenant_id, id, version, full_name, "
                         + "date_of_birth, national_id_type, national_id_number, phone, email, address_line, city, region, "
                         + "postal_code, country_code, monthly_income, monthly_expenses, currency, created_at) "
                         + "VALUES (?,?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int pending = 0;
                boolean header = true;
                Timestamp now = Timestamp.from(Instant.now());
                for (CSVRecord record : parser) {
                    if (header) {
                        header = false;
                        continue;
                    }
                    insert.setString(1, BenchContext.OTHER_TENANT);
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setString(3, record.get(0));
                    insert.setObject(4, LocalDate.parse(record.get(1)));
                    for (int column = 2; column <= 10; column++) {
                        insert.setString(column + 3, record.get(column));
                    }
                    insert.setBigDecimal(14, new BigDecimal(record.get(11)));
                    insert.setBigDecimal(15, new BigDecimal(record.get(12)));
                    insert.setString(16, record.get(13));
                    insert.setTimestamp(17, now);
                    insert.addBatch();
                    if (++pending == BenchData.BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }
}
