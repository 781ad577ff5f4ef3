package com.crcloud.customer.service;

import com.crcloud.customer.domain.CustomerRules;
import com.crcloud.customer.domain.NationalIdType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerCsvReaderTest {

    private static final String HEADER = "full_name,date_of_birth,national_id_type,national_id_number,monthly_income,currency\n";

    private static List<ImportRow> rows(String csv) {
        return rows(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static List<ImportRow> rows(byte[] content, Charset charset) {
        CustomerCsvReader reader = CustomerCsvReader.open(content, charset);
        List<ImportRow> rows = new ArrayList<>();
        while (reader.hasNext()) {
            rows.add(reader.next());
        }
        return rows;
    }

    static Stream<Arguments> files_that_are_refused_as_a_whole() {
        return Stream.of(
                Arguments.of("", "import.error.empty", List.of()),
                Arguments.of("fullname,email\nA,a@b.cn\n", "import.error.unknownColumns", List.of("fullname")),
                Arguments.of("full_name,emial,,city\n", "import.error.unknownColumns", List.of("emial, #3")),
                Arguments.of("email,city\n", "import.error.missingColumns", List.of("full_name")),
                Arguments.of("full_name,email,Email\n", "import.error.repeatedColumns", List.of("email")),
                Arguments.of("full_name;email;city\nA;a@b.cn;X\n", "import.error.separator", List.of(";")),
                Arguments.of("full_name,city\n\"Wang, Fang,Beijing\n", "import.error.malformed", List.of(2L)));
    }

    @ParameterizedTest
    @MethodSource
    void files_that_are_refused_as_a_whole(String csv, String key, List<Object> leadingArguments) {
        assertThatThrownBy(() -> rows(csv)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).startsWith(leadingArguments.toArray());
        });
    }

    @Test
    void an_excel_workbook_is_refused_with_advice_to_save_it_as_csv() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThatThrownBy(() -> rows(xlsx, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey()).isEqualTo("import.error.spreadsheet"));
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_naming_the_line_of_the_first_bad_byte() {
        byte[] gbk = ("full_name,city\nWang,Beijing\n王芳,北京\n").getBytes(Charset.forName("GB18030"));
        assertThatThrownBy(() -> rows(gbk, StandardCharsets.UTF_8)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.encoding");
            assertThat(e.arguments()).containsExactly("UTF-8", 3L);
        });
    }

    @Test
    void the_same_file_reads_correctly_when_its_chinese_encoding_is_chosen() {
        byte[] gbk = ("full_name,city\n王芳,北京\n").getBytes(Charset.forName("GB18030"));
        ImportRow row = rows(gbk, Charset.forName("GB18030")).get(0);
        assertThat(row.cell(CustomerCsvColumn.FULL_NAME)).isEqualTo("王芳");
        assertThat(row.cell(CustomerCsvColumn.CITY)).isEqualTo("北京");
    }

    static Stream<Arguments> byte_order_marks_decide_the_encoding() {
        return Stream.of(
                Arguments.of(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
                Arguments.of(new byte[]{(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of(new byte[]{(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE));
    }

    @ParameterizedTest
    @MethodSource
    void byte_order_marks_decide_the_encoding(byte[] bom, Charset charset) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(bom);
        file.writeBytes("full_name,city\n王芳,北京\n".getBytes(charset));
        ImportRow row = rows(file.toByteArray(), Charset.forName("GB18030")).get(0);
        assertThat(row.cell(CustomerCsvColumn.FULL_NAME)).isEqualTo("王芳");
        assertThat(row.valid()).isTrue();
    }

    @Test
    void columns_may_come_in_any_order_and_any_case_and_empty_rows_are_skipped() {
        List<ImportRow> rows = rows("City , FULL_NAME\nBeijing,Wang Fang\n,\n\nShanghai,Li Lei\n");
        assertThat(rows).extracting(ImportRow::row).containsExactly(2L, 5L);
        assertThat(rows.get(1).customer().getFullName()).isEqualTo("Li Lei");
        assertThat(rows.get(1).customer().getCity()).isEqualTo("Shanghai");
    }

    @Test
    void quoted_values_keep_their_commas_quotes_and_line_breaks() {
        ImportRow row = rows("full_name,address_line\n\"Wang \"\"Fang\"\"\",\"1 Road,\nBuilding 2\"\n").get(0);
        assertThat(row.customer().getFullName()).isEqualTo("Wang \"Fang\"");
        assertThat(row.customer().getAddressLine()).isEqualTo("1 Road,\nBuilding 2");
    }

    @Test
    void a_row_with_more_values_than_columns_is_refused_as_a_whole() {
        ImportRow row = rows("full_name,monthly_income,currency\nWang Fang,12,000.50,CNY\n").get(0);
        assertThat(row.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isNull();
            assertThat(problem.problem().messageKey()).isEqualTo("import.error.columnCount");
            assertThat(problem.problem().arguments()).containsExactly(3, 4);
        });
    }

    static Stream<Arguments> cells_that_are_no_value_of_their_column() {
        return Stream.of(
                Arguments.of("date_of_birth", "23/04/1985", "import.error.date"),
                Arguments.of("date_of_birth", "1985-4-23", "import.error.date"),
                Arguments.of("date_of_birth", "1985-02-30", "import.error.date"),
                Arguments.of("national_id_type", "ID_CARD", "import.error.idType"),
                Arguments.of("monthly_income", "12,000.50", "import.error.amountGrouping"),
                Arguments.of("monthly_income", "12000,50", "import.error.amountGrouping"),
                Arguments.of("monthly_income", "¥12000", "import.error.amount"),
                Arguments.of("monthly_income", "1.2E4", "import.error.amount"),
                Arguments.of("monthly_income", "12 000", "import.error.amount"));
    }

    @ParameterizedTest
    @MethodSource
    void cells_that_are_no_value_of_their_column(String column, String cell, String key) {
        ImportRow row = rows("full_name," + column + "\nWang Fang,\"" + cell + "\"\n").get(0);
        assertThat(row.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.value()).isEqualTo(cell);
            assertThat(problem.problem().messageKey()).isEqualTo(key);
        });
    }

    @Test
    void values_are_read_into_their_types_and_blank_cells_mean_no_value() {
        ImportRow row = rows(HEADER + "  Wang Fang ,1985-04-23,passport, e1234567 ,12000.5,cny\nLi Lei,,,,,\n").get(0);
        assertThat(row.valid()).isTrue();
        assertThat(row.customer().getFullName()).isEqualTo("Wang Fang");
        assertThat(row.customer().getDateOfBirth()).isEqualTo(LocalDate.of(1985, 4, 23));
        assertThat(row.customer().getNationalIdType()).isEqualTo(NationalIdType.PASSPORT);
        assertThat(row.customer().getNationalIdNumber()).isEqualTo("e1234567");
        assertThat(row.customer().getMonthlyIncome()).isEqualByComparingTo(new BigDecimal("12000.50"));
        assertThat(row.cell(CustomerCsvColumn.NATIONAL_ID_NUMBER)).isEqualTo(" e1234567 ");
        assertThat(rows(HEADER + "Li Lei,,,,,\n").get(0).customer().getDateOfBirth()).isNull();
    }

    @Test
    void every_column_writes_what_it_reads_back() {
        String line = "Wang Fang,1985-04-23,CN_RESIDENT_ID,11010519850423001X,+86 10 6552 8888,wang@example.com,"
                + "\"1 Road, 2\",Beijing,Beijing,100005,CN,12000.50,4500.00,CNY";
        StringBuilder header = new StringBuilder();
        for (CustomerCsvColumn column : CustomerCsvColumn.values()) {
            header.append(header.isEmpty() ? "" : ",").append(column.header());
        }
        ImportRow row = rows(header + "\n" + line + "\n").get(0);
        for (CustomerCsvColumn column : CustomerCsvColumn.values()) {
            assertThat(column.write(row.customer())).as(column.header()).isEqualTo(row.cell(column));
        }
        assertThat(CustomerCsvColumn.ofField(CustomerRules.MONTHLY_EXPENSES)).contains(CustomerCsvColumn.MONTHLY_EXPENSES);
    }
}
