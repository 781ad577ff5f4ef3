package com.crcloud.customer.domain;

public interface LoanRepository extends CustomerRecordRepository<Loan> {
}
