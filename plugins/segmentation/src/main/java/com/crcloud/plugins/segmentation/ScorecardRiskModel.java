package com.crcloud.plugins.segmentation;

import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.RiskAssessment;
import com.crcloud.plugin.api.RiskModel;
import com.crcloud.plugin.api.SettingDefinition;
import com.crcloud.plugin.api.Settings;
import org.pf4j.Extension;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * An explainable default-probability model: the {@link Scorecard} gives a score and the points of every factor,
 * and a logistic curve in the "points to double the odds" (PDO) form turns the score into a probability, so a
 * reviewer can trace the probability back to the customer's data point by point.
 *
 * <p>Formula, with {@code factor = pointsToDoubleOdds / ln 2} and
 * {@code offset = basePoints - interceptLogOdds * factor}:
 * <pre>
 *   PD = 1 / (1 + exp((score - offset) / factor))
 *      = 1 / (1 + exp(interceptLogOdds + (score - basePoints) * ln 2 / pointsToDoubleOdds))
 * </pre>
 * {@code interceptLogOdds} is the natural log of the good:bad odds of a customer scoring exactly
 * {@code basePoints}; every {@code pointsToDoubleOdds} points above it double those odds. The defaults are
 * {@code interceptLogOdds = 3.0} (odds about 20:1, PD about 4.7 % at the base) and {@code pointsToDoubleOdds = 20}.
 *
 * <p>Worked example with the defaults and base points 600 ({@code factor = 28.85}, {@code offset = 513.44}):
 * score 600 gives log-odds 3.0, odds 20.09:1 and PD = 1 / 21.09 = 4.74 %; score 620 doubles the odds to 40.17:1,
 * PD 2.43 %; score 560 quarters them to 5.02:1, PD 16.6 %; score 680 gives 321:1, PD 0.31 %.
 *
 * <p>The log-odds are clamped to ±{@value #LOG_ODDS_LIMIT} before the exponential, so the PD always lies strictly
 * within (0, 1) (between about 2e-9 and 1 - 2e-9): a scorecard never justifies certainty, and the clamp keeps the
 * exponential finite at extreme settings.
 *
 * <p>{@code modelVersion} is {@code "scorecard-1.0/w=<hash>"}, where the hash is the first 12 hex digits of the
 * SHA-256 of every parameter that changes a result (base points, amount scale, weights and both coefficients),
 * so an assessment stored today can be told apart from one made after a tenant re-tuned the model.
 */
@Extension
public class ScorecardRiskModel implements RiskModel {

    static final String INTERCEPT_LOG_ODDS = "interceptLogOdds";
    static final String POINTS_TO_DOUBLE_ODDS = "pointsToDoubleOdds";
    static final String VERSION = "scorecard-1.0";
    static final double LOG_ODDS_LIMIT = 20;

    @Override
    public String id() {
        return "scorecard";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Credit scorecard", "zh-CN", "信用评分卡");
    }

    @Override
    public List<SettingDefinition> settings() {
        List<SettingDefinition> settings = new ArrayList<>(Scorecard.settings());
        settings.add(SettingDefinition.decimal(INTERCEPT_LOG_ODDS, "Log-odds (good:bad) at base points", "基础分对应的对数优劣比",
                "3.0", "-10", "10"));
        settings.add(SettingDefinition.integer(POINTS_TO_DOUBLE_ODDS, "Points to double the odds", "优劣比翻倍所需分数", 20, 5, 100));
        return List.copyOf(settings);
    }

    @Override
    public RiskAssessment assess(ExtensionContext context, CustomerSnapshot customer) {
        Settings settings = context.settings();
        Scorecard.Result result = Scorecard.score(context, customer);
        double pd = probabilityOfDefault(result.score(), result.basePoints(),
                settings.decimal(INTERCEPT_LOG_ODDS).doubleValue(), settings.integer(POINTS_TO_DOUBLE_ODDS));
        return new RiskAssessment(pd, result.score(), result.factors(), modelVersion(settings));
    }

    /** The PDO logistic curve described in the class documentation; strictly within (0, 1) and decreasing in score. */
    static double probabilityOfDefault(int score, int basePoints, double interceptLogOdds, int pointsToDoubleOdds) {
        double logOdds = interceptLogOdds + (score - basePoints) * Math.log(2) / pointsToDoubleOdds;
        double clamped = Math.max(-LOG_ODDS_LIMIT, Math.min(LOG_ODDS_LIMIT, logOdds));
        return 1 / (1 + Math.exp(clamped));
    }

    static String modelVersion(Settings settings) {
        String parameters = Scorecard.parameters(settings)
                + ";" + INTERCEPT_LOG_ODDS + "=" + settings.decimal(INTERCEPT_LOG_ODDS).stripTrailingZeros().toPlainString()
                + ";" + POINTS_TO_DOUBLE_ODDS + "=" + settings.integer(POINTS_TO_DOUBLE_ODDS);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(parameters.getBytes(StandardCharsets.UTF_8));
            return VERSION + "/w=" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
