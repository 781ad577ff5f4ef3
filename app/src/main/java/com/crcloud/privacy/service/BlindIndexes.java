package com.crcloud.privacy.service;

import java.util.Locale;

/**
 * How each kind of looked-up personal data is normalised before its blind index is computed, so that the entity,
 * the searches and the rotation of old rows agree on one index per value.
 */
public final class BlindIndexes {

    private BlindIndexes() {
    }

    public static String nationalId(PersonalDataCipher cipher, String type, String number) {
        return type == null || number == null ? null
                : cipher.blindIndex("national-id", type + ":" + number.trim().toUpperCase(Locale.ROOT));
    }

    public static String email(PersonalDataCipher cipher, String email) {
        return email == null ? null : cipher.blindIndex("email", email.trim().toLowerCase(Locale.ROOT));
    }

    /** Digits only, so "+86 138-0013-8000" and "+8613800138000" are one phone number. */
    public static String phone(PersonalDataCipher cipher, String phone) {
        return phone == null ? null : cipher.blindIndex("phone", phone.replaceAll("[^0-9]", ""));
    }
}
