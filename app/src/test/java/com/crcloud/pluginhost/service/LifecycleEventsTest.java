package com.crcloud.pluginhost.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.LifecycleEvent;
import com.crcloud.pluginhost.domain.PluginRecord;
import com.crcloud.pluginhost.domain.PluginRecordRepository;
import com.crcloud.review.domain.CaseStage;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.DecisionOutcome;
import com.crcloud.review.domain.DecisionReason;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.CaseProposal;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.review.service.WatchlistRescreening;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.testplugins.TestLifecycleListeners;
import com.crcloud.testplugins.TestPluginChecks;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Host events reach the tenant's enabled lifecycle listeners of a real plugin jar, with the tenant's context, and
 * a listener that throws or hangs changes nothing for the person whose action caused the event.
 */
@Tag("persistence")
class LifecycleEventsTest extends IntegrationTest {

    private static final String PLUGIN = "lifecycle-test";
    private static final String RECORDING = PLUGIN + "/recording";
    private static final String THROWING = PLUGIN + "/throwing";
    private static final String HANGING = PLUGIN + "/hanging";

    @Autowired
    PluginHost host;
    @Autowired
    TenantExtensionService extensions;
    @Autowired
    LifecycleEvents lifecycle;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    CustomerService customers;
    @Autowired
    PluginRecordRepository records;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    SchedulerClient scheduler;
    @TempDir
    Path workDir;

    @BeforeEach
    void installListenerPlugin() throws IOException {
        Path jar = PluginJars.build(workDir, PLUGIN + ".jar", PluginJars.descriptor(PLUGIN, ">=1.0.0"),
                List.of(TestPluginChecks.TestPlugin.class, TestLifecycleListeners.class, TestLifecycleListeners.RecordingListener.class,
                        TestLifecycleListeners.ThrowingListener.class, TestLifecycleListeners.HangingListener.class),
                List.of(TestLifecycleListeners.RecordingListener.class, TestLifecycleListeners.ThrowingListener.class,
                        TestLifecycleListeners.HangingListener.class));
        host.install(PLUGIN + ".jar", Files.readAllBytes(jar));
    }

    @AfterEach
    void removeListenerPlugin() {
        actAs(LENDER, "tenant-admin");
        for (String key : List.of(RECORDING, THROWING, HANGING)) {
            switchTo(key, false);
        }
        host.uninstall(PLUGIN);
    }

    @Test
    void a_decision_reaches_an_enabled_listener_with_the_outcome_and_the_tenant_context() {
        enableAs(LENDER, RECORDING);
        actAs(LENDER, "reviewer");
        ReviewCase decided = rejected("Listener Decision");

        PluginRecord record = awaitRecord("CaseDecided/" + decided.getId());

        assertThat(record.getValue()).isEqualTo(new LifecycleEvent.CaseDecided(decided.getId().toString(),
                decided.getCustomerId().toString(), "REJECTED") + " tenant=" + LENDER + " user=reviewer");
    }

    @Test
    void a_change_of_finances_names_the_changed_snapshot_fields() {
        enableAs(LENDER, RECORDING);
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Listener Finances", "8000.00"), null);
        customer.setMonthlyIncome(new BigDecimal("9500.00"));
        customer.setCity("Tianjin");
        customers.save(customer, "pay rise, moved");

        PluginRecord record = awaitRecord("CustomerDataChanged/" + customer.getId());

        assertThat(record.getValue()).startsWith(new LifecycleEvent.CustomerDataChanged(customer.getId().toString(),
                List.of("city", "monthlyIncome")).toString());
    }

    @Test
    void new_data_for_a_screening_plugin_is_a_watchlist_update_named_by_its_importer() {
        enableAs(LENDER, RECORDING);
        actAs(LENDER, "compliance-officer");
        String importer = host.extensions().stream()
                .filter(extension -> extension.kind() == ExtensionKind.DATA_IMPORTER && extension.pluginId().equals("compliance"))
                .findFirst().orElseThrow().key();

        // The event a real upload publishes; a real upload would replace the tenant's watchlist other tests rely on.
        events.publishEvent(new ExtensionDataImported(LENDER, "compliance", importer));

        assertThat(awaitRecord("WatchlistUpdated/" + importer).getValue())
                .startsWith(new LifecycleEvent.WatchlistUpdated(importer).toString());
        scheduler.cancel(TaskInstanceId.of(WatchlistRescreening.TASK.getTaskName(), LENDER)); // the re-screening the same event scheduled
    }

    @Test
    void a_throwing_or_hanging_listener_leaves_the_decision_in_place_and_is_listed_with_the_plugins_recent_errors() {
        enableAs(LENDER, THROWING);
        enableAs(LENDER, HANGING);
        enableAs(LENDER, RECORDING);
        actAs(LENDER, "reviewer");

        long started = System.nanoTime();
        ReviewCase decided = rejected("Listener Failure");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(decided.getStage()).isEqualTo(CaseStage.REJECTED);
        assertThat(cases.find(decided.getId()).orElseThrow().getStage()).isEqualTo(CaseStage.REJECTED);
        assertThat(took).as("the person deciding never waits for listeners").isLessThan(Duration.ofSeconds(5));
        assertThat(awaitRecord("CaseDecided/" + decided.getId())).as("the other listeners still hear of it").isNotNull();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(recentErrors())
                .anySatisfy(error -> {
                    assertThat(error.extensionId()).isEqualTo("throwing");
                    assertThat(error.tenantId()).isEqualTo(LENDER);
                    assertThat(error.cause()).isEqualTo("IllegalStateException: listener bug");
                })
                .anySatisfy(error -> {
                    assertThat(error.extensionId()).isEqualTo("hanging");
                    assertThat(error.cause()).startsWith("did not answer within");
                }));
    }

    @Test
    void a_tenant_that_did_not_switch_a_listener_on_does_not_reach_it() {
        enableAs(LENDER, RECORDING);
        actAs(WEALTH, "reviewer");
        LifecycleEvent.CaseDecided event = new LifecycleEvent.CaseDecided("case-of-wealth", "customer-of-wealth", "APPROVED");

        lifecycle.publish(() -> event).join();

        assertThat(record("CaseDecided/case-of-wealth")).isEmpty();
        actAs(LENDER, "reviewer");
        assertThat(record("CaseDecided/case-of-wealth")).isEmpty();
    }

    private ReviewCase rejected(String name) {
        Customer customer = customers.save(TestCustomers.reviewable(name, "6000.00"), null);
        ReviewCase reviewCase = cases.open(customer.getId(), CaseTrigger.INITIAL);
        reviewCase = cases.startVerification(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        reviewCase = cases.startAssessment(reviewCase.getId(), reviewCase.getVersion(), Locale.ENGLISH);
        return cases.decide(reviewCase.getId(), reviewCase.getVersion(),
                new CaseProposal(DecisionOutcome.REJECTED, List.of(DecisionReason.AFFORDABILITY), null), Locale.ENGLISH);
    }

    private void enableAs(String tenant, String key) {
        actAs(tenant, "tenant-admin");
        switchTo(key, true);
    }

    private void switchTo(String key, boolean enabled) {
        TenantExtension item = extensions.list().stream().filter(candidate -> candidate.extension().key().equals(key))
                .findFirst().orElseThrow();
        if (item.enabled() != enabled) {
            extensions.save(key, enabled, Map.of(), item.version(), "lifecycle test");
        }
    }

    private PluginRecord awaitRecord(String key) {
        return await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> record(key), Optional::isPresent).orElseThrow();
    }

    private Optional<PluginRecord> record(String key) {
        return new TransactionTemplate(transactionManager).execute(status ->
                records.findByPluginIdAndCollectionAndKey(PLUGIN, TestLifecycleListeners.COLLECTION, key));
    }

    private List<PluginHost.ExtensionError> recentErrors() {
        return host.plugins().stream().filter(plugin -> plugin.id().equals(PLUGIN)).findFirst().orElseThrow().recentErrors();
    }
}
