package com.crcloud.review.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerRecordService;
import com.crcloud.plugin.api.CustomerSnapshot;
import com.crcloud.plugin.api.ExtensionContext;
import com.crcloud.plugin.api.ScreeningSubject;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.TenantExtension;
import org.springframework.test.util.AopTestUtils;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Benchmark access to the automated assessment without its reads: it lives in the service's package (in the
 * benchmark sources) to reach the package-private snapshot builder and step runner instead of copying them.
 */
public final class AssessmentProbe {

    /** Every step kind, in the order a full assessment runs them. */
    public static final List<ExtensionKind> ALL_STEPS = List.of(ExtensionKind.REVIEW_CHECK, ExtensionKind.SCREENING_PROVIDER,
            ExtensionKind.RISK_MODEL, ExtensionKind.SEGMENTER);

    /** What the plugins are given about one customer, read beforehand. */
    public record Prepared(CustomerSnapshot snapshot, ScreeningSubject subject) {
    }

    private final AutomatedChecksService service;
    private final CustomerRecordService records;

    public AssessmentProbe(AutomatedChecksService service, CustomerRecordService records) {
        // The method-security proxy does not carry the service's fields; the steps run on the service itself.
        this.service = AopTestUtils.getUltimateTargetObject(service);
        this.records = records;
    }

    public Prepared prepare(Customer customer) {
        return new Prepared(CustomerSnapshots.of(customer, records.recordOf(customer.getId())), CustomerSnapshots.subjectOf(customer));
    }

    public List<StepResult> assess(Prepared customer, List<TenantExtension> enabled, Function<TenantExtension, ExtensionContext> contexts,
                                   Locale locale) {
        List<TenantExtension> steps = ALL_STEPS.stream()
                .flatMap(kind -> enabled.stream().filter(item -> item.extension().kind() == kind)).toList();
        return service.run(customer.snapshot(), item -> customer.subject(), steps, contexts, locale);
    }
}
