package com.crcloud.feedback.service;

import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.feedback.domain.CustomerSurvey;
import com.crcloud.feedback.domain.CustomerSurveyMetric;
import com.crcloud.feedback.domain.CustomerSurveyMetricRepository;
import com.crcloud.feedback.domain.CustomerSurveyRepository;
import com.crcloud.feedback.domain.SurveyStatus;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.FeedbackChannel;
import com.crcloud.plugin.api.FeedbackChannel.Question;
import com.crcloud.plugin.api.FeedbackChannel.Survey;
import com.crcloud.plugin.api.FeedbackChannel.SurveyAnswer;
import com.crcloud.plugin.api.FeedbackChannel.SurveyScore;
import com.crcloud.plugin.api.LifecycleEvent;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.ExtensionRunner;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.review.service.CaseDecided;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Customer surveys through the tenant's {@link FeedbackChannel} plugins: after a case is decided each enabled
 * channel may offer one, which is stored as sent; staff later record the customer's answers (there is no
 * customer portal), which are checked against the questions, scored by the channel and stored with the score's
 * metrics, one row each, and flags.
 */
@Service
public class SurveyService {

    /** Longest free-text answer kept. */
    public static final int TEXT_ANSWER_LENGTH = 2000;
    private static final Logger log = LoggerFactory.getLogger(SurveyService.class);
    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
    };

    private final CustomerSurveyRepository surveys;
    private final CustomerSurveyMetricRepository metrics;
    private final TenantExtensionService extensions;
    private final ExtensionRunner runner;
    private final TenantRegistryService tenants;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the collaborators of one feature service
    public SurveyService(CustomerSurveyRepository surveys, CustomerSurveyMetricRepository metrics, TenantExtensionService extensions,
                         ExtensionRunner runner, TenantRegistryService tenants, CurrentUser currentUser, ObjectMapper json,
                         PlatformTransactionManager transactionManager, Clock clock) {
        this.surveys = surveys;
        this.metrics = metrics;
        this.extensions = extensions;
        this.runner = runner;
        this.tenants = tenants;
        this.currentUser = currentUser;
        this.json = json;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<CustomerSurvey> surveysOf(UUID customerId) {
        return transaction.execute(status -> surveys.findByCustomerIdOrderBySentAtDesc(customerId));
    }

    /** The questions as the channel asked them, in order. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<Question> questionsOf(CustomerSurvey survey) {
        return read(survey.getQuestions(), QUESTIONS);
    }

    /** The scored metrics of an answered survey, by name. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<CustomerSurveyMetric> metricsOf(UUID surveyId) {
        return transaction.execute(status -> metrics.findByCustomerSurveyIdOrderByName(surveyId));
    }

    /**
     * Records the customer's answers to a sent survey, scored by the channel that offered it. Blank answers count
     * as not given.
     *
     * @param seenVersion the survey's version the person saw
     * @throws InvalidFeedbackException per question (the field is the question id) for a number outside the
     *                                  scale, a choice that was not offered or a text that is too long; nothing stored
     * @throws UserFacingException      when the channel refuses the answers (e.g. a required one is missing) or
     *                                  is no longer installed, or the survey is no longer awaiting answers
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public CustomerSurvey recordAnswers(UUID surveyId, long seenVersion, List<SurveyAnswer> answers) {
        CustomerSurvey survey = transaction.execute(status -> surveys.findById(surveyId))
                .orElseThrow(() -> new UserFacingException(null, "survey.error.notFound"));
        if (survey.getVersion() != seenVersion) {
            throw new ConcurrentChangeException();
        }
        if (survey.getStatus() != SurveyStatus.SENT) {
            throw new UserFacingException(null, "survey.error.notAwaitingAnswers");
        }
        List<Question> questions = questionsOf(survey);
        List<SurveyAnswer> given = validate(questions, answers);
        TenantExtension channel = extensions.list().stream()
                .filter(item -> item.extension().key().equals(survey.getExtensionKey())
                        && item.extension().kind() == ExtensionKind.FEEDBACK_CHANNEL)
                .findFirst()
                .orElseThrow(() -> new UserFacingException(null, "survey.error.channelMissing", survey.getExtensionKey()));
        ExtensionContext context = extensions.contextFor(channel, localeOfTenant());
        Survey asked = new Survey(survey.getSurveyId(), questions);
        ExtensionRunner.Outcome<SurveyScore> outcome = runner.call(channel.extension(),
                () -> channel.extension().as(FeedbackChannel.class).score(context, asked, given));
        if (outcome instanceof ExtensionRunner.Failure<SurveyScore> failure) {
            throw new UserFacingException(null, "survey.error.refused", failure.cause());
        }
        SurveyScore score = ((ExtensionRunner.Success<SurveyScore>) outcome).value();
        String by = currentUser.require().getUsername();
        try {
            return AuditReason.with("survey answers recorded", () -> transaction.execute(status -> {
                CustomerSurvey current = surveys.findById(surveyId).orElseThrow();
                if (current.getVersion() != seenVersion) {
                    throw new ConcurrentChangeException();
                }
                current.recordAnswers(write(given), write(score.metrics()), score.flags(), by, clock.instant());
                CustomerSurvey saved = surveys.saveAndFlush(current);
                score.metrics().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(metric -> metrics.save(new CustomerSurveyMetric(saved, metric.getKey(), metric.getValue())));
                return saved;
            }));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    /**
     * Asks every enabled feedback channel whether to survey the customer about the decision. Runs in the deciding
     * person's thread after the decision is committed; nothing here may fail the decision, so a channel's failure
     * is recorded against its plugin and any other problem logged.
     */
    @EventListener
    void caseDecided(CaseDecided event) {
        try {
            offerSurveys(event);
        } catch (RuntimeException e) {
            log.error("Surveys after the decision of case {} could not be offered", event.caseId(), e);
        }
    }

    private void offerSurveys(CaseDecided event) {
        LifecycleEvent decided = new LifecycleEvent.CaseDecided(event.caseId().toString(), event.customerId().toString(),
                event.outcome().name());
        Locale locale = localeOfTenant();
        for (TenantExtension channel : extensions.list()) {
            if (!channel.enabled() || channel.extension().kind() != ExtensionKind.FEEDBACK_CHANNEL) {
                continue;
            }
            ExtensionContext context = extensions.contextFor(channel, locale);
            ExtensionRunner.Outcome<Optional<Survey>> outcome = runner.call(channel.extension(),
                    () -> channel.extension().as(FeedbackChannel.class).surveyFor(context, decided));
            if (outcome instanceof ExtensionRunner.Success<Optional<Survey>> success && success.value().isPresent()) {
                store(event, channel.extension().key(), success.value().get());
            }
        }
    }

    /** Stores an offered survey; an unanswered earlier one of the same channel for the customer expires. */
    private void store(CaseDecided event, String extensionKey, Survey survey) {
        if (survey.surveyId() == null || survey.surveyId().isBlank() || survey.surveyId().length() > 100 || survey.questions().isEmpty()) {
            log.warn("Channel {} offered an unusable survey '{}' with {} questions: not stored", extensionKey, survey.surveyId(),
                    survey.questions().size());
            return;
        }
        AuditReason.with("survey offered by " + extensionKey, () -> transaction.execute(status -> {
            surveys.findByCustomerIdAndExtensionKeyAndStatus(event.customerId(), extensionKey, SurveyStatus.SENT)
                    .forEach(CustomerSurvey::expire);
            return surveys.save(new CustomerSurvey(event.customerId(), event.caseId(), extensionKey, survey.surveyId(),
                    write(survey.questions()), clock.instant()));
        }));
    }

    /** Host-side checks with the user's words; what the SDK cannot express (which answers are required) is the channel's to refuse. */
    private static List<SurveyAnswer> validate(List<Question> questions, List<SurveyAnswer> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        List<SurveyAnswer> given = new ArrayList<>();
        for (SurveyAnswer answer : answers) {
            Question question = questions.stream().filter(candidate -> candidate.questionId().equals(answer.questionId()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("No question " + answer.questionId()));
            String text = answer.text() == null || answer.text().isBlank() ? null : answer.text().trim();
            if (answer.number() == null && text == null) {
                continue;
            }
            switch (question.kind()) {
                case "SCALE" -> {
                    if (answer.number() == null) {
                        problems.add(FieldProblem.of(question.questionId(), "survey.error.numberExpected", question.min(), question.max()));
                    } else if (answer.number() < question.min() || answer.number() > question.max()) {
                        problems.add(FieldProblem.of(question.questionId(), "survey.error.outOfScale", question.min(), question.max()));
                    }
                }
                case "CHOICE" -> {
                    if (!question.choices().contains(text)) {
                        problems.add(FieldProblem.of(question.questionId(), "survey.error.notAChoice", String.join(", ", question.choices())));
                    }
                }
                default -> {
                    if (text != null && text.length() > TEXT_ANSWER_LENGTH) {
                        problems.add(FieldProblem.of(question.questionId(), "validation.tooLong", TEXT_ANSWER_LENGTH));
                    }
                }
            }
            given.add(new SurveyAnswer(question.questionId(), answer.number(), text));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFeedbackException(problems);
        }
        return given;
    }

    /** Questions are asked in the tenant's language: the customer's, not necessarily the recording person's. */
    private Locale localeOfTenant() {
        return tenants.find(TenantContext.requireTenantId()).map(Tenant::getLocale).orElse(Locale.ENGLISH);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SDK records and maps always serialise", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored survey JSON cannot be read", e);
        }
    }
}
