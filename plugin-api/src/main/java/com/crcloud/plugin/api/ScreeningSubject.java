package com.crcloud.plugin.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is screened.
 *
 * @param customerId           the host's customer id
 * @param fullName             the name as recorded (any script)
 * @param otherNames           aliases, former names, names in another script
 * @param dateOfBirth          date of birth, if known
 * @param nationalIdNumber     an ID number, if known
 * @param countryCode          ISO 3166-1 alpha-2 country, if known
 * @param previousDispositions reviewers' decisions on this customer's earlier hits by this extension, latest per
 *                             entry (since 1.1.0; empty when there are none)
 */
public record ScreeningSubject(String customerId, String fullName, List<String> otherNames, Optional<LocalDate> dateOfBirth,
                               Optional<String> nationalIdNumber, Optional<String> countryCode,
                               List<ScreeningDisposition> previousDispositions) {

    public ScreeningSubject {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(fullName, "fullName");
        otherNames = List.copyOf(otherNames);
        previousDispositions = previousDispositions == null ? List.of() : List.copyOf(previousDispositions);
    }

    /** A subject without earlier decisions: the 1.0.0 constructor, kept so code written for 1.0.0 compiles and links. */
    public ScreeningSubject(String customerId, String fullName, List<String> otherNames, Optional<LocalDate> dateOfBirth,
                            Optional<String> nationalIdNumber, Optional<String> countryCode) {
        this(customerId, fullName, otherNames, dateOfBirth, nationalIdNumber, countryCode, List.of());
    }

    /** The reviewer's decision on {@code hit}'s entry, whichever entry version it was made on. */
    public Optional<ScreeningDisposition> dispositionOf(ScreeningHit hit) {
        return previousDispositions.stream().filter(disposition -> disposition.concerns(hit)).findFirst();
    }

    /** The same subject with these earlier decisions (the host adds them; tests use it too). */
    public ScreeningSubject withPreviousDispositions(List<ScreeningDisposition> dispositions) {
        return new ScreeningSubject(customerId, fullName, otherNames, dateOfBirth, nationalIdNumber, countryCode, dispositions);
    }
}
