package com.crcloud.review.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.customer.ui.CustomerDetailView;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CustomerMessage;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseComment;
import com.crcloud.review.service.CaseProposal;
import com.crcloud.review.service.CustomerNotifier;
import com.crcloud.review.service.RecordedStep;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.ScreeningDecisionService;
import com.crcloud.security.CrcUser;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.UserAccount;
import com.crcloud.ui.Problems;
import com.crcloud.ui.RouteIds;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One review case: where it stands, what the plugins concluded (with reviewers' decisions on screening hits), the
 * model's figures next to the reviewer's, the actions the person's role and the stage allow, the decision and what
 * was sent to the customer, comments, and the case's history. Every action names the version on screen, so a concurrent change is reported, not lost.
 * Below the stage and its actions, each part is a tab built when first opened: an open case holds on the server only
 * what the person has looked at.
 */
@Route(value = Paths.REVIEWS + "/:" + ReviewCaseView.PARAMETER, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.REVIEWER_NAME, Role.APPROVER_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class ReviewCaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "caseId";

    private final ReviewCaseService cases;
    private final CustomerService customers;
    private final CustomerNotifier notifier;
    private final TenantTime time;
    private final Clock clock;
    private final CrcUser user;
    private final H2 heading = new H2();
    private final RouterLink customerLink = new RouterLink();
    private final Div summary = new Div();
    private final Div actions = new Div();
    private final LazyTabs sections = new LazyTabs();
    private final AuditHistoryService audit;
    private final ScreeningDecisionService screeningDecisions;
    private ScreeningHitsPanel hits;
    private HistoryPanel<ReviewCase> history;

    private ReviewCase reviewCase;

    public ReviewCaseView(ReviewCaseService cases, CustomerService customers, CustomerNotifier notifier, AuditHistoryService audit,
                          ScreeningDecisionService screeningDecisions, CurrentUser currentUser, TenantTime time, Clock clock) {
        this.cases = cases;
        this.customers = customers;
        this.notifier = notifier;
        this.time = time;
        this.clock = clock;
        this.user = currentUser.require();
        this.audit = audit;
        this.screeningDecisions = screeningDecisions;
        customerLink.setId("case-customer");
        summary.setId("case-summary");
        actions.setId("case-actions");
        actions.setWidthFull();
        sections.setId("case-sections");
        sections.addLazy("tab-model", getTranslation("case.model"), "case-model", this::showModel);
        sections.addLazy("tab-checks", getTranslation("case.checks"), "case-checks", this::showChecks);
        sections.addLazy("tab-decision", getTranslation("case.decision"), "case-result", this::showDecision);
        sections.addLazy("tab-comments", getTranslation("case.comments"), "case-comments", this::showComments);
        sections.addLazy("tab-history", getTranslation("audit.history"), "case-history", this::showHistory);
        add(heading, customerLink, summary, actions, sections);
    }

    public static RouteParameters parameters(UUID caseId) {
        return new RouteParameters(PARAMETER, caseId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ReviewCase> found = event.getRouteParameters().get(PARAMETER).flatMap(RouteIds::uuid).flatMap(cases::find);
        if (found.isEmpty()) {
            Problems.showError(getTranslation("case.error.notFound"));
            event.forwardTo(WorkQueueView.class);
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private void show(ReviewCase shown) {
        reviewCase = shown;
        Customer customer = customers.find(shown.getCustomerId()).orElseThrow();
        heading.setText(getTranslation("case.title", shown.getReference(), customer.getFullName()));
        customerLink.setText(getTranslation("case.openCustomer"));
        customerLink.setRoute(CustomerDetailView.class, CustomerDetailView.parameters(customer.getId()));
        showSummary();
        showActions();
        sections.refresh();
    }

    private void reload() {
        cases.find(reviewCase.getId()).ifPresent(this::show);
    }

    // ---- read-only parts -------------------------------------------------------------------------------------

    private void showSummary() {
        summary.removeAll();
        Span stage = WorkQueueView.stageBadge(this, reviewCase.getStage());
        stage.setId("case-stage");
        Span due = new Span(getTranslation("case.dueAt", time.format(reviewCase.getDueAt(), getLocale())));
        if (!reviewCase.getStage().isClosed() && reviewCase.getDueAt().isBefore(clock.instant())) {
            due.getElement().getThemeList().add("badge error");
        }
        HorizontalLayout line = new HorizontalLayout(stage,
                new Span(getTranslation("case.trigger." + reviewCase.getOpenedBecause().name())),
                new Span(getTranslation("case.openedBy", reviewCase.getOpenedBy(), time.format(reviewCase.getOpenedAt(), getLocale()))),
                assigneeText(), due, flowText());
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        summary.add(line);
    }

    /** Which published flow version the case runs on, pinned when it opened. */
    private Span flowText() {
        Span flow = new Span(reviewCase.getFlowVersionNumber() == null ? getTranslation("case.flow.standard")
                : getTranslation("case.flow", reviewCase.getProduct(), reviewCase.getFlowVersionNumber()));
        flow.setId("case-flow");
        return flow;
    }

    private Span assigneeText() {
        Span assignee = new Span(reviewCase.getAssignee() == null ? getTranslation("case.unassigned")
                : getTranslation("case.assignedTo", reviewCase.getAssignee()));
        assignee.setId("case-assignee");
        return assignee;
    }

    private void showModel(Div model) {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(2);
        model.add(line("case.modelRiskClass", risk(reviewCase.getModelRiskClass())),
                line("case.modelScore", reviewCase.getModelScore() == null ? "—" : reviewCase.getModelScore().toString()),
                line("case.modelPd", reviewCase.getModelProbabilityOfDefault() == null ? "—"
                        : percent.format(reviewCase.getModelProbabilityOfDefault())),
                line("case.tier", reviewCase.getTier() == null ? "—" : reviewCase.getTier()));
        if (reviewCase.getOverriddenBy() != null) {
            Paragraph override = new Paragraph(getTranslation("case.overrideSummary", risk(reviewCase.getOverrideRiskClass()),
                    reviewCase.getOverrideScore() == null ? "—" : reviewCase.getOverrideScore(), reviewCase.getOverriddenBy(),
                    reviewCase.getOverrideJustification()));
            override.setId("case-override");
            model.add(override);
        }
        if (reviewCase.getAssessmentMillis() != null) {
            model.add(line("case.assessmentTime", reviewCase.getAssessmentMillis() + " ms"));
        }
    }

    /** The latest verification and assessment runs, then the screening hits (kept between rebuilds: a verdict being typed stays). */
    private void showChecks(Div checks) {
        Div steps = new Div();
        steps.setId("case-steps");
        steps.setWidthFull();
        showSteps(steps);
        if (hits == null) {
            hits = new ScreeningHitsPanel(cases, screeningDecisions, time, this::reload);
        }
        hits.show(reviewCase.getId(), reviewCase.getCustomerId(), !readOnly());
        checks.add(steps, hits);
    }

    private void showSteps(Div steps) {
        List<RecordedStep> recorded = cases.steps(reviewCase.getId());
        for (CaseStage stage : List.of(CaseStage.VERIFYING, CaseStage.ASSESSING)) {
            Optional<Integer> latest = recorded.stream().filter(step -> step.stage() == stage).map(RecordedStep::run).findFirst();
            if (latest.isEmpty()) {
                continue;
            }
            List<RecordedStep> run = recorded.stream().filter(step -> step.stage() == stage && step.run() == latest.get()).toList();
            steps.add(new H3(getTranslation("case.steps." + stage.name(), latest.get(), time.format(run.get(0).ranAt(), getLocale()))));
            StepResultsGrid grid = new StepResultsGrid();
            grid.setId("steps-" + stage.name().toLowerCase(Locale.ROOT));
            grid.setItems(run.stream().map(RecordedStep::result).toList());
            steps.add(grid);
        }
    }

    /** The forms the stage and the person's role allow, then the proposal, the decision and what was sent. */
    private void showDecision(Div result) {
        showForms(result);
        if (reviewCase.getProposedOutcome() != null && reviewCase.getStage() == CaseStage.AWAITING_APPROVAL) {
            Paragraph proposal = new Paragraph(getTranslation("case.proposal", reviewCase.getProposedBy(),
                    getTranslation("outcome." + reviewCase.getProposedOutcome().name()), reasons(reviewCase.getProposedReasons()),
                    Optional.ofNullable(reviewCase.getProposalNote()).orElse("")));
            proposal.setId("case-proposal");
            result.add(new H3(getTranslation("case.proposalTitle")), proposal);
        }
        if (reviewCase.getOutcome() == null) {
            return;
        }
        result.add(new H3(getTranslation("case.decision")));
        Paragraph decision = new Paragraph(getTranslation("case.decisionSummary", getTranslation("outcome." + reviewCase.getOutcome().name()),
                reviewCase.getDecidedBy(), time.format(reviewCase.getDecidedAt(), getLocale()), reasons(reviewCase.getDecisionReasons())));
        decision.setId("case-decision");
        result.add(decision);
        if (reviewCase.getOutcome() == DecisionOutcome.APPROVED) {
            NumberFormat money = NumberFormat.getNumberInstance(getLocale());
            money.setMinimumFractionDigits(2);
            Paragraph applied = new Paragraph(getTranslation("case.applied", money.format(reviewCase.getCreditLimit()),
                    Optional.ofNullable(reviewCase.getCurrency()).orElse(""), reviewCase.getPricingBand(), reviewCase.getServicePlan(),
                    reviewCase.getNextReviewDate()));
            applied.setId("case-applied");
            result.add(applied);
        }
        VerticalLayout sent = new VerticalLayout();
        sent.setId("case-messages");
        sent.setPadding(false);
        for (CustomerMessage message : notifier.messagesOfCase(reviewCase.getId())) {
            HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("channel." + message.getChannel().name())),
                    new Span(getTranslation("messageStatus." + message.getStatus().name())),
                    new Span(Optional.ofNullable(message.getDetail()).orElse(message.getSubject())));
            if (message.getAttachmentSha256() != null) {
                Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] pdf = notifier.attachment(message.getId());
                    return new DownloadResponse(new ByteArrayInputStream(pdf), reviewCase.getReference() + ".pdf", "application/pdf", pdf.length);
                }), getTranslation("case.downloadLetter"));
                download.setId("download-letter");
                row.add(download);
            }
            sent.add(row);
        }
        result.add(new H3(getTranslation("case.messages")), sent);
    }

    private void showComments(Div comments) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("comment-list");
        for (ReviewCaseComment comment : cases.comments(reviewCase.getId())) {
            list.add(new Paragraph(comment.getAuthor() + " · " + time.format(comment.getCreatedAt(), getLocale()) + ": " + comment.getBody()));
        }
        comments.add(list);
        if (readOnly()) {
            return;
        }
        TextArea text = new TextArea(getTranslation("case.newComment"));
        text.setId("comment-text");
        text.setHelperText(getTranslation("case.mentionHelp"));
        text.setMaxLength(4000);
        text.setWidthFull();
        Button add = new Button(getTranslation("case.addComment"), click -> act(() -> {
            cases.comment(reviewCase.getId(), text.getValue());
            return reviewCase;
        }));
        add.setId("add-comment");
        comments.add(text, add);
    }

    private void showHistory(Div container) {
        if (history == null) {
            history = new HistoryPanel<>(audit, ReviewCase.class, time);
        }
        history.show(reviewCase.getId());
        container.add(history);
    }

    /** An auditor and nothing else reads the case but neither decides hits nor comments. */
    private boolean readOnly() {
        return user.hasRole(Role.AUDITOR) && user.roles().size() == 1;
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    private void showActions() {
        actions.removeAll();
        boolean reviewer = user.hasRole(Role.REVIEWER) || user.hasRole(Role.TENANT_ADMIN);
        boolean approver = user.hasRole(Role.APPROVER);
        CaseStage stage = reviewCase.getStage();
        if (stage.isClosed()) {
            return;
        }
        HorizontalLayout assignment = new HorizontalLayout();
        assignment.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (user.hasRole(Role.REVIEWER) && !user.getUsername().equals(reviewCase.getAssignee())) {
            Button claim = new Button(getTranslation("case.claim"), click -> act(() -> cases.claim(reviewCase.getId(), reviewCase.getVersion())));
            claim.setId("claim-case");
            assignment.add(claim);
        }
        if (user.hasRole(Role.TENANT_ADMIN) || approver) {
            ComboBox<UserAccount> assignee = new ComboBox<>(getTranslation("case.assignTo"));
            assignee.setId("assign-to");
            assignee.setItems(cases.assignableReviewers());
            assignee.setItemLabelGenerator(account -> account.getDisplayName() + " (" + account.getUsername() + ")");
            Button assign = new Button(getTranslation("case.assign"), click -> act(() -> {
                if (assignee.getValue() == null) {
                    throw new UserFacingException("assignee", "case.error.chooseAssignee");
                }
                return cases.assign(reviewCase.getId(), reviewCase.getVersion(), assignee.getValue().getUsername(), null);
            }));
            assign.setId("assign-case");
            assignment.add(assignee, assign);
        }
        actions.add(assignment);

        switch (stage) {
            case COLLECTING -> {
                if (reviewer) {
                    actions.add(primary("start-verification", "case.startVerification",
                            () -> cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), getLocale())));
                }
            }
            case VERIFYING -> {
                if (reviewer) {
                    actions.add(primary("start-assessment", "case.startAssessment",
                            () -> cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), getLocale())));
                }
            }
            case ASSESSING -> {
                if (reviewer) {
                    actions.add(primary("rerun-assessment", "case.rerunAssessment",
                            () -> cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), getLocale())));
                }
            }
            case AWAITING_APPROVAL -> {
                if (!mayConfirm()) {
                    actions.add(new Paragraph(getTranslation("case.waitingForApprover")));
                }
            }
            case MORE_INFO_REQUESTED -> {
                if (reviewer) {
                    actions.add(primary("reopen-case", "case.reopen",
                            () -> cases.reopen(reviewCase.getId(), reviewCase.getVersion(), "customer supplied information")));
                }
            }
            default -> { }
        }
    }

    /** The decision tab's forms: the override and the reviewer's decision, or the approver's decision and return. */
    private void showForms(Div forms) {
        boolean reviewer = user.hasRole(Role.REVIEWER) || user.hasRole(Role.TENANT_ADMIN);
        switch (reviewCase.getStage()) {
            case VERIFYING -> {
                if (reviewer) {
                    forms.add(decisionForm(List.of(DecisionOutcome.REJECTED, DecisionOutcome.MORE_INFO_REQUESTED), false));
                }
            }
            case ASSESSING -> {
                if (reviewer) {
                    forms.add(overrideForm(), decisionForm(List.of(DecisionOutcome.values()), false));
                }
            }
            case AWAITING_APPROVAL -> {
                if (mayConfirm()) {
                    forms.add(decisionForm(List.of(DecisionOutcome.values()), true), returnForm());
                }
            }
            default -> { }
        }
    }

    /** A proposal is decided by an approver other than the person who proposed it. */
    private boolean mayConfirm() {
        return user.hasRole(Role.APPROVER) && !user.getUsername().equals(reviewCase.getProposedBy());
    }

    private Button primary(String id, String labelKey, Supplier<ReviewCase> action) {
        Button button = new Button(getTranslation(labelKey), click -> act(action));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setDisableOnClick(true);
        return button;
    }

    private Component overrideForm() {
        Select<RiskClass> riskClass = new Select<>();
        riskClass.setLabel(getTranslation("case.overrideRiskClass"));
        riskClass.setId("override-risk-class");
        riskClass.setItems(RiskClass.values());
        riskClass.setEmptySelectionAllowed(true);
        riskClass.setItemLabelGenerator(value -> value == null ? "" : getTranslation("risk." + value.name()));
        IntegerField score = new IntegerField(getTranslation("case.overrideScore"));
        score.setId("override-score");
        score.setMin(0);
        score.setMax(1000);
        TextArea justification = new TextArea(getTranslation("case.justification"));
        justification.setId("override-justification");
        justification.setHelperText(getTranslation("case.justificationHelp"));
        justification.setMaxLength(2000);
        justification.setWidth("32rem");
        Button save = new Button(getTranslation("case.saveOverride"), click -> act(() -> cases.override(reviewCase.getId(),
                reviewCase.getVersion(), riskClass.getValue(), score.getValue(), justification.getValue())));
        save.setId("save-override");
        HorizontalLayout form = new HorizontalLayout(riskClass, score, justification, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return new VerticalLayout(new H3(getTranslation("case.override")), form);
    }

    private Component decisionForm(List<DecisionOutcome> outcomes, boolean asApprover) {
        DecisionForm form = new DecisionForm(outcomes);
        if (asApprover) {
            form.prefill(reviewCase.getProposedOutcome(), reviewCase.getProposedReasons(), null);
        }
        Button submit = new Button(getTranslation(asApprover ? "case.confirmDecision" : "case.submitDecision"), click -> act(() -> {
            CaseProposal proposal = form.proposal();
            return asApprover ? cases.approve(reviewCase.getId(), reviewCase.getVersion(), proposal, getLocale())
                    : cases.decide(reviewCase.getId(), reviewCase.getVersion(), proposal, getLocale());
        }));
        submit.setId(asApprover ? "confirm-decision" : "submit-decision");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new VerticalLayout(new H3(getTranslation(asApprover ? "case.approverDecision" : "case.reviewerDecision")), form, submit);
    }

    private Component returnForm() {
        TextArea note = new TextArea(getTranslation("case.returnNote"));
        note.setId("return-note");
        note.setWidth("32rem");
        Button back = new Button(getTranslation("case.returnToReviewer"),
                click -> act(() -> cases.returnToReviewer(reviewCase.getId(), reviewCase.getVersion(), note.getValue())));
        back.setId("return-to-reviewer");
        HorizontalLayout form = new HorizontalLayout(note, back);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** Runs an action, shows the case as it now stands, and turns refusals into messages; nothing typed is lost. */
    private void act(Supplier<ReviewCase> action) {
        try {
            ReviewCase after = action.get();
            CaseStage before = reviewCase.getStage();
            show(cases.find(after.getId()).orElse(after));
            if (reviewCase.getStage() != before) {
                Problems.showSuccess(getTranslation("case.movedTo", getTranslation("case.stage." + reviewCase.getStage().name())));
            }
        } catch (ConcurrentChangeException e) {
            Button reloadButton = new Button(getTranslation("action.reload"));
            reloadButton.setId("reload-case");
            Notification notification = Problems.showError(Problems.message(this, e), reloadButton);
            reloadButton.addClickListener(click -> {
                reload();
                notification.close();
            });
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
            enableButtons(actions);
        }
    }

    /** After a refusal the forms keep what was typed; only the buttons that disabled themselves come back. */
    private static void enableButtons(Component root) {
        root.getChildren().forEach(child -> {
            if (child instanceof Button button) {
                button.setEnabled(true);
            }
            enableButtons(child);
        });
    }

    private Component line(String labelKey, String value) {
        Div line = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
        line.setId(labelKey.replace('.', '-'));
        return line;
    }

    private String risk(RiskClass riskClass) {
        return riskClass == null ? "—" : getTranslation("risk." + riskClass.name());
    }

    private String reasons(List<DecisionReason> reasons) {
        return reasons.stream().map(reason -> getTranslation("reason." + reason.name())).collect(Collectors.joining("; "));
    }
}
