package org.icpo.gateway.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.icpo.gateway.support.JwksServer;

import java.util.List;
import java.util.Map;

/**
 * Small rate limits, CORS on for one origin, client addresses taken from X-Forwarded-For (as
 * behind a trusted ingress), and keys from a JWKS URL.
 */
public class StrictProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("icpo.gateway.rate-limit.authenticated.requests-per-second", "1"),
                Map.entry("icpo.gateway.rate-limit.authenticated.burst", "3"),
                Map.entry("icpo.gateway.rate-limit.public.requests-per-second", "1"),
                Map.entry("icpo.gateway.rate-limit.public.burst", "3"),
                Map.entry("icpo.gateway.auth.jwks-min-refresh-interval", "0s"),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("quarkus.http.cors.enabled", "true"),
                Map.entry("quarkus.http.cors.origins", "https://app.icpo.example"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(JwksServer.class));
    }
}
