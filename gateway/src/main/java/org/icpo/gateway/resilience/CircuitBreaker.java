package org.icpo.gateway.resilience;

import java.util.function.LongSupplier;

/**
 * A circuit breaker counting consecutive transport failures of one upstream. Closed: every call
 * goes through. After {@code threshold} consecutive failures it opens: calls are refused at once
 * for {@code openDelay}; then it half-opens and lets exactly one trial call through, whose success
 * closes it and whose failure opens it again. Thread-safe.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** What {@link #tryAcquire()} decided. */
    public enum Permit {
        /** A normal call. */
        CALL,
        /** The single trial call of a half-open breaker: report its outcome. */
        TRIAL,
        /** Refused: the breaker is open (or half-open with its trial under way). */
        REFUSED
    }

    private final int threshold;
    private final long openDelayNanos;
    private final LongSupplier clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int threshold, long openDelayNanos, LongSupplier nanoClock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1");
        }
        this.threshold = threshold;
        this.openDelayNanos = openDelayNanos;
        this.clock = nanoClock;
    }

    public synchronized Permit tryAcquire() {
        switch (state) {
            case CLOSED:
                return Permit.CALL;
            case OPEN:
                if (clock.getAsLong() - openedAt < openDelayNanos) {
                    return Permit.REFUSED;
                }
                state = State.HALF_OPEN;
                trialInFlight = true;
                return Permit.TRIAL;
            default:
                if (trialInFlight) {
                    return Permit.REFUSED;
                }
                trialInFlight = true;
                return Permit.TRIAL;
        }
    }

    public synchronized void onSuccess(Permit permit) {
        consecutiveFailures = 0;
        if (permit == Permit.TRIAL || state == State.HALF_OPEN) {
            state = State.CLOSED;
            trialInFlight = false;
        }
    }

    public synchronized void onFailure(Permit permit) {
        consecutiveFailures++;
        if (permit == Permit.TRIAL || state == State.HALF_OPEN) {
            open();
        } else if (state == State.CLOSED && consecutiveFailures >= threshold) {
            open();
        }
    }

    /** The call ended without telling anything about the upstream (e.g. the client went away). */
    public synchronized void onAbandoned(Permit permit) {
        if (permit == Permit.TRIAL && state == State.HALF_OPEN) {
            trialInFlight = false;
        }
    }

    private void open() {
        state = State.OPEN;
        openedAt = clock.getAsLong();
        trialInFlight = false;
    }

    public synchronized State state() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openDelayNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }

    /** Seconds until an open breaker lets a trial call through (at least 1). */
    public synchronized long retryAfterSeconds() {
        long remaining = openDelayNanos - (clock.getAsLong() - openedAt);
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }
}
