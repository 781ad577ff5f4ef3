package com.crcloud.plugin.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is screened.
 *
 * @param customerId       the host's customer id
 * @param fullName         the name as recorded (any script)
 * @param otherNames       aliases, former names, names in another script
 * @param dateOfBirth      date of birth, if known
 * @param nationalIdNumber an ID number, if known
 * @param countryCode      ISO 3166-1 alpha-2 country, if known
 */
public record ScreeningSubject(String customerId, String fullName, List<String> otherNames, Optional<LocalDate> dateOfBirth,
                               Optional<String> nationalIdNumber, Optional<String> countryCode) {

    public ScreeningSubject {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(fullName, "fullName");
        otherNames = List.copyOf(otherNames);
    }
}
