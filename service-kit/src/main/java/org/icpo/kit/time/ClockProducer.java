package org.icpo.kit.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import io.quarkus.arc.DefaultBean;

import java.time.Clock;

/** The clock every rule reads "now" from; tests replace it with a controllable one. */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
