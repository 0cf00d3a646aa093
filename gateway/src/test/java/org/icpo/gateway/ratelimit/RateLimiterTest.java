package org.icpo.gateway.ratelimit;

import org.icpo.gateway.GatewayConfig;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    private static GatewayConfig.RateLimit.Bucket bucket(double rate, int burst) {
        return new GatewayConfig.RateLimit.Bucket() {
            @Override
            public double requestsPerSecond() {
                return rate;
            }

            @Override
            public int burst() {
                return burst;
            }
        };
    }

    private RateLimiter limiter(int maxTracked) {
        return new RateLimiter(true, bucket(2, 4), bucket(0.5, 1), maxTracked, now::get);
    }

    @Test
    void aBurstThenTheSustainedRate() {
        RateLimiter l = limiter(100);
        for (int i = 0; i < 4; i++) {
            assertThat(l.acquire(RateLimiter.Kind.AUTHENTICATED, "a")).isZero();
        }
        assertThat(l.acquire(RateLimiter.Kind.AUTHENTICATED, "a")).isEqualTo(1);
        now.addAndGet(SECOND / 2);
        assertThat(l.acquire(RateLimiter.Kind.AUTHENTICATED, "a")).isZero();
        assertThat(l.acquire(RateLimiter.Kind.AUTHENTICATED, "a")).isEqualTo(1);
    }

    @Test
    void identitiesAndKindsHaveSeparateBuckets() {
        RateLimiter l = limiter(100);
        assertThat(l.acquire(RateLimiter.Kind.PUBLIC, "a")).isZero();
        assertThat(l.acquire(RateLimiter.Kind.PUBLIC, "a")).isEqualTo(2);
        assertThat(l.acquire(RateLimiter.Kind.PUBLIC, "b")).isZero();
        assertThat(l.acquire(RateLimiter.Kind.AUTHENTICATED, "a")).isZero();
    }

    @Test
    void trackedIdentitiesAreBounded() {
        RateLimiter l = limiter(3);
        for (int i = 0; i < 10; i++) {
            l.acquire(RateLimiter.Kind.PUBLIC, "client-" + i);
        }
        assertThat(l.tracked()).isLessThanOrEqualTo(4);
        now.addAndGet(10 * SECOND);
        l.sweep();
        assertThat(l.tracked()).isZero();
    }

    @Test
    void disabledLetsEverythingThrough() {
        RateLimiter l = new RateLimiter(false, bucket(1, 1), bucket(1, 1), 10, now::get);
        for (int i = 0; i < 100; i++) {
            assertThat(l.acquire(RateLimiter.Kind.PUBLIC, "a")).isZero();
        }
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThatThrownBy(() -> new RateLimiter(true, bucket(0, 1), bucket(1, 1), 10, now::get))
                .hasMessageContaining("authenticated");
        assertThatThrownBy(() -> new RateLimiter(true, bucket(1, 1), bucket(1, 0), 10, now::get))
                .hasMessageContaining("public");
    }
}
