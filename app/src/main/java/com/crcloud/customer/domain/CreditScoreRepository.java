package com.crcloud.customer.domain;

public interface CreditScoreRepository extends CustomerRecordRepository<CreditScore> {
}
