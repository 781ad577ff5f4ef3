package com.crcloud.plugins.feedback;

import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.FeedbackChannel;
import com.crcloud.plugin.api.LifecycleEvent;
import com.crcloud.plugin.api.SettingDefinition;
import org.pf4j.Extension;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Offers a rejected applicant a complaint form and, once it is filled in, rates the complaint's severity and the
 * hours within which it must be handled, so complaint handlers work the most serious cases first and meet the
 * tenant's service levels.
 *
 * <p>Severity: a {@code DATA_PRIVACY} complaint is high (3); a {@code DECISION} complaint is high when its text
 * contains one of the tenant's escalation keywords (by default terms for discrimination), otherwise low; a
 * {@code FEES} complaint is medium (2); {@code SERVICE} and {@code OTHER} are low (1). A high-severity complaint
 * is flagged {@code ESCALATE}. Metrics: {@code severity} (1..3) and {@code slaHours}.
 */
@Extension
public class ComplaintIntake implements FeedbackChannel {

    static final String SURVEY_ID = "complaint-v1";

    static final String OFFER_ON_REJECTION = "offerComplaintOnRejection";
    static final String ESCALATION_KEYWORDS = "decisionEscalationKeywords";

    static final String CATEGORY = "category";
    static final String DESCRIPTION = "description";
    static final String DESIRED_OUTCOME = "desiredOutcome";

    /** What a complaint is about; the names are the choice values of the {@value #CATEGORY} question. */
    enum Category { SERVICE, DECISION, DATA_PRIVACY, FEES, OTHER }

    /** Severity levels, each with its metric value and the setting holding its handling deadline. */
    enum Severity {
        LOW(1, "slaHoursLow"),
        MEDIUM(2, "slaHoursMedium"),
        HIGH(3, "slaHoursHigh");

        final int level;
        final String slaSetting;

        Severity(int level, String slaSetting) {
            this.level = level;
            this.slaSetting = slaSetting;
        }
    }

    @Override
    public String id() {
        return "complaint-intake";
    }

    @Override
    public Map<String, String> names() {
        return Map.of("en", "Complaint intake", "zh-CN", "投诉受理");
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.bool(OFFER_ON_REJECTION, "Offer a complaint form when an application is rejected",
                        "申请被拒绝时提供投诉表", true),
                SettingDefinition.integer(Severity.HIGH.slaSetting, "Hours to handle a high-severity complaint",
                        "高严重度投诉的处理时限（小时）", 24, 1, 720),
                SettingDefinition.integer(Severity.MEDIUM.slaSetting, "Hours to handle a medium-severity complaint",
                        "中严重度投诉的处理时限（小时）", 72, 1, 720),
                SettingDefinition.integer(Severity.LOW.slaSetting, "Hours to handle a low-severity complaint",
                        "低严重度投诉的处理时限（小时）", 168, 1, 720),
                SettingDefinition.text(ESCALATION_KEYWORDS,
                        "Words that make a complaint about a decision high severity (comma-separated)",
                        "使针对决定的投诉升为高严重度的关键词（逗号分隔）",
                        "discriminat,prejudice,racis,sexis,歧视,偏见,区别对待", false));
    }

    /** The complaint form after a {@code REJECTED} decision, when the tenant offers it; otherwise empty. */
    @Override
    public Optional<Survey> surveyFor(ExtensionContext context, LifecycleEvent event) {
        boolean rejected = event instanceof LifecycleEvent.CaseDecided decided && decided.decision() != null
                && "REJECTED".equals(decided.decision().trim().toUpperCase(Locale.ROOT));
        if (!rejected || !context.settings().bool(OFFER_ON_REJECTION)) {
            return Optional.empty();
        }
        return Optional.of(new Survey(SURVEY_ID, List.copyOf(questions(context.chinese()).values())));
    }

    /**
     * Rates a complaint. Category and description are required, the desired outcome is optional; the keyword
     * rule looks at both texts.
     *
     * @throws IllegalArgumentException when the survey is not {@value #SURVEY_ID} or an answer is invalid
     */
    @Override
    public SurveyScore score(ExtensionContext context, Survey survey, List<SurveyAnswer> answers) {
        List<Question> asked = Answers.askedIn(survey, SURVEY_ID, questions(context.chinese()));
        Answers valid = Answers.validate(SURVEY_ID, asked, Set.of(CATEGORY, DESCRIPTION), answers);
        Category category = Category.valueOf(valid.text(CATEGORY).orElseThrow());
        String narrative = valid.text(DESCRIPTION).orElse("") + "\n" + valid.text(DESIRED_OUTCOME).orElse("");
        Severity severity = severity(category, narrative, Keywords.parse(context.settings().text(ESCALATION_KEYWORDS)));
        int slaHours = context.settings().integer(severity.slaSetting);
        return new SurveyScore(Map.of("severity", (double) severity.level, "slaHours", (double) slaHours),
                severity == Severity.HIGH ? List.of("ESCALATE") : List.of());
    }

    static Severity severity(Category category, String narrative, Keywords escalationKeywords) {
        return switch (category) {
            case DATA_PRIVACY -> Severity.HIGH;
            case DECISION -> escalationKeywords.foundIn(narrative) ? Severity.HIGH : Severity.LOW;
            case FEES -> Severity.MEDIUM;
            case SERVICE, OTHER -> Severity.LOW;
        };
    }

    /** The complaint form's questions, by id, in the order they are asked. */
    private static Map<String, Question> questions(boolean chinese) {
        List<String> categories = Arrays.stream(Category.values()).map(Enum::name).toList();
        return Answers.byId(
                new Question(CATEGORY, Answers.CHOICE, chinese ? "您的投诉涉及哪方面？" : "What is your complaint about?", 0, 0, categories),
                new Question(DESCRIPTION, Answers.TEXT, chinese ? "请描述发生了什么。" : "Please describe what happened.", 0, 0, List.of()),
                new Question(DESIRED_OUTCOME, Answers.TEXT, chinese ? "您希望我们如何解决？（选填）"
                        : "How would you like us to put this right? (optional)", 0, 0, List.of()));
    }
}
