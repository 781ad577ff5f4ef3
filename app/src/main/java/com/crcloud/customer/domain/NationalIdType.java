package com.crcloud.customer.domain;

/** The kind of national identification document a customer number belongs to. */
public enum NationalIdType {
    /** People's Republic of China resident identity card number (GB 11643-1999, 18 characters). */
    CN_RESIDENT_ID,
    PASSPORT,
    OTHER
}
