package com.crcloud.review.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ScreeningSubject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The immutable view of a customer that plugins receive; only what the customer record holds today. */
final class CustomerSnapshots {

    /** Customer fields {@link #of} passes on; each has the same name in the snapshot. */
    static final Set<String> FIELDS = Set.of("fullName", "dateOfBirth", "nationalIdType", "nationalIdNumber", "phone", "email",
            "countryCode", "region", "city", "currency", "monthlyIncome", "monthlyExpenses");

    private CustomerSnapshots() {
    }

    static CustomerSnapshot of(Customer customer) {
        return CustomerSnapshot.builder()
                .customerId(customer.getId().toString())
                .fullName(customer.getFullName())
                .dateOfBirth(customer.getDateOfBirth())
                .nationalId(customer.getNationalIdType() == null ? null : customer.getNationalIdType().name(),
                        customer.getNationalIdNumber())
                .phone(customer.getPhone())
                .email(customer.getEmail())
                .address(customer.getCountryCode(), customer.getRegion(), customer.getCity())
                .currency(customer.getCurrency())
                .monthlyIncome(customer.getMonthlyIncome(), null)
                .monthlyExpenses(customer.getMonthlyExpenses())
                .build();
    }

    static ScreeningSubject subjectOf(Customer customer) {
        return new ScreeningSubject(customer.getId().toString(), customer.getFullName(), List.of(),
                Optional.ofNullable(customer.getDateOfBirth()), Optional.ofNullable(customer.getNationalIdNumber()),
                Optional.ofNullable(customer.getCountryCode()));
    }
}
