package com.crcloud.support;

import com.crcloud.security.CrcUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Browserless UI tests against the real Spring context. {@link #signIn} establishes the user before the UI is
 * created, as a real sign-in does, so the UI gets the user's language and Vaadin's view access control sees
 * the user's roles.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.crcloud");

    @Autowired
    private ApplicationContext context;

    protected CrcUser signIn(String tenant, String username) {
        CrcUser user = actAs(tenant, username);
        startUi();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        return user;
    }

    /** What the open notifications say, whether they show plain text or text with actions. */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(notification -> {
            String text = notification.getElement().getProperty("text");
            return text != null ? text : BasicUtilsKt.get_textRecursively(notification);
        }).toList();
    }

    /** The class of the view on screen (views are plain Vaadin components, never Spring proxies). */
    protected static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass();
    }

    /** Selects a tab as a click on it does, so that content built when a tab is first opened is there. */
    protected static void openTab(String tabId) {
        Tab tab = _get(Tab.class, spec -> spec.withId(tabId));
        ((Tabs) tab.getParent().orElseThrow()).setSelectedTab(tab);
    }

    protected void openAnonymously() {
        startUi();
    }

    private void startUi() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    protected void tearDownUi() {
        MockVaadin.tearDown();
    }
}
