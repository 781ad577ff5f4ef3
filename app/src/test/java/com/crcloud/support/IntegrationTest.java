package com.crcloud.support;

import com.crcloud.security.CrcUser;
import com.crcloud.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring context on the test database with the demo tenants loaded (a smaller customer count), shared by all
 * integration tests of a JVM (consent for credit assessment is not required, so tests open reviews for customers
 * they create; consent tests switch the policy on). Tests act as real demo users through {@link #actAs}. Scheduled jobs do not run
 * on their own here; tests run them when they mean to.
 */
@SpringBootTest(properties = {"crc.demo.customers-per-tenant=40", "crc.data-dir=target/test-data",
        "db-scheduler.enabled=false"})
@Import({TestClock.Config.class, TestScheduling.class})
public abstract class IntegrationTest {

    public static final String LENDER = "northwind-lending";
    public static final String WEALTH = "jade-wealth";

    @Autowired
    protected UserDirectory userDirectory;
    @Autowired
    protected TestClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestPlugins.register(registry);
    }

    /** Signs in as an existing user, as the login form would after checking the password. */
    protected CrcUser actAs(String tenant, String username) {
        CrcUser user = userDirectory.find(tenant, username)
                .orElseThrow(() -> new IllegalArgumentException("No user " + username + " in " + tenant))
                .user();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    @AfterEach
    void signOutAndResetClock() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }
}
