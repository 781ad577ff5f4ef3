package com.crcloud.plugins.feedback;

import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.FeedbackChannel;
import com.crcloud.plugin.api.LifecycleEvent;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Asks a customer how their application was handled once it has been decided: satisfaction (CSAT, 1..5),
 * likelihood to recommend (NPS, 0..10) and an optional comment. Tenants choose which decisions trigger it and
 * how often one customer may be asked, so customers with several applications are not pestered.
 *
 * <p>Scoring turns the answers into metrics ({@code csat}, {@code csatSatisfied}, {@code nps},
 * {@code npsCategory}) and flags the host should follow up: {@code DETRACTOR}, {@code LOW_CSAT} and
 * {@code COMPLAINT_SUSPECTED} (the comment contains one of the tenant's complaint keywords; a complaint
 * disguised as feedback must still be handled as a complaint).
 */
@Extension
public class PostDecisionSurvey implements FeedbackChannel {

    static final String SURVEY_ID = "post-decision-v1";
    static final String SENT_COLLECTION = "survey-sent";

    static final String TRIGGER_DECISIONS = "triggerDecisions";
    static final String ASK_NPS = "askNps";
    static final String ASK_COMMENT = "askComment";
    static final String MIN_DAYS_BETWEEN_SURVEYS = "minDaysBetweenSurveys";
    static final String COMPLAINT_KEYWORDS = "complaintKeywords";

    static final String CSAT = "csat";
    static final String NPS = "nps";
    static final String COMMENT = "comment";

    /** Decisions the host reports for a case; only these may be named in {@value #TRIGGER_DECISIONS}. */
    static final List<String> KNOWN_DECISIONS = List.of("APPROVED", "REJECTED", "MORE_INFO_REQUESTED");

    @Override
    public String id() {
        return "post-decision-survey";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Post-decision satisfaction survey", "zh-CN", "决定后满意度调查");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.text(TRIGGER_DECISIONS, "Decisions that trigger the survey (comma-separated: "
                        + String.join(", ", KNOWN_DECISIONS) + ")", "触发调查的决定（逗号分隔：" + String.join(", ", KNOWN_DECISIONS) + "）",
                        "APPROVED,REJECTED", true),
                SettingDefinition.bool(ASK_NPS, "Ask how likely the customer is to recommend us (NPS)", "询问推荐意愿（NPS）", true),
                SettingDefinition.bool(ASK_COMMENT, "Offer a free-text comment", "提供自由填写的意见栏", true),
                SettingDefinition.integer(MIN_DAYS_BETWEEN_SURVEYS, "Minimum days before surveying the same customer again",
                        "同一客户两次调查之间的最少天数", 30, 0, 365),
                SettingDefinition.text(COMPLAINT_KEYWORDS, "Words in a comment that suggest a complaint (comma-separated)",
                        "意见中提示投诉的关键词（逗号分隔）", "complain,unfair,rude,wrong,投诉,不满,不公平,态度差", false));
    }

    /**
     * A survey after a {@link LifecycleEvent.CaseDecided} whose decision is one of the tenant's trigger
     * decisions, unless this customer was surveyed fewer than {@value #MIN_DAYS_BETWEEN_SURVEYS} days ago
     * (exactly that many days ago is allowed). Returning a survey records today's date for the customer.
     *
     * @throws IllegalArgumentException when {@value #TRIGGER_DECISIONS} names an unknown decision
     */
    @Override
    public Optional<Survey> surveyFor(ExtensionContext context, LifecycleEvent event) {
        if (!(event instanceof LifecycleEvent.CaseDecided decided) || decided.decision() == null) {
            return Optional.empty();
        }
        Set<String> triggers = triggerDecisions(context.settings().text(TRIGGER_DECISIONS).orElse(""));
        if (!triggers.contains(decided.decision().trim().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String customerId = Objects.requireNonNull(decided.customerId(), "customerId");
        LocalDate today = LocalDate.now(context.clock());
        Optional<LocalDate> lastSent = lastSent(context, customerId);
        int minDays = context.settings().integer(MIN_DAYS_BETWEEN_SURVEYS);
        if (lastSent.isPresent() && ChronoUnit.DAYS.between(lastSent.get(), today) < minDays) {
            return Optional.empty();
        }
        context.recordStore().put(SENT_COLLECTION, customerId, today.toString());
        List<Question> questions = new ArrayList<>();
        questions.add(questions(context.chinese()).get(CSAT));
        if (context.settings().bool(ASK_NPS)) {
            questions.add(questions(context.chinese()).get(NPS));
        }
        if (context.settings().bool(ASK_COMMENT)) {
            questions.add(questions(context.chinese()).get(COMMENT));
        }
        return Optional.of(new Survey(SURVEY_ID, questions));
    }

    /**
     * Scores a completed survey. CSAT is always required, NPS is required when it was asked, the comment is
     * optional.
     *
     * @throws IllegalArgumentException when the survey is not {@value #SURVEY_ID} or an answer is invalid
     */
    @Override
    public SurveyScore score(ExtensionContext context, Survey survey, List<SurveyAnswer> answers) {
        List<Question> asked = Answers.askedIn(survey, SURVEY_ID, questions(context.chinese()));
        Answers valid = Answers.validate(SURVEY_ID, asked, Set.of(CSAT, NPS), answers);
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();

        valid.number(NPS).ifPresent(nps -> {
            NpsCalculator.Category category = NpsCalculator.categorise(nps);
            metrics.put("nps", (double) nps);
            metrics.put("npsCategory", (double) category.metric());
            if (category == NpsCalculator.Category.DETRACTOR) {
                flags.add("DETRACTOR");
            }
        });
        int csat = valid.number(CSAT).orElseThrow();
        metrics.put("csat", (double) csat);
        metrics.put("csatSatisfied", csat >= 4 ? 1.0 : 0.0);
        if (csat <= 2) {
            flags.add("LOW_CSAT");
        }
        Keywords complaintWords = Keywords.parse(context.settings().text(COMPLAINT_KEYWORDS));
        if (valid.text(COMMENT).filter(complaintWords::foundIn).isPresent()) {
            flags.add("COMPLAINT_SUSPECTED");
        }
        return new SurveyScore(metrics, flags);
    }

    /**
     * The decisions named in the {@value #TRIGGER_DECISIONS} setting, upper-cased. The host only checks a text
     * setting's length, so the names are checked here.
     *
     * @throws IllegalArgumentException naming the offending entry and the allowed decisions
     */
    static Set<String> triggerDecisions(String setting) {
        Set<String> decisions = new LinkedHashSet<>();
        for (String part : setting.split(",")) {
            String decision = part.trim().toUpperCase(Locale.ROOT);
            if (decision.isEmpty()) {
                continue;
            }
            if (!KNOWN_DECISIONS.contains(decision)) {
                throw new IllegalArgumentException("Setting '" + TRIGGER_DECISIONS + "' names unknown decision '" + part.trim()
                        + "'; use a comma-separated list of " + String.join(", ", KNOWN_DECISIONS));
            }
            decisions.add(decision);
        }
        if (decisions.isEmpty()) {
            throw new IllegalArgumentException("Setting '" + TRIGGER_DECISIONS + "' names no decision; use a comma-separated list of "
                    + String.join(", ", KNOWN_DECISIONS));
        }
        return decisions;
    }

    private static Optional<LocalDate> lastSent(ExtensionContext context, String customerId) {
        return context.recordStore().get(SENT_COLLECTION, customerId).map(value -> {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("Record " + SENT_COLLECTION + "/" + customerId + " holds '" + value
                        + "', not an ISO date", e);
            }
        });
    }

    /** Every question this survey can ask, by id, in the order they are asked. */
    private static Map<String, Question> questions(boolean chinese) {
        return Answers.byId(
                new Question(CSAT, Answers.SCALE, chinese ? "您对我们处理您申请的方式有多满意？"
                        : "How satisfied are you with how your application was handled?", 1, 5, List.of()),
                new Question(NPS, Answers.SCALE, chinese ? "您有多大可能向朋友或同事推荐我们？"
                        : "How likely are you to recommend us to a friend or colleague?",
                        NpsCalculator.MIN_SCORE, NpsCalculator.MAX_SCORE, List.of()),
                new Question(COMMENT, Answers.TEXT, chinese ? "您还有什么想告诉我们的吗？（选填）"
                        : "Is there anything else you would like to tell us? (optional)", 0, 0, List.of()));
    }
}
