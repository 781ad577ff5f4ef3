package com.crcloud.feedback.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.feedback.domain.Complaint;
import com.crcloud.feedback.domain.ComplaintStatus;
import com.crcloud.feedback.domain.CustomerSurvey;
import com.crcloud.feedback.domain.SurveyStatus;
import com.crcloud.feedback.service.ComplaintService;
import com.crcloud.feedback.service.InvalidFeedbackException;
import com.crcloud.feedback.service.SurveyService;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.security.CrcUser;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.crcloud.ui.RouteIds;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One customer's surveys and complaints. Reviewers and tenant administrators record a customer's answers to a
 * sent survey in a form built from its questions; reviewers, tenant administrators and compliance officers log
 * complaints and resolve them; approvers and auditors read.
 */
@Route(value = Paths.CUSTOMERS + "/:" + FeedbackView.PARAMETER + "/" + Paths.CUSTOMER_FEEDBACK, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.REVIEWER_NAME, Role.APPROVER_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class FeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "customerId";

    private final CustomerService customers;
    private final SurveyService surveys;
    private final ComplaintService complaints;
    private final ReviewCaseService cases;
    private final TenantTime time;
    private final boolean mayRecordAnswers;
    private final boolean mayHandleComplaints;

    private final H2 heading = new H2();
    private final Grid<CustomerSurvey> surveyGrid = new Grid<>();
    private final VerticalLayout answerArea = new VerticalLayout();
    private final Grid<Complaint> complaintGrid = new Grid<>();
    private final Button logComplaint = new Button();
    private final ComplaintForm complaintForm;
    private final VerticalLayout newComplaint = new VerticalLayout();
    private final VerticalLayout resolveArea = new VerticalLayout();
    private final TextArea resolution = Fields.labelled(new TextArea(), "complaint-resolution", "complaint.resolution");
    private final Button startHandling = new Button();
    private final Button resolve = new Button();
    private Customer customer;

    public FeedbackView(CustomerService customers, SurveyService surveys, ComplaintService complaints, ReviewCaseService cases,
                        CurrentUser currentUser, TenantTime time) {
        this.customers = customers;
        this.surveys = surveys;
        this.complaints = complaints;
        this.cases = cases;
        this.time = time;
        CrcUser user = currentUser.require();
        this.mayRecordAnswers = user.hasRole(Role.TENANT_ADMIN) || user.hasRole(Role.REVIEWER);
        this.mayHandleComplaints = mayRecordAnswers || user.hasRole(Role.COMPLIANCE_OFFICER);
        this.complaintForm = new ComplaintForm(time.zone());

        Button back = new Button(getTranslation("feedback.backToReviews"),
                click -> getUI().ifPresent(ui -> ui.navigate(Paths.CUSTOMERS + "/" + customer.getId() + "/reviews")));
        back.setId("back-to-reviews");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        surveyGrid.setId("customer-surveys");
        surveyGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        surveyGrid.addColumn(survey -> time.format(survey.getSentAt(), getLocale())).setHeader(getTranslation("customerSurvey.sentAt"))
                .setAutoWidth(true).setFlexGrow(0);
        surveyGrid.addColumn(CustomerSurvey::getExtensionKey).setHeader(getTranslation("customerSurvey.extensionKey")).setAutoWidth(true);
        surveyGrid.addColumn(CustomerSurvey::getSurveyId).setHeader(getTranslation("customerSurvey.surveyId")).setAutoWidth(true);
        surveyGrid.addColumn(survey -> getTranslation("survey.status." + survey.getStatus().name()))
                .setHeader(getTranslation("customerSurvey.status")).setAutoWidth(true);
        surveyGrid.addColumn(this::scored).setHeader(getTranslation("customerSurvey.metrics")).setFlexGrow(1);
        surveyGrid.addColumn(survey -> String.join(", ", survey.getFlags())).setHeader(getTranslation("customerSurvey.flags"));
        surveyGrid.setAllRowsVisible(true);
        surveyGrid.asSingleSelect().addValueChangeListener(event -> showAnswerForm(event.getValue()));
        answerArea.setPadding(false);

        logComplaint.setText(getTranslation("complaint.log"));
        logComplaint.setId("log-complaint");
        logComplaint.setVisible(mayHandleComplaints);
        logComplaint.addClickListener(click -> openNewComplaint());
        Button save = new Button(getTranslation("action.save"), click -> saveComplaint());
        save.setId("save-complaint");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> newComplaint.setVisible(false));
        newComplaint.add(complaintForm, new HorizontalLayout(save, cancel));
        newComplaint.setPadding(false);
        newComplaint.setVisible(false);

        complaintGrid.setId("customer-complaints");
        complaintGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        complaintGrid.addColumn(item -> time.format(item.getReceivedAt(), getLocale())).setHeader(getTranslation("complaint.receivedAt"))
                .setAutoWidth(true).setFlexGrow(0);
        complaintGrid.addColumn(item -> getTranslation("complaint.channel." + item.getChannel().name()))
                .setHeader(getTranslation("complaint.channel")).setAutoWidth(true);
        complaintGrid.addColumn(item -> getTranslation("complaint.category." + item.getCategory().name()))
                .setHeader(getTranslation("complaint.category")).setAutoWidth(true);
        complaintGrid.addColumn(item -> getTranslation("complaint.status." + item.getStatus().name()))
                .setHeader(getTranslation("complaint.status")).setAutoWidth(true);
        complaintGrid.addColumn(Complaint::getDescription).setHeader(getTranslation("complaint.description")).setFlexGrow(1);
        complaintGrid.addColumn(item -> item.getResolution() == null ? "" : item.getResolution())
                .setHeader(getTranslation("complaint.resolution")).setFlexGrow(1);
        complaintGrid.addColumn(item -> item.getResolvedBy() == null ? "" : item.getResolvedBy() + ", "
                + time.format(item.getResolvedAt(), getLocale())).setHeader(getTranslation("complaint.resolvedBy")).setAutoWidth(true);
        complaintGrid.setAllRowsVisible(true);
        complaintGrid.asSingleSelect().addValueChangeListener(event -> showResolveForm(event.getValue()));

        resolution.setMaxLength(Complaint.RESOLUTION_LENGTH);
        resolution.setWidth("32rem");
        startHandling.setText(getTranslation("complaint.startHandling"));
        startHandling.setId("start-complaint");
        resolve.setText(getTranslation("complaint.resolve"));
        resolve.setId("resolve-complaint");
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startHandling.addClickListener(click -> changeComplaint(false));
        resolve.addClickListener(click -> changeComplaint(true));
        resolveArea.add(resolution, new HorizontalLayout(startHandling, resolve));
        resolveArea.setPadding(false);
        resolveArea.setVisible(false);

        add(heading, back, new H3(getTranslation("feedback.surveys")), surveyGrid, answerArea,
                new H3(getTranslation("feedback.complaints")), logComplaint, newComplaint, complaintGrid, resolveArea);
    }

    /** Route parameters of a customer's feedback page. */
    public static RouteParameters parameters(UUID customerId) {
        return new RouteParameters(PARAMETER, customerId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Customer> found = event.getRouteParameters().get(PARAMETER).flatMap(RouteIds::uuid).flatMap(customers::find);
        if (found.isEmpty()) {
            Problems.showError(getTranslation("customer.error.notFound"));
            event.forwardTo(Paths.CUSTOMERS);
            return;
        }
        customer = found.get();
        heading.setText(getTranslation("feedback.title") + ": " + customer.getFullName());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    private void refresh() {
        surveyGrid.setItems(surveys.surveysOf(customer.getId()));
        complaintGrid.setItems(complaints.complaintsOf(customer.getId()));
        answerArea.removeAll();
        resolveArea.setVisible(false);
    }

    private String scored(CustomerSurvey survey) {
        if (survey.getStatus() != SurveyStatus.ANSWERED) {
            return "";
        }
        return surveys.metricsOf(survey.getId()).stream()
                .map(metric -> metric.getName() + " " + BigDecimal.valueOf(metric.getValue()).stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }

    private void showAnswerForm(CustomerSurvey survey) {
        answerArea.removeAll();
        if (survey == null || survey.getStatus() != SurveyStatus.SENT || !mayRecordAnswers) {
            return;
        }
        SurveyAnswerForm form = new SurveyAnswerForm(surveys.questionsOf(survey));
        Span refused = new Span();
        refused.setId("survey-error");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        refused.setVisible(false);
        Button record = new Button(getTranslation("survey.record"), click -> {
            try {
                surveys.recordAnswers(survey.getId(), survey.getVersion(), form.answers());
                Problems.showSuccess(getTranslation("survey.recorded"));
                refresh();
            } catch (InvalidFeedbackException e) {
                form.mark(e.problems()).forEach(problem -> Problems.showError(Problems.message(this, problem)));
            } catch (UserFacingException e) {
                form.mark(List.of());
                refused.setText(Problems.message(this, e));
                refused.setVisible(true);
                Problems.showError(refused.getText());
            }
        });
        record.setId("record-answers");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answerArea.add(new H3(getTranslation("survey.answersOf", survey.getSurveyId())), form, refused, record);
    }

    private void openNewComplaint() {
        complaintForm.reset(cases.casesOf(customer.getId()), LocalDateTime.now(time.zone()));
        newComplaint.setVisible(true);
    }

    private void saveComplaint() {
        try {
            complaints.log(complaintForm.entered(customer.getId()));
            Problems.showSuccess(getTranslation("complaint.logged"));
            newComplaint.setVisible(false);
            refresh();
        } catch (InvalidFeedbackException e) {
            complaintForm.mark(e.problems()).forEach(problem -> Problems.showError(Problems.message(this, problem)));
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
    }

    private void showResolveForm(Complaint complaint) {
        resolution.clear();
        resolution.setInvalid(false);
        boolean open = complaint != null && complaint.getStatus() != ComplaintStatus.RESOLVED;
        resolveArea.setVisible(open && mayHandleComplaints);
        startHandling.setVisible(open && complaint.getStatus() == ComplaintStatus.OPEN);
    }

    private void changeComplaint(boolean resolving) {
        Complaint selected = complaintGrid.asSingleSelect().getValue();
        if (selected == null) {
            return;
        }
        try {
            if (resolving) {
                complaints.resolve(selected.getId(), selected.getVersion(), resolution.getValue());
                Problems.showSuccess(getTranslation("complaint.resolved"));
                refresh();
            } else {
                Complaint handled = complaints.startHandling(selected.getId(), selected.getVersion());
                refresh();
                complaintGrid.select(handled);
            }
        } catch (InvalidFeedbackException e) {
            for (FieldProblem problem : e.problems()) {
                resolution.setErrorMessage(Problems.message(this, problem));
                resolution.setInvalid(true);
            }
        } catch (UserFacingException e) {
            Problems.showError(Problems.message(this, e));
        }
    }
}
