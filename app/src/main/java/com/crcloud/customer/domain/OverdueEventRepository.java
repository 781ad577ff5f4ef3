package com.crcloud.customer.domain;

public interface OverdueEventRepository extends CustomerRecordRepository<OverdueEvent> {
}
