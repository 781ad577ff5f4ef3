package com.crcloud.security;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Pauses form sign-in for an organisation + username after repeated failures ({@link AuthProperties.Login}), in
 * the database so every node of a cluster sees the same count. Each step commits on its own, whatever the
 * sign-in's outcome.
 */
@Service
public class LoginThrottle {

    private final FailedSignInRepository failedSignIns;
    private final AuthProperties.Login settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    LoginThrottle(FailedSignInRepository failedSignIns, AuthProperties auth, Clock clock,
                  PlatformTransactionManager transactionManager) {
        this.failedSignIns = failedSignIns;
        this.settings = auth.login();
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Refuses before any password is checked while the pause lasts. */
    public void checkNotPaused(String organisation, String username) {
        FailedSignIn.Key key = key(organisation, username);
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> failedSignIns.findById(key)
                .flatMap(failed -> failed.pausedAt(now))
                .ifPresent(until -> {
                    throw new AccountPausedException();
                }));
    }

    /** Counts a failure; returns whether this one started a pause. */
    public boolean recordFailure(String organisation, String username) {
        FailedSignIn.Key key = key(organisation, username);
        Instant now = clock.instant();
        try {
            return record(key, now);
        } catch (DataIntegrityViolationException firstOfTwoConcurrentFailures) {
            return record(key, now);
        }
    }

    public void recordSuccess(String organisation, String username) {
        FailedSignIn.Key key = key(organisation, username);
        ownTransaction.executeWithoutResult(status -> failedSignIns.findById(key).ifPresent(failedSignIns::delete));
    }

    private boolean record(FailedSignIn.Key key, Instant now) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            FailedSignIn failed = failedSignIns.findById(key).orElseGet(() -> new FailedSignIn(key));
            failed.fail(now, settings.maxFailures(), settings.lockDuration());
            failedSignIns.saveAndFlush(failed);
            return failed.pausedAt(now).isPresent();
        }));
    }

    private static FailedSignIn.Key key(String organisation, String username) {
        return new FailedSignIn.Key(truncate(organisation == null ? "" : organisation.trim().toLowerCase(Locale.ROOT), 64),
                truncate(username.trim().toLowerCase(Locale.ROOT), 100));
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    /** Too many failed sign-ins in a row: the login page says sign-in is paused, for any username alike. */
    public static class AccountPausedException extends LockedException {
        public AccountPausedException() {
            super("Sign-in paused after repeated failures");
        }
    }
}
