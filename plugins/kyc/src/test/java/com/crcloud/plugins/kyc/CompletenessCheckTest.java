package com.crcloud.plugins.kyc;

import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugins.kyc.CompletenessCheck.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.crcloud.plugins.kyc.TestSupport.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CompletenessCheckTest {

    private static final String ALL_FIELDS = "fullName,dateOfBirth,nationalId,phone,email,address,monthlyIncome,employmentStatus";
    private final CompletenessCheck check = new CompletenessCheck();

    private CheckResult run(Map<String, String> settings, CustomerSnapshot customer) {
        return check.run(context(check, settings), customer);
    }

    /** A customer with every field filled in except the omitted ones (setting names). */
    private static CustomerSnapshot customerWithout(String... omittedFields) {
        Set<String> omitted = Set.of(omittedFields);
        CustomerSnapshot.Builder builder = CustomerSnapshot.builder().customerId("c1")
                .fullName(omitted.contains("fullName") ? " " : "王芳");
        if (!omitted.contains("dateOfBirth")) {
            builder.dateOfBirth(LocalDate.of(1949, 12, 31));
        }
        if (!omitted.contains("nationalId")) {
            builder.nationalId("CN_RESIDENT_ID", "11010519491231002X");
        }
        if (!omitted.contains("phone")) {
            builder.phone("13800000000");
        }
        if (!omitted.contains("email")) {
            builder.email("wang.fang@example.cn");
        }
        if (!omitted.contains("address")) {
            builder.address("CN", "北京市", "北京");
        }
        if (!omitted.contains("monthlyIncome")) {
            builder.monthlyIncome(new BigDecimal("12000"), "SALARY");
        }
        if (!omitted.contains("employmentStatus")) {
            builder.employmentStatus("EMPLOYED");
        }
        return builder.build();
    }

    @Test
    void a_customer_with_every_field_passes_even_when_all_fields_are_required() {
        CheckResult result = run(Map.of("requiredFields", ALL_FIELDS), customerWithout());

        assertThat(result.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(result.explanation()).contains("All 8 required fields");
    }

    @ParameterizedTest(name = "missing {0} fails with {1}")
    @CsvSource({
            "fullName,         MISSING_FULL_NAME",
            "dateOfBirth,      MISSING_DATE_OF_BIRTH",
            "nationalId,       MISSING_NATIONAL_ID",
            "phone,            MISSING_PHONE",
            "email,            MISSING_EMAIL",
            "address,          MISSING_ADDRESS",
            "monthlyIncome,    MISSING_MONTHLY_INCOME",
            "employmentStatus, MISSING_EMPLOYMENT_STATUS",
    })
    void each_missing_required_field_fails_with_its_own_reason_code(String field, String reasonCode) {
        CheckResult result = run(Map.of("requiredFields", ALL_FIELDS), customerWithout(field));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly(reasonCode);
    }

    @Test
    void a_missing_field_the_tenant_does_not_require_is_ignored() {
        assertThat(run(Map.of(), customerWithout("email")).outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void a_blank_phone_number_counts_as_missing() {
        CustomerSnapshot customer = CustomerSnapshot.builder().customerId("c1").fullName("王芳").dateOfBirth(LocalDate.of(1990, 1, 1))
                .nationalId("CN_RESIDENT_ID", "11010519491231002X").phone("  ").email("a@b.cn").build();

        assertThat(run(Map.of(), customer).reasonCodes()).containsExactly("MISSING_PHONE");
    }

    @Test
    void an_address_without_a_city_is_incomplete() {
        CustomerSnapshot customer = CustomerSnapshot.builder().customerId("c1").fullName("王芳").phone("138").address("CN", "北京市", null).build();

        assertThat(run(Map.of("requiredFields", "address"), customer).reasonCodes()).containsExactly("MISSING_ADDRESS");
    }

    @Test
    void no_phone_and_no_email_only_warns_when_neither_is_required() {
        CheckResult result = run(Map.of("requiredFields", "fullName"), customerWithout("phone", "email"));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.WARN);
        assertThat(result.reasonCodes()).containsExactly("NO_CONTACT_CHANNEL");
    }

    @Test
    void no_phone_and_no_email_are_reported_both_as_missing_fields_and_as_no_contact_channel() {
        CheckResult result = run(Map.of(), customerWithout("phone", "email"));

        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(result.reasonCodes()).containsExactly("MISSING_PHONE", "NO_CONTACT_CHANNEL");
    }

    @ParameterizedTest(name = "\"{0}\" requires {1}")
    @CsvSource(delimiter = ';', value = {
            "fullName,dateOfBirth,nationalId,phone; FULL_NAME DATE_OF_BIRTH NATIONAL_ID PHONE",
            "' phone , EMAIL '; PHONE EMAIL",
            "phone，email; PHONE EMAIL",
            "phone,,phone,; PHONE",
            "MonthlyIncome; MONTHLY_INCOME",
            "' , '; ''",
    })
    void the_required_fields_setting_is_comma_separated_and_forgiving_about_case_and_spacing(String setting, String expected) {
        List<Field> fields = expected.isEmpty() ? List.of() : Arrays.stream(expected.split(" ")).map(Field::valueOf).toList();

        assertThat(CompletenessCheck.parseRequiredFields(setting)).containsExactlyElementsOf(fields);
    }

    @Test
    void an_unknown_field_name_is_rejected_naming_it_and_the_allowed_fields() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> run(Map.of("requiredFields", "fullName,passportPhoto"), customerWithout()))
                .withMessageContaining("'passportPhoto'")
                .withMessageContaining(ALL_FIELDS);
    }

    @Test
    void the_default_setting_is_valid_and_requires_name_birth_date_id_and_phone() {
        assertThat(check.settings().get(0).validate(check.settings().get(0).defaultValue())).isEmpty();
        assertThat(CompletenessCheck.parseRequiredFields(check.settings().get(0).defaultValue()))
                .containsExactly(Field.FULL_NAME, Field.DATE_OF_BIRTH, Field.NATIONAL_ID, Field.PHONE);
    }
}
