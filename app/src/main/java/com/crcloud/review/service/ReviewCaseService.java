package com.crcloud.review.service;

import com.crcloud.consent.service.ConsentService;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.flow.domain.CaseFacts;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.flow.domain.StepConsequence;
import com.crcloud.i18n.Translations;
import com.crcloud.plugin.api.FactorContribution;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.plugin.api.ScreeningDisposition.Verdict;
import com.crcloud.plugin.api.ScreeningHit;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.IllegalStageChangeException;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseComment;
import com.crcloud.review.domain.ReviewCaseCommentRepository;
import com.crcloud.review.domain.ReviewCaseRepository;
import com.crcloud.review.domain.ReviewCaseStep;
import com.crcloud.review.domain.ReviewCaseStepRepository;
import com.crcloud.review.domain.ScreeningHitDecision;
import com.crcloud.security.CrcUser;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.UserAccount;
import com.crcloud.tenant.user.UserAccountRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes a customer's review case through its stages. Every command names the case version the person saw, runs
 * in one transaction and either moves the case to its next consistent state or changes nothing. Plugin steps
 * run before the transaction, so a slow plugin never holds database locks.
 */
@Service
public class ReviewCaseService {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9][A-Za-z0-9._-]{0,99})");
    private static final int MIN_JUSTIFICATION = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Who decided a case the flow's rules or step results decided. */
    public static final String FLOW_ACTOR = "review-flow";
    private static final TypeReference<List<FactorContribution>> FACTORS = new TypeReference<>() { };
    private static final TypeReference<List<ScreeningHit>> HITS = new TypeReference<>() { };

    private final ReviewCaseRepository cases;
    private final ReviewCaseStepRepository steps;
    private final ScreeningDecisionService screeningDecisions;
    private final ReviewCaseCommentRepository comments;
    private final CustomerRepository customers;
    private final UserAccountRepository users;
    private final FlowResolver flows;
    private final CustomerSnapshots snapshots;
    private final AutomatedChecksService automated;
    private final CustomerNotifier notifier;
    private final CurrentUser currentUser;
    private final TenantRegistryService tenants;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final ConsentService consents;

    @SuppressWarnings("java:S107") // the collaborators of the review engine
    public ReviewCaseService(ReviewCaseRepository cases, ReviewCaseStepRepository steps, ReviewCaseCommentRepository comments,
                             CustomerRepository customers, UserAccountRepository users, FlowResolver flows, CustomerSnapshots snapshots,
                             AutomatedChecksService automated, CustomerNotifier notifier, CurrentUser currentUser,
                             TenantRegistryService tenants, Translations translations, ApplicationEventPublisher events,
                             ScreeningDecisionService screeningDecisions, PlatformTransactionManager transactionManager,
                             ObjectMapper json, Clock clock, ConsentService consents) {
        this.cases = cases;
        this.steps = steps;
        this.comments = comments;
        this.customers = customers;
        this.users = users;
        this.flows = flows;
        this.snapshots = snapshots;
        this.automated = automated;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.tenants = tenants;
        this.translations = translations;
        this.events = events;
        this.screeningDecisions = screeningDecisions;
        this.transaction = new TransactionTemplate(transactionManager);
        this.json = json;
        this.clock = clock;
        this.consents = consents;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Optional<ReviewCase> find(UUID caseId) {
        return transaction.execute(status -> cases.findById(caseId));
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Optional<ReviewCase> openCaseOf(UUID customerId) {
        return transaction.execute(status -> cases.findByCustomerIdAndOpenSlotIsNotNull(customerId));
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<ReviewCase> casesOf(UUID customerId) {
        return transaction.execute(status -> cases.findByCustomerIdOrderByOpenedAtDesc(customerId, PageRequest.of(0, 100)).getContent());
    }

    /** The stored results of every run of the case's automated steps, newest run first. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<RecordedStep> steps(UUID caseId) {
        List<ReviewCaseStep> stored = transaction.execute(status -> steps.findByCaseIdOrderByRunNumberAscRanAtAsc(caseId));
        return stored.stream().sorted(Comparator.comparingInt(ReviewCaseStep::getRunNumber).reversed()).map(this::toRecorded).toList();
    }

    private RecordedStep toRecorded(ReviewCaseStep step) {
        List<FactorContribution> factors;
        List<ScreeningHit> hits;
        try {
            factors = step.getFactors() == null ? List.of() : json.readValue(step.getFactors(), FACTORS);
            hits = step.getHits() == null ? List.of() : json.readValue(step.getHits(), HITS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored factors or hits of step " + step.getId() + " are not readable", e);
        }
        List<String> codes = step.getReasonCodes().isEmpty() ? List.of() : List.of(step.getReasonCodes().split(","));
        return new RecordedStep(step.getRunNumber(), step.getStage(), step.getRanAt(), new StepResult(step.getExtensionKey(),
                step.getExtensionName(), step.getKind(), step.getStatus(), step.getSummary(), codes,
                step.getExplanation() == null ? "" : step.getExplanation(), factors, step.getMillis(),
                new StepResult.Figures(step.getScore(), step.getProbabilityOfDefault(), null, step.getRiskClass(), step.getTier(),
                        null, null), hits));
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<ReviewCaseComment> comments(UUID caseId) {
        return transaction.execute(status -> comments.findByCaseIdOrderByCreatedAtAsc(caseId));
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Page<CaseRow> queue(WorkQueue queue, Pageable pageable) {
        Instant now = clock.instant();
        Sort sort = queue == WorkQueue.DECIDED ? Sort.by(Sort.Direction.DESC, "decidedAt") : Sort.by("dueAt", "reference");
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
        return transaction.execute(status -> {
            Page<ReviewCase> page = cases.findAll(in(queue, currentUser.require().getUsername(), now), sorted);
            Map<UUID, String> names = customers.findNamesByIdIn(page.getContent().stream().map(ReviewCase::getCustomerId).toList())
                    .stream().collect(Collectors.toMap(CustomerRepository.CustomerName::getId, CustomerRepository.CustomerName::getFullName));
            return page.map(item -> new CaseRow(item, names.getOrDefault(item.getCustomerId(), "?"),
                    !item.getStage().isClosed() && item.getDueAt().isBefore(now)));
        });
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public long count(WorkQueue queue) {
        Instant now = clock.instant();
        return transaction.execute(status -> cases.count(in(queue, currentUser.require().getUsername(), now)));
    }

    /** How many cases stand in each stage. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public Map<CaseStage, Long> countByStage() {
        return transaction.execute(status -> cases.countByStage().stream()
                .collect(Collectors.toMap(row -> (CaseStage) row[0], row -> (Long) row[1])));
    }

    /** People who may be assigned a case: the tenant's enabled reviewers. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER})
    public List<UserAccount> assignableReviewers() {
        return transaction.execute(status -> users.findAll().stream()
                .filter(UserAccount::isEnabled)
                .filter(user -> user.getRoles().contains(Role.REVIEWER))
                .toList());
    }

    // ---- opening and assigning -------------------------------------------------------------------------------

    /**
     * Opens a case for a customer who has none open, on the flow of the customer's latest product (else the
     * tenant's default or standard flow); the opener becomes the assignee.
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public ReviewCase open(UUID customerId, CaseTrigger trigger) {
        return open(customerId, trigger, null);
    }

    /**
     * Opens a case for the product, pinned to the latest published version of its flow.
     *
     * @throws UserFacingException when the product has no published flow
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public ReviewCase open(UUID customerId, CaseTrigger trigger, String product) {
        CrcUser user = currentUser.require();
        consents.requireForReview(customerId);
        FlowResolver.Pinned flow = product == null ? flows.forNewCase(lastProductOf(customerId)) : flows.forProduct(product);
        return open(customerId, trigger, flow, user.getUsername(), user.hasRole(Role.REVIEWER) ? user.getUsername() : null);
    }

    /** The products a case can be opened for: those with a published flow. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public List<String> products() {
        return flows.products();
    }

    private String lastProductOf(UUID customerId) {
        return transaction.execute(status -> cases.findFirstByCustomerIdAndProductIsNotNullOrderByOpenedAtDesc(customerId)
                .map(ReviewCase::getProduct).orElse(null));
    }

    private ReviewCase open(UUID customerId, CaseTrigger trigger, FlowResolver.Pinned flow, String openedBy, String assignee) {
        try {
            return transaction.execute(status -> {
                customers.findById(customerId).orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
                cases.findByCustomerIdAndOpenSlotIsNotNull(customerId).ifPresent(existing -> {
                    throw new CaseAlreadyOpenException(existing.getId(), existing.getReference());
                });
                Instant now = clock.instant();
                ReviewCase opened = new ReviewCase(newReference(), customerId, trigger, openedBy, now,
                        ReviewResultRules.dueAt(flow.definition(), CaseStage.COLLECTING, now));
                opened.runOn(flow.product(), flow.versionId(), flow.number());
                opened.setAssignee(assignee);
                return cases.saveAndFlush(opened);
            });
        } catch (DataIntegrityViolationException e) {
            // Lost a race with another opener (a second node, a second click): the unique key kept one case.
            ReviewCase existing = openCaseOf(customerId).orElseThrow(() -> e);
            throw new CaseAlreadyOpenException(existing.getId(), existing.getReference());
        }
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public ReviewCase claim(UUID caseId, long seenVersion) {
        String me = currentUser.require().getUsername();
        return change(caseId, seenVersion, null, reviewCase -> {
            requireOpen(reviewCase);
            reviewCase.setAssignee(me);
        });
    }

    /** Assigns or reassigns an open case to a reviewer of the tenant. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.APPROVER})
    public ReviewCase assign(UUID caseId, long seenVersion, String username, String reason) {
        boolean reviewer = transaction.execute(status -> users.findByUsername(username)
                .filter(UserAccount::isEnabled).map(user -> user.getRoles().contains(Role.REVIEWER)).orElse(false));
        if (!reviewer) {
            throw new UserFacingException("assignee", "case.error.notAReviewer", username);
        }
        return change(caseId, seenVersion, reason, reviewCase -> {
            requireOpen(reviewCase);
            reviewCase.setAssignee(username);
        });
    }

    // ---- stages ----------------------------------------------------------------------------------------------

    /** Collected data is complete: runs identity checks and screening and shows their results. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public ReviewCase startVerification(UUID caseId, long seenVersion, Locale locale) {
        ReviewCase current = requireWorkable(caseId, seenVersion, CaseStage.VERIFYING);
        Customer customer = customerOf(current);
        FlowDefinition flow = flows.of(current);
        List<String> missing = missingForVerification(customer);
        if (!missing.isEmpty()) {
            throw new UserFacingException(null, "case.error.incompleteData", String.join(", ", missing));
        }
        List<String> documents = FlowFacts.missingDocuments(flow, snapshots.of(customer));
        if (!documents.isEmpty()) {
            throw new UserFacingException(null, "case.error.missingDocuments", documents.stream()
                    .map(type -> translations.getTranslation("documentType." + type, locale)).collect(Collectors.joining(", ")));
        }
        return runStagesAndMove(current, customer, flow, StagePhase.VERIFICATION, locale, true, reviewCase -> { });
    }

    /** Runs the risk model and segmenter on the verified customer and records the model's figures. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public ReviewCase startAssessment(UUID caseId, long seenVersion, Locale locale) {
        ReviewCase current = requireWorkable(caseId, seenVersion, CaseStage.ASSESSING);
        FlowDefinition flow = flows.of(current);
        Map<String, FlowStep> flowSteps = stepsOf(flow);
        latestRun(current.getId(), CaseStage.VERIFYING).stream()
                .filter(step -> Optional.ofNullable(flowSteps.get(step.extensionKey())).map(found -> found.holds(step.status())).orElse(false))
                .findFirst().ifPresent(step -> {
                    throw new UserFacingException(null, "case.error.heldByStep", step.extensionName(), step.status().name());
                });
        return assess(current, customerOf(current), flow, locale, true);
    }

    /** The reviewer's own judgement of risk class and score; the model's stay recorded next to it. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public ReviewCase override(UUID caseId, long seenVersion, RiskClass riskClass, Integer score, String justification) {
        String text = justification == null ? "" : justification.trim();
        if (riskClass == null && score == null) {
            throw new UserFacingException("overrideRiskClass", "case.error.overrideNothing");
        }
        if (text.length() < MIN_JUSTIFICATION) {
            throw new UserFacingException("justification", "case.error.justificationRequired", MIN_JUSTIFICATION);
        }
        if (score != null && (score < 0 || score > 1000)) {
            throw new UserFacingException("overrideScore", "case.error.scoreRange", 0, 1000);
        }
        String me = currentUser.require().getUsername();
        return change(caseId, seenVersion, text, reviewCase -> {
            requireStage(reviewCase, CaseStage.ASSESSING);
            requireAssigneeOrClaim(reviewCase, me);
            reviewCase.recordOverride(riskClass, score, text, me);
        });
    }

    /**
     * The reviewer's decision. Approvals the flow's four-eyes rules catch wait for an approver; everything else
     * takes effect at once.
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public ReviewCase decide(UUID caseId, long seenVersion, CaseProposal proposal, Locale locale) {
        validate(proposal);
        String me = currentUser.require().getUsername();
        ReviewCase decided = change(caseId, seenVersion, proposal.note(), reviewCase -> {
            FlowDefinition flow = flows.of(reviewCase);
            // Verification may already show a reason to reject or to ask for more; approval needs an assessment.
            if (!(reviewCase.getStage() == CaseStage.VERIFYING && proposal.outcome() != DecisionOutcome.APPROVED)) {
                requireStage(reviewCase, CaseStage.ASSESSING);
            }
            requireAssigneeOrClaim(reviewCase, me);
            Customer customer = customerOf(reviewCase);
            if (proposal.outcome() == DecisionOutcome.APPROVED && reviewCase.effectiveRiskClass() == null) {
                throw new UserFacingException(null, "case.error.noRiskClass");
            }
            boolean fourEyes = proposal.outcome() == DecisionOutcome.APPROVED
                    && ReviewResultRules.needsFourEyes(flow, facts(reviewCase, customer, flow));
            reviewCase.recordProposal(proposal.outcome(), proposal.reasons(), proposal.note(), me);
            if (fourEyes) {
                move(reviewCase, CaseStage.AWAITING_APPROVAL, flow);
            } else {
                conclude(reviewCase, customer, proposal, me, flow);
            }
        });
        return notifyIfDecided(decided, locale);
    }

    /**
     * The second person's decision on a proposal: approve it, reject or ask for more information instead. Only an
     * approver who did not make the proposal may take it.
     */
    @Secured(Authorities.APPROVER)
    public ReviewCase approve(UUID caseId, long seenVersion, CaseProposal decision, Locale locale) {
        validate(decision);
        String me = currentUser.require().getUsername();
        ReviewCase decided = change(caseId, seenVersion, decision.note(), reviewCase -> {
            requireStage(reviewCase, CaseStage.AWAITING_APPROVAL);
            requireSecondPerson(reviewCase, me);
            conclude(reviewCase, customerOf(reviewCase), decision, me, flows.of(reviewCase));
        });
        return notifyIfDecided(decided, locale);
    }

    /** Sends a proposal back to the reviewer with the approver's note. */
    @Secured(Authorities.APPROVER)
    public ReviewCase returnToReviewer(UUID caseId, long seenVersion, String note) {
        String text = note == null ? "" : note.trim();
        if (text.isEmpty()) {
            throw new UserFacingException("note", "case.error.noteRequired");
        }
        String me = currentUser.require().getUsername();
        ReviewCase returned = change(caseId, seenVersion, text, reviewCase -> {
            requireStage(reviewCase, CaseStage.AWAITING_APPROVAL);
            requireSecondPerson(reviewCase, me);
            reviewCase.clearProposal();
            move(reviewCase, CaseStage.ASSESSING, flows.of(reviewCase));
        });
        comment(caseId, text);
        return returned;
    }

    /** The customer supplied what was asked for: the case collects again. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public ReviewCase reopen(UUID caseId, long seenVersion, String reason) {
        return change(caseId, seenVersion, reason, reviewCase -> {
            requireStage(reviewCase, CaseStage.MORE_INFO_REQUESTED);
            reviewCase.clearProposal();
            reviewCase.recordDecision(null, List.of(), null, null, null);
            reviewCase.setAutoDecided(false);
            move(reviewCase, CaseStage.COLLECTING, flows.of(reviewCase));
        });
    }

    // ---- screening hits --------------------------------------------------------------------------------------

    /**
     * A reviewer decides that a hit of the case's latest screening is not the customer (false positive) or is
     * (confirmed match), with a written reason. The decision is kept per customer and list entry, noted on the
     * case, and handed to the screening provider next time, so an unchanged false positive is not raised again.
     *
     * @throws UserFacingException when the verdict or reason is missing, the reason too long, or the hit is not
     *                             one of the case's latest screening hits
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER})
    public ScreeningHitDecision decideHit(UUID caseId, String extensionKey, String listName, String entryId, Verdict verdict,
                                          String reason) {
        if (verdict == null) {
            throw new UserFacingException("verdict", "screening.error.verdictRequired");
        }
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty()) {
            throw new UserFacingException("reason", "screening.error.reasonRequired");
        }
        if (text.length() > 2000) {
            throw new UserFacingException("reason", "screening.error.reasonLength", 2000);
        }
        ReviewCase reviewCase = find(caseId).orElseThrow(() -> new UserFacingException(null, "case.error.notFound"));
        CaseHit hit = screeningHits(caseId).stream()
                .filter(candidate -> candidate.extensionKey().equals(extensionKey) && candidate.hit().listName().equals(listName)
                        && candidate.hit().entryId().equals(entryId))
                .findFirst().orElseThrow(() -> new UserFacingException(null, "screening.error.hitNotFound", entryId, listName));
        ScreeningHitDecision decision = screeningDecisions.record(caseId, reviewCase.getCustomerId(), extensionKey, hit.hit(), verdict,
                text, currentUser.require().getUsername(), clock.instant());
        comment(caseId, systemText("case.system.hitDecided", hit.hit().entryName(), listName, systemText("screening.verdict." + verdict.name()),
                text));
        return decision;
    }

    /** One hit of the case's latest screening, by the extension that raised it. */
    public record CaseHit(String extensionKey, String extensionName, ScreeningHit hit) {
    }

    /** The hits of the latest verification run's screening steps, best first per extension. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER, Authorities.AUDITOR})
    public List<CaseHit> screeningHits(UUID caseId) {
        List<RecordedStep> recorded = steps(caseId).stream().filter(step -> step.stage() == CaseStage.VERIFYING).toList();
        if (recorded.isEmpty()) {
            return List.of();
        }
        int latest = recorded.get(0).run();
        return recorded.stream().filter(step -> step.run() == latest && step.result().kind() == ExtensionKind.SCREENING_PROVIDER)
                .flatMap(step -> step.result().hits().stream()
                        .map(hit -> new CaseHit(step.result().extensionKey(), step.result().extensionName(), hit)))
                .toList();
    }

    // ---- comments --------------------------------------------------------------------------------------------

    /** Adds a comment; {@code @username} of a tenant user is a mention and puts the case in their queue. */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER, Authorities.APPROVER, Authorities.COMPLIANCE_OFFICER})
    public ReviewCaseComment comment(UUID caseId, String body) {
        String text = body == null ? "" : body.trim();
        if (text.isEmpty() || text.length() > 4000) {
            throw new UserFacingException("comment", "case.error.commentLength", 4000);
        }
        String me = currentUser.require().getUsername();
        return transaction.execute(status -> {
            cases.findById(caseId).orElseThrow(() -> new UserFacingException(null, "case.error.notFound"));
            Set<String> mentioned = new LinkedHashSet<>();
            Matcher matcher = MENTION.matcher(text);
            while (matcher.find()) {
                mentioned.add(matcher.group(1));
            }
            List<String> known = mentioned.stream().filter(name -> users.findByUsername(name).isPresent()).toList();
            return comments.save(new ReviewCaseComment(caseId, me, text, known, clock.instant()));
        });
    }

    // ---- monitoring ------------------------------------------------------------------------------------------

    /**
     * After a change to a customer's finances: an open case being assessed is assessed again (and a pending
     * approval goes back to the reviewer), a case waiting for information collects again, and a reviewed customer
     * without an open case gets one when the new assessment moves the risk class.
     *
     * @return the case that was re-assessed, re-opened or opened, if any
     */
    @Secured({Authorities.TENANT_ADMIN, Authorities.REVIEWER})
    public Optional<ReviewCase> reassessAfterDataChange(UUID customerId, Locale locale) {
        Customer customer = transaction.execute(status -> customers.findById(customerId))
                .orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
        Optional<ReviewCase> open = openCaseOf(customerId);
        if (open.isPresent()) {
            ReviewCase reviewCase = open.get();
            return switch (reviewCase.getStage()) {
                case ASSESSING, AWAITING_APPROVAL -> {
                    ReviewCase reassessed = assess(reviewCase, customer, flows.of(reviewCase), locale, false);
                    comment(reassessed.getId(), systemText(reviewCase.getStage() == CaseStage.AWAITING_APPROVAL
                            ? "case.system.reassessedWithdrawn" : "case.system.reassessed"));
                    yield Optional.of(reassessed);
                }
                case MORE_INFO_REQUESTED -> Optional.of(reopen(reviewCase.getId(), reviewCase.getVersion(), "customer data changed"));
                default -> Optional.empty();
            };
        }
        if (customer.getRiskClass() == null) {
            return Optional.empty();
        }
        FlowResolver.Pinned flow = flows.forNewCase(lastProductOf(customerId));
        List<StepResult> results = automated.runStages(customer, flow.definition().stagesOf(StagePhase.ASSESSMENT), locale).stream()
                .map(AutomatedChecksService.FlowStepResult::result).toList();
        Optional<RiskClass> now = Optional.ofNullable(ModelFigures.of(flow.definition(), results).riskClass());
        if (now.isEmpty() || now.get() == customer.getRiskClass()) {
            return Optional.empty();
        }
        ReviewCase opened = open(customerId, CaseTrigger.DATA_CHANGE, flow, currentUser.require().getUsername(), null);
        comment(opened.getId(), systemText("case.system.riskClassChanged", systemText("risk." + customer.getRiskClass().name()),
                systemText("risk." + now.get().name())));
        return Optional.of(opened);
    }

    /**
     * Opens a periodic re-review for every customer of the tenant whose next review date has come and who has no
     * open case. Safe to run again and on several nodes: the one-open-case key refuses duplicates.
     *
     * @return how many cases were opened
     */
    @Secured(Authorities.REVIEWER)
    public int openDueReReviews() {
        LocalDate today = LocalDate.now(clock.withZone(tenantZone()));
        String actor = currentUser.require().getUsername();
        int opened = 0;
        List<UUID> due;
        do {
            due = transaction.execute(status -> cases.customersDueForReview(today, PageRequest.of(0, 200)));
            for (UUID customerId : due) {
                try {
                    open(customerId, CaseTrigger.PERIODIC, flows.forNewCase(lastProductOf(customerId)), actor, null);
                    opened++;
                } catch (CaseAlreadyOpenException e) {
                    // Opened meanwhile by someone else; nothing to do.
                }
            }
        } while (due.size() == 200);
        return opened;
    }

    /**
     * Monitoring found something about a customer (a watchlist hit): the finding is noted on the customer's open
     * case, or a new case is opened for it.
     */
    @Secured(Authorities.REVIEWER)
    public ReviewCase flagForReview(UUID customerId, CaseTrigger trigger, String finding) {
        ReviewCase flagged;
        try {
            flagged = openCaseOf(customerId).orElseGet(() -> open(customerId, trigger, flows.forNewCase(lastProductOf(customerId)),
                    currentUser.require().getUsername(), null));
        } catch (CaseAlreadyOpenException e) {
            flagged = find(e.openCaseId()).orElseThrow();
        }
        comment(flagged.getId(), finding);
        return flagged;
    }

    // ---- the machinery ---------------------------------------------------------------------------------------

    private ReviewCase assess(ReviewCase current, Customer customer, FlowDefinition flow, Locale locale, boolean byAssignee) {
        return runStagesAndMove(current, customer, flow, StagePhase.ASSESSMENT, locale, byAssignee, reviewCase -> {
            reviewCase.clearProposal();
            reviewCase.recordOverride(null, null, null, null);
        });
    }

    /**
     * Runs the flow's stages of one phase, records their results and moves the case on; then lets the flow decide
     * where it says so: a step result that rejects or asks for information, and after the assessment the flow's
     * automatic rules.
     */
    private ReviewCase runStagesAndMove(ReviewCase current, Customer customer, FlowDefinition flow, StagePhase phase, Locale locale,
                                        boolean byAssignee, Consumer<ReviewCase> alsoChange) {
        CaseStage next = phase == StagePhase.VERIFICATION ? CaseStage.VERIFYING : CaseStage.ASSESSING;
        long started = System.nanoTime();
        List<AutomatedChecksService.FlowStepResult> ran = automated.runStages(customer, flow.stagesOf(phase), locale);
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<StepResult> results = ran.stream().map(AutomatedChecksService.FlowStepResult::result).toList();
        String me = currentUser.require().getUsername();
        ReviewCase moved = change(current.getId(), current.getVersion(), null, reviewCase -> {
            if (byAssignee) {
                requireAssigneeOrClaim(reviewCase, me);
            }
            int run = steps.lastRunNumber(reviewCase.getId(), next) + 1;
            Instant now = clock.instant();
            for (StepResult result : results) {
                steps.save(toStep(reviewCase.getId(), run, next, result, now));
            }
            if (next == CaseStage.ASSESSING) {
                ModelFigures.of(flow, results).recordOn(reviewCase);
                reviewCase.setAssessmentMillis(millis);
            }
            alsoChange.accept(reviewCase);
            move(reviewCase, next, flow);
            steps.flush();
            // The customer read before the steps ran is detached; a decision records the review on the managed one.
            decideByFlow(reviewCase, customerOf(reviewCase), flow, phase, ran);
        });
        return notifyIfDecided(moved, locale);
    }

    /** Applies what the flow decides after the phase's steps ran (see {@link FlowVerdict}). */
    private void decideByFlow(ReviewCase reviewCase, Customer customer, FlowDefinition flow, StagePhase phase,
                              List<AutomatedChecksService.FlowStepResult> ran) {
        List<StepConsequence> earlier = List.of();
        if (phase == StagePhase.ASSESSMENT) {
            Map<String, FlowStep> flowSteps = stepsOf(flow);
            earlier = latestRun(reviewCase.getId(), CaseStage.VERIFYING).stream()
                    .flatMap(step -> Optional.ofNullable(flowSteps.get(step.extensionKey())).map(found -> found.consequenceOf(step.status())).stream())
                    .toList();
        }
        FlowVerdict verdict = FlowVerdict.of(flow, phase, ran, earlier, phase == StagePhase.ASSESSMENT ? facts(reviewCase, customer, flow) : null);
        switch (verdict.kind()) {
            case REJECT_BY_STEP -> concludeByFlow(reviewCase, customer, flow, DecisionOutcome.REJECTED, DecisionReason.FLOW_STEP_REJECTED,
                    systemText("case.system.flowStep", verdict.because()));
            case MORE_INFO_BY_STEP -> concludeByFlow(reviewCase, customer, flow, DecisionOutcome.MORE_INFO_REQUESTED,
                    DecisionReason.FLOW_STEP_MORE_INFO, systemText("case.system.flowStep", verdict.because()));
            case REJECT_BY_RULE -> concludeByFlow(reviewCase, customer, flow, DecisionOutcome.REJECTED, DecisionReason.FLOW_RULE_REJECTED,
                    systemText("case.system.flowRule", verdict.because()));
            case APPROVE_BY_RULE -> concludeByFlow(reviewCase, customer, flow, DecisionOutcome.APPROVED, DecisionReason.FLOW_RULE_APPROVED,
                    systemText("case.system.flowRule", verdict.because()));
            case NONE -> { }
        }
    }

    private void concludeByFlow(ReviewCase reviewCase, Customer customer, FlowDefinition flow, DecisionOutcome outcome,
                                DecisionReason reason, String note) {
        reviewCase.recordProposal(outcome, List.of(reason), note, FLOW_ACTOR);
        conclude(reviewCase, customer, new CaseProposal(outcome, List.of(reason), note), FLOW_ACTOR, flow);
        reviewCase.setAutoDecided(true);
    }

    /** What the flow's rules see of the case now: its risk figures, the latest verification run and the customer. */
    private CaseFacts facts(ReviewCase reviewCase, Customer customer, FlowDefinition flow) {
        return FlowFacts.of(customer, snapshots.of(customer), reviewCase.effectiveRiskClass(), reviewCase.getTier(),
                reviewCase.effectiveScore(), reviewCase.getModelProbabilityOfDefault(), latestRun(reviewCase.getId(), CaseStage.VERIFYING),
                flow, LocalDate.now(clock.withZone(tenantZone())));
    }

    /** The results of the case's latest run of a stage's steps. */
    private List<StepResult> latestRun(UUID caseId, CaseStage stage) {
        List<RecordedStep> recorded = steps(caseId).stream().filter(step -> step.stage() == stage).toList();
        return recorded.isEmpty() ? List.of()
                : recorded.stream().filter(step -> step.run() == recorded.get(0).run()).map(RecordedStep::result).toList();
    }

    /** The flow's steps by extension (an extension runs once per flow). */
    private static Map<String, FlowStep> stepsOf(FlowDefinition flow) {
        return flow.stages().stream().flatMap(stage -> stage.steps().stream())
                .collect(Collectors.toMap(FlowStep::extensionKey, step -> step, (first, second) -> first));
    }

    private ReviewCaseStep toStep(UUID caseId, int run, CaseStage stage, StepResult result, Instant now) {
        String factors;
        String hits;
        try {
            factors = json.writeValueAsString(result.factors());
            hits = result.kind() == ExtensionKind.SCREENING_PROVIDER ? json.writeValueAsString(result.hits()) : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Factors and hits are plain records and always serialise", e);
        }
        return new ReviewCaseStep(caseId, run, stage, result.extensionKey(), truncate(result.extensionName(), 200), result.kind(),
                result.status(), truncate(result.summary(), 500), truncate(String.join(",", result.reasonCodes()), 1000),
                result.explanation(), factors, hits, result.figures().score(), result.figures().probabilityOfDefault(),
                result.figures().riskClass(), truncate(result.figures().tier(), 40), result.millis(), now);
    }

    private void conclude(ReviewCase reviewCase, Customer customer, CaseProposal decision, String decidedBy, FlowDefinition flow) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(tenantZone()));
        reviewCase.recordDecision(decision.outcome(), decision.reasons(), decision.note(), decidedBy, now);
        RiskClass riskClass = reviewCase.effectiveRiskClass();
        switch (decision.outcome()) {
            case APPROVED -> {
                LocalDate next = flow.nextReviewDate(riskClass, today);
                reviewCase.applyResult(flow.creditLimit(riskClass, customer.getMonthlyIncome()),
                        customer.getCurrency(), flow.pricingBand(riskClass), flow.servicePlan(reviewCase.getTier()), next);
                customer.recordReview(riskClass, reviewCase.getTier(), next);
            }
            case REJECTED -> customer.recordReview(riskClass, reviewCase.getTier(), null);
            case MORE_INFO_REQUESTED -> { }
        }
        move(reviewCase, decision.outcome().stage(), flow);
    }

    private ReviewCase notifyIfDecided(ReviewCase reviewCase, Locale locale) {
        if (reviewCase.getOutcome() != null && reviewCase.getStage() == reviewCase.getOutcome().stage()) {
            notifier.notifyDecision(reviewCase, customerOf(reviewCase), locale);
            events.publishEvent(new CaseDecided(reviewCase.getTenantId(), reviewCase.getId(), reviewCase.getCustomerId(),
                    reviewCase.getOutcome()));
        }
        return reviewCase;
    }

    private void move(ReviewCase reviewCase, CaseStage next, FlowDefinition flow) {
        Instant now = clock.instant();
        reviewCase.moveTo(next, now, ReviewResultRules.dueAt(flow, next, now));
    }

    /** Loads the case, checks it is the version the person saw, applies the change and commits it. */
    private ReviewCase change(UUID caseId, long seenVersion, String reason, Consumer<ReviewCase> work) {
        try {
            return AuditReason.with(reason, () -> transaction.execute(status -> {
                ReviewCase reviewCase = cases.findById(caseId).orElseThrow(() -> new UserFacingException(null, "case.error.notFound"));
                if (reviewCase.getVersion() != seenVersion) {
                    throw new ConcurrentChangeException();
                }
                work.accept(reviewCase);
                return cases.saveAndFlush(reviewCase);
            }));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    private ReviewCase requireWorkable(UUID caseId, long seenVersion, CaseStage next) {
        ReviewCase reviewCase = find(caseId).orElseThrow(() -> new UserFacingException(null, "case.error.notFound"));
        if (reviewCase.getVersion() != seenVersion) {
            throw new ConcurrentChangeException();
        }
        if (!reviewCase.getStage().mayMoveTo(next)) {
            throw new IllegalStageChangeException(reviewCase.getStage(), next);
        }
        String assignee = reviewCase.getAssignee();
        if (assignee != null && !assignee.equals(currentUser.require().getUsername())) {
            throw new UserFacingException(null, "case.error.assignedToOther", assignee);
        }
        return reviewCase;
    }

    private static void requireOpen(ReviewCase reviewCase) {
        if (reviewCase.getStage().isClosed()) {
            throw new UserFacingException(null, "case.error.closed", reviewCase.getReference());
        }
    }

    private static void requireStage(ReviewCase reviewCase, CaseStage stage) {
        if (reviewCase.getStage() != stage) {
            throw new UserFacingException(null, "case.error.wrongStage", stage.name(), reviewCase.getStage().name());
        }
    }

    /** Reviewer work belongs to the assignee; an unassigned case is claimed by whoever works on it. */
    private static void requireAssigneeOrClaim(ReviewCase reviewCase, String me) {
        if (reviewCase.getAssignee() == null) {
            reviewCase.setAssignee(me);
        } else if (!reviewCase.getAssignee().equals(me)) {
            throw new UserFacingException(null, "case.error.assignedToOther", reviewCase.getAssignee());
        }
    }

    /** Four eyes: whoever proposed the decision, or works the case, may not approve it. */
    private static void requireSecondPerson(ReviewCase reviewCase, String me) {
        if (me.equals(reviewCase.getProposedBy()) || me.equals(reviewCase.getAssignee())) {
            throw new UserFacingException(null, "case.error.ownCase");
        }
    }

    private static void validate(CaseProposal proposal) {
        if (proposal.outcome() == null) {
            throw new UserFacingException("outcome", "case.error.outcomeRequired");
        }
        if (proposal.reasons().isEmpty()) {
            throw new UserFacingException("reasons", "case.error.reasonsRequired");
        }
        List<DecisionReason> foreign = proposal.reasons().stream()
                .filter(reason -> reason.outcome() != proposal.outcome() || reason.byFlow()).toList();
        if (!foreign.isEmpty()) {
            throw new UserFacingException("reasons", "case.error.reasonNotForOutcome",
                    foreign.stream().map(Enum::name).collect(Collectors.joining(", ")), proposal.outcome().name());
        }
        if (proposal.note() != null && proposal.note().length() > 2000) {
            throw new UserFacingException("note", "case.error.noteLength", 2000);
        }
    }

    private static List<String> missingForVerification(Customer customer) {
        List<String> missing = new ArrayList<>();
        if (customer.getDateOfBirth() == null) {
            missing.add("dateOfBirth");
        }
        if (customer.getNationalIdNumber() == null) {
            missing.add("nationalIdNumber");
        }
        if (customer.getMonthlyIncome() == null) {
            missing.add("monthlyIncome");
        }
        return missing;
    }

    private Customer customerOf(ReviewCase reviewCase) {
        return customers.findById(reviewCase.getCustomerId())
                .orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
    }

    /** What the system writes on a case (comments on its own findings), in the tenant's language. */
    public String systemText(String key, Object... arguments) {
        Locale locale = currentUser.require().tenantId().flatMap(tenants::find).map(Tenant::getLocale).orElse(Locale.ENGLISH);
        return translations.getTranslation(key, locale, arguments);
    }

    /** Dates (next review, due re-reviews) are the tenant's calendar dates. */
    private ZoneId tenantZone() {
        return currentUser.require().tenantId().flatMap(tenants::find).map(Tenant::getTimeZone).orElse(ZoneId.of("UTC"));
    }

    private static String newReference() {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return "RC-" + HexFormat.of().withUpperCase().formatHex(random);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    private static Specification<ReviewCase> in(WorkQueue queue, String me, Instant now) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            switch (queue) {
                case MINE -> {
                    predicates.add(cb.isNotNull(root.get("openSlot")));
                    predicates.add(cb.equal(root.get("assignee"), me));
                }
                case UNASSIGNED -> {
                    predicates.add(cb.isNotNull(root.get("openSlot")));
                    predicates.add(cb.isNull(root.get("assignee")));
                }
                case AWAITING_MY_APPROVAL -> {
                    predicates.add(cb.equal(root.get("stage"), CaseStage.AWAITING_APPROVAL));
                    predicates.add(cb.notEqual(root.get("proposedBy"), me));
                    predicates.add(cb.or(cb.isNull(root.get("assignee")), cb.notEqual(root.get("assignee"), me)));
                }
                case OVERDUE -> {
                    predicates.add(cb.isNotNull(root.get("openSlot")));
                    predicates.add(cb.lessThan(root.get("dueAt"), now));
                }
                case MENTIONING_ME -> {
                    predicates.add(cb.isNotNull(root.get("openSlot")));
                    Subquery<UUID> mentioning = query.subquery(UUID.class);
                    var comment = mentioning.from(ReviewCaseComment.class);
                    mentioning.select(comment.get("caseId")).where(cb.like(
                            cb.concat(cb.concat(",", comment.get("mentions")), ","), "%," + me + ",%"));
                    predicates.add(root.get("id").in(mentioning));
                }
                case ALL_OPEN -> predicates.add(cb.isNotNull(root.get("openSlot")));
                case DECIDED -> predicates.add(cb.isNull(root.get("openSlot")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
