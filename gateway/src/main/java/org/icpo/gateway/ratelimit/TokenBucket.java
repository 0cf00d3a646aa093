package org.icpo.gateway.ratelimit;

/** A token bucket: {@code capacity} requests in a burst, refilled at {@code ratePerSecond}. Thread-safe. */
final class TokenBucket {

    private final double capacity;
    private final double ratePerNano;
    private double tokens;
    private long last;

    TokenBucket(double capacity, double ratePerSecond, long now) {
        this.capacity = capacity;
        this.ratePerNano = ratePerSecond / 1e9;
        this.tokens = capacity;
        this.last = now;
    }

    /** Takes one token; returns 0 when granted, else the nanoseconds until one is available. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / ratePerNano);
    }

    /** Whether the bucket is full (an idle client) at this time. */
    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - last;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * ratePerNano);
            last = now;
        }
    }
}
