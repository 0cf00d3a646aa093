package org.icpo.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts the three stub upstreams before the gateway and points the gateway at them
 * ({@code icpo.gateway.upstream.*}); tests receive them in an {@link InjectStubs} field.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    private Stubs stubs;

    @Override
    public Map<String, String> start() {
        try {
            stubs = new Stubs(
                    new Stub("membership", OpenApiDocs.MEMBERSHIP),
                    new Stub("elections", OpenApiDocs.ELECTIONS),
                    new Stub("notices", OpenApiDocs.NOTICES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "icpo.gateway.upstream.membership", stubs.membership().url(),
                "icpo.gateway.upstream.elections", stubs.elections().url(),
                "icpo.gateway.upstream.notices", stubs.notices().url());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stubs, new TestInjector.AnnotatedAndMatchesType(InjectStubs.class, Stubs.class));
    }

    @Override
    public void stop() {
        if (stubs != null) {
            stubs.close();
        }
    }
}
