package com.crcloud.plugin.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An immutable copy of a customer's identity data, taken when a check runs. Optional values are empty when
 * the customer record does not hold them.
 *
 * @param customerId       the host's identifier of the customer
 * @param fullName         the customer's full name as recorded
 * @param dateOfBirth      date of birth, if recorded
 * @param nationalIdType   the kind of national ID ({@code CN_RESIDENT_ID}, {@code PASSPORT}, {@code OTHER}), if any
 * @param nationalIdNumber the national ID number, if recorded
 * @param phone            phone number, if recorded
 * @param email            e-mail address, if recorded
 * @param countryCode      ISO 3166-1 alpha-2 country of residence, if recorded
 */
public record CustomerSnapshot(String customerId, String fullName, Optional<LocalDate> dateOfBirth,
                               Optional<String> nationalIdType, Optional<String> nationalIdNumber,
                               Optional<String> phone, Optional<String> email, Optional<String> countryCode) {
}
