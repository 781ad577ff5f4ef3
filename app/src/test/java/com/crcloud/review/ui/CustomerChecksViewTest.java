package com.crcloud.review.ui;

import com.crcloud.customer.domain.ChineseResidentId;
import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.CheckOutcome;
import com.crcloud.pluginhost.service.ExtensionKind;
import com.crcloud.review.service.StepResult;
import com.crcloud.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerChecksViewTest extends KaribuTest {

    @Autowired
    CustomerService customers;

    @Test
    void a_reviewer_runs_the_enabled_plugin_steps_on_a_customer_and_sees_each_result() {
        signIn(LENDER, "reviewer");
        LocalDate born = LocalDate.now().minusYears(13);
        String first17 = "110105" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "731";
        Customer child = new Customer();
        child.setFullName("Checks Child");
        child.setDateOfBirth(born);
        child.setNationalIdType(NationalIdType.CN_RESIDENT_ID);
        child.setNationalIdNumber(first17 + ChineseResidentId.checkCharacter(first17));
        Customer saved = customers.save(child, "checks test");
        UI.getCurrent().navigate(CustomerChecksView.class, new RouteParameters(CustomerChecksView.PARAMETER, saved.getId().toString()));

        _click(_get(Button.class, spec -> spec.withId("run-checks")));

        @SuppressWarnings("unchecked")
        List<StepResult> results = _findAll(_get(Grid.class, spec -> spec.withId("check-results")));
        // Every allowed minimum age (14..99) is above 13, whatever a tenant admin configured.
        assertThat(results).filteredOn(result -> result.extensionKey().equals("kyc/age")).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(CheckOutcome.FAIL);
            assertThat(result.reasonCodes()).containsExactly("UNDER_MINIMUM_AGE");
        });
        assertThat(results).filteredOn(result -> result.extensionKey().equals("kyc/resident-id"))
                .singleElement().satisfies(result -> assertThat(result.status()).isEqualTo(CheckOutcome.PASS));
        assertThat(results).extracting(StepResult::kind).contains(ExtensionKind.SCREENING_PROVIDER, ExtensionKind.RISK_MODEL,
                ExtensionKind.SEGMENTER);
        assertThat(results).noneMatch(result -> result.status() == CheckOutcome.ERROR && !result.extensionKey().startsWith("kyc/identity-source")
                && !result.extensionKey().startsWith("compliance/policy"));
    }

    @Test
    void an_auditor_cannot_run_checks() {
        signIn(LENDER, "auditor");
        Customer any = customers.search(CustomerFilter.ALL, PageRequest.of(0, 1)).getContent().get(0);
        UI.getCurrent().navigate(CustomerChecksView.class, new RouteParameters(CustomerChecksView.PARAMETER, any.getId().toString()));
        assertThat(currentView()).isEqualTo(com.crcloud.layout.AccessDeniedView.class);
    }
}
