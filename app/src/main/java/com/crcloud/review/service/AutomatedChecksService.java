package com.crcloud.review.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.plugin.api.CheckResult;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.plugin.api.ReviewCheck;
import com.crcloud.plugin.api.RiskAssessment;
import com.crcloud.plugin.api.RiskModel;
import com.crcloud.plugin.api.ScreeningHit;
import com.crcloud.plugin.api.ScreeningProvider;
import com.crcloud.plugin.api.ScreeningSubject;
import com.crcloud.plugin.api.Segmentation;
import com.crcloud.plugin.api.Segmenter;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.ExtensionRunner;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs the tenant's enabled checks, screening providers, risk models and segmenters on one customer, each in
 * isolation, and lines their results up. A failing extension becomes an ERROR step; the others still run.
 */
@Service
public class AutomatedChecksService {

    private static final List<ExtensionKind> ORDER = List.of(ExtensionKind.REVIEW_CHECK, ExtensionKind.SCREENING_PROVIDER,
            ExtensionKind.RISK_MODEL, ExtensionKind.SEGMENTER);

    private final CustomerRepository customers;
    private final TenantExtensionService extensions;
    private final ExtensionRunner runner;
    private final CustomerSnapshots snapshots;
    private final ScreeningDecisionService decisions;

    public AutomatedChecksService(CustomerRepository customers, TenantExtensionService extensions, ExtensionRunner runner,
                                  CustomerSnapshots snapshots, ScreeningDecisionService decisions) {
        this.customers = customers;
        this.extensions = extensions;
        this.runner = runner;
        this.snapshots = snapshots;
        this.decisions = decisions;
    }

    /**
     * A dry run of every enabled step on one customer: nothing is stored. The extensions get the customer in plain
     * (they check the real ID number); the caller gets only their results.
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER})
    public List<StepResult> run(UUID customerId, Locale locale) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
        return run(customer, ORDER, locale);
    }

    /** Runs the enabled extensions of the given kinds, in that order, on the customer as it is now. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER})
    public List<StepResult> run(Customer customer, List<ExtensionKind> kinds, Locale locale) {
        List<TenantExtension> enabled = extensions.list().stream().filter(TenantExtension::enabled).toList();
        List<TenantExtension> steps = kinds.stream()
                .flatMap(kind -> enabled.stream().filter(candidate -> candidate.extension().kind() == kind)).toList();
        return run(snapshots.of(customer), subjectsOf(customer), steps, item -> extensions.contextFor(item, locale), locale);
    }

    /** One step of a flow stage with what it concluded. */
    public record FlowStepResult(FlowStage stage, FlowStep step, StepResult result) {
    }

    /**
     * Runs the steps of the stages in order on the customer as it is now, each with the tenant's settings for its
     * extension overlaid by the step's own. A step whose extension is no longer installed or enabled is an ERROR
     * step (its consequence applies), never silently skipped.
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER})
    public List<FlowStepResult> runStages(Customer customer, List<FlowStage> stages, Locale locale) {
        Map<String, TenantExtension> installed = extensions.list().stream()
                .collect(Collectors.toMap(item -> item.extension().key(), Function.identity()));
        CustomerSnapshot snapshot = snapshots.of(customer);
        Function<TenantExtension, ScreeningSubject> subjects = subjectsOf(customer);
        List<FlowStepResult> results = new ArrayList<>();
        for (FlowStage stage : stages) {
            for (FlowStep step : stage.steps()) {
                TenantExtension item = installed.get(step.extensionKey());
                if (item == null || !item.enabled()) {
                    results.add(new FlowStepResult(stage, step, unavailable(step.extensionKey(), stage.phase(), item != null)));
                    continue;
                }
                Map<String, String> values = new HashMap<>(item.values());
                step.settings().forEach((name, value) -> {
                    if (value != null && !value.isBlank()) {
                        values.put(name, value.trim());
                    }
                });
                TenantExtension configured = new TenantExtension(item.extension(), true, values, item.settingId(), item.version());
                results.add(new FlowStepResult(stage, step, run(snapshot, subjects, List.of(configured),
                        candidate -> extensions.contextFor(candidate, locale), locale).get(0)));
            }
        }
        return results;
    }

    /** Reviewers' earlier decisions go with the subject, so an unchanged false positive is not raised again. */
    private Function<TenantExtension, ScreeningSubject> subjectsOf(Customer customer) {
        return item -> CustomerSnapshots.subjectOf(customer)
                .withPreviousDispositions(decisions.dispositions(customer.getId(), item.extension().key()));
    }

    private static StepResult unavailable(String extensionKey, StagePhase phase, boolean installed) {
        // The kind of a removed extension is unknown; the phase's first kind keeps the step in the right place.
        ExtensionKind kind = phase == StagePhase.ASSESSMENT ? ExtensionKind.RISK_MODEL : ExtensionKind.REVIEW_CHECK;
        return new StepResult(extensionKey, extensionKey, kind, CheckOutcome.ERROR, "ERROR", List.of("EXTENSION_UNAVAILABLE"),
                installed ? "The extension is switched off for this organisation" : "The extension is not installed", List.of(), 0,
                StepResult.Figures.NONE, List.of());
    }

    /**
     * The steps themselves, in the given order, on data read beforehand: the public methods read the customer, the
     * tenant's extensions and their contexts first; the benchmarks call this with all of it in memory.
     */
    List<StepResult> run(CustomerSnapshot snapshot, Function<TenantExtension, ScreeningSubject> subjects, List<TenantExtension> steps,
                         Function<TenantExtension, ExtensionContext> contexts, Locale locale) {
        List<StepResult> results = new ArrayList<>();
        for (TenantExtension item : steps) {
            ExtensionKind kind = item.extension().kind();
            ExtensionContext context = contexts.apply(item);
            results.add(switch (kind) {
                case REVIEW_CHECK -> step(item, locale, () -> item.extension().as(ReviewCheck.class).run(context, snapshot),
                        AutomatedChecksService::fromCheck);
                case SCREENING_PROVIDER -> step(item, locale, () -> item.extension().as(ScreeningProvider.class)
                        .screen(context, subjects.apply(item)), AutomatedChecksService::fromHits);
                case RISK_MODEL -> step(item, locale, () -> item.extension().as(RiskModel.class).assess(context, snapshot),
                        AutomatedChecksService::fromAssessment);
                case SEGMENTER -> step(item, locale, () -> item.extension().as(Segmenter.class).segment(context, snapshot),
                        AutomatedChecksService::fromSegmentation);
                default -> throw new IllegalStateException("not a review step: " + kind);
            });
        }
        return results;
    }

    /** The parts of a result that depend on the extension point. */
    private record Conclusion(CheckOutcome status, String summary, List<String> reasonCodes, String explanation,
                              List<FactorContribution> factors, StepResult.Figures figures, List<ScreeningHit> hits) {

        Conclusion(CheckOutcome status, String summary, List<String> reasonCodes, String explanation,
                   List<FactorContribution> factors, StepResult.Figures figures) {
            this(status, summary, reasonCodes, explanation, factors, figures, List.of());
        }
    }

    private <T> StepResult step(TenantExtension item, Locale locale, Supplier<T> call, Function<T, Conclusion> conclude) {
        ExtensionRunner.Outcome<T> outcome = runner.call(item.extension(), call);
        long millis = outcome.took().toMillis();
        String cause;
        if (outcome instanceof ExtensionRunner.Success<T> success) {
            try {
                Conclusion conclusion = conclude.apply(success.value());
                return new StepResult(item.extension().key(), item.extension().name(locale), item.extension().kind(), conclusion.status(),
                        conclusion.summary(), conclusion.reasonCodes(), conclusion.explanation(), conclusion.factors(), millis,
                        conclusion.figures(), conclusion.hits());
            } catch (RuntimeException e) {
                cause = "returned an unusable result: " + e.getMessage();
            }
        } else {
            cause = ((ExtensionRunner.Failure<T>) outcome).cause();
        }
        return new StepResult(item.extension().key(), item.extension().name(locale), item.extension().kind(), CheckOutcome.ERROR,
                "ERROR", List.of("EXTENSION_FAILED"), cause, List.of(), millis, StepResult.Figures.NONE, List.of());
    }

    private static Conclusion fromCheck(CheckResult result) {
        String summary = result.reasonCodes().isEmpty() ? result.outcome().name() : String.join(", ", result.reasonCodes());
        return new Conclusion(result.outcome(), summary, result.reasonCodes(), result.explanation(), List.of(), StepResult.Figures.NONE);
    }

    private static Conclusion fromHits(List<ScreeningHit> hits) {
        if (hits.isEmpty()) {
            return new Conclusion(CheckOutcome.PASS, "0", List.of(), "", List.of(), StepResult.Figures.screening(0, null));
        }
        ScreeningHit best = hits.get(0);
        List<FactorContribution> features = best.features().stream()
                .map(feature -> new FactorContribution(feature.feature(), String.format(Locale.ROOT, "%.2f", feature.score()),
                        feature.score(), feature.explanation()))
                .toList();
        String summary = String.format(Locale.ROOT, "%d · %.2f %s (%s)", hits.size(), best.score(), best.entryName(), best.listName());
        return new Conclusion(CheckOutcome.WARN, summary, List.of("SCREENING_HIT"), summary, features,
                StepResult.Figures.screening(hits.size(), best.score()), hits);
    }

    private static Conclusion fromAssessment(RiskAssessment assessment) {
        String summary = String.format(Locale.ROOT, "PD %.2f %% · %d", assessment.probabilityOfDefault() * 100, assessment.score());
        return new Conclusion(CheckOutcome.PASS, summary, List.of(), assessment.modelVersion(), assessment.factors(),
                StepResult.Figures.model(assessment.score(), assessment.probabilityOfDefault(), assessment.modelVersion()));
    }

    private static Conclusion fromSegmentation(Segmentation segmentation) {
        return new Conclusion(CheckOutcome.PASS, segmentation.riskClass() + " · " + segmentation.tier(), List.of(), "",
                segmentation.reasons(), StepResult.Figures.segment(segmentation.riskClass(), segmentation.tier()));
    }
}
