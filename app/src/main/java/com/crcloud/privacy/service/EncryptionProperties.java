package com.crcloud.privacy.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * @param keyFile         the key file ({@link PersonalDataKeys}), kept outside the database
 * @param generateKeyFile write a new key file where none exists (embedded default); production provides its own
 * @param rotationBatch   rows re-encrypted per transaction by the rotation
 */
@ConfigurationProperties("crc.encryption")
public record EncryptionProperties(Path keyFile, @DefaultValue("true") boolean generateKeyFile,
                                   @DefaultValue("200") int rotationBatch) {
}
