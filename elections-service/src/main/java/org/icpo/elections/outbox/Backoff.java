package org.icpo.elections.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to try delivering an outbox message again: exponential backoff, doubling from the initial wait
 * after each failed attempt, capped at the maximum. Plain Java, unit-tested.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;

    public Backoff(Duration initial, Duration max) {
        this.initial = Objects.requireNonNull(initial);
        this.max = Objects.requireNonNull(max);
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff must be positive and the maximum at least the initial wait");
        }
    }

    /** The wait after the {@code failedAttempts}-th consecutive failure (1 = the first). */
    public Duration delay(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        Duration d = initial;
        for (int i = 1; i < failedAttempts; i++) {
            d = d.multipliedBy(2);
            if (d.compareTo(max) >= 0) {
                return max;
            }
        }
        return d.compareTo(max) > 0 ? max : d;
    }

    public Instant next(Instant failedAt, int failedAttempts) {
        return failedAt.plus(delay(failedAttempts));
    }
}
