package com.crcloud.demo;

/** The kind of tenant whose customer book {@link DemoCustomerGenerator} imitates. */
public enum DemoProfile {

    /** A mainland consumer-credit lender: mainland residents only, incomes of 3,000–60,000 CNY a month. */
    CONSUMER_LENDER(0.0, 3_000, 60_000),

    /**
     * A private-wealth manager: about 30% international clients (HK, SG, GB, US, AU) on passports, amounts in
     * CNY, HKD or USD, incomes of 20,000–800,000 CNY a month or the equivalent.
     */
    WEALTH_MANAGER(0.30, 20_000, 800_000);

    final double internationalShare;
    final double minMonthlyIncomeCny;
    final double maxMonthlyIncomeCny;

    DemoProfile(double internationalShare, double minMonthlyIncomeCny, double maxMonthlyIncomeCny) {
        this.internationalShare = internationalShare;
        this.minMonthlyIncomeCny = minMonthlyIncomeCny;
        this.maxMonthlyIncomeCny = maxMonthlyIncomeCny;
    }
}
