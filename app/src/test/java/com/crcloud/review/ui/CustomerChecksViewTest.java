package com.crcloud.review.ui;

import com.crcloud.customer.domain.Customer;
import com.crcloud.customer.domain.NationalIdType;
import com.crcloud.customer.service.CustomerFilter;
import com.crcloud.customer.service.CustomerService;
import com.crcloud.plugin.api.CheckOutcome;
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
        Customer minor = customers.search(new CustomerFilter(null, NationalIdType.CN_RESIDENT_ID), PageRequest.of(0, 200))
                .getContent().stream().filter(customer -> customer.getDateOfBirth() != null
                        && customer.getDateOfBirth().isAfter(LocalDate.now().minusYears(18))).findFirst()
                .orElseGet(() -> customers.search(CustomerFilter.ALL, PageRequest.of(0, 1)).getContent().get(0));
        UI.getCurrent().navigate(CustomerChecksView.class, new RouteParameters(CustomerChecksView.PARAMETER, minor.getId().toString()));

        _click(_get(Button.class, spec -> spec.withId("run-checks")));

        @SuppressWarnings("unchecked")
        List<StepResult> results = _findAll(_get(Grid.class, spec -> spec.withId("check-results")));
        assertThat(results).anySatisfy(result -> {
            assertThat(result.extensionKey()).isEqualTo("kyc/age");
            boolean isMinor = minor.getDateOfBirth() != null && minor.getDateOfBirth().isAfter(LocalDate.now().minusYears(18));
            if (isMinor) {
                assertThat(result.status()).isEqualTo(CheckOutcome.FAIL);
                assertThat(result.reasonCodes()).contains("UNDER_MINIMUM_AGE");
            } else {
                assertThat(result.status()).isIn(CheckOutcome.PASS, CheckOutcome.WARN);
            }
        });
        assertThat(results).noneMatch(result -> result.status() == CheckOutcome.ERROR && result.extensionKey().startsWith("identity"));
    }

    @Test
    void an_auditor_cannot_run_checks() {
        signIn(LENDER, "auditor");
        Customer any = customers.search(CustomerFilter.ALL, PageRequest.of(0, 1)).getContent().get(0);
        UI.getCurrent().navigate(CustomerChecksView.class, new RouteParameters(CustomerChecksView.PARAMETER, any.getId().toString()));
        assertThat(currentView()).isEqualTo(com.crcloud.layout.AccessDeniedView.class);
    }
}
