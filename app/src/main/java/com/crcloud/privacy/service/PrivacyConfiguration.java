package com.crcloud.privacy.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PrivacyConfiguration {

    @Bean
    PersonalDataCipher personalDataCipher(EncryptionProperties properties) {
        return new PersonalDataCipher(PersonalDataKeys.load(properties.keyFile(), properties.generateKeyFile()));
    }
}
