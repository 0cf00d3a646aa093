package org.icpo.gateway.resilience;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpo.gateway.resilience.CircuitBreaker.Permit.CALL;
import static org.icpo.gateway.resilience.CircuitBreaker.Permit.REFUSED;
import static org.icpo.gateway.resilience.CircuitBreaker.Permit.TRIAL;

class CircuitBreakerTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(0);
    private final CircuitBreaker breaker = new CircuitBreaker(3, 5 * SECOND, now::get);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            breaker.onFailure(breaker.tryAcquire());
        }
    }

    @Test
    void opensOnlyAfterConsecutiveFailures() {
        fail(2);
        breaker.onSuccess(breaker.tryAcquire());
        fail(2);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        fail(1);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.tryAcquire()).isEqualTo(REFUSED);
        assertThat(breaker.retryAfterSeconds()).isEqualTo(5);
    }

    @Test
    void halfOpensAfterTheDelayWithASingleTrial() {
        fail(3);
        now.addAndGet(5 * SECOND);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        CircuitBreaker.Permit trial = breaker.tryAcquire();
        assertThat(trial).isEqualTo(TRIAL);
        assertThat(breaker.tryAcquire()).isEqualTo(REFUSED);
        breaker.onSuccess(trial);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.tryAcquire()).isEqualTo(CALL);
    }

    @Test
    void aFailedTrialReopensForAnotherDelay() {
        fail(3);
        now.addAndGet(5 * SECOND);
        breaker.onFailure(breaker.tryAcquire());
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        now.addAndGet(4 * SECOND);
        assertThat(breaker.tryAcquire()).isEqualTo(REFUSED);
        now.addAndGet(SECOND);
        assertThat(breaker.tryAcquire()).isEqualTo(TRIAL);
    }

    @Test
    void anAbandonedTrialLetsAnotherOneThrough() {
        fail(3);
        now.addAndGet(5 * SECOND);
        breaker.onAbandoned(breaker.tryAcquire());
        assertThat(breaker.tryAcquire()).isEqualTo(TRIAL);
    }
}
