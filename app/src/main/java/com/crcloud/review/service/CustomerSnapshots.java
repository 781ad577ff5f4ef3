package com.crcloud.review.service;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.Holding;
import com.crcloud.customer.domain.HoldingKind;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.OverdueEvent;
import com.crcloud.customer.service.CustomerRecord;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ScreeningSubject;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable view of a customer that plugins receive: the identity form plus the finances, credit record and
 * document metadata on file, read together when the snapshot is built (one query per kind of entry).
 */
@Component
class CustomerSnapshots {

    /** Customer fields {@link #of} passes on; each has the same name in the snapshot. */
    static final Set<String> FIELDS = Set.of("fullName", "dateOfBirth", "nationalIdType", "nationalIdNumber", "phone", "email",
            "countryCode", "region", "city", "currency", "monthlyIncome", "monthlyExpenses");

    private final CustomerRecordService records;

    CustomerSnapshots(CustomerRecordService records) {
        this.records = records;
    }

    CustomerSnapshot of(Customer customer) {
        return of(customer, records.recordOf(customer.getId()));
    }

    static CustomerSnapshot of(Customer customer, CustomerRecord record) {
        Optional<FinancialProfile> profile = record.profile();
        CustomerSnapshot.Builder snapshot = CustomerSnapshot.builder()
                .customerId(customer.getId().toString())
                .fullName(customer.getFullName())
                .dateOfBirth(customer.getDateOfBirth())
                .nationalId(customer.getNationalIdType() == null ? null : customer.getNationalIdType().name(),
                        customer.getNationalIdNumber())
                .phone(customer.getPhone())
                .email(customer.getEmail())
                .address(customer.getCountryCode(), customer.getRegion(), customer.getCity())
                .currency(customer.getCurrency())
                .monthlyIncome(customer.getMonthlyIncome(),
                        profile.map(FinancialProfile::getIncomeSource).map(Enum::name).orElse(null))
                .monthlyExpenses(customer.getMonthlyExpenses())
                .employmentStatus(profile.map(FinancialProfile::getEmploymentStatus).map(Enum::name).orElse(null))
                .externalCreditScore(record.latestCreditScore().map(score -> score.getScore()).orElse(null));
        for (Holding holding : record.holdings()) {
            CustomerSnapshot.Holding value = new CustomerSnapshot.Holding(holding.getKind().sdkName(), holding.getAmount(),
                    holding.getCurrency());
            if (holding.getKind().side() == HoldingKind.Side.ASSET) {
                snapshot.asset(value);
            } else {
                snapshot.liability(value);
            }
        }
        for (Loan loan : record.loans()) {
            snapshot.loan(new CustomerSnapshot.Loan(loan.getLender(), loan.getOriginalAmount(), loan.getOutstandingBalance(),
                    loan.getStatus().name()));
        }
        for (CreditCard card : record.cards()) {
            snapshot.card(new CustomerSnapshot.Card(card.getCreditLimit(), card.getCurrentBalance()));
        }
        for (OverdueEvent event : record.overdueEvents()) {
            snapshot.overdueEvent(new CustomerSnapshot.OverdueEvent(event.getOccurredOn(), event.getDaysPastDue(), event.getAmount()));
        }
        for (DocumentInfo document : record.documents()) {
            snapshot.document(new CustomerSnapshot.Document(document.documentType().name(), document.verificationStatus().name(),
                    document.sha256()));
        }
        return snapshot.build();
    }

    static ScreeningSubject subjectOf(Customer customer) {
        return new ScreeningSubject(customer.getId().toString(), customer.getFullName(), List.of(),
                Optional.ofNullable(customer.getDateOfBirth()), Optional.ofNullable(customer.getNationalIdNumber()),
                Optional.ofNullable(customer.getCountryCode()));
    }
}
