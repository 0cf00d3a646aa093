package org.icpo.elections.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void doublesAfterEachFailure() {
        assertEquals(Duration.ZERO, backoff.delay(0));
        assertEquals(Duration.ofSeconds(2), backoff.delay(1));
        assertEquals(Duration.ofSeconds(4), backoff.delay(2));
        assertEquals(Duration.ofSeconds(8), backoff.delay(3));
        assertEquals(Duration.ofSeconds(256), backoff.delay(8));
    }

    @Test
    void isCappedAtTheMaximum() {
        assertEquals(Duration.ofMinutes(5), backoff.delay(9));
        assertEquals(Duration.ofMinutes(5), backoff.delay(100));
        assertEquals(Duration.ofMinutes(5), backoff.delay(Integer.MAX_VALUE));
    }

    @Test
    void nextAttemptTime() {
        Instant failed = Instant.parse("2018-11-20T10:00:00Z");
        assertEquals(Instant.parse("2018-11-20T10:00:04Z"), backoff.next(failed, 2));
    }

    @Test
    void invalidPolicy() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)));
        assertThrows(NullPointerException.class, () -> new Backoff(null, Duration.ofMinutes(1)));
    }
}
