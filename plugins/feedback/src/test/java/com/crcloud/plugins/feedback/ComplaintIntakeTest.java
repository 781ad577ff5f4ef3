package com.crcloud.plugins.feedback;

import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.FeedbackChannel.Question;
import com.crcloud.plugin.api.FeedbackChannel.Survey;
import com.crcloud.plugin.api.FeedbackChannel.SurveyAnswer;
import com.crcloud.plugin.api.FeedbackChannel.SurveyScore;
import com.crcloud.plugin.api.LifecycleEvent;
import com.crcloud.plugin.api.SettingProblem;
import com.crcloud.plugin.testkit.InMemoryRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class ComplaintIntakeTest {

    private final ComplaintIntake channel = new ComplaintIntake();

    @ParameterizedTest(name = "decision {0}, offer setting {1} -> form: {2}")
    @CsvSource({
            "REJECTED,            true,  true",
            "rejected,            true,  true",
            "REJECTED,            false, false",
            "APPROVED,            true,  false",
            "MORE_INFO_REQUESTED, true,  false"})
    void the_complaint_form_is_offered_only_after_a_rejection_when_the_tenant_offers_it(String decision, boolean offer, boolean offered) {
        ExtensionContext context = Fixtures.context(channel, Map.of("offerComplaintOnRejection", Boolean.toString(offer)));

        assertThat(channel.surveyFor(context, new LifecycleEvent.CaseDecided("case-7", "c-1", decision)).isPresent()).isEqualTo(offered);
    }

    @Test
    void events_other_than_a_decision_never_offer_the_form() {
        ExtensionContext context = Fixtures.context(channel, Map.of());

        assertThat(channel.surveyFor(context, new LifecycleEvent.CustomerDataChanged("c-1", List.of("email")))).isEmpty();
        assertThat(channel.surveyFor(context, new LifecycleEvent.WatchlistUpdated("pep"))).isEmpty();
    }

    @Test
    void the_form_asks_for_a_category_a_description_and_the_desired_outcome_in_english() {
        Survey form = form(Locale.ENGLISH);

        assertThat(form.surveyId()).isEqualTo("complaint-v1");
        assertThat(form.questions()).extracting(Question::questionId, Question::kind, Question::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("category", "CHOICE", "What is your complaint about?"),
                org.assertj.core.groups.Tuple.tuple("description", "TEXT", "Please describe what happened."),
                org.assertj.core.groups.Tuple.tuple("desiredOutcome", "TEXT", "How would you like us to put this right? (optional)"));
        assertThat(form.questions().get(0).choices()).containsExactly("SERVICE", "DECISION", "DATA_PRIVACY", "FEES", "OTHER");
    }

    @Test
    void the_form_is_in_chinese_for_a_zh_cn_context() {
        assertThat(form(Locale.SIMPLIFIED_CHINESE).questions()).extracting(Question::text)
                .containsExactly("您的投诉涉及哪方面？", "请描述发生了什么。", "您希望我们如何解决？（选填）");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> severity {2}, {3} h, escalate {4}")
    @CsvSource(delimiter = '|', value = {
            "DATA_PRIVACY | My details were sent to another customer        | 3 | 24  | true",
            "DECISION     | I was discriminated against because of my age   | 3 | 24  | true",
            "DECISION     | 因为我的户籍被歧视                                  | 3 | 24  | true",
            "DECISION     | Pure PREJUDICE against self-employed people      | 3 | 24  | true",
            "DECISION     | I think my income was assessed incorrectly      | 1 | 168 | false",
            "FEES         | The arrangement fee was never explained         | 2 | 72  | false",
            "SERVICE      | Nobody called me back                           | 1 | 168 | false",
            "SERVICE      | The clerk discriminated against me              | 1 | 168 | false",
            "OTHER        | The website was down                            | 1 | 168 | false"})
    void severity_and_handling_deadline_follow_the_category_and_keyword_rules(String category, String description,
                                                                              double severity, double slaHours, boolean escalate) {
        SurveyScore score = score(Map.of(), category, description, null);

        assertThat(score.metrics()).containsOnly(entry("severity", severity), entry("slaHours", slaHours));
        assertThat(score.flags()).isEqualTo(escalate ? List.of("ESCALATE") : List.of());
    }

    @Test
    void an_escalation_keyword_in_the_desired_outcome_counts_too() {
        SurveyScore score = score(Map.of(), "DECISION", "You turned me down", "Admit this was discrimination");

        assertThat(score.metrics()).containsEntry("severity", 3.0);
    }

    @ParameterizedTest
    @CsvSource({"DATA_PRIVACY, 8", "FEES, 48", "OTHER, 240"})
    void the_tenant_sets_the_hours_for_each_severity(String category, double hours) {
        Map<String, String> settings = Map.of("slaHoursHigh", "8", "slaHoursMedium", "48", "slaHoursLow", "240");

        assertThat(score(settings, category, "Details", null).metrics()).containsEntry("slaHours", hours);
    }

    @Test
    void the_tenant_can_choose_its_own_escalation_keywords() {
        Map<String, String> settings = Map.of("decisionEscalationKeywords", "illegal，违法");

        assertThat(score(settings, "DECISION", "This refusal is illegal", null).metrics()).containsEntry("severity", 3.0);
        assertThat(score(settings, "DECISION", "This was discrimination", null).metrics()).containsEntry("severity", 1.0);
    }

    @Test
    void the_sla_settings_accept_1_to_720_hours() {
        var high = channel.settings().stream().filter(s -> s.name().equals("slaHoursHigh")).findFirst().orElseThrow();

        assertThat(high.validate("0")).map(SettingProblem::englishMessage).contains("must be at least 1");
        assertThat(high.validate("721")).map(SettingProblem::englishMessage).contains("must be at most 720");
        assertThat(high.validate("720")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "category missing          | -         | It happened    | Question 'category' is required but was not answered",
            "category not offered      | MARKETING | It happened    | Answer 'MARKETING' to question 'category' is not one of SERVICE, DECISION, DATA_PRIVACY, FEES, OTHER",
            "description blank         | FEES      | '  '           | Question 'description' is required but was not answered"})
    void an_incomplete_or_invalid_complaint_is_refused_naming_the_question(String situation, String category, String description,
                                                                           String message) {
        List<SurveyAnswer> answers = category.equals("-")
                ? List.of(text("description", description))
                : List.of(text("category", category), text("description", description));

        assertThatThrownBy(() -> channel.score(Fixtures.context(channel, Map.of()), form(Locale.ENGLISH), answers))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void an_answer_to_a_question_the_form_does_not_ask_is_refused() {
        List<SurveyAnswer> answers = List.of(text("category", "FEES"), text("description", "x"), text("csat", "5"));

        assertThatThrownBy(() -> channel.score(Fixtures.context(channel, Map.of()), form(Locale.ENGLISH), answers))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Survey 'complaint-v1' has no question 'csat'");
    }

    @Test
    void the_extension_declares_its_id_names_and_settings() {
        assertThat(channel.id()).isEqualTo("complaint-intake");
        assertThat(channel.names()).containsKeys("en", "zh-CN");
        assertThat(channel.settings()).extracting(s -> s.name() + "=" + s.defaultValue()).containsExactly(
                "offerComplaintOnRejection=true", "slaHoursHigh=24", "slaHoursMedium=72", "slaHoursLow=168",
                "decisionEscalationKeywords=discriminat,prejudice,racis,sexis,歧视,偏见,区别对待");
        assertThat(channel.settings()).allSatisfy(s -> assertThat(s.labels()).containsKeys("en", "zh-CN"));
    }

    private Survey form(Locale locale) {
        ExtensionContext context = Fixtures.context(channel, locale, Map.of(), new InMemoryRecordStore());
        return channel.surveyFor(context, new LifecycleEvent.CaseDecided("case-7", "c-1", "REJECTED")).orElseThrow();
    }

    private SurveyScore score(Map<String, String> settings, String category, String description, String desiredOutcome) {
        List<SurveyAnswer> answers = desiredOutcome == null
                ? List.of(text("category", category), text("description", description))
                : List.of(text("category", category), text("description", description), text("desiredOutcome", desiredOutcome));
        return channel.score(Fixtures.context(channel, settings), form(Locale.ENGLISH), answers);
    }

    private static SurveyAnswer text(String questionId, String text) {
        return new SurveyAnswer(questionId, null, text);
    }
}
