package com.crcloud.designer.ui;

import com.crcloud.customer.service.CustomerService;
import com.crcloud.flow.domain.ReviewFlow;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.flow.service.FlowService;
import com.crcloud.flow.service.InvalidFlowException;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.review.service.FlowTestRun;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The designer of one flow's draft: stages as a sequence of cards with their steps, the decision rules, and what
 * a decision applies. The tenant administrator saves the draft (with an optional note), validates it, publishes
 * it (a note is required; nothing is published while a problem remains) and test-runs it on a customer;
 * compliance officers and auditors see it read-only (compliance officers may test-run it: that writes nothing).
 * Problems are listed beside the designer, each with where it is.
 */
@Route(value = Paths.FLOWS + "/:" + FlowDesignerView.PARAMETER, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class FlowDesignerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String PARAMETER = FlowRoute.PARAMETER;

    private final FlowService flows;
    private final TenantExtensionService extensions;
    private final FlowTestRun testRun;
    private final CustomerService customers;
    private final boolean mayEdit;
    /** Compliance officers may try a flow on a customer too: a test run writes nothing. */
    private final boolean mayTest;
    private final H2 heading = new H2();
    private final Span status = new Span();
    private final TextField name = Fields.labelled(new TextField(), "flow-name", "designer.flow.name");
    private final TextField note = Fields.labelled(new TextField(), "draft-note", "designer.note");
    private final Div designer = new Div();
    private final ProblemList problems = new ProblemList();
    private final RouterLink versions = new RouterLink();
    private ReviewFlow flow;
    private Draft draft;
    private StepCatalogue catalogue;

    public FlowDesignerView(FlowService flows, TenantExtensionService extensions, FlowTestRun testRun, CustomerService customers,
                            CurrentUser currentUser) {
        this.flows = flows;
        this.extensions = extensions;
        this.testRun = testRun;
        this.customers = customers;
        this.mayEdit = currentUser.require().hasRole(Role.TENANT_ADMIN);
        this.mayTest = mayEdit || currentUser.require().hasRole(Role.COMPLIANCE_OFFICER);
        setSizeFull();

        name.setMaxLength(200);
        name.setReadOnly(!mayEdit);
        note.setMaxLength(1000);
        note.setWidth("24rem");
        note.setHelperText(getTranslation("designer.note.help"));
        Button save = action("save-draft", "designer.saveDraft", this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button validate = action("validate-flow", "designer.validate", this::validate);
        Button publish = action("publish-flow", "designer.publish", this::askToPublish);
        Button test = action("test-run", "designer.testRun",
                () -> new TestRunDialog(customers, testRun, draft.get()).open());
        versions.setText(getTranslation("designer.flow.versions"));
        versions.setId("flow-versions-link");
        RouterLink back = new RouterLink(getTranslation("designer.flow.backToList"), FlowListView.class);
        back.setId("back-to-flows");
        status.setId("flow-status");

        HorizontalLayout fields = new HorizontalLayout(name, note);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        note.setVisible(mayEdit);
        HorizontalLayout actions = new HorizontalLayout(save, validate, publish, test, versions, back);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        List.of(save, validate, publish).forEach(button -> button.setVisible(mayEdit));
        test.setVisible(mayTest);

        designer.setWidthFull();
        problems.setWidth("24rem");
        problems.addClassName("flow-problems");
        HorizontalLayout body = new HorizontalLayout(designer, problems);
        body.setWidthFull();
        body.expand(designer);
        add(heading, status, fields, actions, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ReviewFlow> loaded = FlowRoute.load(event, flows, this);
        if (loaded.isEmpty()) {
            return;
        }
        flow = loaded.get();
        catalogue = new StepCatalogue(extensions.list());
        versions.setRoute(FlowVersionsView.class, new RouteParameters(FlowVersionsView.PARAMETER, flow.getId().toString()));
        show(flow);
    }

    /** Edits not saved yet are not lost by following a link: the admin confirms leaving them. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!mayEdit || draft == null || !(draft.changed() || !name.getValue().equals(flow.getName()))) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("designer.leave.title"), getTranslation("designer.leave.text"),
                getTranslation("designer.leave.confirm"), click -> leave.proceed());
        confirm.setId("leave-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("designer.leave.stay"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    static RouteParameters parameters(UUID flowId) {
        return new RouteParameters(PARAMETER, flowId.toString());
    }

    private void show(ReviewFlow shown) {
        flow = shown;
        draft = new Draft(flows.draftOf(shown));
        heading.setText(getTranslation("designer.title", shown.getName(), shown.getProduct()));
        status.setText(shown.getPublishedNumber() == null ? getTranslation("designer.flow.notPublished")
                : getTranslation("designer.flow.publishedVersion", shown.getPublishedNumber()));
        name.setValue(shown.getName());
        note.clear();
        designer.removeAll();
        Div stages = new Div(new StageBoard(draft, catalogue, mayEdit));
        stages.addClassName("flow-stage-scroller");
        designer.add(new H3(getTranslation("designer.stages")), stages,
                new H3(getTranslation("designer.rules")), new RulesPanel(draft, mayEdit),
                new TermsPanel(draft, mayEdit));
    }

    private void save() {
        try {
            show(flows.saveDraft(flow.getId(), flow.getVersion(), name.getValue(), draft.get(), note.getValue()));
            problems.clear();
            Problems.showSuccess(getTranslation("designer.saved"));
        } catch (InvalidFlowException e) {
            showProblems(e.problems());
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
    }

    private void validate() {
        List<FieldProblem> found = flows.validate(draft.get());
        showProblems(found);
        if (found.isEmpty()) {
            Problems.showSuccess(getTranslation("designer.problems.none"));
        }
    }

    private void askToPublish() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("designer.publish.title", flow.getName()));
        TextArea publishNote = Fields.labelled(new TextArea(), "publish-note", "designer.publish.note");
        publishNote.setMaxLength(2000);
        publishNote.setWidth("32rem");
        publishNote.setRequiredIndicatorVisible(true);
        dialog.add(new Span(getTranslation("designer.publish.explain")), publishNote);
        Button confirm = new Button(getTranslation("designer.publish"), click -> {
            if (publishNote.getValue().isBlank()) {
                publishNote.setErrorMessage(getTranslation("designer.publish.noteRequired"));
                publishNote.setInvalid(true);
                return;
            }
            dialog.close();
            publish(publishNote.getValue().trim());
        });
        confirm.setId("publish-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Publishes what the screen shows: unsaved edits are saved first, with the publication's note. */
    private void publish(String publicationNote) {
        try {
            if (draft.changed() || !name.getValue().equals(flow.getName())) {
                show(flows.saveDraft(flow.getId(), flow.getVersion(), name.getValue(), draft.get(), publicationNote));
            }
            int number = flows.publish(flow.getId(), flow.getVersion(), publicationNote).getNumber();
            show(flows.get(flow.getId()));
            problems.clear();
            Problems.showSuccess(getTranslation("designer.published", number));
        } catch (InvalidFlowException e) {
            showProblems(e.problems());
            Problems.showError(getTranslation("designer.notPublished", e.problems().size()));
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
    }

    private void showProblems(List<FieldProblem> found) {
        problems.show(found, draft.get(), catalogue);
    }

    private Button action(String id, String labelKey, Runnable run) {
        Button button = new Button(getTranslation(labelKey), click -> run.run());
        button.setId(id);
        return button;
    }
}
