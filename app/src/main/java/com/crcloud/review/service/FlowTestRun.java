package com.crcloud.review.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.flow.domain.CaseFacts;
import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.flow.domain.StagePhase;
import com.crcloud.flow.domain.StepConsequence;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Authorities;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A test run of a flow (typically a draft) on an existing customer: what its steps say, which risk class, result
 * and decision would follow. Nothing is written: no case, no step results, no customer change.
 */
@Service
public class FlowTestRun {

    /**
     * What would happen.
     *
     * @param missingDocuments required documents the customer lacks: a real case could not start verification
     * @param verification     the verification stages' steps with their results
     * @param afterVerification what the flow would decide after verification
     * @param assessment       the assessment stages' steps, empty when the flow decided after verification
     * @param afterAssessment  what the flow would decide after the assessment; null when it decided before
     */
    public record Result(List<String> missingDocuments, List<AutomatedChecksService.FlowStepResult> verification,
                         FlowVerdict afterVerification, List<AutomatedChecksService.FlowStepResult> assessment, ModelFigures figures,
                         BigDecimal creditLimit, String currency, String pricingBand, String servicePlan, FlowVerdict afterAssessment) {
    }

    private final CustomerRepository customers;
    private final AutomatedChecksService automated;
    private final CustomerSnapshots snapshots;
    private final CurrentUser currentUser;
    private final TenantRegistryService tenants;
    private final Clock clock;

    public FlowTestRun(CustomerRepository customers, AutomatedChecksService automated, CustomerSnapshots snapshots,
                       CurrentUser currentUser, TenantRegistryService tenants, Clock clock) {
        this.customers = customers;
        this.automated = automated;
        this.snapshots = snapshots;
        this.currentUser = currentUser;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Secured({Authorities.TENANT_ADMIN, Authorities.COMPLIANCE_OFFICER})
    public Result run(FlowDefinition flow, UUID customerId, Locale locale) {
        // The steps check the stored values (the real ID number), not the masked view; only results are shown.
        Customer customer = customers.findById(customerId).orElseThrow(() -> new UserFacingException(null, "customer.error.notFound"));
        CustomerSnapshot snapshot = snapshots.of(customer);
        List<String> missing = FlowFacts.missingDocuments(flow, snapshot);
        List<AutomatedChecksService.FlowStepResult> verification = automated.runStages(customer, flow.stagesOf(StagePhase.VERIFICATION), locale);
        FlowVerdict afterVerification = FlowVerdict.of(flow, StagePhase.VERIFICATION, verification, List.of(), null);
        if (afterVerification.decides()) {
            return new Result(missing, verification, afterVerification, List.of(), null, null, customer.getCurrency(), null, null, null);
        }
        List<AutomatedChecksService.FlowStepResult> assessment = automated.runStages(customer, flow.stagesOf(StagePhase.ASSESSMENT), locale);
        ModelFigures figures = ModelFigures.of(flow, assessment.stream().map(AutomatedChecksService.FlowStepResult::result).toList());
        List<StepResult> verified = verification.stream().map(AutomatedChecksService.FlowStepResult::result).toList();
        ZoneId zone = currentUser.require().tenantId().flatMap(tenants::find).map(Tenant::getTimeZone).orElse(ZoneId.of("UTC"));
        CaseFacts facts = FlowFacts.of(customer, snapshot, figures.riskClass(), figures.tier(), figures.score(), figures.probabilityOfDefault(),
                verified, flow, LocalDate.now(clock.withZone(zone)));
        List<StepConsequence> earlier = verification.stream()
                .map(item -> item.step().consequenceOf(item.result().status())).toList();
        FlowVerdict afterAssessment = FlowVerdict.of(flow, StagePhase.ASSESSMENT, assessment, earlier, facts);
        return new Result(missing, verification, afterVerification, assessment, figures, facts.creditLimit(), customer.getCurrency(),
                flow.pricingBand(figures.riskClass()), flow.servicePlan(figures.tier()), afterAssessment);
    }
}
