package com.crcloud.review.service;

import com.crcloud.review.domain.DecisionOutcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a decision letter says, already resolved and translated, so the PDF renderer needs no database,
 * tenant context or message lookup beyond its own letter texts.
 *
 * @param tenantName     the letterhead: the institution writing to its customer
 * @param caseReference  quoted in the letter and on every page footer
 * @param customerName   addressee and salutation
 * @param addressLines   postal address, one line each; may be empty
 * @param locale         language of the letter texts and of date and amount formats
 * @param date           the letter's date
 * @param outcome        decides the outcome sentence and which sections appear
 * @param reasons        human-readable sentences in the letter's language (for {@code MORE_INFO_REQUESTED}: what
 *                       the customer must supply); may be empty
 * @param creditLimit    approved limit, or {@code null} to leave the line out
 * @param currency       ISO 4217 code of the limit, or {@code null} to print the limit as a plain number
 * @param pricingBand    approved pricing band, or {@code null} to leave the line out
 * @param servicePlan    approved service plan, or {@code null} to leave the line out
 * @param nextReviewDate when the case is reviewed again, or {@code null} to leave the sentence out
 * @param decidedBy      the person who signs the decision
 */
public record DecisionLetter(String tenantName, String caseReference, String customerName, List<String> addressLines,
        Locale locale, LocalDate date, DecisionOutcome outcome, List<String> reasons, BigDecimal creditLimit, String currency,
        String pricingBand, String servicePlan, LocalDate nextReviewDate, String decidedBy) {

    public DecisionLetter {
        Objects.requireNonNull(tenantName, "tenantName");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedBy, "decidedBy");
        addressLines = List.copyOf(addressLines);
        reasons = List.copyOf(reasons);
    }
}
