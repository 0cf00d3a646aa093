package org.icpo.gateway.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TraceContextTest {

    @Test
    void aValidTraceparentIsKeptWithItsState() {
        TraceContext t = TraceContext.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "a=1", true);
        assertThat(t.generated()).isFalse();
        assertThat(t.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(t.tracestate()).isEqualTo("a=1");
        assertThat(t.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void aFutureVersionWithMoreFieldsIsAccepted() {
        assertThat(TraceContext.of("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", null, true).generated()).isFalse();
    }

    @Test
    void invalidOnesAreReplacedAndTheirStateDropped() {
        for (String bad : new String[]{null, "", "garbage", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x"}) {
            TraceContext t = TraceContext.of(bad, "a=1", true);
            assertThat(t.generated()).isTrue();
            assertThat(t.tracestate()).isNull();
            assertThat(t.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        }
        assertThat(TraceContext.of(null, null, false).traceparent()).endsWith("-00");
    }
}
