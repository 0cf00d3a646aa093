package org.icpo.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's own metrics, at /q/metrics (Prometheus names in brackets):
 * <ul>
 * <li>{@code icpo.gateway.requests} (icpo_gateway_requests_seconds_count/_sum/_max): every proxied
 * request by route (the matched prefix, {@code none} when no route matched), upstream and status
 * class ({@code 2xx} ... {@code 5xx}); its latency, gateway work included;</li>
 * <li>{@code icpo.gateway.rejections} (icpo_gateway_rejections_total): requests the gateway answered
 * itself, by reason: unauthenticated, rate_limited, body_too_large, circuit_open, upstream_timeout,
 * upstream_unavailable, not_found, bad_request;</li>
 * <li>{@code icpo.gateway.upstream.errors} (icpo_gateway_upstream_errors_total): upstream failures
 * by upstream and kind: connect, pool_wait (no pooled connection free within the pool wait), timeout, reset,
 * status_5xx, retried (a safe request sent again after its connection closed unanswered).</li>
 * </ul>
 * Tag values come from configuration only (never from raw paths), so cardinality stays bounded.
 */
@ApplicationScoped
public class GatewayMetrics {

    public static final String NO_ROUTE = "none";

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void request(String route, String upstream, int status, long nanos) {
        String statusClass = (status / 100) + "xx";
        timers.computeIfAbsent(route + '|' + upstream + '|' + statusClass, k -> Timer.builder("icpo.gateway.requests")
                        .description("Requests through the gateway by route, upstream and status class")
                        .tag("route", route).tag("upstream", upstream).tag("status", statusClass)
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    public void rejection(String reason, String route, String upstream) {
        counters.computeIfAbsent("r|" + reason + '|' + route + '|' + upstream, k -> Counter.builder("icpo.gateway.rejections")
                        .description("Requests answered by the gateway itself, by reason")
                        .tag("reason", reason).tag("route", route).tag("upstream", upstream)
                        .register(registry))
                .increment();
    }

    public void upstreamError(String upstream, String route, String kind) {
        counters.computeIfAbsent("e|" + upstream + '|' + route + '|' + kind, k -> Counter.builder("icpo.gateway.upstream.errors")
                        .description("Upstream failures by kind")
                        .tag("upstream", upstream).tag("route", route).tag("kind", kind)
                        .register(registry))
                .increment();
    }

    public MeterRegistry registry() {
        return registry;
    }
}
