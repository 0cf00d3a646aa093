package org.icpo.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.icpo.gateway.GatewayConfig;
import org.icpo.gateway.auth.JwtVerifier;
import org.icpo.gateway.resilience.Upstream;
import org.icpo.gateway.resilience.Upstreams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readiness check "upstreams": calls each upstream's {@code /q/health/ready} (short timeout,
 * result cached briefly) and reports in its data {@code <name>: UP|DOWN (...)} plus the circuit
 * breaker state and whether token verification keys are loaded. By default the gateway stays
 * ready when an upstream is down, because the other services keep working through it; set
 * {@code icpo.gateway.health.require-upstreams=true} to make any down upstream mark it unready.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private record State(boolean up, String text, long at) {
    }

    private final Upstreams upstreams;
    private final JwtVerifier jwt;
    private final GatewayConfig.Health config;
    private final Map<String, State> cache = new ConcurrentHashMap<>();

    UpstreamsReadiness(Upstreams upstreams, JwtVerifier jwt, GatewayConfig config) {
        this.upstreams = upstreams;
        this.jwt = jwt;
        this.config = config.health();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Upstream> all = new ArrayList<>(upstreams.all());
        List<Future<State>> states = new ArrayList<>();
        for (Upstream u : all) {
            states.add(state(u));
        }
        Future<HealthCheckResponse> response = Future.join(states).map(ignored -> {
            HealthCheckResponseBuilder b = HealthCheckResponse.named("upstreams");
            boolean allUp = true;
            for (int i = 0; i < all.size(); i++) {
                State s = states.get(i).result();
                allUp &= s.up();
                b.withData(all.get(i).name(), s.text() + ", circuit " + all.get(i).breaker().state().name().toLowerCase());
            }
            b.withData("token-keys", jwt.keysLoaded() ? "loaded" : "NOT LOADED");
            return b.status(allUp || !config.requireUpstreams()).build();
        });
        return Uni.createFrom().completionStage(response.toCompletionStage());
    }

    private Future<State> state(Upstream u) {
        State cached = cache.get(u.name());
        long now = System.nanoTime();
        if (cached != null && now - cached.at() < config.cacheTtl().toNanos()) {
            return Future.succeededFuture(cached);
        }
        long timeout = config.timeout().toMillis();
        return u.client().request(new RequestOptions().setMethod(HttpMethod.GET)
                        .setHost(u.host()).setPort(u.port()).setSsl(u.ssl())
                        .setURI(u.requestUri("/q/health/ready"))
                        .putHeader(HttpHeaders.ACCEPT, "application/json")
                        .setConnectTimeout(timeout).setIdleTimeout(timeout))
                .compose(req -> req.send().compose(resp -> resp.body().map(body -> resp.statusCode())))
                .map(status -> status == 200 ? new State(true, "UP", System.nanoTime())
                        : new State(false, "DOWN (ready check answered " + status + ")", System.nanoTime()))
                .otherwise(e -> new State(false, "DOWN (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                        System.nanoTime()))
                .onSuccess(s -> cache.put(u.name(), s));
    }
}
