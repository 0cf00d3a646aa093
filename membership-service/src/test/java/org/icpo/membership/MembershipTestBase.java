package org.icpo.membership;

import jakarta.inject.Inject;
import org.icpo.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.LocalDate;

/**
 * Shared set-up of the @QuarkusTest classes that work on a clean database on 1 June 2026 (a day after the 31 January
 * deadline of that year's applications, within its financial year): data reset and the clock set before each test,
 * real time after it.
 */
public abstract class MembershipTestBase {

    /** The day these tests run on. */
    protected static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Inject
    protected TestData data;

    @Inject
    protected TestClock clock;

    @BeforeEach
    void cleanStateOnTheTestDay() {
        data.reset();
        clock.set(TODAY);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }
}
