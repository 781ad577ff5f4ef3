package com.crcloud.security;

import com.crcloud.support.IntegrationTest;
import com.crcloud.tenant.domain.TenantStatus;
import com.crcloud.tenant.provisioning.TenantRegistryService;
import com.crcloud.tenant.user.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Duration;
import java.util.UUID;

import static com.crcloud.demo.DemoDataLoader.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("persistence")
class TenantAwareAuthenticationProviderTest extends IntegrationTest {

    @Autowired
    TenantAwareAuthenticationProvider provider;
    @Autowired
    TenantRegistryService registry;

    @Test
    void a_tenant_user_signs_in_with_organisation_username_and_password() {
        Authentication result = provider.authenticate(attempt(LENDER, "reviewer", PASSWORD));

        CrcUser user = (CrcUser) result.getPrincipal();
        assertThat(user.tenantId()).contains(LENDER);
        assertThat(user.roles()).containsExactly(Role.REVIEWER);
        assertThat(user.getPassword()).as("credentials erased").isNull();
    }

    @Test
    void the_same_username_in_another_organisation_is_another_person() {
        CrcUser lender = (CrcUser) provider.authenticate(attempt(LENDER, "approver", PASSWORD)).getPrincipal();
        CrcUser wealth = (CrcUser) provider.authenticate(attempt(WEALTH, "approver", PASSWORD)).getPrincipal();
        assertThat(lender.tenantId()).contains(LENDER);
        assertThat(wealth.tenantId()).contains(WEALTH);
    }

    @Test
    void a_wrong_password_an_unknown_user_and_an_unknown_organisation_fail_alike() {
        assertThatThrownBy(() -> provider.authenticate(attempt(LENDER, "reviewer", "wrong-password")))
                .isExactlyInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThatThrownBy(() -> provider.authenticate(attempt(LENDER, "nobody", PASSWORD)))
                .isExactlyInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        assertThatThrownBy(() -> provider.authenticate(attempt("no-such-org", "reviewer", PASSWORD)))
                .isExactlyInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
    }

    @Test
    void tenant_users_cannot_sign_in_to_the_platform_area_and_platform_admins_have_no_tenant() {
        assertThatThrownBy(() -> provider.authenticate(attempt(null, "reviewer", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        CrcUser admin = (CrcUser) provider.authenticate(attempt(null, "platform-admin", PASSWORD)).getPrincipal();
        assertThat(admin.tenantId()).isEmpty();
        assertThat(admin.roles()).containsExactly(Role.PLATFORM_ADMIN);
    }

    @Test
    void users_of_a_suspended_organisation_are_refused_with_that_reason() {
        actAs(null, "platform-admin");
        registry.changeStatus(WEALTH, TenantStatus.SUSPENDED);
        try {
            assertThatThrownBy(() -> provider.authenticate(attempt(WEALTH, "reviewer", PASSWORD)))
                    .isInstanceOf(TenantAwareAuthenticationProvider.TenantSuspendedException.class);
        } finally {
            registry.changeStatus(WEALTH, TenantStatus.ACTIVE);
        }
    }

    @Test
    void five_failed_sign_ins_in_a_row_pause_the_account_even_for_the_right_password_until_the_pause_ends() {
        for (int failure = 1; failure < 5; failure++) {
            assertThatThrownBy(() -> provider.authenticate(attempt(LENDER, "auditor", "wrong-password")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt(LENDER, "auditor", "wrong-password")))
                .isInstanceOf(LoginThrottle.AccountPausedException.class);
        assertThatThrownBy(() -> provider.authenticate(attempt(LENDER, "auditor", PASSWORD)))
                .isInstanceOf(LoginThrottle.AccountPausedException.class);
        assertThat(provider.authenticate(attempt(WEALTH, "auditor", PASSWORD)).isAuthenticated())
                .as("the same username in another organisation is another account").isTrue();

        clock.advance(Duration.ofMinutes(15));

        assertThat(provider.authenticate(attempt(LENDER, "auditor", PASSWORD)).isAuthenticated()).isTrue();
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() {
        for (int failure = 1; failure < 5; failure++) {
            assertThatThrownBy(() -> provider.authenticate(attempt(WEALTH, "compliance-officer", "wrong-password")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        provider.authenticate(attempt(WEALTH, "compliance-officer", PASSWORD));

        assertThatThrownBy(() -> provider.authenticate(attempt(WEALTH, "compliance-officer", "wrong-password")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(attempt(WEALTH, "compliance-officer", PASSWORD)).isAuthenticated()).isTrue();
    }

    @Test
    void unknown_usernames_are_paused_the_same_way_so_a_pause_reveals_no_account() {
        String nobody = "nobody-" + UUID.randomUUID();
        for (int failure = 1; failure < 5; failure++) {
            assertThatThrownBy(() -> provider.authenticate(attempt(LENDER, nobody, PASSWORD)))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt(LENDER, nobody, PASSWORD)))
                .isInstanceOf(LoginThrottle.AccountPausedException.class);
    }

    private static UsernamePasswordAuthenticationToken attempt(String tenant, String username, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        if (tenant != null) {
            request.setParameter(TenantLoginDetails.PARAMETER, tenant);
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new TenantLoginDetails(request));
        return token;
    }
}
