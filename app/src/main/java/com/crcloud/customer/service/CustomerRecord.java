package com.crcloud.customer.service;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.CreditScore;
import com.crcloud.customer.domain.DocumentInfo;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.Holding;
import com.crcloud.customer.domain.HoldingKind;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.OverdueEvent;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything on file about one customer beyond the identity form, read together (one query per kind of entry):
 * what the customer page shows and what plugins receive in their snapshot. Repayments are read per loan.
 *
 * @param holdings      assets and liabilities, by kind
 * @param overdueEvents newest first
 * @param creditScores  newest first
 * @param documents     metadata only, newest first
 */
public record CustomerRecord(Optional<FinancialProfile> profile, List<Holding> holdings, List<Loan> loans,
                             List<CreditCard> cards, List<OverdueEvent> overdueEvents, List<CreditScore> creditScores,
                             List<DocumentInfo> documents) {

    public CustomerRecord {
        holdings = List.copyOf(holdings);
        loans = List.copyOf(loans);
        cards = List.copyOf(cards);
        overdueEvents = List.copyOf(overdueEvents);
        creditScores = List.copyOf(creditScores);
        documents = List.copyOf(documents);
    }

    public List<Holding> assets() {
        return holdings.stream().filter(holding -> holding.getKind().side() == HoldingKind.Side.ASSET).toList();
    }

    public List<Holding> liabilities() {
        return holdings.stream().filter(holding -> holding.getKind().side() == HoldingKind.Side.LIABILITY).toList();
    }

    /** The bureau score with the latest date, if any. */
    public Optional<CreditScore> latestCreditScore() {
        return creditScores.stream().max(Comparator.comparing(CreditScore::getScoredOn));
    }
}
