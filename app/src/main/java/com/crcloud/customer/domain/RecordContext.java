package com.crcloud.customer.domain;

import java.time.LocalDate;

/**
 * What the rules of an entry need to know beyond the entry itself.
 *
 * @param today       the current date in the tenant's clock; past events cannot lie after it
 * @param dateOfBirth the customer's date of birth, if recorded; nothing in their working life lies before it
 * @param currency    the customer's currency, in which every amount of the credit record is kept
 * @param loan        for a repayment, the loan it belongs to (null otherwise)
 */
public record RecordContext(LocalDate today, LocalDate dateOfBirth, String currency, Loan loan) {

    public static RecordContext of(LocalDate today, Customer customer) {
        return new RecordContext(today, customer.getDateOfBirth(), customer.getCurrency(), null);
    }

    public RecordContext forLoan(Loan value) {
        return new RecordContext(today, dateOfBirth, currency, value);
    }
}
