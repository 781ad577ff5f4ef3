package com.crcloud.layout;

import com.crcloud.account.service.AccountService;
import com.crcloud.support.KaribuTest;
import com.crcloud.tenant.context.TenantContext;
import com.crcloud.tenant.user.UserAccountRepository;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest extends KaribuTest {

    @Autowired
    UserAccountRepository users;
    @Autowired
    AccountService accounts;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void users_of_a_chinese_tenant_see_chinese_by_default() {
        signIn(WEALTH, "auditor");
        UI.getCurrent().navigate("customers");
        assertThat(_get(H2.class, spec -> {}).getText()).isEqualTo("客户");
    }

    @Test
    void users_of_an_english_tenant_see_english_by_default() {
        signIn(LENDER, "auditor");
        UI.getCurrent().navigate("customers");
        assertThat(_get(H2.class, spec -> {}).getText()).isEqualTo("Customers");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_user_who_switches_language_keeps_it_for_later_sessions() {
        signIn(LENDER, "approver");
        UI.getCurrent().navigate("customers");
        _setValue(_get(Select.class, spec -> spec.withId("language")), Locale.SIMPLIFIED_CHINESE);

        Locale saved = TenantContext.callAs(LENDER, () -> new TransactionTemplate(transactionManager)
                .execute(status -> users.findByUsername("approver").orElseThrow().getLocale().orElseThrow()));
        assertThat(saved).isEqualTo(Locale.SIMPLIFIED_CHINESE);

        signIn(LENDER, "approver");
        UI.getCurrent().navigate("customers");
        assertThat(_get(H2.class, spec -> {}).getText()).isEqualTo("客户");
        accounts.saveLanguage(Locale.ENGLISH);
    }
}
