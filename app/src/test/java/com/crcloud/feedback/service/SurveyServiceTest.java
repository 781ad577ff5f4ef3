package com.crcloud.feedback.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.feedback.domain.CustomerSurvey;
import com.crcloud.feedback.domain.CustomerSurveyMetric;
import com.crcloud.feedback.domain.SurveyStatus;
import com.crcloud.plugin.api.FeedbackChannel.Question;
import com.crcloud.plugin.api.FeedbackChannel.SurveyAnswer;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CaseProposal;
import com.crcloud.review.service.CustomerTimeline;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.TimelineEntry;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@Tag("persistence")
class SurveyServiceTest extends IntegrationTest {

    private static final String SATISFACTION = "feedback/post-decision-survey";
    private static final String COMPLAINT_FORM = "feedback/complaint-intake";

    @Autowired
    SurveyService surveys;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    CustomerService customers;
    @Autowired
    CustomerTimeline timeline;
    @Autowired
    AuditHistoryService audit;

    @Test
    void a_rejection_leaves_the_bundled_plugins_satisfaction_survey_and_complaint_form_as_sent_surveys() {
        actAs(LENDER, "reviewer");
        ReviewCase decided = decided("Survey After Rejection", DecisionOutcome.REJECTED);

        List<CustomerSurvey> sent = surveys.surveysOf(decided.getCustomerId());

        assertThat(sent).extracting(CustomerSurvey::getExtensionKey, CustomerSurvey::getSurveyId, CustomerSurvey::getStatus,
                        CustomerSurvey::getCaseId)
                .containsExactlyInAnyOrder(tuple(SATISFACTION, "post-decision-v1", SurveyStatus.SENT, decided.getId()),
                        tuple(COMPLAINT_FORM, "complaint-v1", SurveyStatus.SENT, decided.getId()));
        assertThat(surveys.questionsOf(survey(sent, SATISFACTION)))
                .extracting(Question::questionId, Question::kind, Question::min, Question::max)
                .containsExactly(tuple("csat", "SCALE", 1, 5), tuple("nps", "SCALE", 0, 10), tuple("comment", "TEXT", 0, 0));
        assertThat(surveys.questionsOf(survey(sent, COMPLAINT_FORM)).get(0).choices())
                .containsExactly("SERVICE", "DECISION", "DATA_PRIVACY", "FEES", "OTHER");
        assertThat(timeline.of(decided.getCustomerId())).filteredOn(entry -> entry.kind() == TimelineEntry.Kind.SURVEY_SENT)
                .extracting(entry -> entry.arguments().get(1)).containsExactlyInAnyOrder(SATISFACTION, COMPLAINT_FORM);
    }

    @Test
    void an_approval_is_asked_about_but_offers_no_complaint_form() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Survey After Approval", "5000.00"), null);
        ReviewCase reviewCase = assessed(customer);
        reviewCase = cases.override(reviewCase.getId(), reviewCase.getVersion(), RiskClass.LOW, 720, "Long, stable employment on file.");
        cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.APPROVED, List.of(DecisionReason.MEETS_POLICY), null), Locale.ENGLISH);

        assertThat(surveys.surveysOf(customer.getId())).extracting(CustomerSurvey::getExtensionKey).containsExactly(SATISFACTION);
    }

    @Test
    void a_request_for_more_information_is_not_surveyed_by_default() {
        actAs(LENDER, "reviewer");
        ReviewCase decided = decided("Survey After More Info", DecisionOutcome.MORE_INFO_REQUESTED);
        assertThat(surveys.surveysOf(decided.getCustomerId())).isEmpty();
    }

    @Test
    void recorded_answers_are_scored_by_the_plugin_and_its_metrics_and_flags_stored() {
        actAs(LENDER, "reviewer");
        ReviewCase decided = decided("Unhappy Customer", DecisionOutcome.REJECTED);
        CustomerSurvey sent = survey(surveys.surveysOf(decided.getCustomerId()), SATISFACTION);

        CustomerSurvey answered = surveys.recordAnswers(sent.getId(), sent.getVersion(), List.of(
                new SurveyAnswer("csat", 2, null), new SurveyAnswer("nps", 5, null),
                new SurveyAnswer("comment", null, "  The branch staff were rude.  ")));

        assertThat(answered.getStatus()).isEqualTo(SurveyStatus.ANSWERED);
        assertThat(answered.getAnsweredBy()).isEqualTo("reviewer");
        assertThat(answered.getAnsweredAt()).isNotNull();
        assertThat(answered.getFlags()).containsExactlyInAnyOrder("DETRACTOR", "LOW_CSAT", "COMPLAINT_SUSPECTED");
        assertThat(answered.getAnswers()).contains("The branch staff were rude.").doesNotContain("  The");
        assertThat(surveys.metricsOf(sent.getId())).extracting(CustomerSurveyMetric::getName, CustomerSurveyMetric::getValue)
                .containsExactly(tuple("csat", 2.0), tuple("csatSatisfied", 0.0), tuple("nps", 5.0), tuple("npsCategory", -1.0));
        assertThat(audit.history(CustomerSurvey.class, sent.getId())).extracting(entry -> entry.reason())
                .containsExactly("survey offered by " + SATISFACTION, "survey answers recorded");
        assertThat(timeline.of(decided.getCustomerId())).filteredOn(entry -> entry.kind() == TimelineEntry.Kind.SURVEY_ANSWERED)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("reviewer");
                    assertThat(entry.arguments()).containsExactly("post-decision-v1", "csat 2, csatSatisfied 0, nps 5, npsCategory -1",
                            "DETRACTOR, LOW_CSAT, COMPLAINT_SUSPECTED");
                });
    }

    @Test
    void answers_outside_the_scale_or_the_choices_are_refused_per_question_and_nothing_is_stored() {
        actAs(LENDER, "reviewer");
        ReviewCase decided = decided("Careless Typist", DecisionOutcome.REJECTED);
        List<CustomerSurvey> sent = surveys.surveysOf(decided.getCustomerId());
        CustomerSurvey satisfaction = survey(sent, SATISFACTION);
        CustomerSurvey complaint = survey(sent, COMPLAINT_FORM);

        assertRefused(satisfaction, List.of(new SurveyAnswer("csat", 6, null), new SurveyAnswer("nps", -1, null)),
                FieldProblem.of("csat", "survey.error.outOfScale", 1, 5), FieldProblem.of("nps", "survey.error.outOfScale", 0, 10));
        assertRefused(satisfaction, List.of(new SurveyAnswer("csat", null, "very"), new SurveyAnswer("nps", 9, null)),
                FieldProblem.of("csat", "survey.error.numberExpected", 1, 5));
        assertRefused(complaint, List.of(new SurveyAnswer("category", null, "WEATHER"), new SurveyAnswer("description", null, "x")),
                FieldProblem.of("category", "survey.error.notAChoice", "SERVICE, DECISION, DATA_PRIVACY, FEES, OTHER"));

        assertThat(surveys.surveysOf(decided.getCustomerId())).allSatisfy(survey -> {
            assertThat(survey.getStatus()).isEqualTo(SurveyStatus.SENT);
            assertThat(survey.getVersion()).isZero();
        });
        assertThat(surveys.metricsOf(satisfaction.getId())).isEmpty();
    }

    @Test
    void a_missing_required_answer_is_refused_with_the_plugins_reason() {
        actAs(LENDER, "reviewer");
        ReviewCase decided = decided("Half Answered", DecisionOutcome.REJECTED);
        CustomerSurvey sent = survey(surveys.surveysOf(decided.getCustomerId()), SATISFACTION);

        assertThatThrownBy(() -> surveys.recordAnswers(sent.getId(), sent.getVersion(),
                List.of(new SurveyAnswer("csat", 4, null), new SurveyAnswer("nps", null, " "))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("survey.error.refused");
                    assertThat(e.arguments()).singleElement().asString().contains("'nps' is required");
                });
        assertThat(surveys.surveysOf(decided.getCustomerId())).filteredOn(survey -> survey.getId().equals(sent.getId()))
                .singleElement().extracting(CustomerSurvey::getStatus).isEqualTo(SurveyStatus.SENT);
    }

    @Test
    void answers_are_recorded_once_and_only_against_the_version_seen() {
        actAs(LENDER, "reviewer");
        ReviewCase decided = decided("Answered Twice", DecisionOutcome.REJECTED);
        actAs(LENDER, "tenant-admin");
        CustomerSurvey sent = survey(surveys.surveysOf(decided.getCustomerId()), SATISFACTION);
        List<SurveyAnswer> answers = List.of(new SurveyAnswer("csat", 5, null), new SurveyAnswer("nps", 10, null));
        CustomerSurvey answered = surveys.recordAnswers(sent.getId(), sent.getVersion(), answers);

        assertThatThrownBy(() -> surveys.recordAnswers(sent.getId(), sent.getVersion(), answers))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> surveys.recordAnswers(sent.getId(), answered.getVersion(), answers))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("survey.error.notAwaitingAnswers"));
        assertThat(surveys.metricsOf(sent.getId())).hasSize(4);
    }

    @Test
    void approvers_and_auditors_read_surveys_but_do_not_record_answers() {
        actAs(LENDER, "reviewer");
        ReviewCase decided = decided("Read Only Survey", DecisionOutcome.REJECTED);
        CustomerSurvey sent = survey(surveys.surveysOf(decided.getCustomerId()), SATISFACTION);

        for (String reader : List.of("approver", "auditor")) {
            actAs(LENDER, reader);
            assertThat(surveys.surveysOf(decided.getCustomerId())).hasSize(2);
            assertThatThrownBy(() -> surveys.recordAnswers(sent.getId(), sent.getVersion(), List.of(new SurveyAnswer("csat", 3, null))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void another_tenant_neither_sees_nor_answers_a_tenants_surveys() {
        actAs(LENDER, "reviewer");
        ReviewCase decided = decided("Lender Only Survey", DecisionOutcome.REJECTED);
        CustomerSurvey sent = survey(surveys.surveysOf(decided.getCustomerId()), SATISFACTION);

        actAs(WEALTH, "reviewer");
        assertThat(surveys.surveysOf(decided.getCustomerId())).isEmpty();
        assertThatThrownBy(() -> surveys.recordAnswers(sent.getId(), sent.getVersion(),
                List.of(new SurveyAnswer("csat", 1, null), new SurveyAnswer("nps", 0, null))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("survey.error.notFound"));

        actAs(LENDER, "reviewer");
        assertThat(surveys.surveysOf(decided.getCustomerId())).allSatisfy(survey -> assertThat(survey.getStatus()).isEqualTo(SurveyStatus.SENT));
    }

    private void assertRefused(CustomerSurvey survey, List<SurveyAnswer> answers, FieldProblem... problems) {
        assertThatThrownBy(() -> surveys.recordAnswers(survey.getId(), survey.getVersion(), answers))
                .isInstanceOfSatisfying(InvalidFeedbackException.class,
                        e -> assertThat(e.problems()).containsExactlyElementsOf(Arrays.asList(problems)));
    }

    private ReviewCase decided(String name, DecisionOutcome outcome) {
        ReviewCase reviewCase = assessed(customers.save(TestCustomers.reviewable(name, "6000.00"), null));
        return cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(outcome, List.of(DecisionReason.forOutcome(outcome).get(0)), null), Locale.ENGLISH);
    }

    private ReviewCase assessed(Customer customer) {
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);
        reviewCase = cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        return cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
    }

    private static CustomerSurvey survey(List<CustomerSurvey> sent, String extensionKey) {
        return sent.stream().filter(survey -> survey.getExtensionKey().equals(extensionKey)).findFirst().orElseThrow();
    }
}
