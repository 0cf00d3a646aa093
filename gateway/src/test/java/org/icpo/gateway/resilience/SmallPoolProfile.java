package org.icpo.gateway.resilience;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Two connections per upstream, a pool wait of 3 s and a response timeout of 10 s; the test profile's connect timeout
 * (500 ms) stays.
 */
public class SmallPoolProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "icpo.gateway.client.max-pool-size", "2",
                "icpo.gateway.client.pool-wait-timeout", "3s",
                "icpo.gateway.client.response-timeout", "10s");
    }
}
