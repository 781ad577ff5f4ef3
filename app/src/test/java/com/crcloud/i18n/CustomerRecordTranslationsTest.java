package com.crcloud.i18n;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.CreditScore;
import com.crcloud.customer.domain.CustomerDocument;
import com.crcloud.customer.domain.CustomerRecordRules;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.domain.EmploymentStatus;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.Holding;
import com.crcloud.customer.domain.HoldingKind;
import com.crcloud.customer.domain.IncomeSource;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanRepayment;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.domain.OverdueEvent;
import com.crcloud.customer.domain.VerificationStatus;
import com.crcloud.tenant.persistence.TenantOwnedEntity;
import org.junit.jupiter.api.Test;
import org.springframework.util.ReflectionUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer record's texts are built from names (enum constants, entity properties for forms and the change
 * history, rule fields), which the literal-key scan of {@link TranslationBundlesTest} cannot see: all must exist.
 */
class CustomerRecordTranslationsTest {

    @Test
    void every_choice_of_the_record_has_a_label() throws IOException {
        Set<String> defined = load().stringPropertyNames();
        List<String> expected = new ArrayList<>();
        for (Enum<?>[] values : List.<Enum<?>[]>of(IncomeSource.values(), EmploymentStatus.values(), HoldingKind.values(),
                LoanStatus.values(), DocumentType.values(), VerificationStatus.values())) {
            for (Enum<?> value : values) {
                String type = value.getDeclaringClass().getSimpleName();
                expected.add(type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1) + "." + value.name());
            }
        }
        assertThat(defined).containsAll(expected);
    }

    @Test
    void every_property_shown_in_a_form_or_the_change_history_has_a_label() throws IOException {
        Set<String> defined = load().stringPropertyNames();
        List<String> expected = new ArrayList<>();
        for (Class<?> type : List.of(FinancialProfile.class, Holding.class, Loan.class, LoanRepayment.class, CreditCard.class,
                OverdueEvent.class, CreditScore.class, CustomerDocument.class)) {
            String prefix = type.getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT) + type.getSimpleName().substring(1) + ".";
            ReflectionUtils.doWithFields(type, field -> expected.add(prefix + field.getName()),
                    field -> !Modifier.isStatic(field.getModifiers()) && field.getDeclaringClass() != TenantOwnedEntity.class);
        }
        assertThat(expected).hasSizeGreaterThan(40);
        assertThat(defined).containsAll(expected);
    }

    @Test
    void every_future_date_rule_and_section_has_its_text_in_both_languages() throws IOException {
        Set<String> english = load().stringPropertyNames();
        List<String> expected = new ArrayList<>();
        for (String field : List.of(CustomerRecordRules.EMPLOYED_SINCE, CustomerRecordRules.OPENED_ON, CustomerRecordRules.PAID_ON,
                CustomerRecordRules.OCCURRED_ON, CustomerRecordRules.SCORED_ON)) {
            expected.add("customer.record.error.future." + field);
        }
        for (String section : List.of("asset", "liability", "score", "loan", "repayment", "card", "overdue")) {
            expected.add("customer.record." + section);
            expected.add("customer.record." + section + ".plural");
        }
        for (VerificationStatus decision : List.of(VerificationStatus.VERIFIED, VerificationStatus.REJECTED)) {
            expected.add("customer.document.decideTitle." + decision.name());
            expected.add("customer.document.decided." + decision.name());
        }
        assertThat(english).containsAll(expected);
    }

    private static Properties load() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CustomerRecordTranslationsTest.class.getClassLoader().getResourceAsStream("i18n/messages.properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
