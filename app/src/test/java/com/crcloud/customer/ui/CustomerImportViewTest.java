package com.crcloud.customer.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerSearch;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.service.ImportMode;
import com.crcloud.customer.service.ImportRow;
import com.crcloud.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

@Tag("persistence")
class CustomerImportViewTest extends KaribuTest {

    @Autowired
    CustomerSearch search;
    @Autowired
    CustomerService customerService;
    @Autowired
    CustomerRepository customers;

    private static String passport() {
        return "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ImportRow> preview() {
        return _get(Grid.class, spec -> spec.withId("import-preview"));
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId("import-upload"));
    }

    /** The import reports from its own thread; let the UI apply what it was sent until the result shows. */
    private static Paragraph awaitResult() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<Paragraph> shown = List.of();
        while (shown.isEmpty()) {
            assertThat(Instant.now()).as("import finished in time").isBefore(deadline);
            Thread.sleep(20);
            MockVaadin.clientRoundtrip();
            shown = _find(Paragraph.class, spec -> spec.withId("import-result"));
        }
        return shown.get(0);
    }

    @Test
    void a_reviewer_previews_a_file_imports_the_valid_rows_and_downloads_the_refused_ones() throws InterruptedException {
        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(CustomerListView.class);
        _click(_get(Button.class, spec -> spec.withId("import-customers")));
        assertThat(currentView()).isEqualTo(CustomerImportView.class);
        String first = passport();
        String second = passport();
        String csv = "full_name,national_id_type,national_id_number,monthly_income,currency\n"
                + "Ann Lee,PASSPORT," + first + ",12000.50,CNY\n"
                + "Bo Chen,PASSPORT," + second + ",9000,CNY\n"
                + "Cai Wu,PASSPORT," + passport() + ",\"12,000.50\",CNY\n";

        _upload(upload(), "april.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("april.csv: 3 customer rows. The first 3 are checked below; 1 of them have problems.");
        assertThat(_size(preview())).isEqualTo(3);
        assertThat(_findAll(preview())).extracting(ImportRow::valid).containsExactly(true, true, false);
        assertThat(preview().getPartNameGenerator().apply(_findAll(preview()).get(2))).isEqualTo("import-invalid-row");
        assertThat(customers.findByNationalIdTypeAndNationalIdIndex(NationalIdType.PASSPORT, search.nationalIdIndex(NationalIdType.PASSPORT, first))).isEmpty();

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("import-mode")), ImportMode.VALID_ROWS_ONLY);
        _click(_get(Button.class, spec -> spec.withId("import-start")));

        assertThat(awaitResult().getText())
                .isEqualTo("Import of april.csv finished: 3 rows read, 2 customers imported, 1 rows refused.");
        assertThat(customers.findByNationalIdTypeAndNationalIdIndex(NationalIdType.PASSPORT, search.nationalIdIndex(NationalIdType.PASSPORT, first))).isPresent();
        assertThat(customers.findByNationalIdTypeAndNationalIdIndex(NationalIdType.PASSPORT, search.nationalIdIndex(NationalIdType.PASSPORT, second))).isPresent();
        String problems = new String(_download(_get(Anchor.class, spec -> spec.withId("import-problems-download"))), StandardCharsets.UTF_8);
        assertThat(problems).isEqualTo("\uFEFFrow,column,value,message\r\n4,monthly_income,\"12,000.50\","
                + "\"Write the amount without thousands separators and with a point for decimals: 12000.50, not 12,000.50\"\r\n");
    }

    @Test
    void all_or_nothing_with_a_refused_row_stores_nothing_and_says_so() throws InterruptedException {
        signIn(LENDER, "reviewer");
        UI.getCurrent().navigate(CustomerImportView.class);
        String number = passport();
        _upload(upload(), "bad.csv", "text/csv", ("full_name,national_id_type,national_id_number,date_of_birth\n"
                + "Ann Lee,PASSPORT," + number + ",1985-04-23\nBo Chen,PASSPORT," + passport() + ",23/04/1985\n").getBytes(StandardCharsets.UTF_8));

        _click(_get(Button.class, spec -> spec.withId("import-start")));

        assertThat(awaitResult().getText()).isEqualTo("Nothing was imported from bad.csv: 1 of its 2 rows are refused and you "
                + "chose all or nothing. Correct them and import the file again.");
        assertThat(customers.findByNationalIdTypeAndNationalIdIndex(NationalIdType.PASSPORT, search.nationalIdIndex(NationalIdType.PASSPORT, number))).isEmpty();
        assertThat(new String(_download(_get(Anchor.class, spec -> spec.withId("import-problems-download"))), StandardCharsets.UTF_8))
                .contains("3,date_of_birth,23/04/1985,");
    }

    @Test
    void a_file_with_a_wrong_header_is_refused_naming_the_unknown_column_in_the_users_language() {
        signIn(WEALTH, "reviewer");
        UI.getCurrent().navigate(CustomerImportView.class);

        _upload(upload(), "客户.csv", "text/csv", "full_name,phone_number\n王芳,13800000000\n".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-file-problem")).getText())
                .startsWith("标题行中有未知的列：phone_number。可用的列为：full_name, date_of_birth");
        _assertNone(Button.class, spec -> spec.withId("import-start"));
    }

    @Test
    void the_encoding_choice_reads_a_file_saved_by_chinese_excel() {
        signIn(WEALTH, "reviewer");
        UI.getCurrent().navigate(CustomerImportView.class);
        byte[] gbk = "full_name,city\n王芳,北京\n".getBytes(java.nio.charset.Charset.forName("GB18030"));

        _upload(upload(), "gbk.csv", "text/csv", gbk);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-file-problem")).getText()).contains("UTF-8").contains("2");

        _setValue(_get(Select.class, spec -> spec.withId("import-encoding")), java.nio.charset.Charset.forName("GB18030"));
        assertThat(_findAll(preview())).singleElement().satisfies(row -> assertThat(row.valid()).isTrue());
    }

    @Test
    void the_list_offers_export_to_compliance_officers_but_import_only_to_those_who_edit() {
        signIn(LENDER, "compliance-officer");
        UI.getCurrent().navigate(CustomerListView.class);
        _assertNone(Button.class, spec -> spec.withId("import-customers"));
        String email = customerService.search(new CustomerFilter(null, null), Pageable.ofSize(50)).stream()
                .map(Customer::getEmail).filter(Objects::nonNull).findFirst().orElseThrow();
        _setValue(_get(TextField.class, spec -> spec.withId("customer-search")), email);

        List<String> lines = List.of(new String(_download(_get(Anchor.class, spec -> spec.withId("export-customers"))),
                StandardCharsets.UTF_8).split("\r\n"));

        assertThat(lines.get(0)).startsWith("\uFEFFfull_name,");
        assertThat(lines.subList(1, lines.size())).singleElement(InstanceOfAssertFactories.STRING).contains(email);

        tearDownUi();
        signIn(LENDER, "auditor");
        UI.getCurrent().navigate(CustomerListView.class);
        _assertNone(Anchor.class, spec -> spec.withId("export-customers"));
        _assertNone(Button.class, spec -> spec.withId("import-customers"));
    }
}
