package com.crcloud.review.service;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.EmploymentStatus;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.IncomeSource;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.domain.OverdueEvent;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled risk model and segmenter see the credit record the host stores, through the plugin snapshot. */
@Tag("persistence")
class CreditRecordAssessmentTest extends IntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerRecordService records;
    @Autowired
    AutomatedChecksService checks;

    @Test
    void a_customer_with_serious_overdue_history_gets_a_worse_score_and_risk_class_than_the_same_customer_without() {
        actAs(LENDER, "reviewer");
        UUID clean = sameFinances("Always On Time");
        UUID late = sameFinances("Ninety Days Late");
        records.save(late, overdue(LocalDate.now().minusMonths(3), 120), "bureau report");
        records.save(late, overdue(LocalDate.now().minusMonths(9), 45), "bureau report");

        List<StepResult> onTime = checks.run(clean, Locale.ENGLISH);
        List<StepResult> overdue = checks.run(late, Locale.ENGLISH);

        assertThat(score(overdue)).isLessThan(score(onTime));
        assertThat(riskClass(overdue)).isEqualTo(RiskClass.HIGH);
        assertThat(riskClass(onTime)).isIn(RiskClass.LOW, RiskClass.MEDIUM);
        assertThat(model(overdue).factors()).filteredOn(factor -> factor.factor().equals("worstOverdueDays"))
                .singleElement().satisfies(factor -> {
                    assertThat(factor.value()).contains("120");
                    assertThat(factor.contribution()).isNegative();
                });
        assertThat(model(onTime).factors()).filteredOn(factor -> factor.factor().equals("worstOverdueDays"))
                .extracting(FactorContribution::contribution).singleElement().satisfies(points -> assertThat(points).isPositive());
    }

    @Test
    void the_employment_and_cards_on_file_reach_the_scorecard() {
        actAs(LENDER, "reviewer");
        UUID customerId = sameFinances("Maxed Out Cards");
        CreditCard card = records.recordOf(customerId).cards().get(0);
        card.setCurrentBalance(new BigDecimal("19800.00"));
        records.save(customerId, card, null);

        StepResult model = model(checks.run(customerId, Locale.ENGLISH));

        assertThat(model.factors()).filteredOn(factor -> factor.factor().equals("cardUtilisation"))
                .singleElement().satisfies(factor -> assertThat(factor.contribution()).isNegative());
        assertThat(model.factors()).filteredOn(factor -> factor.factor().equals("employmentStatus"))
                .singleElement().satisfies(factor -> {
                    assertThat(factor.value()).contains("EMPLOYED");
                    assertThat(factor.contribution()).isPositive();
                });
    }

    /** A salaried customer with one current loan and a card at 20 % utilisation. */
    private UUID sameFinances(String name) {
        Customer customer = customers.save(TestCustomers.reviewable(name, "20000.00"), null);
        FinancialProfile profile = new FinancialProfile();
        profile.setIncomeSource(IncomeSource.SALARY);
        profile.setEmploymentStatus(EmploymentStatus.EMPLOYED);
        profile.setEmployerName("China Mobile");
        records.save(customer.getId(), profile, null);
        Loan loan = new Loan();
        loan.setLender("ICBC");
        loan.setOriginalAmount(new BigDecimal("80000.00"));
        loan.setOutstandingBalance(new BigDecimal("50000.00"));
        loan.setStatus(LoanStatus.CURRENT);
        records.save(customer.getId(), loan, null);
        CreditCard card = new CreditCard();
        card.setIssuer("CMB");
        card.setCreditLimit(new BigDecimal("20000.00"));
        card.setCurrentBalance(new BigDecimal("4000.00"));
        records.save(customer.getId(), card, null);
        return customer.getId();
    }

    private static OverdueEvent overdue(LocalDate date, int days) {
        OverdueEvent event = new OverdueEvent();
        event.setOccurredOn(date);
        event.setDaysPastDue(days);
        event.setAmount(new BigDecimal("2500.00"));
        return event;
    }

    private static StepResult model(List<StepResult> results) {
        return results.stream().filter(result -> result.kind() == ExtensionKind.RISK_MODEL).findFirst().orElseThrow();
    }

    private static int score(List<StepResult> results) {
        return model(results).figures().score();
    }

    private static RiskClass riskClass(List<StepResult> results) {
        return results.stream().filter(result -> result.kind() == ExtensionKind.SEGMENTER).findFirst().orElseThrow()
                .figures().riskClass();
    }
}
