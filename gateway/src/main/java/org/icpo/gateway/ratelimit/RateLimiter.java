package org.icpo.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.icpo.gateway.GatewayConfig;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client identity (the token's subject, else the client address), one set for
 * protected paths and one for public paths, with their own limits. Limits are per gateway
 * replica: N replicas let through up to N times the configured rate. The number of tracked
 * identities is bounded; idle (full) buckets are dropped first, and beyond the bound a new
 * identity shares one overflow bucket per class.
 */
@ApplicationScoped
public class RateLimiter {

    /** Which limits apply. */
    public enum Kind { AUTHENTICATED, PUBLIC }

    private final boolean enabled;
    private final GatewayConfig.RateLimit.Bucket authenticated;
    private final GatewayConfig.RateLimit.Bucket publicApi;
    private final int maxTracked;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    RateLimiter(GatewayConfig config) {
        this(config.rateLimit().enabled(), config.rateLimit().authenticated(), config.rateLimit().publicApi(),
                config.rateLimit().maxTrackedClients(), System::nanoTime);
    }

    RateLimiter(boolean enabled, GatewayConfig.RateLimit.Bucket authenticated, GatewayConfig.RateLimit.Bucket publicApi,
                int maxTracked, LongSupplier clock) {
        this.enabled = enabled;
        this.authenticated = check(authenticated, "authenticated");
        this.publicApi = check(publicApi, "public");
        this.maxTracked = maxTracked;
        this.clock = clock;
    }

    private static GatewayConfig.RateLimit.Bucket check(GatewayConfig.RateLimit.Bucket b, String name) {
        if (b.requestsPerSecond() <= 0 || b.burst() < 1) {
            throw new IllegalArgumentException("icpo.gateway.rate-limit." + name
                    + ": requests-per-second must be positive and burst at least 1");
        }
        return b;
    }

    /**
     * Takes one request from the identity's bucket. Returns 0 when allowed, else the whole seconds
     * (at least 1) after which the client may retry.
     */
    public long acquire(Kind kind, String identity) {
        if (!enabled) {
            return 0;
        }
        long now = clock.getAsLong();
        String key = (kind == Kind.PUBLIC ? "p|" : "a|") + identity;
        TokenBucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxTracked) {
                buckets.entrySet().removeIf(e -> e.getValue().full(now));
                if (buckets.size() >= maxTracked) {
                    key = (kind == Kind.PUBLIC ? "p|" : "a|") + "overflow";
                }
            }
            GatewayConfig.RateLimit.Bucket limits = kind == Kind.PUBLIC ? publicApi : authenticated;
            bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(limits.burst(), limits.requestsPerSecond(), now));
        }
        long waitNanos = bucket.take(now);
        return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Drops the buckets of clients that have been idle long enough to be full again. */
    public void sweep() {
        long now = clock.getAsLong();
        buckets.entrySet().removeIf(e -> e.getValue().full(now));
    }

    int tracked() {
        return buckets.size();
    }
}
