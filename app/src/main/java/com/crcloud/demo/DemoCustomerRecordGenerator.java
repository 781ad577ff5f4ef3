package com.crcloud.demo;

import com.crcloud.customer.domain.CreditCard;
import com.crcloud.customer.domain.CreditScore;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.DocumentType;
import com.crcloud.customer.domain.EmploymentStatus;
import com.crcloud.customer.domain.FinancialProfile;
import com.crcloud.customer.domain.Holding;
import com.crcloud.customer.domain.HoldingKind;
import com.crcloud.customer.domain.IncomeSource;
import com.crcloud.customer.domain.Loan;
import com.crcloud.customer.domain.LoanStatus;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.domain.OverdueEvent;
import com.crcloud.customer.domain.VerificationStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Plausible finances, credit records and document metadata for the customers {@link DemoCustomerGenerator} makes,
 * in proportion to each customer's income: employment that fits their age, deposits, property and vehicles with
 * mortgages and loans, cards (some at high utilisation), a minority with overdue or defaulted loans and the
 * overdue events that go with them, bureau scores that reflect that history, and a few documents.
 *
 * <p>Everything derives from the seed and the customer's ID number (unique in a tenant), never from database ids,
 * so the same customer always gets the same record. Every entry passes the record's field rules.
 */
public final class DemoCustomerRecordGenerator {

    /** A repayment of a generated loan, stored once the loan has an id. */
    public record RepaymentDraft(LocalDate dueDate, BigDecimal amountDue, BigDecimal amountPaid, LocalDate paidOn) {
    }

    /** A loan with its most recent repayments. */
    public record LoanDraft(Loan loan, List<RepaymentDraft> repayments) {
    }

    /** A document on file: kind, how it was judged, and the lines its stand-in PDF shows. */
    public record DocumentDraft(DocumentType type, VerificationStatus status, String fileName, List<String> lines) {
    }

    /** Everything generated for one customer. */
    public record DemoRecord(FinancialProfile profile, List<Holding> holdings, List<LoanDraft> loans, List<CreditCard> cards,
                             List<OverdueEvent> overdueEvents, List<CreditScore> creditScores, List<DocumentDraft> documents) {
    }

    private static final List<String> CHINESE_EMPLOYERS = List.of("中国工商银行股份有限公司", "华为技术有限公司", "腾讯科技（深圳）有限公司",
            "国家电网有限公司", "中国移动通信集团有限公司", "比亚迪股份有限公司", "上海交通大学医学院附属瑞金医院", "北京市第八中学",
            "京东物流集团", "美的集团股份有限公司", "中国建筑第八工程局有限公司", "顺丰速运有限公司");
    private static final List<String> INTERNATIONAL_EMPLOYERS = List.of("HSBC", "Jardine Matheson", "DBS Bank", "Cathay Pacific",
            "Deloitte", "Standard Chartered", "Barclays", "Google", "Rio Tinto", "Singapore Airlines");
    private static final List<String> CHINESE_LENDERS = List.of("招商银行", "中国建设银行", "平安银行", "微众银行", "马上消费金融",
            "中国银行", "宁波银行");
    private static final List<String> INTERNATIONAL_LENDERS = List.of("HSBC", "Standard Chartered", "Citibank", "DBS Bank",
            "Bank of China (Hong Kong)", "Barclays");
    private static final List<String> CHINESE_BUREAUS = List.of("百行征信", "朴道征信");
    private static final List<String> INTERNATIONAL_BUREAUS = List.of("TransUnion", "Experian", "Equifax");
    /** Rough fixed rates, as in {@link DemoCustomerGenerator}: demo amounts only need plausible magnitudes. */
    private static final Map<String, BigDecimal> CNY_PER_UNIT = Map.of("CNY", BigDecimal.ONE, "HKD", new BigDecimal("0.92"),
            "USD", new BigDecimal("7.2"));
    /** Months over which demo loans are repaid. */
    private static final int TERM_MONTHS = 36;

    private final long seed;
    private final Clock clock;

    public DemoCustomerRecordGenerator(long seed, Clock clock) {
        this.seed = seed;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The record of one generated customer (who has an ID number, a date of birth, an income and a currency). */
    public DemoRecord generate(DemoProfile profile, Customer customer) {
        Random random = new Random(31 * seed + customer.getNationalIdNumber().hashCode());
        return new Run(profile, customer, random, LocalDate.now(clock)).record();
    }

    /** The state of one {@link #generate} call. */
    private static final class Run {

        private final DemoProfile profile;
        private final Customer customer;
        private final Random random;
        private final LocalDate today;
        private final BigDecimal income;
        private final boolean international;
        private final boolean wealth;

        Run(DemoProfile profile, Customer customer, Random random, LocalDate today) {
            this.profile = profile;
            this.customer = customer;
            this.random = random;
            this.today = today;
            this.income = customer.getMonthlyIncome();
            this.international = customer.getNationalIdType() == NationalIdType.PASSPORT;
            this.wealth = profile == DemoProfile.WEALTH_MANAGER;
        }

        DemoRecord record() {
            FinancialProfile financialProfile = financialProfile();
            List<Holding> holdings = holdings();
            // A customer's credit behaviour: most pay on time, some are late now and then, a few are in trouble.
            double roll = random.nextDouble();
            Behaviour behaviour = roll < 0.06 ? Behaviour.DEFAULTER : roll < 0.16 ? Behaviour.LATE_NOW : roll < 0.28
                    ? Behaviour.LATE_BEFORE : Behaviour.GOOD;
            List<LoanDraft> loans = loans(behaviour);
            List<CreditCard> cards = cards(behaviour);
            List<OverdueEvent> overdue = overdueEvents(behaviour, loans);
            List<CreditScore> scores = scores(behaviour);
            return new DemoRecord(financialProfile, holdings, loans, cards, overdue, scores, documents(financialProfile));
        }

        private enum Behaviour { GOOD, LATE_BEFORE, LATE_NOW, DEFAULTER }

        private FinancialProfile financialProfile() {
            int age = Period.between(customer.getDateOfBirth(), today).getYears();
            FinancialProfile result = new FinancialProfile();
            double roll = random.nextDouble();
            EmploymentStatus status;
            if (age >= 60 && roll < 0.75) {
                status = EmploymentStatus.RETIRED;
            } else if (age < 23 && roll < 0.6) {
                status = EmploymentStatus.STUDENT;
            } else if (roll < (wealth ? 0.45 : 0.72)) {
                status = EmploymentStatus.EMPLOYED;
            } else if (roll < (wealth ? 0.9 : 0.93)) {
                status = EmploymentStatus.SELF_EMPLOYED;
            } else {
                status = EmploymentStatus.UNEMPLOYED;
            }
            result.setEmploymentStatus(status);
            result.setIncomeSource(switch (status) {
                case EMPLOYED -> IncomeSource.SALARY;
                case SELF_EMPLOYED -> IncomeSource.SELF_EMPLOYED;
                case RETIRED -> random.nextDouble() < 0.8 ? IncomeSource.PENSION : IncomeSource.RENTAL;
                case STUDENT -> IncomeSource.OTHER;
                case UNEMPLOYED -> wealth ? pick(List.of(IncomeSource.INVESTMENT, IncomeSource.RENTAL)) : IncomeSource.OTHER;
            });
            if (status == EmploymentStatus.EMPLOYED) {
                result.setEmployerName(pick(international ? INTERNATIONAL_EMPLOYERS : CHINESE_EMPLOYERS));
            }
            if (status == EmploymentStatus.EMPLOYED || status == EmploymentStatus.SELF_EMPLOYED) {
                LocalDate earliest = customer.getDateOfBirth().plusYears(18);
                long span = Math.max(1, today.toEpochDay() - earliest.toEpochDay());
                result.setEmployedSince(LocalDate.ofEpochDay(today.toEpochDay() - random.nextLong(Math.min(span, 20 * 365L))));
            }
            return result;
        }

        private List<Holding> holdings() {
            List<Holding> holdings = new ArrayList<>();
            holdings.add(heldAbroadPerhaps(HoldingKind.DEPOSITS, times(1, wealth ? 60 : 20), 100, null));
            BigDecimal property = null;
            if (random.nextDouble() < (wealth ? 0.85 : 0.4)) {
                property = round(times(wealth ? 120 : 60, wealth ? 600 : 250), 10_000);
                holdings.add(heldAbroadPerhaps(HoldingKind.PROPERTY, property, 10_000, null));
            }
            if (random.nextDouble() < 0.45) {
                holdings.add(holding(HoldingKind.VEHICLE, round(times(3, 15), 1_000), customer.getCurrency(), null));
            }
            if (wealth && random.nextDouble() < 0.7) {
                holdings.add(heldAbroadPerhaps(HoldingKind.INVESTMENTS, times(20, 400), 1_000,
                        pick(List.of("Equity portfolio", "Bond fund", "Structured notes", "基金组合"))));
            }
            if (property != null && random.nextDouble() < 0.6) {
                holdings.add(holding(HoldingKind.MORTGAGE, round(property.multiply(BigDecimal.valueOf(0.2 + 0.5 * random.nextDouble())), 1_000),
                        customer.getCurrency(), null));
            }
            if (random.nextDouble() < 0.25) {
                holdings.add(holding(HoldingKind.CONSUMER_LOAN, round(times(1, 10), 100), customer.getCurrency(), null));
            }
            if (random.nextDouble() < 0.3) {
                holdings.add(holding(HoldingKind.CARD_DEBT, round(times(0.2, 2), 100), customer.getCurrency(), null));
            }
            return holdings;
        }

        /**
         * Mostly in the customer's currency; a wealth client sometimes holds an asset in USD or HKD, worth about the
         * same converted (but then counted apart: no conversion when adding up the net worth).
         */
        private Holding heldAbroadPerhaps(HoldingKind kind, BigDecimal amount, int step, String description) {
            String currency = customer.getCurrency();
            BigDecimal value = amount;
            if (wealth && random.nextDouble() < 0.25) {
                String foreign = pick(List.of("USD", "HKD"));
                if (!foreign.equals(currency)) {
                    value = amount.multiply(CNY_PER_UNIT.get(currency)).divide(CNY_PER_UNIT.get(foreign), 2, RoundingMode.HALF_UP);
                    currency = foreign;
                }
            }
            return holding(kind, round(value, step), currency, description);
        }

        private List<LoanDraft> loans(Behaviour behaviour) {
            int count = behaviour == Behaviour.GOOD ? random.nextInt(3) : 1 + random.nextInt(2);
            List<LoanDraft> loans = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean troubled = i == 0 && (behaviour == Behaviour.LATE_NOW || behaviour == Behaviour.DEFAULTER);
                LoanStatus status = troubled ? (behaviour == Behaviour.DEFAULTER ? LoanStatus.DEFAULTED : LoanStatus.OVERDUE)
                        : random.nextDouble() < 0.35 ? LoanStatus.CLOSED : LoanStatus.CURRENT;
                BigDecimal original = round(times(3, 30), 1_000);
                LocalDate opened = today.minusMonths(status == LoanStatus.CLOSED ? 37 + random.nextInt(24) : 7 + random.nextInt(28))
                        .minusDays(random.nextInt(28));
                BigDecimal instalment = original.divide(BigDecimal.valueOf(TERM_MONTHS), 2, RoundingMode.HALF_UP);
                Loan loan = new Loan();
                loan.setLender(pick(international ? INTERNATIONAL_LENDERS : CHINESE_LENDERS));
                loan.setOriginalAmount(original);
                loan.setOpenedOn(opened);
                loan.setStatus(status);
                long monthsRun = Period.between(opened, today).toTotalMonths();
                BigDecimal repaid = instalment.multiply(BigDecimal.valueOf(Math.min(monthsRun, TERM_MONTHS)));
                loan.setOutstandingBalance(switch (status) {
                    case CLOSED -> BigDecimal.ZERO.setScale(2);
                    case CURRENT -> original.subtract(repaid).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
                    // Arrears and penalty interest: a defaulted loan can owe more than it lent.
                    case OVERDUE -> original.subtract(repaid).add(instalment.multiply(BigDecimal.valueOf(3))).min(original);
                    case DEFAULTED -> original.multiply(BigDecimal.valueOf(0.7 + 0.5 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP);
                });
                loans.add(new LoanDraft(loan, status == LoanStatus.CLOSED ? List.of() : repayments(opened, instalment, status)));
            }
            return loans;
        }

        /** The last six instalments that fell due: paid on time, a little late, or (for troubled loans) not at all. */
        private List<RepaymentDraft> repayments(LocalDate opened, BigDecimal instalment, LoanStatus status) {
            List<RepaymentDraft> drafts = new ArrayList<>();
            LocalDate due = opened.plusMonths(1);
            List<LocalDate> dueDates = new ArrayList<>();
            while (!due.isAfter(today)) {
                dueDates.add(due);
                due = due.plusMonths(1);
            }
            List<LocalDate> recent = dueDates.subList(Math.max(0, dueDates.size() - 6), dueDates.size());
            int unpaidFrom = switch (status) {
                case OVERDUE -> recent.size() - 1 - random.nextInt(Math.min(3, recent.size()));
                case DEFAULTED -> 0;
                default -> recent.size();
            };
            for (int i = 0; i < recent.size(); i++) {
                LocalDate dueDate = recent.get(i);
                if (i >= unpaidFrom) {
                    drafts.add(new RepaymentDraft(dueDate, instalment, null, null));
                } else {
                    LocalDate paidOn = dueDate.plusDays(random.nextDouble() < 0.1 ? 3 + random.nextInt(20) : -random.nextInt(3));
                    drafts.add(new RepaymentDraft(dueDate, instalment, instalment, paidOn.isAfter(today) ? today : paidOn));
                }
            }
            return drafts;
        }

        private List<CreditCard> cards(Behaviour behaviour) {
            int count = random.nextDouble() < 0.2 ? 0 : 1 + random.nextInt(wealth ? 3 : 2);
            List<CreditCard> cards = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                CreditCard card = new CreditCard();
                card.setIssuer(pick(international ? INTERNATIONAL_LENDERS : CHINESE_LENDERS));
                BigDecimal limit = round(times(0.5, 4), 1_000).max(BigDecimal.valueOf(1_000)).setScale(2);
                card.setCreditLimit(limit);
                // About one card in six runs at 80 % or more of its limit; troubled customers more often.
                boolean high = random.nextDouble() < (behaviour == Behaviour.GOOD ? 0.12 : 0.45);
                double share = high ? 0.8 + 0.25 * random.nextDouble() : 0.6 * random.nextDouble();
                card.setCurrentBalance(limit.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP));
                cards.add(card);
            }
            return cards;
        }

        private List<OverdueEvent> overdueEvents(Behaviour behaviour, List<LoanDraft> loans) {
            List<OverdueEvent> events = new ArrayList<>();
            int count = switch (behaviour) {
                case GOOD -> 0;
                case LATE_BEFORE, LATE_NOW -> 1 + random.nextInt(2);
                case DEFAULTER -> 2 + random.nextInt(2);
            };
            String creditor = loans.isEmpty() ? null : loans.get(0).loan().getLender();
            for (int i = 0; i < count; i++) {
                OverdueEvent event = new OverdueEvent();
                int days = switch (behaviour) {
                    case LATE_BEFORE -> 3 + random.nextInt(27);
                    case LATE_NOW -> 15 + random.nextInt(60);
                    default -> 60 + random.nextInt(180);
                };
                // Old slips lie one to three years back; current trouble is recent.
                int monthsAgo = behaviour == Behaviour.LATE_BEFORE ? 12 + random.nextInt(24) : 1 + random.nextInt(10);
                event.setOccurredOn(today.minusMonths(monthsAgo).minusDays(random.nextInt(28)));
                event.setDaysPastDue(days);
                event.setAmount(round(times(0.2, 1.5), 100).max(BigDecimal.valueOf(100)).setScale(2));
                event.setCreditor(creditor);
                events.add(event);
            }
            return events;
        }

        private List<CreditScore> scores(Behaviour behaviour) {
            if (random.nextDouble() < (wealth ? 0.5 : 0.3)) {
                return List.of();
            }
            int base = switch (behaviour) {
                case GOOD -> 680 + random.nextInt(140);
                case LATE_BEFORE -> 620 + random.nextInt(100);
                case LATE_NOW -> 560 + random.nextInt(80);
                case DEFAULTER -> 420 + random.nextInt(120);
            };
            CreditScore score = new CreditScore();
            score.setBureau(pick(international ? INTERNATIONAL_BUREAUS : CHINESE_BUREAUS));
            score.setScore(base);
            score.setScoredOn(today.minusDays(5 + random.nextInt(170)));
            return List.of(score);
        }

        /** Most customers have handed in their ID; some a bank statement and proof of address, not all verified yet. */
        private List<DocumentDraft> documents(FinancialProfile financialProfile) {
            List<DocumentDraft> documents = new ArrayList<>();
            if (random.nextDouble() < 0.85) {
                DocumentType id = international ? DocumentType.PASSPORT : DocumentType.ID_CARD;
                documents.add(document(id, random.nextDouble() < 0.85 ? VerificationStatus.VERIFIED : VerificationStatus.PENDING));
            }
            if (random.nextDouble() < 0.6) {
                double roll = random.nextDouble();
                documents.add(document(DocumentType.BANK_STATEMENT, roll < 0.6 ? VerificationStatus.VERIFIED
                        : roll < 0.9 ? VerificationStatus.PENDING : VerificationStatus.REJECTED));
            }
            if (random.nextDouble() < 0.5) {
                documents.add(document(DocumentType.PROOF_OF_ADDRESS, random.nextDouble() < 0.7 ? VerificationStatus.VERIFIED
                        : VerificationStatus.PENDING));
            }
            if (financialProfile.getEmploymentStatus() == EmploymentStatus.EMPLOYED && random.nextDouble() < 0.4) {
                documents.add(document(DocumentType.PAYSLIP, VerificationStatus.PENDING));
            }
            return documents;
        }

        private DocumentDraft document(DocumentType type, VerificationStatus status) {
            String name = type.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf";
            return new DocumentDraft(type, status, name, List.of("Demo document - not a real " + type.name(),
                    "Customer ID number: " + customer.getNationalIdNumber(), "Issued: " + today.minusDays(random.nextInt(90))));
        }

        private Holding holding(HoldingKind kind, BigDecimal amount, String currency, String description) {
            Holding holding = new Holding();
            holding.setKind(kind);
            holding.setAmount(amount.setScale(2, RoundingMode.HALF_UP));
            holding.setCurrency(currency);
            holding.setDescription(description);
            return holding;
        }

        /** A multiple of the monthly income drawn between the bounds, uniformly. */
        private BigDecimal times(double min, double max) {
            return income.multiply(BigDecimal.valueOf(min + (max - min) * random.nextDouble())).setScale(2, RoundingMode.HALF_UP);
        }

        private static BigDecimal round(BigDecimal value, int step) {
            BigDecimal unit = BigDecimal.valueOf(step);
            return value.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit).setScale(2, RoundingMode.HALF_UP);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
