package com.crcloud.review.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.flow.domain.CaseFacts;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.pluginhost.service.ExtensionKind;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds what a flow's rules see of a case from the customer, the risk figures and the verification results. */
final class FlowFacts {

    private FlowFacts() {
    }

    /** The flow's required documents (type names) of which the customer has none on file. */
    static List<String> missingDocuments(FlowDefinition flow, CustomerSnapshot snapshot) {
        Set<String> onFile = snapshot.documents().stream().map(CustomerSnapshot.Document::type).collect(Collectors.toSet());
        return flow.requiredDocuments().stream().map(Enum::name).filter(type -> !onFile.contains(type)).toList();
    }

    /**
     * @param verification the latest verification run's results: screening hits and checks that did not pass
     * @param today        the tenant's date, for the customer's age
     */
    static CaseFacts of(Customer customer, CustomerSnapshot snapshot, RiskClass riskClass, String tier, Integer score,
                        Double probabilityOfDefault, List<StepResult> verification, FlowDefinition flow, LocalDate today) {
        Integer age = customer.getDateOfBirth() == null ? null : Period.between(customer.getDateOfBirth(), today).getYears();
        int hits = verification.stream().filter(step -> step.kind() == ExtensionKind.SCREENING_PROVIDER).mapToInt(step -> step.hits().size()).sum();
        int notPassed = (int) verification.stream().filter(step -> step.kind() == ExtensionKind.REVIEW_CHECK)
                .filter(step -> step.status() != CheckOutcome.PASS).count();
        int overdue = (int) snapshot.loans().stream().filter(loan -> "OVERDUE".equals(loan.status()) || "DEFAULTED".equals(loan.status())).count();
        return new CaseFacts(riskClass, tier, score, probabilityOfDefault, age, customer.getMonthlyIncome(), customer.getMonthlyExpenses(),
                flow.creditLimit(riskClass, customer.getMonthlyIncome()), hits, notPassed, customer.getCountryCode(), overdue);
    }
}
