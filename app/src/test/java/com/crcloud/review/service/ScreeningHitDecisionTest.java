package com.crcloud.review.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.service.HistoryEntry;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.plugin.api.ScreeningDisposition.Verdict;
import com.crcloud.plugin.api.ScreeningHit;
import com.crcloud.pluginhost.service.TenantExtensionService;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.domain.ReviewCaseComment;
import com.crcloud.review.domain.ScreeningHitDecision;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCases;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.support.UserFacingException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reviewers decide on screening hits; the decision reaches the screening provider through the SDK on re-screening. */
@Tag("persistence")
class ScreeningHitDecisionTest extends IntegrationTest {

    private static final String SCREENING = "compliance/watchlist-screening";

    @Autowired
    CustomerService customers;
    @Autowired
    TenantExtensionService extensions;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    ScreeningDecisionService decisions;
    @Autowired
    AutomatedChecksService automated;
    @Autowired
    AuditHistoryService audit;

    @Test
    void a_false_positive_is_not_raised_again_until_the_list_entry_changes() {
        Listed listed = listedAndAssessed("Olga Falsepositiva");
        String name = listed.name();
        String list = listed.list();
        Customer customer = listed.customer();
        ReviewCase reviewCase = listed.reviewCase();
        ReviewCaseService.CaseHit hit = hitOn(reviewCase, list);

        ScreeningHitDecision decision = cases.decideHit(reviewCase.getId(), SCREENING, list, hit.hit().entryId(), Verdict.FALSE_POSITIVE,
                "  Passport shows another date of birth  ");

        assertThat(decision.getReason()).isEqualTo("Passport shows another date of birth");
        assertThat(decision.getDecidedBy()).isEqualTo("reviewer");
        assertThat(decision.getEntryVersion()).isEqualTo(hit.hit().entryVersion());
        assertThat(cases.comments(reviewCase.getId())).extracting(ReviewCaseComment::getBody).anySatisfy(body ->
                assertThat(body).contains(name, list, "False positive", "Passport shows another date of birth"));
        assertThat(hitsOf(screen(customer), list)).as("unchanged entry: not raised again").isEmpty();

        actAs(LENDER, "compliance-officer");
        upload(list, name + ";" + name.replace("Olga", "O.") + "\n");
        actAs(LENDER, "reviewer");

        assertThat(hitsOf(screen(customer), list)).as("the entry gained an alias").singleElement().satisfies(back -> {
            assertThat(back.entryId()).isEqualTo(hit.hit().entryId());
            assertThat(back.entryVersion()).isNotEqualTo(hit.hit().entryVersion());
            assertThat(back.features()).anySatisfy(feature -> assertThat(feature.explanation())
                    .contains("reviewer dismissed this hit as a false positive", "no longer applies"));
        });
    }

    @Test
    void a_changed_decision_replaces_the_earlier_one_and_both_stay_in_the_history_of_the_tenant() {
        Listed listed = listedAndAssessed("Boris Confirmova");
        String list = listed.list();
        Customer customer = listed.customer();
        ReviewCase reviewCase = listed.reviewCase();
        String entryId = hitOn(reviewCase, list).hit().entryId();

        cases.decideHit(reviewCase.getId(), SCREENING, list, entryId, Verdict.FALSE_POSITIVE, "Looked different at first");
        ScreeningHitDecision confirmed = cases.decideHit(reviewCase.getId(), SCREENING, list, entryId, Verdict.CONFIRMED_MATCH,
                "Same passport number as the listed person");

        assertThat(decisions.decisionsOf(customer.getId())).singleElement().satisfies(latest -> {
            assertThat(latest.getVerdict()).isEqualTo(Verdict.CONFIRMED_MATCH);
            assertThat(latest.getReason()).isEqualTo("Same passport number as the listed person");
        });
        assertThat(hitsOf(screen(customer), list)).as("a confirmed match is raised").singleElement()
                .satisfies(back -> assertThat(back.features()).anySatisfy(feature ->
                        assertThat(feature.explanation()).contains("confirmed this hit as a match")));
        List<HistoryEntry<ScreeningHitDecision>> history = audit.history(ScreeningHitDecision.class, confirmed.getId());
        assertThat(history).extracting(entry -> entry.state().getVerdict()).containsExactly(Verdict.FALSE_POSITIVE, Verdict.CONFIRMED_MATCH);
        assertThat(history).extracting(HistoryEntry::username).containsOnly("reviewer");

        actAs(WEALTH, "tenant-admin");
        assertThat(audit.history(ScreeningHitDecision.class, confirmed.getId())).as("another tenant").isEmpty();
        assertThat(decisions.decisionsOf(customer.getId())).as("another tenant").isEmpty();
    }

    @Test
    void a_decision_needs_a_verdict_a_reason_and_a_hit_of_the_case_and_a_refused_one_stores_nothing() {
        Listed listed = listedAndAssessed("Carla Refusova");
        String list = listed.list();
        Customer customer = listed.customer();
        ReviewCase reviewCase = listed.reviewCase();
        String entryId = hitOn(reviewCase, list).hit().entryId();

        assertRefused(() -> cases.decideHit(reviewCase.getId(), SCREENING, list, entryId, null, "reason"), "screening.error.verdictRequired");
        assertRefused(() -> cases.decideHit(reviewCase.getId(), SCREENING, list, entryId, Verdict.FALSE_POSITIVE, "   "),
                "screening.error.reasonRequired");
        assertRefused(() -> cases.decideHit(reviewCase.getId(), SCREENING, list, entryId, Verdict.FALSE_POSITIVE, "x".repeat(2001)),
                "screening.error.reasonLength");
        assertRefused(() -> cases.decideHit(reviewCase.getId(), SCREENING, list, "no-such-entry", Verdict.FALSE_POSITIVE, "reason"),
                "screening.error.hitNotFound");
        assertRefused(() -> cases.decideHit(reviewCase.getId(), "compliance/policy", list, entryId, Verdict.FALSE_POSITIVE, "reason"),
                "screening.error.hitNotFound");

        assertThat(decisions.decisionsOf(customer.getId())).isEmpty();
        assertThat(hitsOf(screen(customer), list)).hasSize(1);
    }

    /** A customer on a watchlist of their own, with a case verified and assessed by the reviewer. */
    private record Listed(String name, String list, Customer customer, ReviewCase reviewCase) {
    }

    private Listed listedAndAssessed(String baseName) {
        String name = baseName + " " + UUID.randomUUID().toString().substring(0, 6);
        String list = "hd-" + UUID.randomUUID().toString().substring(0, 8);
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable(name, "9000.00"), null);
        actAs(LENDER, "compliance-officer");
        upload(list, name + "\n");
        actAs(LENDER, "reviewer");
        return new Listed(name, list, customer, new TestCases(cases).assessed(customer));
    }

    private static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private ReviewCaseService.CaseHit hitOn(ReviewCase reviewCase, String list) {
        return cases.screeningHits(reviewCase.getId()).stream()
                .filter(hit -> hit.extensionKey().equals(SCREENING) && hit.hit().listName().equals(list))
                .findFirst().orElseThrow(() -> new AssertionError("no hit on " + list + ": " + cases.screeningHits(reviewCase.getId())));
    }

    private List<StepResult> screen(Customer customer) {
        return automated.run(customers.find(customer.getId()).orElseThrow(), List.of(ExtensionKind.REVIEW_CHECK, ExtensionKind.SCREENING_PROVIDER), Locale.ENGLISH);
    }

    private static List<ScreeningHit> hitsOf(List<StepResult> results, String list) {
        return results.stream().filter(result -> result.extensionKey().equals(SCREENING)).flatMap(result -> result.hits().stream())
                .filter(hit -> hit.listName().equals(list)).toList();
    }

    private void upload(String list, String content) {
        extensions.importFile("compliance/watchlist-upload", list + ".txt", content.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
    }
}
