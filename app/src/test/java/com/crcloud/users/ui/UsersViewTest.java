package com.crcloud.users.ui;

import com.crcloud.support.KaribuTest;
import com.crcloud.tenant.user.UserAccount;
import com.crcloud.tenant.user.UserAccountRepository;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The tenant administrator puts people in teams, which the dashboard filters by. */
class UsersViewTest extends KaribuTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void auditorHasNoTeamAgain() {
        actAs(LENDER, "tenant-admin");
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                users.findByUsername("auditor").orElseThrow().setTeam(null));
    }

    @Test
    void the_administrator_puts_a_user_in_a_new_team_with_a_reason_and_the_grid_shows_it() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(UsersView.class);

        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users"));
        grid.select(row(grid, "auditor"));
        @SuppressWarnings("unchecked")
        ComboBox<String> team = _get(ComboBox.class, spec -> spec.withId("user-team"));
        assertThat(team.getListDataView().getItems()).as("the demo's teams are offered").contains("Retail credit");
        _setValue(team, "Internal audit");
        _setValue(_get(TextField.class, spec -> spec.withId("change-reason")), "Moved to the audit team");
        _click(_get(Button.class, spec -> spec.withId("save-user-team")));

        assertThat(notificationTexts()).contains("Team of auditor saved");
        assertThat(row(grid, "auditor").getTeam()).contains("Internal audit");
        actAs(LENDER, "tenant-admin");
        assertThat(users.findByUsername("auditor").orElseThrow().getTeam()).contains("Internal audit");
    }

    @Test
    void a_team_name_that_is_too_long_is_refused_on_the_field_and_kept_there() {
        signIn(LENDER, "tenant-admin");
        UI.getCurrent().navigate(UsersView.class);
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users"));
        grid.select(row(grid, "auditor"));
        @SuppressWarnings("unchecked")
        ComboBox<String> team = _get(ComboBox.class, spec -> spec.withId("user-team"));
        String tooLong = "A team name far longer than sixty characters, which no one can read";

        _setValue(team, tooLong);
        _click(_get(Button.class, spec -> spec.withId("save-user-team")));

        assertThat(team.isInvalid()).isTrue();
        assertThat(team.getErrorMessage()).isEqualTo("At most 60 characters");
        assertThat(team.getValue()).isEqualTo(tooLong);
        actAs(LENDER, "tenant-admin");
        assertThat(users.findByUsername("auditor").orElseThrow().getTeam()).isEmpty();
    }

    private static UserAccount row(Grid<UserAccount> grid, String username) {
        List<UserAccount> rows = _findAll(grid);
        return rows.stream().filter(user -> user.getUsername().equals(username)).findFirst().orElseThrow();
    }
}
