package com.crcloud.review.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.flow.domain.DecisionRule;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.ReviewFlow;
import com.crcloud.flow.domain.ReviewFlowVersion;
import com.crcloud.flow.domain.RiskBand;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.RuleCondition;
import com.crcloud.flow.domain.RuleMatch;
import com.crcloud.flow.domain.StageSlas;
import com.crcloud.flow.domain.StepConsequence;
import com.crcloud.flow.service.FlowFileFormat;
import com.crcloud.flow.service.FlowService;
import com.crcloud.flow.service.InvalidFlowException;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cases run on the flow version their product had when they opened; the flow's rules decide where they say so. */
@Tag("persistence")
class ReviewFlowEngineTest extends IntegrationTest {

    @Autowired
    FlowService flows;
    @Autowired
    FlowResolver resolver;
    @Autowired
    FlowTestRun testRun;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    CustomerService customers;
    @Autowired
    AuditHistoryService history;

    @Test
    void a_running_case_finishes_on_the_version_it_opened_with_while_a_new_case_runs_on_the_next_one() {
        actAs(LENDER, "tenant-admin");
        String product = product("pinned");
        ReviewFlow flow = flows.create(product, "Pinned loans", withSlas(resolver.standard(), 10));
        flows.publish(flow.getId(), flows.get(flow.getId()).getVersion(), "First version: the standard rules");

        actAs(LENDER, "reviewer");
        ReviewCase older = cases.open(customers.save(TestCustomers.reviewable("Pinned Older", "3000.00"), null).getId(),
                CaseTrigger.INITIAL, product);
        assertThat(older.getProduct()).isEqualTo(product);
        assertThat(older.getFlowVersionNumber()).isEqualTo(1);
        assertThat(Duration.between(older.getOpenedAt(), older.getDueAt())).isEqualTo(Duration.ofHours(10));

        actAs(LENDER, "tenant-admin");
        ReviewFlow draft = flows.get(flow.getId());
        flows.saveDraft(draft.getId(), draft.getVersion(), draft.getName(), withSlas(autoApprovingLowRisk(resolver.standard()), 20),
                "Approve low risk automatically");
        flows.publish(flow.getId(), flows.get(flow.getId()).getVersion(), "Second version: low risk is approved by the flow");

        actAs(LENDER, "reviewer");
        ReviewCase newer = cases.open(customers.save(TestCustomers.reviewable("Pinned Newer", "3000.00"), null).getId(),
                CaseTrigger.INITIAL, product);
        assertThat(newer.getFlowVersionNumber()).isEqualTo(2);
        assertThat(Duration.between(newer.getOpenedAt(), newer.getDueAt())).isEqualTo(Duration.ofHours(20));

        ReviewCase olderAssessed = runSteps(older);
        ReviewCase newerDecided = runSteps(newer);

        assertThat(olderAssessed.getStage()).as("version 1 has no automatic rules").isEqualTo(CaseStage.ASSESSING);
        assertThat(olderAssessed.isAutoDecided()).isFalse();
        assertThat(olderAssessed.getFlowVersionNumber()).isEqualTo(1);
        assertThat(newerDecided.getStage()).isEqualTo(CaseStage.APPROVED);
        assertThat(newerDecided.isAutoDecided()).isTrue();
        assertThat(newerDecided.getDecidedBy()).isEqualTo(ReviewCaseService.FLOW_ACTOR);
        assertThat(newerDecided.getDecisionReasons()).containsExactly(DecisionReason.FLOW_RULE_APPROVED);
        assertThat(newerDecided.getDecisionNote()).contains("'Low risk'");
        assertThat(newerDecided.effectiveRiskClass()).as("every score falls in the LOW band").isEqualTo(RiskClass.LOW);
        assertThat(newerDecided.getCreditLimit()).isEqualByComparingTo("18000.00");
        assertThat(customers.find(newerDecided.getCustomerId()).orElseThrow().getRiskClass()).isEqualTo(RiskClass.LOW);
    }

    @Test
    void an_auto_reject_rule_rejects_after_the_assessment_and_the_case_says_which_rule() {
        actAs(LENDER, "tenant-admin");
        String product = product("reject");
        FlowDefinition standard = resolver.standard();
        ReviewFlow flow = flows.create(product, "Minimum income", withRules(standard, rule("Income below 1000", RuleAction.AUTO_REJECT,
                "MONTHLY_INCOME", "LESS_THAN", "1000")));
        flows.publish(flow.getId(), flows.get(flow.getId()).getVersion(), "Reject incomes below 1000");

        actAs(LENDER, "reviewer");
        ReviewCase rejected = runSteps(cases.open(customers.save(TestCustomers.reviewable("Too Little Income", "800.00"), null).getId(),
                CaseTrigger.INITIAL, product));
        ReviewCase manual = runSteps(cases.open(customers.save(TestCustomers.reviewable("Enough Income", "5000.00"), null).getId(),
                CaseTrigger.INITIAL, product));

        assertThat(rejected.getStage()).isEqualTo(CaseStage.REJECTED);
        assertThat(rejected.getOutcome()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(rejected.isAutoDecided()).isTrue();
        assertThat(rejected.getDecisionReasons()).containsExactly(DecisionReason.FLOW_RULE_REJECTED);
        assertThat(rejected.getDecisionNote()).contains("'Income below 1000'");
        assertThat(manual.getStage()).as("the rule does not hold: a person decides").isEqualTo(CaseStage.ASSESSING);
    }

    @Test
    void publishing_an_invalid_draft_names_every_problem_and_publishes_nothing() {
        actAs(LENDER, "tenant-admin");
        ReviewFlow flow = flows.create(product("invalid"), "Invalid", withRules(resolver.standard(),
                rule("Adults only", RuleAction.AUTO_REJECT, "AGEE", "LESS_THAN", "18")));

        assertThatThrownBy(() -> flows.publish(flow.getId(), flows.get(flow.getId()).getVersion(), "try"))
                .isInstanceOfSatisfying(InvalidFlowException.class, e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("flow.problem.unknownField"));
        assertThat(flows.versions(flow.getId())).isEmpty();
        assertThat(flows.get(flow.getId()).getPublishedNumber()).isNull();
    }

    @Test
    void each_saved_draft_is_a_revision_whose_reason_says_which_rule_changed_and_who_changed_it() {
        actAs(LENDER, "tenant-admin");
        ReviewFlow flow = flows.create(product("history"), "History", resolver.standard());
        flows.saveDraft(flow.getId(), flows.get(flow.getId()).getVersion(), "History", withRules(resolver.standard(),
                rule("Minors", RuleAction.AUTO_REJECT, "AGE", "LESS_THAN", "18")), "Legal minimum age");

        List<HistoryEntry<ReviewFlow>> revisions = history.history(ReviewFlow.class, flow.getId());

        HistoryEntry<ReviewFlow> latest = revisions.get(revisions.size() - 1);
        assertThat(latest.username()).isEqualTo("tenant-admin");
        assertThat(latest.reason()).startsWith("Legal minimum age").contains("RULE 'Minors': added");
        assertThat(revisions).hasSize(2);
    }

    @Test
    void a_test_run_shows_what_the_flow_would_decide_and_writes_nothing() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Test Run Only", "3000.00"), null);
        long customerVersion = customers.find(customer.getId()).orElseThrow().getVersion();

        actAs(LENDER, "tenant-admin");
        FlowTestRun.Result result = testRun.run(autoApprovingLowRisk(resolver.standard()), customer.getId(), Locale.ENGLISH);

        assertThat(result.verification()).isNotEmpty();
        assertThat(result.assessment()).isNotEmpty();
        assertThat(result.figures().riskClass()).isEqualTo(RiskClass.LOW);
        assertThat(result.afterAssessment().kind()).isEqualTo(FlowVerdict.Kind.APPROVE_BY_RULE);
        assertThat(result.creditLimit()).isEqualByComparingTo("18000.00");
        actAs(LENDER, "reviewer");
        assertThat(cases.casesOf(customer.getId())).isEmpty();
        assertThat(customers.find(customer.getId()).orElseThrow().getVersion()).isEqualTo(customerVersion);
    }

    @Test
    void an_exported_flow_imports_into_another_product_and_a_broken_file_saves_nothing() {
        actAs(LENDER, "tenant-admin");
        ReviewFlow flow = flows.create(product("export"), "Exported", withRules(resolver.standard(),
                rule("Minors", RuleAction.AUTO_REJECT, "AGE", "LESS_THAN", "18")));
        String yaml = new String(flows.export(flow.getId(), null, FlowFileFormat.YAML), StandardCharsets.UTF_8);
        String copyProduct = product("copy");

        ReviewFlow imported = flows.importFile("flow.yaml", yaml.replace("product: \"" + flow.getProduct() + "\"", "product: \"" + copyProduct + "\"")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(imported.getProduct()).isEqualTo(copyProduct);
        assertThat(flows.draftOf(imported)).isEqualTo(flows.draftOf(flow));
        int before = flows.list().size();
        assertThatThrownBy(() -> flows.importFile("broken.yaml", yaml.replace("AGE", "AGEE").replace(flow.getProduct(), product("broken"))
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidFlowException.class, e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                        .contains("flow.problem.unknownField"));
        assertThat(flows.list()).hasSize(before);
    }

    @Test
    void only_a_tenant_admin_edits_flows_and_a_case_cannot_open_for_a_product_without_a_published_flow() {
        actAs(LENDER, "reviewer");
        assertThatThrownBy(() -> flows.create(product("denied"), "Denied", resolver.standard())).isInstanceOf(AccessDeniedException.class);
        UUID customerId = customers.save(TestCustomers.reviewable("No Such Product", "3000.00"), null).getId();

        assertThatThrownBy(() -> cases.open(customerId, CaseTrigger.INITIAL, "no-such-product"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("case.error.unknownProduct"));
        assertThat(cases.casesOf(customerId)).isEmpty();
    }

    @Test
    void each_demo_organisation_has_a_product_flow_published_in_two_versions_that_differ_by_one_rule() {
        actAs(LENDER, "tenant-admin");
        ReviewFlow loan = flows.list().stream().filter(summary -> summary.product().equals("consumer-loan")).findFirst()
                .map(summary -> flows.get(summary.id())).orElseThrow();
        List<ReviewFlowVersion> versions = flows.versions(loan.getId());

        assertThat(versions).extracting(ReviewFlowVersion::getNumber).containsExactly(2, 1);
        assertThat(flows.compare(flows.definitionOf(versions.get(1)), flows.definitionOf(versions.get(0))))
                .extracting(change -> change.area() + " " + change.subject()).containsExactly("RULE Clean low risk");
        actAs(LENDER, "reviewer");
        assertThat(cases.products()).contains("consumer-loan");
        actAs(WEALTH, "reviewer");
        assertThat(cases.products()).contains("wealth-account").doesNotContain("consumer-loan");
    }

    private ReviewCase runSteps(ReviewCase opened) {
        ReviewCase verified = cases.startVerification(opened.getId(), opened.getVersion(), Locale.ENGLISH);
        return cases.startAssessment(verified.getId(), verified.getVersion(), Locale.ENGLISH);
    }

    private static String product(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static DecisionRule rule(String name, RuleAction action, String field, String operator, String value) {
        return new DecisionRule(name, action, RuleMatch.ALL, List.of(new RuleCondition(field, operator, value)));
    }

    private static FlowDefinition withRules(FlowDefinition flow, DecisionRule... more) {
        List<DecisionRule> rules = new ArrayList<>(flow.rules());
        rules.addAll(List.of(more));
        return new FlowDefinition(flow.stages(), rules, flow.riskBands(), flow.reReviewMonths(), flow.results(), flow.servicePlans(),
                flow.slaHours(), flow.requiredDocuments());
    }

    private static FlowDefinition withSlas(FlowDefinition flow, int collectingHours) {
        StageSlas slas = flow.slaHours();
        return new FlowDefinition(flow.stages(), flow.rules(), flow.riskBands(), flow.reReviewMonths(), flow.results(), flow.servicePlans(),
                new StageSlas(collectingHours, slas.verifying(), slas.assessing(), slas.approval(), slas.moreInfo()), flow.requiredDocuments());
    }

    /** Every score is LOW risk, no step result asks for a person, and low risk is approved by the flow. */
    private static FlowDefinition autoApprovingLowRisk(FlowDefinition flow) {
        List<FlowStage> stages = flow.stages().stream().map(stage -> new FlowStage(stage.name(), stage.phase(), stage.steps().stream()
                .map(step -> new FlowStep(step.extensionKey(), step.settings(), false, StepConsequence.CONTINUE, StepConsequence.CONTINUE,
                        StepConsequence.CONTINUE)).toList())).toList();
        FlowDefinition continuing = new FlowDefinition(stages, flow.rules(), List.of(new RiskBand(RiskClass.LOW, 0, 1000)), flow.reReviewMonths(),
                flow.results(), flow.servicePlans(), flow.slaHours(), flow.requiredDocuments());
        return withRules(continuing, rule("Low risk", RuleAction.AUTO_APPROVE, "RISK_CLASS", "EQUALS", "LOW"));
    }
}
