package com.crcloud.designer.ui;

import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.flow.domain.FlowStep;
import com.crcloud.flow.domain.StepConsequence;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.FlowStage;
import com.crcloud.flow.domain.ReviewFlow;
import com.crcloud.flow.domain.RuleAction;
import com.crcloud.flow.domain.RuleField;
import com.crcloud.flow.domain.RuleOperator;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.flow.service.FlowChange;
import com.crcloud.flow.service.FlowService;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.service.FlowResolver;
import com.crcloud.review.service.FlowTestRun;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.StepResult;
import com.crcloud.support.KaribuTest;
import com.crcloud.support.TestCustomers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class FlowDesignerViewTest extends KaribuTest {

    private static final AtomicInteger PRODUCTS = new AtomicInteger((int) (System.nanoTime() % 10000));

    @Autowired
    FlowService flows;
    @Autowired
    CustomerService customers;
    @Autowired
    TenantExtensionService extensions;
    @Autowired
    FlowResolver resolver;
    @Autowired
    FlowTestRun testRun;
    @Autowired
    ReviewCaseService cases;

    @Test
    void a_tenant_admin_builds_a_flow_from_scratch_in_the_designer_and_publishes_it() {
        signIn(LENDER, "tenant-admin");
        String product = "designer-loan-" + PRODUCTS.incrementAndGet();
        UI.getCurrent().navigate(FlowListView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("new-flow-product")), product);
        _setValue(_get(TextField.class, spec -> spec.withId("new-flow-name")), "Designer loan");
        _click(_get(Button.class, spec -> spec.withId("create-flow")));
        assertThat(currentView()).isEqualTo(FlowDesignerView.class);

        removeEveryStage();
        _click(_get(Button.class, spec -> spec.withId("add-stage")));
        _setValue(textField("stage-name-0"), "Identity");
        addStep(0, "kyc/age");
        _setValue(_get(Checkbox.class, spec -> spec.withId("step-blocking")), true);
        _click(_get(Button.class, spec -> spec.withId("step-apply")));

        _click(_get(Button.class, spec -> spec.withId("add-stage")));
        _setValue(textField("stage-name-1"), "Scoring");
        _setValue(select("stage-phase-1"), StagePhase.ASSESSMENT);
        for (String assessment : offered(StagePhase.ASSESSMENT)) {
            addStep(1, assessment);
            _click(_get(Button.class, spec -> spec.withId("step-apply")));
        }

        _click(_get(Button.class, spec -> spec.withId("add-rule")));
        _setValue(textField("rule-name"), "Low risk goes through");
        _setValue(select("rule-action"), RuleAction.AUTO_APPROVE);
        _click(_get(Button.class, spec -> spec.withId("rule-add-condition")));
        _setValue(select("condition-field-0"), RuleField.RISK_CLASS);
        _setValue(select("condition-operator-0"), RuleOperator.EQUALS);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<RiskClass> classes = _get(MultiSelectComboBox.class, spec -> spec.withId("condition-value-0"));
        _setValue(classes, Set.of(RiskClass.LOW));
        _click(_get(Button.class, spec -> spec.withId("rule-add-condition")));
        _setValue(select("condition-field-1"), RuleField.SCREENING_HITS);
        _setValue(select("condition-operator-1"), RuleOperator.EQUALS);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("condition-value-1")), BigDecimal.ZERO);
        _click(_get(Button.class, spec -> spec.withId("rule-apply")));
        assertThat(_get(Span.class, spec -> spec.withId("rule-text-" + (lastRule()))).getText())
                .isEqualTo("Approve automatically when all of: Risk class equals Low; Screening hits equals 0");

        _click(_get(Button.class, spec -> spec.withId("publish-flow")));
        _setValue(_get(TextArea.class, spec -> spec.withId("publish-note")), "First version of the designer loan");
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        ReviewFlow flow = flowOf(product);
        assertThat(flow.getPublishedNumber()).isEqualTo(1);
        FlowDefinition published = flows.definitionOf(flows.versions(flow.getId()).get(0));
        assertThat(published.stages()).extracting(FlowStage::name).containsExactly("Identity", "Scoring");
        assertThat(published.stages().get(0).steps()).singleElement().satisfies(step -> {
            assertThat(step.extensionKey()).isEqualTo("kyc/age");
            assertThat(step.blocking()).isTrue();
        });
        assertThat(published.rules()).anySatisfy(rule -> {
            assertThat(rule.name()).isEqualTo("Low risk goes through");
            assertThat(rule.conditions()).extracting(condition -> condition.field() + " " + condition.operator() + " " + condition.value())
                    .containsExactly("RISK_CLASS EQUALS LOW", "SCREENING_HITS EQUALS 0");
        });
        assertThat(flows.versions(flow.getId()).get(0).getNote()).isEqualTo("First version of the designer loan");
        assertThat(_get(Span.class, spec -> spec.withId("flow-status")).getText()).isEqualTo("Version 1 published");
    }

    @Test
    void stages_move_with_the_keyboard_buttons_as_they_would_by_dragging() {
        signIn(LENDER, "tenant-admin");
        ReviewFlow flow = newFlow();
        openDesigner(flow);
        List<String> before = flows.draftOf(flow).stages().stream().map(FlowStage::name).toList();
        assertThat(before).hasSizeGreaterThan(1);

        _click(_get(Button.class, spec -> spec.withId("stage-right-0")));

        assertThat(textField("stage-name-0").getValue()).isEqualTo(before.get(1));
        assertThat(textField("stage-name-1").getValue()).isEqualTo(before.get(0));
        assertThat(_get(Button.class, spec -> spec.withId("stage-left-0")).isEnabled()).isFalse();
    }

    @Test
    void validating_shows_each_problem_with_where_it_is_and_publishing_an_invalid_draft_publishes_nothing() {
        signIn(LENDER, "tenant-admin");
        ReviewFlow flow = newFlow();
        openDesigner(flow);
        removeEveryStage();
        _click(_get(Button.class, spec -> spec.withId("add-band")));
        _click(_get(Button.class, spec -> spec.withId("add-band")));
        _setValue(select("band-class-0"), RiskClass.LOW);
        _setValue(integerField("band-min-0"), 0);
        _setValue(integerField("band-max-0"), 600);
        _setValue(select("band-class-1"), RiskClass.HIGH);
        _setValue(integerField("band-min-1"), 500);
        _setValue(integerField("band-max-1"), 1000);

        _click(_get(Button.class, spec -> spec.withId("validate-flow")));

        List<String> shown = problemTexts();
        assertThat(shown).isNotEmpty();
        assertThat(shown).contains("Stages: The flow has no stages.", "Risk bands: Risk bands overlap on scores 500–600.");
        assertThat(shown).allSatisfy(text -> assertThat(text).doesNotContain("!"));

        _click(_get(Button.class, spec -> spec.withId("publish-flow")));
        _setValue(_get(TextArea.class, spec -> spec.withId("publish-note")), "Should not go out");
        _click(_get(Button.class, spec -> spec.withId("publish-confirm")));

        assertThat(flows.versions(flow.getId())).isEmpty();
        assertThat(flows.get(flow.getId()).getPublishedNumber()).isNull();
        assertThat(problemTexts()).isNotEmpty();
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).startsWith("Not published:"));
    }

    @Test
    void a_test_run_of_the_draft_on_a_customer_shows_its_steps_and_verdict() {
        signIn(LENDER, "tenant-admin");
        Customer customer = customers.save(TestCustomers.reviewable("Dry Run Customer", "12000.00"), null);
        ReviewFlow flow = newFlow();
        openDesigner(flow);

        _click(_get(Button.class, spec -> spec.withId("test-run")));
        @SuppressWarnings("unchecked")
        ComboBox<Customer> pick = _get(ComboBox.class, spec -> spec.withId("test-run-customer"));
        _setValue(pick, customer);
        _click(_get(Button.class, spec -> spec.withId("test-run-start")));

        FlowTestRun.Result expected = testRun.run(flows.draftOf(flow), customer.getId(), java.util.Locale.ENGLISH);
        String verdict = switch (expected.afterAssessment() != null ? expected.afterAssessment().kind() : expected.afterVerification().kind()) {
            case NONE -> "A person decides";
            case APPROVE_BY_RULE -> "Approved automatically by a rule";
            case REJECT_BY_RULE -> "Rejected automatically by a rule";
            case REJECT_BY_STEP -> "Rejected automatically on a step result";
            case MORE_INFO_BY_STEP -> "More information requested on a step result";
        };
        assertThat(_get(Span.class, spec -> spec.withId("test-run-verdict-kind")).getText()).isEqualTo(verdict);
        @SuppressWarnings("unchecked")
        Grid<StepResult> verification = _get(Grid.class, spec -> spec.withId("test-run-stage-Verification"));
        assertThat(_findAll(verification)).extracting(StepResult::extensionKey)
                .containsExactlyElementsOf(expected.verification().stream().map(item -> item.result().extensionKey()).toList());
        assertThat(_findAll(verification)).isNotEmpty();
        if (expected.afterAssessment() != null) {
            assertThat(_get(Paragraph.class, spec -> spec.withId("test-run-riskClass")).getText())
                    .isEqualTo("Risk class: " + (expected.figures().riskClass() == null ? "none"
                            : expected.figures().riskClass().name().charAt(0) + expected.figures().riskClass().name().substring(1).toLowerCase()));
        }
        assertThat(cases.openCaseOf(customer.getId())).as("a test run opens no case").isEmpty();
    }

    @Test
    void an_auditor_compares_the_published_version_with_the_draft_and_sees_who_changed_it_and_why() {
        signIn(LENDER, "tenant-admin");
        ReviewFlow flow = newFlow();
        flows.publish(flow.getId(), flow.getVersion(), "baseline");
        flow = flows.get(flow.getId());
        openDesigner(flow);
        String first = textField("stage-name-0").getValue();
        _setValue(textField("stage-name-0"), "Renamed stage");
        _setValue(textField("draft-note"), "Clearer stage names");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        tearDownUi();

        signIn(LENDER, "auditor");
        UI.getCurrent().navigate(FlowVersionsView.class, new RouteParameters(FlowVersionsView.PARAMETER, flow.getId().toString()));
        assertThat(_findAll(versionsGrid())).extracting(version -> version.getNumber() + " " + version.getPublishedBy() + " " + version.getNote())
                .containsExactly("1 tenant-admin baseline");
        _click(_get(Button.class, spec -> spec.withId("compare-versions")));

        @SuppressWarnings("unchecked")
        Grid<FlowChange> changes = _get(Grid.class, spec -> spec.withId("flow-changes"));
        List<String> rows = java.util.stream.IntStream.range(0, _findAll(changes).size())
                .mapToObj(row -> String.join(" | ", _getFormattedRow(changes, row))).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Stage | " + first + " | VERIFICATION").endsWith("| —"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Stage | Renamed stage | — | VERIFICATION"));

        @SuppressWarnings("unchecked")
        Grid<HistoryEntry<ReviewFlow>> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(_findAll(history)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("tenant-admin");
            assertThat(entry.reason()).startsWith("Clearer stage names").contains("Renamed stage");
        });
    }

    @Test
    void an_import_with_an_error_names_the_problem_and_saves_nothing() {
        signIn(LENDER, "tenant-admin");
        int before = flows.list().size();
        UI.getCurrent().navigate(FlowListView.class);
        String yaml = """
                format: crc-review-flow
                formatVersion: 1
                product: imported-broken
                name: Broken import
                definition:
                  stages:
                    - name: Checks
                      phase: VERIFICATION
                      steps:
                        - extensionKey: nobody/nothing
                          blocking: false
                """;

        _upload(_get(Upload.class, spec -> spec.withId("import-flow")), "broken.yaml", "application/yaml",
                yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-outcome")).getText()).startsWith("broken.yaml was not imported");
        assertThat(problemTexts()).contains("Stage 1 › step 1 › extension: The step is bound to nobody/nothing, which is not installed.")
                .allSatisfy(text -> assertThat(text).doesNotContain("!"));
        assertThat(flows.list()).hasSize(before);
    }

    @Test
    void a_compliance_officer_reads_a_flow_but_cannot_change_it() {
        signIn(LENDER, "tenant-admin");
        ReviewFlow flow = newFlow();
        tearDownUi();
        signIn(LENDER, "compliance-officer");
        openDesigner(flow);

        assertThat(textField("stage-name-0").isReadOnly()).isTrue();
        _assertNone(Button.class, spec -> spec.withId("save-draft"));
        _assertNone(Button.class, spec -> spec.withId("publish-flow"));
        _assertNone(Button.class, spec -> spec.withId("add-stage"));
    }

    @Test
    void dragging_a_stage_card_onto_another_moves_the_stage_there() {
        signIn(LENDER, "tenant-admin");
        ReviewFlow flow = newFlow();
        openDesigner(flow);
        _click(_get(Button.class, spec -> spec.withId("add-stage")));
        List<String> before = List.of(textField("stage-name-0").getValue(), textField("stage-name-1").getValue(),
                textField("stage-name-2").getValue());

        VerticalLayout first = _get(VerticalLayout.class, spec -> spec.withId("stage-0"));
        VerticalLayout last = _get(VerticalLayout.class, spec -> spec.withId("stage-2"));
        UI.getCurrent().getInternals().setActiveDragSourceComponent(first);
        ComponentUtil.fireEvent(last, new DropEvent<>(last, true, "move"));

        assertThat(List.of(textField("stage-name-0").getValue(), textField("stage-name-1").getValue(), textField("stage-name-2").getValue()))
                .containsExactly(before.get(1), before.get(2), before.get(0));
    }

    @Test
    void a_step_setting_the_plugin_would_refuse_is_marked_and_the_step_keeps_its_settings() {
        signIn(LENDER, "tenant-admin");
        ReviewFlow flow = newFlow();
        openDesigner(flow);
        int position = flows.draftOf(flow).stages().get(0).steps().stream().map(step -> step.extensionKey()).toList().indexOf("kyc/age");
        _click(_get(Button.class, spec -> spec.withId("step-0-" + position)));

        TextField minimumAge = textField("setting-minimumAge");
        _setValue(minimumAge, "abc");
        _click(_get(Button.class, spec -> spec.withId("step-apply")));
        _expectInvalid(minimumAge, "'abc' is not a number");

        _setValue(minimumAge, "21");
        _setValue(select("step-on-fail"), StepConsequence.REJECT);
        _click(_get(Button.class, spec -> spec.withId("step-apply")));
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        FlowStep saved = flows.draftOf(flows.get(flow.getId())).stages().get(0).steps().get(position);
        assertThat(saved.settings()).containsEntry("minimumAge", "21");
        assertThat(saved.onFail()).isEqualTo(StepConsequence.REJECT);
    }

    @Test
    void the_rule_editor_offers_only_the_operators_that_fit_the_field() {
        signIn(LENDER, "tenant-admin");
        openDesigner(newFlow());
        _click(_get(Button.class, spec -> spec.withId("add-rule")));
        _click(_get(Button.class, spec -> spec.withId("rule-add-condition")));

        _setValue(select("condition-field-0"), RuleField.COUNTRY);
        assertThat(getSuggestionItems(select("condition-operator-0")))
                .containsExactly(RuleOperator.EQUALS, RuleOperator.NOT_EQUALS, RuleOperator.IN, RuleOperator.NOT_IN);
        assertThat(_get(TextField.class, spec -> spec.withId("condition-value-0"))).isNotNull();

        _setValue(select("condition-field-0"), RuleField.AGE);
        assertThat(getSuggestionItems(select("condition-operator-0"))).contains(RuleOperator.LESS_THAN, RuleOperator.GREATER_OR_EQUAL);
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("condition-value-0"))).isNotNull();
    }

    @Test
    void the_designer_speaks_chinese_to_a_chinese_tenant_including_where_a_problem_is() {
        signIn(WEALTH, "tenant-admin");
        ReviewFlow flow = newFlow();
        openDesigner(flow);
        assertThat(_get(Button.class, spec -> spec.withId("add-stage")).getText()).isEqualTo("添加阶段");
        int rules = flows.draftOf(flow).rules().size();

        _click(_get(Button.class, spec -> spec.withId("add-rule")));
        _setValue(textField("rule-name"), "空规则");
        _click(_get(Button.class, spec -> spec.withId("rule-apply")));
        _click(_get(Button.class, spec -> spec.withId("validate-flow")));

        assertThat(problemTexts()).anySatisfy(text -> assertThat(text)
                .startsWith("第 " + (rules + 1) + " 条规则 “空规则” › 条件列表: ").doesNotContain("!"));
    }

    @Test
    void leaving_the_designer_with_unsaved_edits_asks_first() {
        signIn(LENDER, "tenant-admin");
        openDesigner(newFlow());
        _setValue(textField("stage-name-0"), "Not yet saved");

        UI.getCurrent().navigate(FlowListView.class);

        assertThat(currentView()).isEqualTo(FlowDesignerView.class);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("leave-confirm"));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        assertThat(currentView()).isEqualTo(FlowListView.class);
    }

    private ReviewFlow newFlow() {
        String product = "designer-" + PRODUCTS.incrementAndGet();
        return flows.create(product, "Flow " + product, resolver.standard());
    }

    private void openDesigner(ReviewFlow flow) {
        UI.getCurrent().navigate(FlowDesignerView.class, FlowDesignerView.parameters(flow.getId()));
    }

    private ReviewFlow flowOf(String product) {
        UUID id = flows.list().stream().filter(summary -> summary.product().equals(product)).findFirst().orElseThrow().id();
        return flows.get(id);
    }

    private void removeEveryStage() {
        while (!_find(Button.class, spec -> spec.withId("stage-remove-0")).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withId("stage-remove-0")));
        }
    }

    private void addStep(int stage, String extensionKey) {
        @SuppressWarnings("unchecked")
        Select<TenantExtension> add = _get(Select.class, spec -> spec.withId("add-step-" + stage));
        TenantExtension extension = extensions.list().stream().filter(item -> item.extension().key().equals(extensionKey))
                .findFirst().orElseThrow();
        _setValue(add, extension);
    }

    private List<String> offered(StagePhase phase) {
        return new StepCatalogue(extensions.list()).offeredFor(phase).stream().map(item -> item.extension().key()).toList();
    }

    private static int lastRule() {
        return (int) _find(Span.class).stream().filter(span -> span.getId().orElse("").startsWith("rule-text-")).count() - 1;
    }

    private static List<String> problemTexts() {
        return _get(ProblemList.class, spec -> spec.withId("flow-problems")).texts();
    }

    @SuppressWarnings("unchecked")
    private static Grid<com.crcloud.flow.domain.ReviewFlowVersion> versionsGrid() {
        return _get(Grid.class, spec -> spec.withId("flow-versions"));
    }

    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static IntegerField integerField(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
