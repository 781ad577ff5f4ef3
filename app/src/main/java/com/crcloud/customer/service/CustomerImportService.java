package com.crcloud.customer.service;

import com.crcloud.customer.domain.ChineseResidentId;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.CustomerRules;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.i18n.Translations;
import com.crcloud.security.CallerContext;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.user.Authorities;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import jakarta.persistence.criteria.Predicate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Imports customers from CSV files (format: {@link CustomerCsvReader}, {@link CustomerCsvColumn}) under the same
 * rules as the customer form: {@link CustomerRules}, the form's normalisation, and one customer per ID number in
 * the tenant. Rows are stored {@value #BATCH_SIZE} to a transaction (one history revision per batch, with the
 * file and the user as its reason), duplicates are looked up once per batch, and imports run on a background
 * thread as the user who started them.
 */
@Service
public class CustomerImportService implements DisposableBean {

    public static final int BATCH_SIZE = 500;
    public static final int PREVIEW_ROWS = 20;
    public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CustomerImportService.class);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CustomerRepository customers;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Translations translations;
    private final CustomerSearch search;
    /** Two imports at a time per node; more wait their turn rather than starve the request threads. */
    private final ExecutorService executor;

    public CustomerImportService(CustomerRepository customers, PlatformTransactionManager transactionManager, Clock clock,
                                 Translations translations, CustomerSearch search) {
        this.customers = customers;
        this.search = search;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.translations = translations;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "customer-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads the whole file (so that file-level problems show now) and checks its first {@value #PREVIEW_ROWS}
     * rows by every rule, including duplicates among them and against stored customers. Stores nothing.
     *
     * @throws ImportFileException when the file cannot be read as customer CSV
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public ImportPreview preview(ImportRequest request) {
        CustomerCsvReader reader = open(request);
        List<ImportRow> shown = new ArrayList<>();
        long total = 0;
        while (reader.hasNext()) {
            ImportRow row = reader.next();
            total++;
            if (shown.size() < PREVIEW_ROWS) {
                shown.add(row);
            }
        }
        new RowChecker(LocalDate.now(clock)).check(shown);
        readOnly.executeWithoutResult(status -> rejectStoredDuplicates(shown));
        return new ImportPreview(request.fileName(), reader.columns(), total, shown);
    }

    /**
     * Starts importing on a background thread as the calling user in their tenant. File-level problems are thrown
     * here, before anything starts; row problems end up in the result.
     *
     * @param progress told after every batch, on the import's thread
     * @throws ImportFileException when the file cannot be read as customer CSV
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public CompletableFuture<ImportResult> start(ImportRequest request, Consumer<ImportProgress> progress) {
        open(request);
        String reason = "CSV import " + request.fileName() + " by " + SecurityContextHolder.getContext().getAuthentication().getName();
        return CompletableFuture.supplyAsync(CallerContext.wrap(() -> run(request, reason, progress)), executor);
    }

    /** A file in the import format with one example row that passes every rule. */
    public byte[] template() {
        String first17 = "11010519850423001";
        List<String> example = List.of("Wang Fang", "1985-04-23", "CN_RESIDENT_ID", first17 + ChineseResidentId.checkCharacter(first17),
                "+86 10 6552 8888", "wang.fang@example.com", "1 Jianguomen Avenue", "Beijing", "Beijing", "100005", "CN",
                "12000.50", "4500.00", "CNY");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UTF8_BOM);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CustomerCsvReader.FORMAT)) {
            printer.printRecord(Arrays.stream(CustomerCsvColumn.values()).map(CustomerCsvColumn::header));
            printer.printRecord(example);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The refused rows' problems as CSV ({@code row,column,value,message}), messages in the reader's language. */
    public void writeProblems(ImportResult result, Locale locale, OutputStream out) {
        try {
            out.write(UTF8_BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CustomerCsvReader.FORMAT);
            printer.printRecord("row", "column", "value", "message");
            for (RowProblem problem : result.problems()) {
                printer.printRecord(problem.row(), problem.column() == null ? "" : problem.column(), problem.value(),
                        translations.getTranslation(problem.problem().messageKey(), locale, problem.problem().arguments().toArray()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private ImportResult run(ImportRequest request, String reason, Consumer<ImportProgress> progress) {
        long started = System.nanoTime();
        long total = countRows(request);
        ImportResult result;
        if (request.mode() == ImportMode.VALID_ROWS_ONLY) {
            Pass pass = new Pass(request, reason, ImportProgress.Phase.WRITING, total, progress);
            pass.run();
            result = new ImportResult(request.fileName(), request.mode(), ImportResult.Outcome.IMPORTED, pass.read, pass.created.size(), pass.problems);
        } else {
            Pass check = new Pass(request, reason, ImportProgress.Phase.CHECKING, total, progress);
            check.run();
            result = check.problems.isEmpty() ? writeAll(request, reason, total, progress)
                    : new ImportResult(request.fileName(), request.mode(), ImportResult.Outcome.NOTHING_WRITTEN, check.read, 0, check.problems);
        }
        log.info("{}: {} of {} rows stored ({}), {} refused, {} ms", reason, result.imported(), result.read(), result.outcome(),
                result.rejected(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** All-or-nothing after a clean check: a row refused now (a concurrent change) undoes the rows stored so far. */
    private ImportResult writeAll(ImportRequest request, String reason, long total, Consumer<ImportProgress> progress) {
        Pass write = new Pass(request, reason, ImportProgress.Phase.WRITING, total, progress);
        write.stopAtFirstProblem = true;
        try {
            write.run();
        } catch (RuntimeException e) {
            undo(write.created, reason, progress);
            throw e;
        }
        if (write.problems.isEmpty()) {
            return new ImportResult(request.fileName(), request.mode(), ImportResult.Outcome.IMPORTED, write.read, write.created.size(), List.of());
        }
        undo(write.created, reason, progress);
        return new ImportResult(request.fileName(), request.mode(), ImportResult.Outcome.UNDONE, write.read, 0, write.problems);
    }

    private void undo(List<UUID> created, String reason, Consumer<ImportProgress> progress) {
        for (int from = 0; from < created.size(); from += BATCH_SIZE) {
            List<UUID> batch = created.subList(from, Math.min(created.size(), from + BATCH_SIZE));
            AuditReason.with(reason + ": undone", () -> transaction.execute(status -> {
                customers.deleteAll(customers.findAllById(batch));
                return null;
            }));
            tell(progress, new ImportProgress(ImportProgress.Phase.UNDOING, from + batch.size(), created.size()));
        }
    }

    private long countRows(ImportRequest request) {
        CustomerCsvReader reader = open(request);
        long rows = 0;
        while (reader.hasNext()) {
            reader.next();
            rows++;
        }
        return rows;
    }

    private static CustomerCsvReader open(ImportRequest request) {
        if (request.content().length > MAX_FILE_BYTES) {
            throw new ImportFileException("import.error.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
        }
        return CustomerCsvReader.open(request.content(), request.charset());
    }

    /**
     * Marks rows whose ID number a stored customer of the tenant already holds: one query for all the rows, with
     * type and number together so that the database answers from the unique index rather than a scan.
     */
    private void rejectStoredDuplicates(List<ImportRow> rows) {
        Map<NationalIdType, Map<String, List<ImportRow>>> byId = rows.stream().filter(ImportRow::valid)
                .filter(row -> row.customer().getNationalIdType() != null && row.customer().getNationalIdNumber() != null)
                .collect(Collectors.groupingBy(row -> row.customer().getNationalIdType(), Collectors.groupingBy(
                        row -> search.nationalIdIndex(row.customer().getNationalIdType(), row.customer().getNationalIdNumber()))));
        if (byId.isEmpty()) {
            return;
        }
        Specification<Customer> held = (root, query, cb) -> cb.or(byId.entrySet().stream()
                .map(type -> cb.and(cb.equal(root.get("nationalIdType"), type.getKey()),
                        root.get("nationalIdIndex").in(type.getValue().keySet())))
                .toArray(Predicate[]::new));
        for (CustomerRepository.NationalIdHolder holder : customers.findBy(held, found -> found.as(CustomerRepository.NationalIdHolder.class).all())) {
            for (ImportRow row : byId.get(holder.getNationalIdType()).getOrDefault(holder.getNationalIdIndex(), List.of())) {
                row.reject(problem(row, FieldProblem.of(CustomerRules.NATIONAL_ID_NUMBER,
                        "customer.error.duplicateNationalId", holder.getFullName())));
            }
        }
    }

    private static void tell(Consumer<ImportProgress> progress, ImportProgress state) {
        try {
            progress.accept(state);
        } catch (RuntimeException e) {
            // A closed browser tab must not stop the import.
            log.debug("Import progress listener failed", e);
        }
    }

    private static RowProblem problem(ImportRow row, FieldProblem problem) {
        String column = CustomerCsvColumn.ofField(problem.field()).map(CustomerCsvColumn::header).orElse(null);
        String value = CustomerCsvColumn.ofField(problem.field()).map(row::cell).orElse("");
        return new RowProblem(row.row(), column, value, problem);
    }

    /** The form's rules, and one row per ID number within the file (a later row naming the first). */
    private static final class RowChecker {

        private final LocalDate today;
        private final Map<String, Long> firstRowOfId = new HashMap<>();

        RowChecker(LocalDate today) {
            this.today = today;
        }

        void check(List<ImportRow> rows) {
            rows.forEach(this::check);
        }

        private void check(ImportRow row) {
            if (row.problems().stream().anyMatch(problem -> problem.column() == null)) {
                return;
            }
            Customer customer = row.customer();
            CustomerService.normalise(customer);
            Set<String> columnsWithProblems = row.problems().stream().map(RowProblem::column).collect(Collectors.toSet());
            for (FieldProblem problem : CustomerRules.validate(customer, today)) {
                RowProblem rowProblem = problem(row, problem);
                // A cell that is no value at all already says so; the rules would only add a vaguer second reason.
                if (!columnsWithProblems.contains(rowProblem.column())) {
                    row.reject(rowProblem);
                }
            }
            if (customer.getNationalIdType() != null && customer.getNationalIdNumber() != null) {
                Long first = firstRowOfId.putIfAbsent(customer.getNationalIdType() + " " + customer.getNationalIdNumber(), row.row());
                if (first != null) {
                    row.reject(problem(row, FieldProblem.of(CustomerRules.NATIONAL_ID_NUMBER, "import.error.duplicateInFile", first)));
                }
            }
        }
    }

    /**
     * One pass over the file in batches: each batch is checked and, when writing, its acceptable rows are stored
     * in one transaction together with the duplicate look-up, so a concurrent save cannot slip in between.
     */
    private final class Pass {

        private final ImportRequest request;
        private final String reason;
        private final ImportProgress.Phase phase;
        private final long total;
        private final Consumer<ImportProgress> progress;
        private final RowChecker checker;
        private final List<RowProblem> problems = new ArrayList<>();
        private final List<UUID> created = new ArrayList<>();
        private boolean stopAtFirstProblem;
        private long read;

        Pass(ImportRequest request, String reason, ImportProgress.Phase phase, long total, Consumer<ImportProgress> progress) {
            this.request = request;
            this.reason = reason;
            this.phase = phase;
            this.total = total;
            this.progress = progress;
            this.checker = new RowChecker(LocalDate.now(clock));
        }

        void run() {
            tell(progress, new ImportProgress(phase, 0, total));
            CustomerCsvReader reader = open(request);
            List<ImportRow> batch = new ArrayList<>(BATCH_SIZE);
            while (reader.hasNext()) {
                batch.add(reader.next());
                if (batch.size() == BATCH_SIZE || !reader.hasNext()) {
                    process(batch);
                    read += batch.size();
                    batch.clear();
                    tell(progress, new ImportProgress(phase, read, total));
                    if (stopAtFirstProblem && !problems.isEmpty()) {
                        return;
                    }
                }
            }
        }

        private void process(List<ImportRow> batch) {
            checker.check(batch);
            List<ImportRow> checked = batch;
            if (phase == ImportProgress.Phase.CHECKING) {
                readOnly.executeWithoutResult(status -> rejectStoredDuplicates(batch));
            } else {
                try {
                    store(batch);
                } catch (DataIntegrityViolationException e) {
                    if (stopAtFirstProblem) {
                        throw e;
                    }
                    // Another user stored one of these ID numbers between our look-up and our commit: look again.
                    log.info("{}: batch from row {} collided with a concurrent save, retrying", reason, batch.get(0).row());
                    checked = batch.stream().map(ImportRow::retry).toList();
                    store(checked);
                }
            }
            checked.forEach(row -> problems.addAll(row.problems()));
        }

        private void store(List<ImportRow> batch) {
            List<UUID> ids = AuditReason.with(reason, () -> transaction.execute(status -> {
                rejectStoredDuplicates(batch);
                List<Customer> valid = batch.stream().filter(ImportRow::valid).map(ImportRow::customer).toList();
                if (stopAtFirstProblem && valid.size() < batch.size()) {
                    return List.<UUID>of();
                }
                valid.forEach(customer -> customer.setCreatedAt(clock.instant()));
                return customers.saveAll(valid).stream().map(Customer::getId).toList();
            }));
            created.addAll(ids);
        }
    }
}
