package com.crcloud.customer.domain;

public interface CreditCardRepository extends CustomerRecordRepository<CreditCard> {
}
