package com.crcloud.plugins.segmentation;

import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.plugin.api.Segmentation;
import com.crcloud.plugin.api.Segmenter;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.Settings;
import org.pf4j.Extension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a customer into a risk class and a service tier from the same {@link Scorecard} the {@code scorecard}
 * risk model uses, so a class can always be explained with the points a reviewer sees in the assessment.
 *
 * <p><b>Risk class.</b> Two hard rules force {@code HIGH} whatever the score, because no amount of income makes
 * them acceptable for a low-touch review: any loan {@code DEFAULTED}, or a worst overdue in the last 24 months of
 * at least {@code severeOverdueDays}. Otherwise a score below {@code highRiskBelowScore} is {@code HIGH}, a score
 * of {@code lowRiskFromScore} or more is {@code LOW}, and anything between is {@code MEDIUM}. The two thresholds
 * must not cross: a tenant whose {@code highRiskBelowScore} is not below {@code lowRiskFromScore} gets an
 * {@link IllegalArgumentException} naming both values, which the host records as an ERROR instead of guessing.
 *
 * <p><b>Tier.</b> {@code VIP} when net worth reaches {@code vipNetWorth} or monthly income reaches
 * {@code vipMonthlyIncome}. Monthly income stands in for the customer's contribution (the revenue they bring),
 * which the snapshot does not carry. Below that, {@code PRIORITY} when net worth reaches {@code priorityNetWorth}
 * (switched off with {@code priorityTierEnabled}); otherwise {@code STANDARD}. A {@code HIGH}-risk customer is
 * always {@code STANDARD}: a premium tier must not shorten the review of a risky customer.
 *
 * <p><b>Reasons.</b> The hard rules that fired, or the score and up to three scorecard factors that pushed it
 * towards the class, each with its scorecard points; then the tier rule, with contribution 0 because tier
 * thresholds do not move the score. Sorted by absolute contribution, largest first.
 *
 * <p>The extension declares the scorecard's weights and base points itself (settings are per extension), so a
 * tenant that re-weights the {@code scorecard} model should set the same weights here.
 */
@Extension
public class RiskTierSegmenter implements Segmenter {

    static final String HIGH_RISK_BELOW = "highRiskBelowScore";
    static final String LOW_RISK_FROM = "lowRiskFromScore";
    static final String SEVERE_OVERDUE_DAYS = "severeOverdueDays";
    static final String VIP_NET_WORTH = "vipNetWorth";
    static final String VIP_MONTHLY_INCOME = "vipMonthlyIncome";
    static final String PRIORITY_NET_WORTH = "priorityNetWorth";
    static final String PRIORITY_TIER_ENABLED = "priorityTierEnabled";
    static final String VIP = "VIP";
    static final String PRIORITY = "PRIORITY";
    static final String STANDARD = "STANDARD";
    private static final int MAX_SCORE_DRIVERS = 3;

    @Override
    public String id() {
        return "risk-tier";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Risk class and service tier", "zh-CN", "风险等级与客户分层");
    }

    @Override
    public List<SettingDefinition> settings() {
        List<SettingDefinition> settings = new ArrayList<>(Scorecard.settings());
        settings.add(SettingDefinition.integer(HIGH_RISK_BELOW, "High risk below score", "低于此分为高风险", 560, 300, 900));
        settings.add(SettingDefinition.integer(LOW_RISK_FROM, "Low risk from score", "不低于此分为低风险", 680, 300, 900));
        settings.add(SettingDefinition.integer(SEVERE_OVERDUE_DAYS, "Severe overdue (days) forcing high risk",
                "强制高风险的严重逾期天数", 90, 1, 365));
        settings.add(SettingDefinition.decimal(VIP_NET_WORTH, "VIP from net worth", "VIP 净资产门槛", "5000000", "0", null));
        settings.add(SettingDefinition.decimal(VIP_MONTHLY_INCOME, "VIP from monthly income (proxy for contribution)",
                "VIP 月收入门槛（代表客户贡献）", "200000", "0", null));
        settings.add(SettingDefinition.decimal(PRIORITY_NET_WORTH, "PRIORITY from net worth", "优先客户净资产门槛", "1000000", "0", null));
        settings.add(SettingDefinition.bool(PRIORITY_TIER_ENABLED, "Use the PRIORITY tier", "启用优先客户层级", true));
        return List.copyOf(settings);
    }

    @Override
    public Segmentation segment(ExtensionContext context, CustomerSnapshot customer) {
        Settings settings = context.settings();
        int highBelow = settings.integer(HIGH_RISK_BELOW);
        int lowFrom = settings.integer(LOW_RISK_FROM);
        if (highBelow >= lowFrom) {
            throw new IllegalArgumentException("Risk thresholds cross: " + HIGH_RISK_BELOW + " (" + highBelow
                    + ") must be lower than " + LOW_RISK_FROM + " (" + lowFrom + ")");
        }
        Scorecard.Result result = Scorecard.score(context, customer);
        boolean chinese = context.chinese();
        List<FactorContribution> reasons = new ArrayList<>();
        RiskClass riskClass = classify(result, settings, highBelow, lowFrom, chinese, reasons);
        String tier = tier(result.facts(), riskClass, settings, chinese, reasons);
        reasons.sort(Comparator.comparingDouble((FactorContribution reason) -> Math.abs(reason.contribution())).reversed());
        return new Segmentation(riskClass, tier, reasons);
    }

    private static RiskClass classify(Scorecard.Result result, Settings settings, int highBelow, int lowFrom,
                                      boolean chinese, List<FactorContribution> reasons) {
        CustomerFacts facts = result.facts();
        if (facts.defaultedLoans() > 0) {
            FactorContribution history = result.factor(Scorecard.Factor.CREDIT_HISTORY);
            reasons.add(new FactorContribution(history.factor(), history.value(), history.contribution(), chinese
                    ? "有 " + facts.defaultedLoans() + " 笔贷款违约：无论评分高低，风险等级均为高。"
                    : facts.defaultedLoans() + " loan(s) in default: risk class is HIGH whatever the score."));
        }
        int severeDays = settings.integer(SEVERE_OVERDUE_DAYS);
        if (facts.worstOverdueDays() >= severeDays) {
            FactorContribution overdue = result.factor(Scorecard.Factor.WORST_OVERDUE);
            reasons.add(new FactorContribution(overdue.factor(), overdue.value(), overdue.contribution(), chinese
                    ? "近 24 个月最长逾期 " + facts.worstOverdueDays() + " 天，达到严重逾期标准 " + severeDays + " 天：无论评分高低，风险等级均为高。"
                    : "Worst overdue of " + facts.worstOverdueDays() + " days in the last 24 months reaches the severe limit of "
                    + severeDays + " days: risk class is HIGH whatever the score."));
        }
        if (!reasons.isEmpty()) {
            return RiskClass.HIGH;
        }
        int score = result.score();
        RiskClass riskClass = score < highBelow ? RiskClass.HIGH : score >= lowFrom ? RiskClass.LOW : RiskClass.MEDIUM;
        String explanation = switch (riskClass) {
            case HIGH -> chinese ? "评分 " + score + " 低于 " + highBelow + "：风险等级为高。"
                    : "Score " + score + " is below " + highBelow + ": risk class HIGH.";
            case LOW -> chinese ? "评分 " + score + " 不低于 " + lowFrom + "：风险等级为低。"
                    : "Score " + score + " is " + lowFrom + " or more: risk class LOW.";
            case MEDIUM -> chinese ? "评分 " + score + " 在 " + highBelow + " 至 " + lowFrom + "（不含）之间：风险等级为中。"
                    : "Score " + score + " is from " + highBelow + " to under " + lowFrom + ": risk class MEDIUM.";
        };
        reasons.add(new FactorContribution("score", Integer.toString(score), score - result.basePoints(), explanation));
        result.factors().stream()
                .filter(factor -> switch (riskClass) {
                    case HIGH -> factor.contribution() < 0;
                    case LOW -> factor.contribution() > 0;
                    case MEDIUM -> factor.contribution() != 0;
                })
                .limit(MAX_SCORE_DRIVERS)
                .forEach(reasons::add);
        return riskClass;
    }

    private static String tier(CustomerFacts facts, RiskClass riskClass, Settings settings, boolean chinese,
                               List<FactorContribution> reasons) {
        BigDecimal vipNetWorth = settings.decimal(VIP_NET_WORTH);
        BigDecimal vipIncome = settings.decimal(VIP_MONTHLY_INCOME);
        BigDecimal priorityNetWorth = settings.decimal(PRIORITY_NET_WORTH);
        boolean priorityEnabled = settings.bool(PRIORITY_TIER_ENABLED);
        Optional<BigDecimal> netWorth = facts.netWorth();
        Optional<BigDecimal> income = facts.monthlyIncome();
        Optional<String> currency = facts.currency();

        List<FactorContribution> tierReasons = new ArrayList<>();
        String tier;
        if (reaches(netWorth, vipNetWorth) || reaches(income, vipIncome)) {
            tier = VIP;
            if (reaches(netWorth, vipNetWorth)) {
                tierReasons.add(tierReason("netWorth", netWorth, currency, chinese,
                        "Net worth reaches the VIP threshold of " + amount(vipNetWorth, currency),
                        "净资产达到 VIP 门槛 " + amount(vipNetWorth, currency)));
            }
            if (reaches(income, vipIncome)) {
                tierReasons.add(tierReason("monthlyIncome", income, currency, chinese,
                        "Monthly income, the proxy for the customer's contribution, reaches the VIP threshold of " + amount(vipIncome, currency),
                        "月收入（代表客户贡献）达到 VIP 门槛 " + amount(vipIncome, currency)));
            }
        } else if (priorityEnabled && reaches(netWorth, priorityNetWorth)) {
            tier = PRIORITY;
            tierReasons.add(tierReason("netWorth", netWorth, currency, chinese,
                    "Net worth reaches the PRIORITY threshold of " + amount(priorityNetWorth, currency) + " but not the VIP threshold of " + amount(vipNetWorth, currency),
                    "净资产达到优先客户门槛 " + amount(priorityNetWorth, currency) + "，未达 VIP 门槛 " + amount(vipNetWorth, currency)));
        } else {
            tier = STANDARD;
            BigDecimal nextNetWorth = priorityEnabled ? priorityNetWorth.min(vipNetWorth) : vipNetWorth;
            tierReasons.add(tierReason("netWorth", netWorth, currency, chinese,
                    netWorth.isPresent() ? "Net worth is below the threshold of " + amount(nextNetWorth, currency) + " for a higher tier"
                            : "Net worth not declared, so it cannot qualify for a higher tier",
                    netWorth.isPresent() ? "净资产低于更高层级门槛 " + amount(nextNetWorth, currency) : "未申报净资产，无法据此进入更高层级"));
            tierReasons.add(tierReason("monthlyIncome", income, currency, chinese,
                    income.isPresent() ? "Monthly income (proxy for contribution) is below the VIP threshold of " + amount(vipIncome, currency)
                            : "Monthly income not declared, so it cannot qualify for VIP",
                    income.isPresent() ? "月收入（代表客户贡献）低于 VIP 门槛 " + amount(vipIncome, currency) : "未申报月收入，无法据此进入 VIP"));
        }
        if (riskClass == RiskClass.HIGH && !tier.equals(STANDARD)) {
            reasons.add(new FactorContribution("riskClass", RiskClass.HIGH.name(), 0, chinese
                    ? "客户符合 " + tier + " 条件，但高风险客户一律归入 STANDARD。"
                    : "The customer qualifies for " + tier + ", but HIGH-risk customers are always STANDARD."));
            return STANDARD;
        }
        reasons.addAll(tierReasons);
        return tier;
    }

    private static boolean reaches(Optional<BigDecimal> value, BigDecimal threshold) {
        return value.filter(amount -> amount.compareTo(threshold) >= 0).isPresent();
    }

    private static FactorContribution tierReason(String factor, Optional<BigDecimal> value, Optional<String> currency,
                                                 boolean chinese, String english, String chineseText) {
        String shown = value.map(amount -> amount(amount, currency)).orElse(chinese ? "未申报" : "not declared");
        return new FactorContribution(factor, shown, 0, (chinese ? chineseText + "。" : english + "."));
    }

    private static String amount(BigDecimal value, Optional<String> currency) {
        return Scorecard.amount(value, currency).en();
    }
}
