package com.crcloud.customer.service;

/** What an import does with a file in which some rows are refused. */
public enum ImportMode {
    /** Any refused row means no row is stored. */
    ALL_OR_NOTHING,
    /** The acceptable rows are stored and the refused ones reported. */
    VALID_ROWS_ONLY
}
