package com.crcloud.datasubject.domain;

/** Where an erasure request stands: requested → approved or rejected by a second person → executed. */
public enum ErasureStatus {
    REQUESTED,
    REJECTED,
    APPROVED,
    EXECUTED
}
