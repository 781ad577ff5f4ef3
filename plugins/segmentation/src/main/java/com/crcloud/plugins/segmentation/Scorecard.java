package com.crcloud.plugins.segmentation;

import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.Settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The points-based scorecard shared by the {@code scorecard} risk model and the {@code risk-tier} segmenter, so a
 * customer's class and their default probability always come from the same points.
 *
 * <p>Like a traditional credit scorecard, the score is {@code basePoints} plus, for every factor, the points of
 * the bin the customer falls in, multiplied by the tenant's weight for that factor and rounded half away from
 * zero to whole points. Because each factor's rounded points are what is reported, the contributions add up to
 * exactly {@code score - basePoints}; a reviewer can re-add them by hand. Higher is safer.
 *
 * <p>Bins and their points at weight 1 (edges are "from, inclusive"):
 * <ul>
 *   <li>{@code monthlyIncome}: below 5,000 → -20; 5,000 → -5; 10,000 → +5; 20,000 → +15; 50,000 or more → +25;
 *       not declared → -10.</li>
 *   <li>{@code debtToIncome} (formula in {@link CustomerFacts}): below 0.20 → +25; 0.20 → +10; 0.35 → 0;
 *       0.50 → -20; 0.70 or more → -40; not computable → -10.</li>
 *   <li>{@code creditHistory}: any loan DEFAULTED → -60; no loans → -5; all loans CLOSED/CURRENT → +25 with
 *       3 or more loans, +15 with fewer; at least half CLOSED/CURRENT → -10; less → -25.</li>
 *   <li>{@code worstOverdueDays} (last 24 months): none with a credit record → +20; none and no credit record
 *       → 0; 1 → -5; 30 → -25; 60 → -45; 90 or more → -70.</li>
 *   <li>{@code cardUtilisation} (average): below 30 % → +15; 30 % → +5; 50 % → -10; 80 % or more → -25;
 *       no card → 0.</li>
 *   <li>{@code netWorth}: negative → -25; 0 → -5; 100,000 → +5; 1,000,000 → +15; 5,000,000 or more → +25;
 *       not declared → -5.</li>
 *   <li>{@code employmentStatus}: EMPLOYED +15, SELF_EMPLOYED +5, RETIRED +5, STUDENT -10, UNEMPLOYED -25,
 *       another value 0, not declared -5.</li>
 *   <li>{@code externalCreditScore} (300..850 scale): below 550 → -40; 550 → -15; 650 → +5; 720 → +20;
 *       780 or more → +35; absent → 0 (a missing bureau file is not held against the customer).</li>
 * </ul>
 * Income and net-worth edges are calibrated for monthly amounts in CNY and multiplied by the {@code amountScale}
 * setting, so a tenant whose book is in another currency can keep the same bands (e.g. 0.14 for USD).
 */
final class Scorecard {

    static final String BASE_POINTS = "basePoints";
    static final String AMOUNT_SCALE = "amountScale";

    /** The factors, in the order they are computed; {@code key} is the stable machine name shown with each contribution. */
    enum Factor {
        MONTHLY_INCOME("monthlyIncome", "weightIncome", "Monthly income", "月收入"),
        DEBT_TO_INCOME("debtToIncome", "weightDebtToIncome", "Debt-to-income ratio", "负债收入比"),
        CREDIT_HISTORY("creditHistory", "weightCreditHistory", "Credit history", "信贷记录"),
        WORST_OVERDUE("worstOverdueDays", "weightOverdue", "Worst days past due (24 months)", "近 24 个月最长逾期天数"),
        CARD_UTILISATION("cardUtilisation", "weightCardUtilisation", "Average card utilisation", "信用卡平均使用率"),
        NET_WORTH("netWorth", "weightNetWorth", "Net worth", "净资产"),
        EMPLOYMENT("employmentStatus", "weightEmployment", "Employment status", "就业状况"),
        EXTERNAL_SCORE("externalCreditScore", "weightExternalScore", "External credit score", "外部信用评分");

        final String key;
        final String weightSetting;
        final Text label;

        Factor(String key, String weightSetting, String english, String chinese) {
            this.key = key;
            this.weightSetting = weightSetting;
            this.label = new Text(english, chinese);
        }
    }

    /**
     * A scored customer.
     *
     * @param factors every factor, largest absolute contribution first; contributions sum to {@code score - basePoints}
     * @param facts   the measurements the points were given for
     */
    record Result(int basePoints, int score, List<FactorContribution> factors, CustomerFacts facts) {

        FactorContribution factor(Factor factor) {
            return factors.stream().filter(contribution -> contribution.factor().equals(factor.key)).findFirst().orElseThrow();
        }
    }

    /** A text in English and Chinese; the call's locale picks one. */
    record Text(String en, String zh) {
        String in(boolean chinese) {
            return chinese ? zh : en;
        }
    }

    /** Where a customer falls on one factor, before weighting. */
    private record Attribute(Text value, int points, Text reason) {
    }

    private static final List<BigDecimal> INCOME_EDGES = decimals("5000", "10000", "20000", "50000");
    private static final int[] INCOME_POINTS = {-20, -5, 5, 15, 25};
    private static final int INCOME_MISSING = -10;
    private static final List<BigDecimal> DTI_EDGES = decimals("0.20", "0.35", "0.50", "0.70");
    private static final int[] DTI_POINTS = {25, 10, 0, -20, -40};
    private static final int DTI_MISSING = -10;
    private static final List<BigDecimal> OVERDUE_EDGES = decimals("30", "60", "90");
    private static final int[] OVERDUE_POINTS = {-5, -25, -45, -70};
    private static final int NO_OVERDUE = 20;
    private static final List<BigDecimal> UTILISATION_EDGES = decimals("0.30", "0.50", "0.80");
    private static final int[] UTILISATION_POINTS = {15, 5, -10, -25};
    private static final List<BigDecimal> NET_WORTH_EDGES = decimals("0", "100000", "1000000", "5000000");
    private static final int[] NET_WORTH_POINTS = {-25, -5, 5, 15, 25};
    private static final int NET_WORTH_MISSING = -5;
    private static final Map<String, Integer> EMPLOYMENT_POINTS =
            Map.of("EMPLOYED", 15, "SELF_EMPLOYED", 5, "RETIRED", 5, "STUDENT", -10, "UNEMPLOYED", -25);
    private static final Map<String, String> EMPLOYMENT_CHINESE =
            Map.of("EMPLOYED", "受雇", "SELF_EMPLOYED", "自雇", "RETIRED", "退休", "STUDENT", "学生", "UNEMPLOYED", "失业");
    private static final int EMPLOYMENT_MISSING = -5;
    private static final List<BigDecimal> EXTERNAL_EDGES = decimals("550", "650", "720", "780");
    private static final int[] EXTERNAL_POINTS = {-40, -15, 5, 20, 35};
    private static final Text NOT_DECLARED = new Text("not declared", "未申报");

    private Scorecard() {
    }

    /** Settings every extension that scores must declare: base points, the amount scale and one weight per factor. */
    static List<SettingDefinition> settings() {
        List<SettingDefinition> settings = new ArrayList<>();
        settings.add(SettingDefinition.integer(BASE_POINTS, "Base points", "基础分", 600, 300, 900));
        settings.add(SettingDefinition.decimal(AMOUNT_SCALE, "Amount scale of income and net-worth bands (1 = CNY)",
                "收入与净资产分档金额系数（1 = 人民币）", "1", "0.0001", "10000"));
        for (Factor factor : Factor.values()) {
            settings.add(SettingDefinition.decimal(factor.weightSetting, "Weight: " + factor.label.en(),
                    "权重：" + factor.label.zh(), "1.0", "0", "3"));
        }
        return List.copyOf(settings);
    }

    /** The scorecard parameters in a canonical form ({@code 1.0} and {@code 1} are the same), for model versions. */
    static String parameters(Settings settings) {
        StringBuilder canonical = new StringBuilder(BASE_POINTS).append('=').append(settings.integer(BASE_POINTS));
        canonical.append(';').append(AMOUNT_SCALE).append('=').append(plain(settings.decimal(AMOUNT_SCALE)));
        for (Factor factor : Factor.values()) {
            canonical.append(';').append(factor.weightSetting).append('=').append(plain(settings.decimal(factor.weightSetting)));
        }
        return canonical.toString();
    }

    static Result score(ExtensionContext context, CustomerSnapshot customer) {
        Settings settings = context.settings();
        boolean chinese = context.chinese();
        int basePoints = settings.integer(BASE_POINTS);
        BigDecimal scale = settings.decimal(AMOUNT_SCALE);
        CustomerFacts facts = CustomerFacts.of(customer, context.clock());
        List<FactorContribution> contributions = new ArrayList<>();
        int total = 0;
        for (Factor factor : Factor.values()) {
            Attribute attribute = attribute(factor, facts, scale);
            BigDecimal weight = settings.decimal(factor.weightSetting);
            int points = weight.multiply(BigDecimal.valueOf(attribute.points())).setScale(0, RoundingMode.HALF_UP).intValueExact();
            total += points;
            contributions.add(new FactorContribution(factor.key, attribute.value().in(chinese), points,
                    explanation(attribute, weight, points, chinese)));
        }
        contributions.sort(Comparator.comparingDouble((FactorContribution c) -> Math.abs(c.contribution())).reversed());
        return new Result(basePoints, basePoints + total, contributions, facts);
    }

    private static Attribute attribute(Factor factor, CustomerFacts facts, BigDecimal scale) {
        Optional<String> currency = facts.currency();
        return switch (factor) {
            case MONTHLY_INCOME -> facts.monthlyIncome()
                    .map(income -> banded(factor, income, amount(income, currency), INCOME_POINTS, scaled(INCOME_EDGES, scale), Scorecard::number))
                    .orElseGet(() -> new Attribute(NOT_DECLARED, INCOME_MISSING, new Text("Income not declared", "未申报收入")));
            case DEBT_TO_INCOME -> facts.debtToIncome()
                    .map(ratio -> banded(factor, ratio, text(ratio(ratio)), DTI_POINTS, DTI_EDGES, Scorecard::ratio))
                    .orElseGet(() -> new Attribute(new Text("not computable", "无法计算"), DTI_MISSING, debtToIncomeGap(facts)));
            case CREDIT_HISTORY -> creditHistory(facts);
            case WORST_OVERDUE -> worstOverdue(factor, facts);
            case CARD_UTILISATION -> facts.cardUtilisation().isPresent()
                    ? banded(factor, BigDecimal.valueOf(facts.cardUtilisation().getAsDouble()),
                    text(percent(BigDecimal.valueOf(facts.cardUtilisation().getAsDouble()))), UTILISATION_POINTS, UTILISATION_EDGES, Scorecard::percent)
                    : new Attribute(new Text("no card", "无信用卡"), 0, new Text("No credit card with a limit on record", "无有额度的信用卡记录"));
            case NET_WORTH -> facts.netWorth()
                    .map(worth -> banded(factor, worth, amount(worth, currency), NET_WORTH_POINTS, scaled(NET_WORTH_EDGES, scale), Scorecard::number))
                    .orElseGet(() -> new Attribute(NOT_DECLARED, NET_WORTH_MISSING,
                            new Text("Net worth not declared (no assets or liabilities on file)", "未申报净资产（无资产或负债记录）")));
            case EMPLOYMENT -> employment(facts);
            case EXTERNAL_SCORE -> facts.externalScore()
                    .map(score -> banded(factor, BigDecimal.valueOf(score), text(Integer.toString(score)), EXTERNAL_POINTS, EXTERNAL_EDGES, Scorecard::number))
                    .orElseGet(() -> new Attribute(new Text("none", "无"), 0, new Text("No external credit score on file", "无外部信用评分")));
        };
    }

    private static Text debtToIncomeGap(CustomerFacts facts) {
        if (facts.monthlyIncome().isEmpty()) {
            return new Text("Debt-to-income cannot be computed: income not declared", "无法计算负债收入比：未申报收入");
        }
        if (facts.monthlyIncome().get().signum() <= 0) {
            return new Text("Debt-to-income cannot be computed: no positive income", "无法计算负债收入比：收入不为正");
        }
        return new Text("Debt-to-income cannot be computed: monthly expenses not declared", "无法计算负债收入比：未申报月支出");
    }

    private static Attribute creditHistory(CustomerFacts facts) {
        int loans = facts.loanCount();
        int good = facts.goodLoans();
        Text value = new Text(loans + " loan(s), " + good + " closed/current, " + facts.defaultedLoans() + " defaulted",
                loans + " 笔贷款，" + good + " 笔结清/正常，" + facts.defaultedLoans() + " 笔违约");
        if (facts.defaultedLoans() > 0) {
            return new Attribute(value, -60, new Text(facts.defaultedLoans() + " loan(s) in default",
                    "有 " + facts.defaultedLoans() + " 笔贷款违约"));
        }
        if (loans == 0) {
            return new Attribute(value, -5, new Text("No loans on record (thin file)", "无贷款记录（信用记录不足）"));
        }
        if (good == loans) {
            return new Attribute(value, loans >= 3 ? 25 : 15, loans == 1
                    ? new Text("The only loan is closed or current", "唯一一笔贷款已结清或正常还款")
                    : new Text("All " + loans + " loans closed or current", "全部 " + loans + " 笔贷款已结清或正常还款"));
        }
        String share = percent(BigDecimal.valueOf(good).divide(BigDecimal.valueOf(loans), 4, RoundingMode.HALF_UP));
        return new Attribute(value, 2 * good >= loans ? -10 : -25,
                new Text("Only " + share + " of loans closed or current", "仅 " + share + " 的贷款已结清或正常还款"));
    }

    private static Attribute worstOverdue(Factor factor, CustomerFacts facts) {
        int days = facts.worstOverdueDays();
        if (days > 0) {
            return banded(factor, BigDecimal.valueOf(days), text(Integer.toString(days)), OVERDUE_POINTS, OVERDUE_EDGES, Scorecard::number);
        }
        return facts.hasCreditRecord()
                ? new Attribute(text("0"), NO_OVERDUE, new Text("No overdue payment in the last 24 months", "近 24 个月无逾期"))
                : new Attribute(new Text("no credit record", "无信贷记录"), 0,
                new Text("No credit record to show repayment behaviour", "无信贷记录，无法判断还款表现"));
    }

    private static Attribute employment(CustomerFacts facts) {
        if (facts.employmentStatus().isEmpty()) {
            return new Attribute(NOT_DECLARED, EMPLOYMENT_MISSING, new Text("Employment status not declared", "未申报就业状况"));
        }
        String status = facts.employmentStatus().get();
        Text value = new Text(status, EMPLOYMENT_CHINESE.getOrDefault(status, status));
        Integer points = EMPLOYMENT_POINTS.get(status);
        return points == null
                ? new Attribute(value, 0, new Text("Employment status " + status + " is not one the scorecard grades; scored neutral",
                "就业状况 " + status + " 不在评分卡分档内，按中性计分"))
                : new Attribute(value, points, new Text("Employment status " + status, "就业状况为" + value.zh()));
    }

    /** Puts {@code value} in the band between ascending {@code edges}; band {@code i} earns {@code points[i]}. */
    private static Attribute banded(Factor factor, BigDecimal value, Text shown, int[] points, List<BigDecimal> edges,
                                    Function<BigDecimal, String> format) {
        int band = 0;
        while (band < edges.size() && value.compareTo(edges.get(band)) >= 0) {
            band++;
        }
        Text range;
        if (band == 0) {
            range = new Text("is below " + format.apply(edges.get(0)), "低于 " + format.apply(edges.get(0)));
        } else if (band == edges.size()) {
            String from = format.apply(edges.get(band - 1));
            range = new Text("is " + from + " or more", "不低于 " + from);
        } else {
            String from = format.apply(edges.get(band - 1));
            String to = format.apply(edges.get(band));
            range = new Text("is from " + from + " to under " + to, "在 " + from + " 至 " + to + "（不含）之间");
        }
        return new Attribute(shown, points[band], new Text(factor.label.en() + " " + shown.en() + " " + range.en(),
                factor.label.zh() + " " + shown.zh() + " " + range.zh()));
    }

    private static String explanation(Attribute attribute, BigDecimal weight, int points, boolean chinese) {
        String signed = String.format(Locale.ROOT, "%+d", points);
        boolean weighted = weight.compareTo(BigDecimal.ONE) != 0;
        if (chinese) {
            return attribute.reason().zh() + "：" + signed + " 分" + (weighted ? "（" + attribute.points() + " × 权重 " + plain(weight) + "）" : "") + "。";
        }
        return attribute.reason().en() + ": " + signed + " points" + (weighted ? " (" + attribute.points() + " × weight " + plain(weight) + ")" : "") + ".";
    }

    /** An amount with thousands separators and its currency, the same in both languages. */
    static Text amount(BigDecimal value, Optional<String> currency) {
        return text(number(value) + currency.map(code -> " " + code).orElse(""));
    }

    static String number(BigDecimal value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static String ratio(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Text text(String both) {
        return new Text(both, both);
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> scaled(List<BigDecimal> edges, BigDecimal scale) {
        return edges.stream().map(edge -> edge.multiply(scale)).toList();
    }
}
