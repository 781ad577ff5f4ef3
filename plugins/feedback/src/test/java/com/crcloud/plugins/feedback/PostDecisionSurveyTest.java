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

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class PostDecisionSurveyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private final PostDecisionSurvey channel = new PostDecisionSurvey();
    private final InMemoryRecordStore records = new InMemoryRecordStore();
    private final InMemoryRecordStore.TenantRecords store = records.forTenant(Fixtures.TENANT);

    // --- when to ask -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "triggers \"{0}\", decision {1} -> survey: {2}")
    @CsvSource(delimiter = '|', value = {
            "APPROVED,REJECTED         | APPROVED            | true",
            "APPROVED,REJECTED         | REJECTED            | true",
            "APPROVED,REJECTED         | MORE_INFO_REQUESTED | false",
            "MORE_INFO_REQUESTED       | MORE_INFO_REQUESTED | true",
            "MORE_INFO_REQUESTED       | APPROVED            | false",
            "REJECTED                  | APPROVED            | false",
            "' approved , Rejected '   | REJECTED            | true",
            "APPROVED,REJECTED         | approved            | true",
            "APPROVED,REJECTED         | WITHDRAWN           | false"})
    void the_tenants_trigger_decisions_decide_whether_a_decided_case_is_surveyed(String triggers, String decision, boolean surveyed) {
        Optional<Survey> survey = channel.surveyFor(context(Map.of("triggerDecisions", triggers)), decided(decision));

        assertThat(survey.isPresent()).isEqualTo(surveyed);
        assertThat(store.keys(PostDecisionSurvey.SENT_COLLECTION)).hasSize(surveyed ? 1 : 0);
    }

    @Test
    void events_other_than_a_decision_never_trigger_a_survey() {
        ExtensionContext context = context(Map.of());

        assertThat(channel.surveyFor(context, new LifecycleEvent.CustomerDataChanged("c-1", List.of("phone")))).isEmpty();
        assertThat(channel.surveyFor(context, new LifecycleEvent.WatchlistUpdated("ofac"))).isEmpty();
        assertThat(store.writes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"APPROVED,DECLINED | DECLINED", "APPROVED;REJECTED | APPROVED;REJECTED"})
    void an_unknown_trigger_decision_is_refused_naming_it_and_the_allowed_decisions(String triggers, String offending) {
        assertThatThrownBy(() -> channel.surveyFor(context(Map.of("triggerDecisions", triggers)), decided("APPROVED")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("triggerDecisions")
                .hasMessageContaining("'" + offending + "'")
                .hasMessageContaining("APPROVED, REJECTED, MORE_INFO_REQUESTED");
    }

    @Test
    void a_trigger_list_of_only_commas_is_refused_as_naming_no_decision() {
        assertThatThrownBy(() -> PostDecisionSurvey.triggerDecisions(" , ,"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no decision");
    }

    @ParameterizedTest(name = "last surveyed {0} days ago -> survey: {1}")
    @CsvSource({"0, false", "1, false", "29, false", "30, true", "31, true", "400, true"})
    void a_customer_is_not_surveyed_again_within_30_days_but_is_on_day_30(int daysAgo, boolean surveyed) {
        store.put(PostDecisionSurvey.SENT_COLLECTION, "c-1", TODAY.minusDays(daysAgo).toString());

        Optional<Survey> survey = channel.surveyFor(context(Map.of()), decided("APPROVED"));

        assertThat(survey.isPresent()).isEqualTo(surveyed);
        assertThat(store.get(PostDecisionSurvey.SENT_COLLECTION, "c-1"))
                .contains((surveyed ? TODAY : TODAY.minusDays(daysAgo)).toString());
    }

    @Test
    void sending_a_survey_records_todays_date_in_the_clocks_zone_and_blocks_a_second_one_the_same_day() {
        ExtensionContext context = context(Map.of());

        assertThat(channel.surveyFor(context, decided("APPROVED"))).isPresent();
        assertThat(store.writes()).containsExactly("put survey-sent/c-1=2026-06-01");
        assertThat(channel.surveyFor(context, decided("REJECTED"))).isEmpty();
    }

    @Test
    void the_window_is_per_customer() {
        store.put(PostDecisionSurvey.SENT_COLLECTION, "c-2", TODAY.toString());

        assertThat(channel.surveyFor(context(Map.of()), decided("APPROVED"))).isPresent();
    }

    @Test
    void a_window_of_zero_days_surveys_after_every_trigger_decision() {
        store.put(PostDecisionSurvey.SENT_COLLECTION, "c-1", TODAY.toString());

        assertThat(channel.surveyFor(context(Map.of("minDaysBetweenSurveys", "0")), decided("APPROVED"))).isPresent();
    }

    @Test
    void the_window_setting_accepts_0_to_365_days() {
        var window = channel.settings().stream().filter(s -> s.name().equals("minDaysBetweenSurveys")).findFirst().orElseThrow();

        assertThat(window.validate("-1")).map(SettingProblem::englishMessage).contains("must be at least 0");
        assertThat(window.validate("366")).map(SettingProblem::englishMessage).contains("must be at most 365");
        assertThat(window.validate("365")).isEmpty();
        assertThat(window.defaultValue()).isEqualTo("30");
    }

    // --- what to ask -------------------------------------------------------------------------------------------

    @Test
    void the_default_survey_asks_csat_1_to_5_then_nps_0_to_10_then_an_optional_comment_in_english() {
        Survey survey = channel.surveyFor(context(Map.of()), decided("APPROVED")).orElseThrow();

        assertThat(survey.surveyId()).isEqualTo("post-decision-v1");
        assertThat(survey.questions()).extracting(Question::questionId, Question::kind, Question::min, Question::max)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("csat", "SCALE", 1, 5),
                        org.assertj.core.groups.Tuple.tuple("nps", "SCALE", 0, 10),
                        org.assertj.core.groups.Tuple.tuple("comment", "TEXT", 0, 0));
        assertThat(survey.questions()).extracting(Question::text).containsExactly(
                "How satisfied are you with how your application was handled?",
                "How likely are you to recommend us to a friend or colleague?",
                "Is there anything else you would like to tell us? (optional)");
    }

    @Test
    void the_survey_is_in_chinese_for_a_zh_cn_context() {
        ExtensionContext chinese = Fixtures.context(channel, Locale.SIMPLIFIED_CHINESE, Map.of(), records);

        Survey survey = channel.surveyFor(chinese, decided("APPROVED")).orElseThrow();

        assertThat(survey.questions()).extracting(Question::text).containsExactly(
                "您对我们处理您申请的方式有多满意？", "您有多大可能向朋友或同事推荐我们？", "您还有什么想告诉我们的吗？（选填）");
    }

    @ParameterizedTest
    @CsvSource({"true, true, csat nps comment", "false, true, csat comment", "true, false, csat nps", "false, false, csat"})
    void nps_and_comment_are_asked_only_when_the_tenant_wants_them(boolean askNps, boolean askComment, String expectedIds) {
        Map<String, String> settings = Map.of("askNps", Boolean.toString(askNps), "askComment", Boolean.toString(askComment));

        Survey survey = channel.surveyFor(context(settings), decided("APPROVED")).orElseThrow();

        assertThat(survey.questions()).extracting(Question::questionId).containsExactly(expectedIds.split(" "));
    }

    // --- scoring -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "csat {0}, nps {1} -> satisfied {2}, category {3}, flags [{4}]")
    @CsvSource({
            "5, 10, 1,  1, ''",
            "4,  9, 1,  1, ''",
            "3,  8, 0,  0, ''",
            "3,  7, 0,  0, ''",
            "4,  6, 1, -1, DETRACTOR",
            "2,  9, 0,  1, LOW_CSAT",
            "2,  6, 0, -1, DETRACTOR LOW_CSAT",
            "1,  0, 0, -1, DETRACTOR LOW_CSAT"})
    void scores_become_metrics_and_flags(int csat, int nps, double satisfied, double category, String flags) {
        SurveyScore score = score(Map.of(), answer("csat", csat), answer("nps", nps));

        assertThat(score.metrics()).containsOnly(entry("csat", (double) csat), entry("csatSatisfied", satisfied),
                entry("nps", (double) nps), entry("npsCategory", category));
        assertThat(score.flags()).containsExactlyInAnyOrder(flags.isEmpty() ? new String[0] : flags.split(" "));
    }

    @ParameterizedTest(name = "comment \"{0}\" -> complaint suspected: {1}")
    @CsvSource(delimiter = '|', value = {
            "The decision was unfair                | true",
            "Your staff were RUDE on the phone      | true",
            "我要投诉你们的审批流程                    | true",
            "客服态度差                               | true",
            "Quick and friendly, thank you          | false",
            "很满意，谢谢                             | false",
            "'   '                                  | false"})
    void a_comment_with_a_complaint_keyword_is_flagged_as_a_suspected_complaint(String comment, boolean suspected) {
        SurveyScore score = score(Map.of(), answer("csat", 4), answer("nps", 8), new SurveyAnswer("comment", null, comment));

        assertThat(score.flags().contains("COMPLAINT_SUSPECTED")).isEqualTo(suspected);
    }

    @Test
    void the_tenant_can_replace_the_complaint_keywords_with_english_or_chinese_commas() {
        Map<String, String> settings = Map.of("complaintKeywords", "too slow，退款");

        assertThat(score(settings, answer("csat", 3), answer("nps", 8), text("comment", "It was TOO SLOW")).flags())
                .containsExactly("COMPLAINT_SUSPECTED");
        assertThat(score(settings, answer("csat", 3), answer("nps", 8), text("comment", "我要退款")).flags())
                .containsExactly("COMPLAINT_SUSPECTED");
        assertThat(score(settings, answer("csat", 3), answer("nps", 8), text("comment", "This is unfair")).flags()).isEmpty();
    }

    @Test
    void a_survey_sent_without_nps_is_scored_on_csat_alone() {
        Survey withoutNps = channel.surveyFor(context(Map.of("askNps", "false")), decided("APPROVED")).orElseThrow();

        SurveyScore score = channel.score(context(Map.of()), withoutNps, List.of(answer("csat", 5)));

        assertThat(score.metrics()).containsOnlyKeys("csat", "csatSatisfied");
        assertThat(score.flags()).isEmpty();
    }

    @ParameterizedTest(name = "answers [{0}]")
    @CsvSource(delimiter = '|', value = {
            "csat=0 nps=9         | Answer 0 to question 'csat' is outside its scale 1..5",
            "csat=6 nps=9         | Answer 6 to question 'csat' is outside its scale 1..5",
            "csat=4 nps=-1        | Answer -1 to question 'nps' is outside its scale 0..10",
            "csat=4 nps=11        | Answer 11 to question 'nps' is outside its scale 0..10",
            "csat=4 nps=9 mood=3  | Survey 'post-decision-v1' has no question 'mood'",
            "nps=9                | Question 'csat' is required but was not answered",
            "csat=4               | Question 'nps' is required but was not answered",
            "csat=4 nps=9 csat=5  | Question 'csat' is answered more than once"})
    void invalid_answers_are_refused_naming_the_question(String answers, String message) {
        List<SurveyAnswer> parsed = Arrays.stream(answers.split(" "))
                .map(pair -> answer(pair.split("=")[0], Integer.parseInt(pair.split("=")[1])))
                .toList();

        assertThatThrownBy(() -> channel.score(context(Map.of()), fullSurvey(), parsed))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void a_scale_answer_without_a_number_counts_as_unanswered() {
        List<SurveyAnswer> answers = List.of(answer("csat", 4), new SurveyAnswer("nps", null, "nine"));

        assertThatThrownBy(() -> channel.score(context(Map.of()), fullSurvey(), answers))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Question 'nps' is required but was not answered");
    }

    @Test
    void a_survey_of_another_design_is_refused() {
        Survey other = new Survey("complaint-v1", fullSurvey().questions());

        assertThatThrownBy(() -> channel.score(context(Map.of()), other, List.of(answer("csat", 4), answer("nps", 9))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'post-decision-v1', not 'complaint-v1'");
    }

    @Test
    void the_extension_declares_its_id_names_and_settings() {
        assertThat(channel.id()).isEqualTo("post-decision-survey");
        assertThat(channel.names()).containsKeys("en", "zh-CN");
        assertThat(channel.settings()).extracting(s -> s.name() + "=" + s.defaultValue()).containsExactly(
                "triggerDecisions=APPROVED,REJECTED", "askNps=true", "askComment=true", "minDaysBetweenSurveys=30",
                "complaintKeywords=complain,unfair,rude,wrong,投诉,不满,不公平,态度差");
        assertThat(channel.settings()).allSatisfy(s -> assertThat(s.labels()).containsKeys("en", "zh-CN"));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private ExtensionContext context(Map<String, String> settings) {
        return Fixtures.context(channel, Locale.ENGLISH, settings, records);
    }

    private Survey fullSurvey() {
        return channel.surveyFor(Fixtures.context(channel, Map.of()), decided("APPROVED")).orElseThrow();
    }

    private SurveyScore score(Map<String, String> settings, SurveyAnswer... answers) {
        return channel.score(context(settings), fullSurvey(), Arrays.asList(answers));
    }

    private static LifecycleEvent.CaseDecided decided(String decision) {
        return new LifecycleEvent.CaseDecided("case-7", "c-1", decision);
    }

    private static SurveyAnswer answer(String questionId, int number) {
        return new SurveyAnswer(questionId, number, null);
    }

    private static SurveyAnswer text(String questionId, String text) {
        return new SurveyAnswer(questionId, null, text);
    }
}
