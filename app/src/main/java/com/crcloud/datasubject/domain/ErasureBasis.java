package com.crcloud.datasubject.domain;

/** Why a customer's personal data is erased: the customer asked (decided by a second person) or retention ran out. */
public enum ErasureBasis {
    REQUEST,
    RETENTION
}
