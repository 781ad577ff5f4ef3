package com.crcloud.privacy.domain;

import com.crcloud.privacy.service.PersonalDataCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a text attribute encrypted and reads it back in clear; Envers writes the same ciphertext into the history.
 * Hibernate obtains converters from Spring's bean container, which injects the cipher.
 */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public EncryptedText(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher.decrypt(column);
    }
}
