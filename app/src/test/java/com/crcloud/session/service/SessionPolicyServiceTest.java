package com.crcloud.session.service;

import com.crcloud.security.CrcUser;
import com.crcloud.session.domain.SessionPolicy;
import com.crcloud.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPolicyServiceTest extends IntegrationTest {

    @Autowired
    SessionPolicyService sessions;

    @AfterEach
    void backToTheDefault() {
        RequestContextHolder.resetRequestAttributes();
        actAs(WEALTH, "tenant-admin");
        SessionPolicy policy = sessions.current();
        policy.setIdleTimeoutMinutes(30);
        sessions.save(policy, "test clean-up");
    }

    @Test
    void a_session_gets_its_tenants_idle_timeout_at_sign_in() {
        actAs(WEALTH, "tenant-admin");
        SessionPolicy policy = sessions.current();
        policy.setIdleTimeoutMinutes(12);
        sessions.save(policy, "Shorter sessions");
        CrcUser reviewer = userDirectory.find(WEALTH, "reviewer").orElseThrow().user();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.getSession(true).setMaxInactiveInterval(30 * 60);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        sessions.applyAtSignIn(new InteractiveAuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(reviewer, null, reviewer.getAuthorities()), getClass()));

        assertThat(request.getSession().getMaxInactiveInterval()).isEqualTo(12 * 60);
    }
}
