package com.crcloud.consent.service;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.consent.domain.ConsentChannel;
import com.crcloud.consent.domain.ConsentPurpose;
import com.crcloud.consent.domain.ConsentRecord;
import com.crcloud.consent.domain.ConsentStatus;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.review.domain.CaseTrigger;
import com.crcloud.review.domain.ReviewCase;
import com.crcloud.review.service.ReviewCaseService;
import com.crcloud.support.IntegrationTest;
import com.crcloud.support.TestCustomers;
import com.crcloud.tenant.support.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("persistence")
class ConsentServiceTest extends IntegrationTest {

    @Autowired
    ConsentService consents;
    @Autowired
    CustomerService customers;
    @Autowired
    ReviewCaseService cases;
    @Autowired
    AuditHistoryService history;

    /** The demo tenants' credit assessment purpose, required by the tests that need the policy. */
    static ConsentPurpose requireCreditAssessment(ConsentService consents, boolean required) {
        ConsentPurpose credit = consents.purposes().stream().filter(purpose -> purpose.getCode().equals("CREDIT_ASSESSMENT"))
                .findFirst().orElseThrow();
        credit.setRequiredForReview(required);
        return consents.savePurpose(credit, required ? "policy: consent before review" : "policy reset by test");
    }

    @AfterEach
    void resetPolicy() {
        actAs(LENDER, "tenant-admin");
        requireCreditAssessment(consents, false);
    }

    @Test
    void a_review_is_refused_without_the_required_consent_naming_the_purpose_and_opens_once_it_is_given() {
        actAs(LENDER, "tenant-admin");
        ConsentPurpose credit = requireCreditAssessment(consents, true);
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Consent Missing", "9000.00"), null);

        assertThatThrownBy(() -> cases.open(customer.getId(), CaseTrigger.INITIAL))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("consent.error.missingForReview");
                    assertThat(e.arguments()).containsExactly("Credit assessment");
                });
        assertThat(cases.openCaseOf(customer.getId())).as("nothing opened").isEmpty();

        ConsentRecord given = consents.record(customer.getId(), credit.getId(), ConsentStatus.GIVEN,
                clock.instant().minus(Duration.ofDays(2)), ConsentChannel.PAPER_FORM, "signed form 2026-11");
        assertThat(given.getRecordedBy()).isEqualTo("reviewer");
        ReviewCase opened = cases.open(customer.getId(), CaseTrigger.INITIAL);
        assertThat(opened.getCustomerId()).isEqualTo(customer.getId());
    }

    @Test
    void a_withdrawn_consent_refuses_the_next_review_and_the_history_keeps_both_declarations() {
        actAs(LENDER, "tenant-admin");
        ConsentPurpose credit = requireCreditAssessment(consents, true);
        actAs(LENDER, "reviewer");
        Customer customer = customers.save(TestCustomers.reviewable("Consent Withdrawn", "9000.00"), null);
        Instant now = clock.instant();
        consents.record(customer.getId(), credit.getId(), ConsentStatus.GIVEN, now.minus(Duration.ofDays(10)), ConsentChannel.ONLINE, null);
        consents.record(customer.getId(), credit.getId(), ConsentStatus.WITHDRAWN, now.minus(Duration.ofDays(1)), ConsentChannel.PHONE,
                "called the hotline");

        CustomerConsents state = consents.consentsOf(customer.getId());
        assertThat(state.missingForReview()).extracting(ConsentPurpose::getCode).containsExactly("CREDIT_ASSESSMENT");
        assertThat(state.history()).extracting(ConsentRecord::getStatus).containsExactly(ConsentStatus.WITHDRAWN, ConsentStatus.GIVEN);
        assertThat(state.history().get(0).getChannel()).isEqualTo(ConsentChannel.PHONE);
        assertThatThrownBy(() -> cases.open(customer.getId(), CaseTrigger.INITIAL))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("consent.error.missingForReview"));
        assertThat(history.history(ConsentRecord.class, state.history().get(0).getId())).as("audited").hasSize(1);
    }

    @Test
    void a_declaration_already_in_force_a_future_time_and_a_missing_channel_are_refused_with_their_reasons() {
        actAs(LENDER, "reviewer");
        ConsentPurpose marketing = consents.purposes().stream().filter(purpose -> purpose.getCode().equals("MARKETING")).findFirst().orElseThrow();
        Customer customer = customers.save(TestCustomers.reviewable("Consent Rules", "9000.00"), null);
        consents.record(customer.getId(), marketing.getId(), ConsentStatus.GIVEN, null, ConsentChannel.IN_BRANCH, null);

        assertThatThrownBy(() -> consents.record(customer.getId(), marketing.getId(), ConsentStatus.GIVEN, null, ConsentChannel.ONLINE, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("consent.error.unchanged"));
        assertThatThrownBy(() -> consents.record(customer.getId(), marketing.getId(), ConsentStatus.WITHDRAWN,
                clock.instant().plus(Duration.ofHours(1)), ConsentChannel.ONLINE, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("consent.error.future"));
        assertThatThrownBy(() -> consents.record(customer.getId(), marketing.getId(), ConsentStatus.WITHDRAWN, null, null, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("consent.error.channel"));
        assertThat(consents.consentsOf(customer.getId()).history()).hasSize(1);
    }

    @Test
    void only_tenant_administrators_change_the_policy_and_a_purpose_code_is_unique_and_well_formed() {
        actAs(LENDER, "reviewer");
        assertThatThrownBy(() -> requireCreditAssessment(consents, true)).isInstanceOf(AccessDeniedException.class);
        actAs(LENDER, "tenant-admin");
        assertThatThrownBy(() -> consents.savePurpose(new ConsentPurpose("MARKETING", "Marketing again", null, false), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("consent.error.duplicateCode"));
        assertThatThrownBy(() -> consents.savePurpose(new ConsentPurpose("bad code", "Bad", null, false), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("consent.error.code"));
        actAs(WEALTH, "tenant-admin");
        assertThat(consents.purposes()).as("each tenant has its own purposes")
                .extracting(ConsentPurpose::getName).contains("信用评估").doesNotContain("Credit assessment");
    }
}
