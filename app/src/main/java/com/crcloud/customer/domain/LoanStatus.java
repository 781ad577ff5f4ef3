package com.crcloud.customer.domain;

/** Where a loan in the credit record stands. */
public enum LoanStatus {
    /** Being repaid as agreed. */
    CURRENT,
    /** Payments are late now; arrears and penalty interest may push the balance above the amount lent. */
    OVERDUE,
    /** Repaid in full. */
    CLOSED,
    /** Written off or in recovery; the balance is still owed. */
    DEFAULTED;

    /** Whether the outstanding balance may exceed the original amount. */
    public boolean accruesArrears() {
        return this == OVERDUE || this == DEFAULTED;
    }
}
