package com.crcloud.customer.domain;

/** What a document on file proves. */
public enum DocumentType {
    ID_CARD,
    PASSPORT,
    BANK_STATEMENT,
    PAYSLIP,
    TAX_RETURN,
    PROOF_OF_ADDRESS,
    OTHER
}
