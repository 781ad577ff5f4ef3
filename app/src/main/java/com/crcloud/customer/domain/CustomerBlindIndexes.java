package com.crcloud.customer.domain;

import com.crcloud.privacy.service.BlindIndexes;
import com.crcloud.privacy.service.PersonalDataCipher;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** Keeps a customer's blind indexes in step with its encrypted ID number, email and phone on every write. */
public class CustomerBlindIndexes {

    private final PersonalDataCipher cipher;

    public CustomerBlindIndexes(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @PrePersist
    @PreUpdate
    void index(Customer customer) {
        customer.setBlindIndexes(
                BlindIndexes.nationalId(cipher, customer.getNationalIdType() == null ? null : customer.getNationalIdType().name(),
                        customer.getNationalIdNumber()),
                BlindIndexes.email(cipher, customer.getEmail()),
                BlindIndexes.phone(cipher, customer.getPhone()));
    }
}
