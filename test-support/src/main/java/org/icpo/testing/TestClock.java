package org.icpo.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A controllable clock that replaces the system clock in every {@code @QuarkusTest} (it is an
 * enabled alternative bean). Tests set or advance it; {@link #reset()} returns to real time.
 */
@Alternative
@Priority(100)
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        fixed = instant;
    }

    public void set(LocalDate date) {
        fixed = date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public void advance(Duration d) {
        fixed = instant().plus(d);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
