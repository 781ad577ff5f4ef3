package com.crcloud.review.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.CustomerRepository;
import com.crcloud.pluginhost.service.ExtensionDataImported;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.pluginhost.service.TenantExtension;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ScreeningState;
import com.crcloud.review.domain.ScreeningStateRepository;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.user.Authorities;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-screens a tenant's customers after one of its screening plugins received new watchlist data. The work is a
 * db-scheduler task (one pending run per tenant, whichever node picks it up), not the importing user's request:
 * it may take minutes and must survive a restart. Every change of a customer's outcome is recorded; a new or
 * changed hit opens a {@link CaseTrigger#WATCHLIST} case, or is noted on the case already open.
 */
@Service
public class WatchlistRescreening {

    /** The task: its instance id and data are the tenant id. */
    public static final TaskDescriptor<String> TASK = TaskDescriptor.of("rescreen-tenant", String.class);
    public static final String ACTOR = "watchlist-rescreen";
    private static final Logger log = LoggerFactory.getLogger(WatchlistRescreening.class);
    private static final int PAGE = 100;

    /** What one pass found. */
    public record Report(int screened, int changed, int casesFlagged, int errors) {
    }

    private final CustomerRepository customers;
    private final ScreeningStateRepository states;
    private final TenantExtensionService extensions;
    private final AutomatedChecksService automated;
    private final ReviewCaseService cases;
    private final TenantRegistryService tenants;
    private final SchedulerClient scheduler;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the collaborators of one monitoring job
    public WatchlistRescreening(CustomerRepository customers, ScreeningStateRepository states, TenantExtensionService extensions,
                                AutomatedChecksService automated, ReviewCaseService cases, TenantRegistryService tenants,
                                SchedulerClient scheduler, PlatformTransactionManager transactionManager, Clock clock) {
        this.customers = customers;
        this.states = states;
        this.extensions = extensions;
        this.automated = automated;
        this.cases = cases;
        this.tenants = tenants;
        this.scheduler = scheduler;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** New data for a plugin that screens customers of this tenant: schedule a re-screening (once, if one is pending). */
    @EventListener
    void dataImported(ExtensionDataImported event) {
        boolean screens = extensions.list().stream().filter(TenantExtension::enabled)
                .anyMatch(item -> item.extension().kind() == ExtensionKind.SCREENING_PROVIDER
                        && item.extension().pluginId().equals(event.pluginId()));
        if (screens) {
            boolean scheduled = scheduler.scheduleIfNotExists(TASK.instance(event.tenantId()).data(event.tenantId())
                    .scheduledTo(clock.instant()));
            log.info("New data for {} in {}: re-screening {}", event.pluginId(), event.tenantId(),
                    scheduled ? "scheduled" : "already pending");
        }
    }

    /** Screens every customer of the tenant in context with its enabled screening providers. */
    @Secured(Authorities.REVIEWER)
    public Report rescreenTenant() {
        Locale locale = tenants.find(TenantContext.requireTenantId()).map(Tenant::getLocale).orElse(Locale.ENGLISH);
        Tally tally = new Tally();
        Page<Customer> page;
        int number = 0;
        do {
            PageRequest request = PageRequest.of(number++, PAGE, Sort.by("id"));
            page = transaction.execute(status -> customers.findAll(request));
            screen(page.getContent(), locale, tally);
        } while (page.hasNext());
        Report report = new Report(tally.screened, tally.changed, tally.flagged, tally.errors);
        log.info("Re-screened {}: {}", TenantContext.requireTenantId(), report);
        return report;
    }

    private void screen(List<Customer> batch, Locale locale, Tally tally) {
        List<UUID> ids = batch.stream().map(Customer::getId).toList();
        Map<String, ScreeningState> known = transaction.execute(status -> states.findByCustomerIdIn(ids).stream()
                .collect(Collectors.toMap(state -> key(state.getCustomerId(), state.getExtensionKey()), Function.identity())));
        for (Customer customer : batch) {
            tally.screened++;
            for (StepResult result : automated.run(customer, List.of(ExtensionKind.SCREENING_PROVIDER), locale)) {
                if (result.status() == CheckOutcome.ERROR) {
                    tally.errors++;
                } else {
                    compare(customer, result, known.getOrDefault(key(customer.getId(), result.extensionKey()),
                            new ScreeningState(customer.getId(), result.extensionKey())), tally);
                }
            }
        }
    }

    /** Records a changed outcome; a new or different hit goes to review. */
    private void compare(Customer customer, StepResult result, ScreeningState state, Tally tally) {
        int hitsBefore = state.isNew() ? 0 : state.getHitCount();
        String summaryBefore = state.getSummary();
        int hits = result.figures().screeningHits() == null ? 0 : result.figures().screeningHits();
        String summary = truncate(result.summary());
        if (!state.record(hits, result.figures().bestHitScore(), summary, clock.instant())) {
            return;
        }
        tally.changed++;
        AuditReason.with("watchlist update", () -> transaction.execute(status -> states.save(state)));
        if (hits > 0 && (hits != hitsBefore || !summary.equals(summaryBefore))) {
            cases.flagForReview(customer.getId(), CaseTrigger.WATCHLIST,
                    cases.systemText("case.system.watchlist", result.extensionName(), summary));
            tally.flagged++;
        }
    }

    /** Counts of one pass, kept while it runs. */
    private static final class Tally {
        private int screened;
        private int changed;
        private int flagged;
        private int errors;
    }

    private static String key(UUID customerId, String extensionKey) {
        return customerId + "|" + extensionKey;
    }

    private static String truncate(String value) {
        return value.length() <= 500 ? value : value.substring(0, 499) + "…";
    }
}
