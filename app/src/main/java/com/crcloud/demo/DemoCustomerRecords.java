package com.crcloud.demo;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.CreditCardRepository;
import com.crcloud.customer.domain.CreditScore;
import com.crcloud.customer.domain.CreditScoreRepository;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerDocument;
import com.crcloud.customer.domain.CustomerDocumentRepository;
import com.crcloud.customer.domain.DocumentFormat;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.FinancialProfileRepository;
import com.crcloud.customer.domain.Holding;
import com.crcloud.customer.domain.HoldingRepository;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanRepayment;
import com.crcloud.customer.domain.LoanRepaymentRepository;
import com.crcloud.customer.domain.LoanRepository;
import com.crcloud.customer.domain.OverdueEvent;
import com.crcloud.customer.domain.OverdueEventRepository;
import com.crcloud.customer.domain.VerificationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Seeds the finances, credit records and documents of freshly seeded demo customers, in one transaction with
 * batched inserts (like the customers themselves, a legacy import rather than a series of user edits). Runs in
 * the tenant's context.
 */
@Component
class DemoCustomerRecords {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomerRecords.class);

    private final FinancialProfileRepository profiles;
    private final HoldingRepository holdings;
    private final LoanRepository loans;
    private final LoanRepaymentRepository repayments;
    private final CreditCardRepository cards;
    private final OverdueEventRepository overdueEvents;
    private final CreditScoreRepository creditScores;
    private final CustomerDocumentRepository documents;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCustomerRecords(FinancialProfileRepository profiles, HoldingRepository holdings, LoanRepository loans,
                        LoanRepaymentRepository repayments, CreditCardRepository cards, OverdueEventRepository overdueEvents,
                        CreditScoreRepository creditScores, CustomerDocumentRepository documents,
                        PlatformTransactionManager transactionManager, Clock clock) {
        this.profiles = profiles;
        this.holdings = holdings;
        this.loans = loans;
        this.repayments = repayments;
        this.cards = cards;
        this.overdueEvents = overdueEvents;
        this.creditScores = creditScores;
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @param actor recorded as uploader and verifier of the demo documents */
    void create(DemoProfile profile, long seed, List<Customer> customers, String actor) {
        long started = System.nanoTime();
        DemoCustomerRecordGenerator generator = new DemoCustomerRecordGenerator(seed, clock);
        Instant now = clock.instant();
        List<FinancialProfile> newProfiles = new ArrayList<>();
        List<Holding> newHoldings = new ArrayList<>();
        List<DemoCustomerRecordGenerator.LoanDraft> newLoans = new ArrayList<>();
        List<CreditCard> newCards = new ArrayList<>();
        List<OverdueEvent> newEvents = new ArrayList<>();
        List<CreditScore> newScores = new ArrayList<>();
        List<CustomerDocument> newDocuments = new ArrayList<>();
        for (Customer customer : customers) {
            if (customer.getNationalIdNumber() == null || customer.getDateOfBirth() == null || customer.getMonthlyIncome() == null) {
                continue;
            }
            DemoCustomerRecordGenerator.DemoRecord record = generator.generate(profile, customer);
            record.profile().assignTo(customer.getId());
            newProfiles.add(record.profile());
            record.holdings().forEach(entry -> entry.assignTo(customer.getId()));
            newHoldings.addAll(record.holdings());
            record.loans().forEach(draft -> draft.loan().assignTo(customer.getId()));
            newLoans.addAll(record.loans());
            record.cards().forEach(entry -> entry.assignTo(customer.getId()));
            newCards.addAll(record.cards());
            record.overdueEvents().forEach(entry -> entry.assignTo(customer.getId()));
            newEvents.addAll(record.overdueEvents());
            record.creditScores().forEach(entry -> entry.assignTo(customer.getId()));
            newScores.addAll(record.creditScores());
            for (DemoCustomerRecordGenerator.DocumentDraft draft : record.documents()) {
                byte[] pdf = DemoPdf.of(draft.lines());
                CustomerDocument document = new CustomerDocument(draft.type(), draft.fileName(), DocumentFormat.PDF, pdf, sha256(pdf),
                        now, actor);
                if (draft.status() != VerificationStatus.PENDING) {
                    document.decide(draft.status(), draft.status() == VerificationStatus.REJECTED
                            ? "Demo: statement older than three months" : null, actor, now);
                }
                document.assignTo(customer.getId());
                newDocuments.add(document);
            }
        }
        transaction.executeWithoutResult(status -> {
            profiles.saveAll(newProfiles);
            holdings.saveAll(newHoldings);
            List<LoanRepayment> newRepayments = new ArrayList<>();
            for (DemoCustomerRecordGenerator.LoanDraft draft : newLoans) {
                Loan loan = loans.save(draft.loan());
                for (DemoCustomerRecordGenerator.RepaymentDraft repaymentDraft : draft.repayments()) {
                    LoanRepayment repayment = new LoanRepayment(loan.getId());
                    repayment.assignTo(loan.getCustomerId());
                    repayment.setDueDate(repaymentDraft.dueDate());
                    repayment.setAmountDue(repaymentDraft.amountDue());
                    repayment.setAmountPaid(repaymentDraft.amountPaid());
                    repayment.setPaidOn(repaymentDraft.paidOn());
                    newRepayments.add(repayment);
                }
            }
            repayments.saveAll(newRepayments);
            cards.saveAll(newCards);
            overdueEvents.saveAll(newEvents);
            creditScores.saveAll(newScores);
            documents.saveAll(newDocuments);
        });
        log.info("Demo finances, credit records and {} documents of {} customers created in {} ms", newDocuments.size(),
                newProfiles.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
