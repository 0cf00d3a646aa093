package org.icpo.elections;

import jakarta.inject.Inject;
import org.icpo.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;

/** Every @QuarkusTest starts from an empty database, a membership stub with the 196 members, and real time. */
public abstract class ElectionsTestBase {

    @Inject
    protected TestData data;

    @Inject
    protected TestClock clock;

    @BeforeEach
    void resetState() {
        clock.reset();
        data.reset();
        MembershipStub.reset();
    }
}
