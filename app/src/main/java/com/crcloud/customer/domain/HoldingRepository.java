package com.crcloud.customer.domain;

public interface HoldingRepository extends CustomerRecordRepository<Holding> {
}
