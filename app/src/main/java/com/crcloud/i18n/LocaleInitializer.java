package com.crcloud.i18n;

import com.crcloud.security.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Gives every new UI the right language: the one chosen during this session, else the user's saved choice
 * (which defaults to the tenant's locale), else what the browser asks for.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    private static final String SESSION_LOCALE = LocaleInitializer.class.getName() + ".locale";

    private final CurrentUser currentUser;

    public LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Locale chosen = (Locale) uiEvent.getUI().getSession().getAttribute(SESSION_LOCALE);
            Locale locale = chosen != null ? chosen : currentUser.get().map(user -> user.locale()).orElse(null);
            if (locale != null) {
                uiEvent.getUI().setLocale(Translations.supported(locale));
            }
        });
    }

    /** Remembers a language switch for the rest of the session. */
    public static void chooseForSession(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_LOCALE, Translations.supported(locale));
    }
}
