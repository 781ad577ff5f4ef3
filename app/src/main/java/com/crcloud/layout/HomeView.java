package com.crcloud.layout;

import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.user.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page: platform administrators to the tenant list, everyone else to their customers. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.require().hasRole(Role.PLATFORM_ADMIN) ? Paths.TENANTS : Paths.CUSTOMERS);
    }
}
