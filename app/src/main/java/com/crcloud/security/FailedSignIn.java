package com.crcloud.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed form sign-ins in a row for one organisation + username as typed, known or not (so a pause reveals
 * nothing about which accounts exist). A platform table: sign-in happens before there is a tenant.
 */
@Entity
@Table(name = "failed_sign_in")
public class FailedSignIn {

    @Embeddable
    public record Key(@Column(name = "organisation", length = 64) String organisation,
                      @Column(name = "username", length = 100) String username) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "paused_until")
    private Instant pausedUntil;

    protected FailedSignIn() {
    }

    FailedSignIn(Key key) {
        this.key = key;
    }

    /** Counts one more failure; the one that reaches the limit starts a pause. */
    void fail(Instant now, int maxFailures, Duration pause) {
        failures = pausedUntil != null && !now.isBefore(pausedUntil) ? 1 : failures + 1;
        lastFailureAt = now;
        pausedUntil = failures >= maxFailures ? now.plus(pause) : null;
    }

    Optional<Instant> pausedAt(Instant now) {
        return Optional.ofNullable(pausedUntil).filter(now::isBefore);
    }

    int failures() {
        return failures;
    }
}
