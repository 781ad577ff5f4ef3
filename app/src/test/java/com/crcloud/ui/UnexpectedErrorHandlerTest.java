package com.crcloud.ui;

import com.crcloud.customer.service.ConcurrentChangeException;
import com.crcloud.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedErrorHandlerTest extends KaribuTest {

    @Test
    void the_handler_is_installed_on_every_session() {
        signIn(LENDER, "reviewer");

        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UnexpectedErrorHandler.class);
    }

    @Test
    void a_database_that_stops_answering_is_named_with_an_incident_and_no_stack_trace() {
        signIn(LENDER, "reviewer");

        fail(new RuntimeException("listener failed", new DataAccessResourceFailureException("Communications link failure")));

        assertThat(notificationTexts()).singleElement().satisfies(text -> assertThat(text)
                .contains("database did not answer", "nothing was saved", "incident").doesNotContain("Communications link"));
    }

    @Test
    void a_business_refusal_nobody_caught_still_reads_as_its_message_in_the_users_language() {
        signIn(WEALTH, "reviewer");

        fail(new ConcurrentChangeException());

        assertThat(notificationTexts()).singleElement().satisfies(text -> assertThat(text).doesNotContain("error.concurrentChange")
                .isEqualTo(UI.getCurrent().getTranslation("error.concurrentChange")));
    }

    @Test
    void a_refused_permission_says_so_without_details() {
        signIn(LENDER, "auditor");

        fail(new AccessDeniedException("Access Denied"));

        assertThat(notificationTexts()).singleElement().satisfies(text -> assertThat(text).contains("role does not allow"));
    }

    private static void fail(Throwable thrown) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
    }
}
