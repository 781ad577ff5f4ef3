package com.crcloud.customer.domain;

public interface FinancialProfileRepository extends CustomerRecordRepository<FinancialProfile> {
}
