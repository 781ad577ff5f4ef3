package com.crcloud.customer.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("persistence")
class CustomerExportServiceTest extends IntegrationTest {

    @Autowired
    CustomerSearch search;
    @Autowired
    CustomerExportService export;
    @Autowired
    CustomerImportService imports;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRepository repository;

    private static byte[] read(InputStream stream) throws IOException {
        try (stream) {
            return stream.readAllBytes();
        }
    }

    private static List<String> lines(byte[] csv) {
        return csv.length == 0 ? List.of() : List.of(new String(csv, StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void the_export_holds_exactly_the_filtered_customers_page_after_page() throws IOException {
        actAs(LENDER, "compliance-officer");
        CustomerFilter passports = new CustomerFilter(null, NationalIdType.CN_RESIDENT_ID);
        long expected = customers.count(passports);
        assertThat(expected).isGreaterThan(7);

        // A page size that does not divide the count, so that the last page is a short one.
        List<String> lines = lines(read(new CustomerExportService(repository, search, 7).export(passports)));

        assertThat(lines.get(0)).isEqualTo("\uFEFFfull_name,date_of_birth,national_id_type,national_id_number,phone,email,"
                + "address_line,city,region,postal_code,country_code,monthly_income,monthly_expenses,currency");
        assertThat(lines.subList(1, lines.size())).hasSize((int) expected).doesNotHaveDuplicates()
                .allSatisfy(line -> assertThat(line).contains(",CN_RESIDENT_ID,"));
    }

    @Test
    void an_export_shows_id_numbers_and_phones_masked_and_imports_again_into_another_tenant_without_them() throws IOException {
        actAs(LENDER, "reviewer");
        // A customer of its own: an arbitrary page of the shared data may hold an ID another test also stored in
        // the other tenant, which the import then rightly refuses as a duplicate.
        Customer fresh = TestCustomers.reviewable("Export, \"Round\" Trip", "8800.50");
        String number = fresh.getNationalIdNumber();
        fresh.setPhone("+86 138 0013 8000");
        fresh.setAddressLine("建国路 88 号, 3 单元");
        fresh.setRegion("Beijing");
        fresh.setPostalCode("100022");
        Customer sample = customers.save(fresh, null);
        byte[] csv = read(export.export(new CustomerFilter(number, null)));
        List<String> lines = lines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",CN_RESIDENT_ID," + number.substring(0, 3) + "***********" + number.substring(14) + ",")
                .contains(",+86 1** **** 8000,").doesNotContain(number).doesNotContain("0013");

        // A bulk reveal is not offered: with the two masked columns left out, the rest goes back in unchanged.
        String withoutMasked = new String(csv, StandardCharsets.UTF_8).replace("national_id_type,national_id_number,phone,", "")
                .replace("CN_RESIDENT_ID," + lines.get(1).split(",CN_RESIDENT_ID,")[1].split(",")[0] + ",+86 1** **** 8000,", "");
        actAs(WEALTH, "reviewer");
        ImportResult result = imports.start(new ImportRequest("customers.csv", withoutMasked.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, ImportMode.ALL_OR_NOTHING), progress -> { }).join();

        assertThat(result.imported()).as(result.problems().toString()).isEqualTo(1);
        Customer copy = customers.search(new CustomerFilter("Export, \"Round\" Trip", null), org.springframework.data.domain.Pageable.unpaged())
                .getContent().get(0);
        assertThat(copy.getTenantId()).isEqualTo(WEALTH);
        assertThat(copy).usingRecursiveComparison()
                .comparingOnlyFields("fullName", "dateOfBirth", "email", "addressLine", "city", "region", "postalCode",
                        "countryCode", "monthlyIncome", "monthlyExpenses", "currency")
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(sample);
    }

    @Test
    void approvers_and_auditors_may_not_export() {
        for (String user : List.of("approver", "auditor")) {
            actAs(LENDER, user);
            assertThatThrownBy(() -> export.export(CustomerFilter.ALL)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
