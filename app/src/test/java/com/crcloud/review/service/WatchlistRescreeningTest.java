package com.crcloud.review.service;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseComment;
import com.crcloud.security.SystemActor;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.user.Role;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("persistence")
class WatchlistRescreeningTest extends IntegrationTest {

    @Autowired
    CustomerService customers;
    @Autowired
    TenantExtensionService extensions;
    @Autowired
    WatchlistRescreening rescreening;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    SchedulerClient scheduler;

    @AfterEach
    void cancelPendingRescreens() {
        scheduler.getScheduledExecutions().stream().filter(execution -> execution.getTaskInstance().getTaskName()
                        .equals(WatchlistRescreening.TASK.getTaskName()))
                .forEach(execution -> scheduler.cancel(execution.getTaskInstance()));
    }

    @Test
    void a_watchlist_upload_schedules_one_rescreening_that_opens_a_case_for_a_newly_listed_customer_once() {
        actAs(LENDER, "reviewer");
        Customer listed = customers.save(TestCustomers.reviewable("Viktor Rescreenov", "9000.00"), null);

        actAs(LENDER, "compliance-officer");
        upload("rescreen-list.txt", "Viktor Rescreenov\n");
        upload("rescreen-list.txt", "Viktor Rescreenov\n");

        assertThat(scheduler.getScheduledExecutions())
                .filteredOn(execution -> execution.getTaskInstance().getTaskName().equals("rescreen-tenant"))
                .singleElement().satisfies(execution -> {
                    assertThat(execution.getTaskInstance().getId()).isEqualTo(LENDER);
                    assertThat(execution.getData()).isEqualTo(LENDER);
                });

        WatchlistRescreening.Report first = runAsTheJob();
        ReviewCase flagged = cases.openCaseOf(listed.getId()).orElseThrow();
        assertThat(flagged.getOpenedBecause()).isEqualTo(CaseTrigger.WATCHLIST);
        assertThat(cases.comments(flagged.getId())).extracting(ReviewCaseComment::getBody)
                .anySatisfy(body -> assertThat(body).contains("Watchlist update", "Viktor Rescreenov"));
        assertThat(first.casesFlagged()).isPositive();

        WatchlistRescreening.Report second = runAsTheJob();
        assertThat(second.changed()).as("nothing changed since the last pass").isZero();
        assertThat(second.casesFlagged()).isZero();
        assertThat(cases.comments(flagged.getId())).filteredOn(comment -> comment.getBody().contains("Watchlist update")).hasSize(1);
    }

    @Test
    void a_customer_whose_listing_is_removed_is_recorded_as_clear_without_a_new_case() {
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Delisted Person", "9000.00"), null);
        actAs(LENDER, "compliance-officer");
        upload("delisting-list.txt", "Delisted Person\n");
        runAsTheJob();
        actAs(LENDER, "reviewer");
        int casesBefore = cases.casesOf(customer.getId()).size();

        actAs(LENDER, "compliance-officer");
        upload("delisting-list.txt", "Somebody Else Entirely\n");
        WatchlistRescreening.Report report = runAsTheJob();

        assertThat(report.changed()).isPositive();
        actAs(LENDER, "reviewer");
        assertThat(cases.casesOf(customer.getId())).hasSize(casesBefore);
    }

    private void upload(String fileName, String content) {
        extensions.importFile("compliance/watchlist-upload", fileName, content.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
    }

    private WatchlistRescreening.Report runAsTheJob() {
        return SystemActor.call(LENDER, WatchlistRescreening.ACTOR, EnumSet.of(Role.REVIEWER), rescreening::rescreenTenant);
    }
}
