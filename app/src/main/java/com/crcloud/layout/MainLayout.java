package com.crcloud.layout;

import com.crcloud.account.service.AccountService;
import com.crcloud.i18n.LocaleInitializer;
import com.crcloud.i18n.Translations;
import com.crcloud.security.CrcUser;
import com.crcloud.security.CurrentUser;
import com.crcloud.tenant.domain.Tenant;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.user.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.Locale;

/** The frame around every signed-in view: navigation by role, who is signed in, language, sign-out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AccountService accounts, TenantRegistryService tenants,
                      AuthenticationContext authentication) {
        CrcUser user = currentUser.require();

        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        Span where = new Span(user.tenantId()
                .map(tenant -> getTranslation("layout.tenant", tenants.find(tenant).map(Tenant::getDisplayName).orElse(tenant)))
                .orElse(getTranslation("layout.platform")));
        user.tenantId().ifPresent(tenant -> where.getElement().setAttribute("data-tenant", tenant));
        where.addClassName("app-tenant");
        where.setId("current-tenant");

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems(Translations.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.toLanguageTag()));
        language.setValue(Translations.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                accounts.saveLanguage(event.getValue());
                LocaleInitializer.chooseForSession(UI.getCurrent().getSession(), event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        Span who = new Span(user.displayName());
        who.setId("current-user");
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, where, new Span(), who, language, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(3));
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(navigation(user));
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation(CrcUser user) {
        SideNav nav = new SideNav();
        if (user.hasRole(Role.PLATFORM_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.tenants"), Paths.TENANTS, VaadinIcon.BUILDING.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.plugins"), Paths.PLUGINS, VaadinIcon.PLUG.create()));
        } else {
            nav.addItem(new SideNavItem(getTranslation("nav.reviews"), Paths.REVIEWS, VaadinIcon.TASKS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.customers"), Paths.CUSTOMERS, VaadinIcon.USERS.create()));
            if (user.hasRole(Role.TENANT_ADMIN) || user.hasRole(Role.COMPLIANCE_OFFICER)) {
                nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), Paths.DASHBOARD, VaadinIcon.CHART.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.extensions"), Paths.EXTENSION_SETTINGS, VaadinIcon.COGS.create()));
            }
            if (user.hasRole(Role.COMPLIANCE_OFFICER) || user.hasRole(Role.AUDITOR)) {
                nav.addItem(new SideNavItem(getTranslation("nav.auditLog"), Paths.AUDIT_LOG, VaadinIcon.RECORDS.create()));
            }
            if (user.hasRole(Role.TENANT_ADMIN) || user.hasRole(Role.COMPLIANCE_OFFICER) || user.hasRole(Role.AUDITOR)) {
                nav.addItem(new SideNavItem(getTranslation("nav.flows"), Paths.FLOWS, VaadinIcon.SITEMAP.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.privacy"), Paths.PRIVACY, VaadinIcon.USER_CHECK.create()));
            }
            if (user.hasRole(Role.TENANT_ADMIN)) {
                nav.addItem(new SideNavItem(getTranslation("nav.reviewPolicy"), Paths.REVIEW_POLICY, VaadinIcon.SLIDERS.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.mailSettings"), Paths.MAIL_SETTINGS, VaadinIcon.ENVELOPE.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.sessionPolicy"), Paths.SESSION_POLICY, VaadinIcon.TIMER.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.auditRetention"), Paths.AUDIT_RETENTION, VaadinIcon.ARCHIVE.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.consentPurposes"), Paths.CONSENT_PURPOSES, VaadinIcon.CHECK_SQUARE_O.create()));
            }
        }
        return nav;
    }
}
