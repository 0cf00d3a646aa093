package org.icpo.testing;

import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check of every service's {@code WriteVersionsTest}: a write's answer carries the version its change produced (the
 * one a read right after returns, one more than before), not the one from before it (service-kit's
 * {@code WriteVersions.flushed}).
 */
public final class WriteVersionChecks {

    private WriteVersionChecks() {
    }

    /** The answer's version is {@code readBack}, the one read right after, and one more than {@code before}; returns it. */
    public static long answeredVersion(String what, JsonPath answer, long readBack, long before) {
        long answered = answer.getLong("version");
        assertThat(answered).as(what + ": the answer's version is the one read right after").isEqualTo(readBack);
        assertThat(answered).as(what + ": the change raised the version by one").isEqualTo(before + 1);
        return answered;
    }
}
