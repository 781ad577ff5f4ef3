package com.crcloud.customer.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("persistence")
class CustomerImportServiceTest extends IntegrationTest {

    private static final String HEADER = "full_name,national_id_type,national_id_number,email,country_code,monthly_income,currency\n";

    @Autowired
    CustomerSearch search;
    @Autowired
    CustomerImportService imports;
    @Autowired
    CustomerService customerService;
    @Autowired
    CustomerRepository customers;
    @Autowired
    AuditHistoryService history;

    /** A passport number no other test uses. */
    private static String passport() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private static String row(String name, String passport) {
        return name + ",PASSPORT," + passport + "," + name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com,cn,12000.50,cny\n";
    }

    private static ImportRequest request(String csv, ImportMode mode) {
        return new ImportRequest("customers.csv", csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, mode);
    }

    private ImportResult importNow(String csv, ImportMode mode) {
        return imports.start(request(csv, mode), progress -> { }).join();
    }

    private Optional<Customer> stored(String passport) {
        return customers.findByNationalIdTypeAndNationalIdIndex(NationalIdType.PASSPORT, search.nationalIdIndex(NationalIdType.PASSPORT, passport));
    }

    @Test
    void all_or_nothing_stores_nothing_when_any_row_is_refused() {
        actAs(LENDER, "reviewer");
        String first = passport();
        String second = passport();
        long before = customers.count();

        ImportResult result = importNow(HEADER + row("Ann Lee", first) + row("Bo Chen", second)
                + "Cai Wu,PASSPORT," + passport() + ",not-an-address,CN,100,CNY\n", ImportMode.ALL_OR_NOTHING);

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.NOTHING_WRITTEN);
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.imported()).isZero();
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("email");
            assertThat(problem.value()).isEqualTo("not-an-address");
            assertThat(problem.problem().messageKey()).isEqualTo("customer.email.error.format");
        });
        assertThat(customers.count()).isEqualTo(before);
        assertThat(stored(first)).isEmpty();
    }

    @Test
    void valid_rows_only_stores_the_acceptable_rows_normalised_like_the_form_and_reports_the_others() {
        actAs(LENDER, "reviewer");
        String first = passport();
        String second = passport();

        ImportResult result = importNow(HEADER + row("Ann Lee", first.toLowerCase(Locale.ROOT)) + row("Bo Chen", second)
                + "Cai Wu,PASSPORT," + passport() + ",cai@example.com,CN,\"12,000.50\",CNY\n", ImportMode.VALID_ROWS_ONLY);

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("monthly_income");
            assertThat(problem.problem().messageKey()).isEqualTo("import.error.amountGrouping");
        });
        Customer ann = stored(first).orElseThrow();
        assertThat(ann.getTenantId()).isEqualTo(LENDER);
        assertThat(ann.getCountryCode()).isEqualTo("CN");
        assertThat(ann.getCurrency()).isEqualTo("CNY");
        assertThat(ann.getCreatedAt()).isNotNull();
        assertThat(stored(second)).isPresent();
    }

    @Test
    void the_same_id_number_twice_in_the_file_or_already_stored_is_a_row_problem() {
        actAs(LENDER, "reviewer");
        Customer entered = TestCustomers.reviewable("Existing Person", "8000.00");
        Customer existing = customerService.save(entered, "");
        String repeated = passport();

        ImportResult result = importNow("full_name,national_id_type,national_id_number\n"
                + "Copy Of Existing,cn_resident_id," + entered.getNationalIdNumber().toLowerCase(Locale.ROOT) + "\n"
                + "First Holder,PASSPORT," + repeated + "\n"
                + "Second Holder,PASSPORT," + repeated.toLowerCase(Locale.ROOT) + "\n", ImportMode.VALID_ROWS_ONLY);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, problem -> problem.problem().messageKey())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "national_id_number", "customer.error.duplicateNationalId"),
                        org.assertj.core.groups.Tuple.tuple(4L, "national_id_number", "import.error.duplicateInFile"));
        assertThat(result.problems().get(0).problem().arguments()).containsExactly("Existing Person");
        assertThat(result.problems().get(1).problem().arguments()).containsExactly(3L);
        assertThat(stored(repeated)).map(Customer::getFullName).contains("First Holder");
    }

    @Test
    void every_batch_of_500_rows_is_one_creation_revision_naming_the_file_and_the_user() {
        actAs(LENDER, "reviewer");
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            numbers.add(passport());
            csv.append(row("Batch Person " + i, numbers.get(i)));
        }
        List<ImportProgress> progress = new CopyOnWriteArrayList<>();

        ImportResult result = imports.start(request(csv.toString(), ImportMode.VALID_ROWS_ONLY), progress::add).join();

        assertThat(result.imported()).isEqualTo(1001);
        List<Long> revisions = new ArrayList<>();
        for (String number : List.of(numbers.get(0), numbers.get(499), numbers.get(500), numbers.get(1000))) {
            List<HistoryEntry<Customer>> entries = history.history(Customer.class, stored(number).orElseThrow().getId());
            assertThat(entries).singleElement().satisfies(entry -> {
                assertThat(entry.type()).isEqualTo(RevisionType.ADD);
                assertThat(entry.username()).isEqualTo("reviewer");
                assertThat(entry.reason()).isEqualTo("CSV import customers.csv by reviewer");
            });
            revisions.add(entries.get(0).revision());
        }
        assertThat(revisions.get(0)).isEqualTo(revisions.get(1));
        assertThat(revisions.get(2)).isNotEqualTo(revisions.get(1));
        assertThat(revisions.get(3)).isNotIn(revisions.get(0), revisions.get(2));
        assertThat(progress).extracting(ImportProgress::done).containsExactly(0L, 500L, 1000L, 1001L);
        assertThat(progress).allSatisfy(state -> assertThat(state.total()).isEqualTo(1001));
    }

    @Test
    void imported_customers_land_only_in_the_importing_tenant() {
        actAs(WEALTH, "reviewer");
        String number = passport();
        assertThat(importNow(HEADER + row("Wealth Client", number), ImportMode.ALL_OR_NOTHING).imported()).isEqualTo(1);
        assertThat(stored(number)).map(Customer::getTenantId).contains(WEALTH);

        actAs(LENDER, "reviewer");
        assertThat(stored(number)).isEmpty();
        // The same ID number is free in another tenant.
        assertThat(importNow(HEADER + row("Lender Client", number), ImportMode.ALL_OR_NOTHING).imported()).isEqualTo(1);
    }

    @Test
    void a_concurrent_save_that_makes_a_row_a_duplicate_undoes_an_all_or_nothing_import() {
        actAs(LENDER, "reviewer");
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            numbers.add(passport());
            csv.append(row("Undo Person " + i, numbers.get(i)));
        }
        long before = customers.count();
        Customer rival = new Customer();
        rival.setFullName("Rival Entry");
        rival.setNationalIdType(NationalIdType.PASSPORT);
        rival.setNationalIdNumber(numbers.get(550));
        List<ImportProgress.Phase> phases = new CopyOnWriteArrayList<>();

        // Another user saves row 552's passport after the check has passed and before that row is written.
        ImportResult result = imports.start(request(csv.toString(), ImportMode.ALL_OR_NOTHING), progress -> {
            phases.add(progress.phase());
            if (progress.phase() == ImportProgress.Phase.WRITING && progress.done() == 0) {
                customerService.save(rival, "entered by hand meanwhile");
            }
        }).join();

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.UNDONE);
        assertThat(result.imported()).isZero();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(552);
            assertThat(problem.problem().messageKey()).isEqualTo("customer.error.duplicateNationalId");
        });
        assertThat(phases).contains(ImportProgress.Phase.CHECKING, ImportProgress.Phase.WRITING, ImportProgress.Phase.UNDOING);
        assertThat(customers.count()).isEqualTo(before + 1);
        assertThat(stored(numbers.get(0))).isEmpty();
        assertThat(stored(numbers.get(550))).map(Customer::getFullName).contains("Rival Entry");
    }

    @Test
    void the_problem_file_lists_row_column_value_and_message_in_the_readers_language() {
        actAs(LENDER, "reviewer");
        ImportResult result = importNow("full_name,date_of_birth\n,1985-04-23\n\"Wang, Fang\",23/04/1985\n", ImportMode.VALID_ROWS_ONLY);

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        imports.writeProblems(result, Locale.ENGLISH, english);
        ByteArrayOutputStream chinese = new ByteArrayOutputStream();
        imports.writeProblems(result, Locale.SIMPLIFIED_CHINESE, chinese);

        assertThat(english.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFrow,column,value,message\r\n"
                + "2,full_name,,Required\r\n"
                + "3,date_of_birth,23/04/1985,\"Enter the date as yyyy-MM-dd, e.g. 1985-04-23\"\r\n");
        assertThat(chinese.toString(StandardCharsets.UTF_8)).contains("3,date_of_birth,23/04/1985,请按 yyyy-MM-dd 格式填写日期，例如 1985-04-23");
    }

    @Test
    void the_template_passes_every_rule() {
        actAs(LENDER, "reviewer");
        ImportPreview preview = imports.preview(new ImportRequest("template.csv", imports.template(), StandardCharsets.UTF_8,
                ImportMode.ALL_OR_NOTHING));
        assertThat(preview.columns()).containsExactly(CustomerCsvColumn.values());
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.problems()).isEmpty());
    }

    @Test
    void the_preview_checks_the_first_rows_and_counts_them_all_without_storing_anything() {
        actAs(LENDER, "reviewer");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 25; i++) {
            csv.append(i == 3 ? "Bad Row,PASSPORT,no,bad@example.com,CN,1,CNY\n" : row("Preview Person " + i, passport()));
        }
        long before = customers.count();

        ImportPreview preview = imports.preview(request(csv.toString(), ImportMode.ALL_OR_NOTHING));

        assertThat(preview.totalRows()).isEqualTo(25);
        assertThat(preview.rows()).hasSize(CustomerImportService.PREVIEW_ROWS);
        assertThat(preview.invalidRowsShown()).isEqualTo(1);
        assertThat(preview.rows().get(3).problems()).extracting(problem -> problem.problem().messageKey())
                .containsExactly("customer.nationalId.error.PASSPORT_FORMAT");
        assertThat(customers.count()).isEqualTo(before);
    }

    @Test
    void only_tenant_administrators_and_reviewers_may_import() {
        for (String user : List.of("approver", "compliance-officer", "auditor")) {
            actAs(LENDER, user);
            assertThatThrownBy(() -> imports.start(request(HEADER + row("Not Allowed", passport()), ImportMode.ALL_OR_NOTHING), p -> { }))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.preview(request(HEADER, ImportMode.ALL_OR_NOTHING)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        actAs(LENDER, "tenant-admin");
        assertThat(importNow(HEADER + row("Admin Import", passport()), ImportMode.ALL_OR_NOTHING).imported()).isEqualTo(1);
    }
}
