package com.crcloud.review.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.plugin.api.RiskClass;
import com.crcloud.review.domain.ReviewPolicy;
import com.crcloud.review.service.InvalidPolicyException;
import com.crcloud.review.service.ReviewPolicyService;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.support.FieldProblem;
import com.crcloud.tenant.user.Role;
import com.crcloud.ui.Fields;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The tenant's review policy: SLA hours per stage, four-eyes thresholds, the result per risk class and tier, and
 * re-review intervals. The tenant administrator edits it; compliance officers and auditors read it and its history.
 */
@Route(value = Paths.REVIEW_POLICY, layout = MainLayout.class)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.COMPLIANCE_OFFICER_NAME, Role.AUDITOR_NAME})
public class ReviewPolicyView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewPolicyService policies;
    private final Binder<ReviewPolicy> binder = new Binder<>(ReviewPolicy.class);
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final HistoryPanel<ReviewPolicy> history;
    private final TextField reason = new TextField();
    private ReviewPolicy policy;

    public ReviewPolicyView(ReviewPolicyService policies, AuditHistoryService audit, CurrentUser currentUser, TenantTime time) {
        this.policies = policies;
        this.history = new HistoryPanel<>(audit, ReviewPolicy.class, time);
        boolean mayEdit = currentUser.require().hasRole(Role.TENANT_ADMIN);

        FormLayout sla = form(
                hours("slaHoursCollecting", ReviewPolicy::getSlaHoursCollecting, ReviewPolicy::setSlaHoursCollecting),
                hours("slaHoursVerifying", ReviewPolicy::getSlaHoursVerifying, ReviewPolicy::setSlaHoursVerifying),
                hours("slaHoursAssessing", ReviewPolicy::getSlaHoursAssessing, ReviewPolicy::setSlaHoursAssessing),
                hours("slaHoursApproval", ReviewPolicy::getSlaHoursApproval, ReviewPolicy::setSlaHoursApproval),
                hours("slaHoursMoreInfo", ReviewPolicy::getSlaHoursMoreInfo, ReviewPolicy::setSlaHoursMoreInfo));

        Select<RiskClass> fourEyesClass = Fields.labelled(new Select<>(), "fourEyesRiskClass", "policy.fourEyesRiskClass");
        fourEyesClass.setItems(RiskClass.values());
        fourEyesClass.setItemLabelGenerator(value -> getTranslation("risk." + value.name()));
        binder.forField(fourEyesClass).bind(ReviewPolicy::getFourEyesRiskClass, ReviewPolicy::setFourEyesRiskClass);
        fields.put("fourEyesRiskClass", fourEyesClass);
        FormLayout fourEyes = form(fourEyesClass,
                amount("fourEyesLimitAbove", ReviewPolicy::getFourEyesLimitAbove, ReviewPolicy::setFourEyesLimitAbove));

        FormLayout result = form(
                amount("limitMultiplierHigh", ReviewPolicy::getLimitMultiplierHigh, ReviewPolicy::setLimitMultiplierHigh),
                amount("limitMultiplierMedium", ReviewPolicy::getLimitMultiplierMedium, ReviewPolicy::setLimitMultiplierMedium),
                amount("limitMultiplierLow", ReviewPolicy::getLimitMultiplierLow, ReviewPolicy::setLimitMultiplierLow),
                amount("limitCap", ReviewPolicy::getLimitCap, ReviewPolicy::setLimitCap),
                text("pricingBandHigh", ReviewPolicy::getPricingBandHigh, ReviewPolicy::setPricingBandHigh),
                text("pricingBandMedium", ReviewPolicy::getPricingBandMedium, ReviewPolicy::setPricingBandMedium),
                text("pricingBandLow", ReviewPolicy::getPricingBandLow, ReviewPolicy::setPricingBandLow),
                text("servicePlanVip", ReviewPolicy::getServicePlanVip, ReviewPolicy::setServicePlanVip),
                text("servicePlanStandard", ReviewPolicy::getServicePlanStandard, ReviewPolicy::setServicePlanStandard));

        FormLayout reReview = form(
                months("reReviewMonthsHigh", ReviewPolicy::getReReviewMonthsHigh, ReviewPolicy::setReReviewMonthsHigh),
                months("reReviewMonthsMedium", ReviewPolicy::getReReviewMonthsMedium, ReviewPolicy::setReReviewMonthsMedium),
                months("reReviewMonthsLow", ReviewPolicy::getReReviewMonthsLow, ReviewPolicy::setReReviewMonthsLow));

        reason.setId("change-reason");
        reason.setLabel(getTranslation("audit.reason"));
        reason.setHelperText(getTranslation("audit.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidth("28rem");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-policy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(reason, save);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setVisible(mayEdit);
        binder.setReadOnly(!mayEdit);

        add(new H2(getTranslation("policy.title")),
                new H3(getTranslation("policy.sla")), sla,
                new H3(getTranslation("policy.fourEyes")), fourEyes,
                new H3(getTranslation("policy.result")), result,
                new H3(getTranslation("policy.reReview")), reReview,
                actions, new H3(getTranslation("audit.history")), history);
        show(policies.current());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policy.title");
    }

    private void show(ReviewPolicy shown) {
        policy = shown;
        binder.readBean(shown);
        reason.clear();
        history.show(shown.getId());
    }

    private void save() {
        try {
            binder.writeBean(policy);
        } catch (ValidationException e) {
            return; // The fields say what is wrong.
        }
        try {
            show(policies.save(policy, reason.getValue()));
            Problems.showSuccess(getTranslation("policy.saved"));
        } catch (InvalidPolicyException e) {
            e.problems().forEach(this::mark);
        } catch (ConcurrentChangeException e) {
            Problems.showError(Problems.message(this, e));
        }
    }

    private void mark(FieldProblem problem) {
        HasValidation field = fields.get(problem.field());
        field.setErrorMessage(Problems.message(this, problem));
        field.setInvalid(true);
    }

    private IntegerField hours(String name, ValueProvider<ReviewPolicy, Integer> getter, Setter<ReviewPolicy, Integer> setter) {
        IntegerField field = integer(name, getter, setter);
        field.setSuffixComponent(new Span(getTranslation("policy.hours")));
        return field;
    }

    private IntegerField months(String name, ValueProvider<ReviewPolicy, Integer> getter, Setter<ReviewPolicy, Integer> setter) {
        IntegerField field = integer(name, getter, setter);
        field.setSuffixComponent(new Span(getTranslation("policy.months")));
        return field;
    }

    private IntegerField integer(String name, ValueProvider<ReviewPolicy, Integer> getter, Setter<ReviewPolicy, Integer> setter) {
        IntegerField field = Fields.labelled(new IntegerField(), name, "policy." + name);
        binder.forField(field).asRequired(getTranslation("policy.error.required")).bind(getter, setter);
        fields.put(name, field);
        return field;
    }

    private BigDecimalField amount(String name, ValueProvider<ReviewPolicy, BigDecimal> getter, Setter<ReviewPolicy, BigDecimal> setter) {
        BigDecimalField field = Fields.labelled(new BigDecimalField(), name, "policy." + name);
        binder.forField(field).asRequired(getTranslation("policy.error.required")).bind(getter, setter);
        fields.put(name, field);
        return field;
    }

    private TextField text(String name, ValueProvider<ReviewPolicy, String> getter, Setter<ReviewPolicy, String> setter) {
        TextField field = Fields.labelled(new TextField(), name, "policy." + name);
        field.setMaxLength(name.startsWith("servicePlan") ? 80 : 40);
        binder.forField(field).asRequired(getTranslation("policy.error.required")).bind(getter, setter);
        fields.put(name, field);
        return field;
    }

    private static FormLayout form(Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        return form;
    }
}
