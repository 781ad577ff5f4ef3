package com.crcloud.privacy.domain;

import com.crcloud.privacy.service.PersonalDataCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores binary content (documents) encrypted and reads it back in clear. */
@Converter
public class EncryptedBytes implements AttributeConverter<byte[], byte[]> {

    private final PersonalDataCipher cipher;

    public EncryptedBytes(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public byte[] convertToDatabaseColumn(byte[] attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] column) {
        return cipher.decrypt(column);
    }
}
