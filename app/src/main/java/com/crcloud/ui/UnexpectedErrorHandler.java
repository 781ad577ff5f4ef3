package com.crcloud.ui;

import com.crcloud.tenant.support.UserFacingException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import java.util.UUID;

/**
 * The last line of defence for errors no view handled: the person gets a message in their language instead of a
 * stack trace, their forms stay as they were (nothing is reloaded), and unexpected failures are logged with an
 * incident id they can quote. A database that stops answering mid-action is named as such: each service command
 * runs in one transaction, so nothing half-done was saved.
 */
@Component
public class UnexpectedErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = meaningfulCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (cause instanceof UserFacingException problem) {
            show(ui, ui == null ? problem.messageKey() : ui.getTranslation(problem.messageKey(), problem.arguments()));
        } else if (cause instanceof AccessDeniedException) {
            log.warn("Refused: {}", cause.getMessage());
            show(ui, translate(ui, "error.accessDenied"));
        } else if (cause instanceof DataAccessException || cause instanceof TransactionException) {
            String incident = incident();
            log.error("Database failure, incident {}", incident, cause);
            show(ui, translate(ui, "error.database", incident));
        } else {
            String incident = incident();
            log.error("Unexpected failure, incident {}", incident, cause);
            show(ui, translate(ui, "error.unexpected", incident));
        }
    }

    /** Vaadin wraps listener failures; the person needs the reason, not the wrapper. */
    private static Throwable meaningfulCause(Throwable thrown) {
        Throwable current = thrown;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof UserFacingException || current instanceof AccessDeniedException
                || current instanceof DataAccessException || current instanceof TransactionException)) {
            current = current.getCause();
        }
        return current;
    }

    private static String translate(UI ui, String key, Object... arguments) {
        return ui == null ? key : ui.getTranslation(key, arguments);
    }

    private static void show(UI ui, String text) {
        if (ui == null) {
            return;
        }
        if (ui.getSession().hasLock()) {
            Problems.showError(text);
        } else {
            ui.access(() -> Problems.showError(text));
        }
    }

    private static String incident() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
