package com.crcloud.users.ui;

import com.crcloud.audit.service.AuditHistoryService;
import com.crcloud.audit.ui.HistoryPanel;
import com.crcloud.layout.MainLayout;
import com.crcloud.layout.Paths;
import com.crcloud.tenant.audit.AuditReason;
import com.crcloud.tenant.support.UserFacingException;
import com.crcloud.tenant.user.Role;
import com.crcloud.tenant.user.TenantUserService;
import com.crcloud.tenant.user.UserAccount;
import com.crcloud.ui.Problems;
import com.crcloud.ui.TenantTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The tenant's users for its administrator: who has which roles, and the team each person works in (the dashboard
 * filters by team). Choosing a user shows the team editor and the account's history; a team is picked from the
 * existing ones or typed as a new one.
 */
@Route(value = Paths.USERS, layout = MainLayout.class)
@RolesAllowed(Role.TENANT_ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final TenantUserService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final ComboBox<String> team = new ComboBox<>();
    private final TextField reason = new TextField();
    private final Button save = new Button();
    private final HistoryPanel<UserAccount> history;
    private UserAccount selected;

    public UsersView(TenantUserService users, AuditHistoryService audit, TenantTime time) {
        this.users = users;
        this.history = new HistoryPanel<>(audit, UserAccount.class, time);
        grid.setId("users");
        grid.addColumn(UserAccount::getUsername).setHeader(getTranslation("userAccount.username")).setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("userAccount.displayName")).setAutoWidth(true);
        grid.addColumn(user -> user.getRoles().stream().map(role -> getTranslation("audit.role." + role.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("userAccount.roles"));
        grid.addColumn(user -> user.getTeam().orElse("")).setHeader(getTranslation("userAccount.team")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> select(event.getValue()));

        team.setId("user-team");
        team.setLabel(getTranslation("userAccount.team"));
        team.setAllowCustomValue(true);
        team.setClearButtonVisible(true);
        team.addCustomValueSetListener(event -> team.setValue(event.getDetail()));
        reason.setId("change-reason");
        reason.setLabel(getTranslation("audit.reason"));
        reason.setWidth("24rem");
        save.setText(getTranslation("action.save"));
        save.setId("save-user-team");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        HorizontalLayout editor = new HorizontalLayout(team, reason, save);
        editor.setAlignItems(Alignment.BASELINE);

        add(new H2(getTranslation("users.title")), new Paragraph(getTranslation("users.intro")), grid, editor,
                new H3(getTranslation("audit.history")), history);
        refresh();
        select(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }

    private void refresh() {
        grid.setItems(users.listUsers().stream().sorted(Comparator.comparing(UserAccount::getUsername)).toList());
        team.setItems(users.listTeams());
    }

    private void select(UserAccount user) {
        selected = user;
        team.setEnabled(user != null);
        reason.setEnabled(user != null);
        save.setEnabled(user != null);
        team.setInvalid(false);
        team.setValue(user == null ? null : user.getTeam().orElse(null));
        reason.clear();
        history.setVisible(user != null);
        if (user != null) {
            history.show(user.getId());
        }
    }

    private void save() {
        try {
            UserAccount saved = AuditReason.with(reason.getValue(), () -> users.setTeam(selected.getId(), selected.getVersion(), team.getValue()));
            refresh();
            grid.select(grid.getListDataView().getItems().filter(user -> user.getId().equals(saved.getId())).findFirst().orElse(null));
            Problems.showSuccess(getTranslation("users.saved", saved.getUsername()));
        } catch (UserFacingException e) {
            // The typed team stays in the field so nothing is lost.
            team.setErrorMessage(Problems.message(this, e));
            team.setInvalid(true);
        }
    }
}
