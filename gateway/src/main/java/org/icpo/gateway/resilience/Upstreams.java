package org.icpo.gateway.resilience;

import io.micrometer.core.instrument.Gauge;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.icpo.gateway.GatewayConfig;
import org.icpo.gateway.metrics.GatewayMetrics;

import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The upstream services from {@code icpo.gateway.upstream.*}, each with its own pooled HTTP/1.1
 * client (pool size, keep-alive and connect timeout from {@code icpo.gateway.client.*}) and its own
 * circuit breaker ({@code icpo.gateway.circuit-breaker.*}), so one failing service never holds up
 * the others.
 */
@ApplicationScoped
public class Upstreams {

    private final Map<String, Upstream> byName = new TreeMap<>();

    Upstreams(GatewayConfig config, Vertx vertx, GatewayMetrics metrics) {
        GatewayConfig.Client c = config.client();
        for (var e : new TreeMap<>(config.upstream()).entrySet()) {
            URI uri = parse(e.getKey(), e.getValue());
            boolean ssl = uri.getScheme().equals("https");
            int port = uri.getPort() > 0 ? uri.getPort() : (ssl ? 443 : 80);
            String basePath = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            HttpClientOptions options = new HttpClientOptions()
                    .setProtocolVersion(HttpVersion.HTTP_1_1)
                    .setKeepAlive(true)
                    .setKeepAliveTimeout((int) Math.max(1, c.keepAliveTimeout().toSeconds()))
                    .setConnectTimeout((int) c.connectTimeout().toMillis())
                    .setIdleTimeout((int) c.idleTimeout().toMillis())
                    .setIdleTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
                    .setTcpNoDelay(true)
                    .setDecompressionSupported(false)
                    .setSsl(ssl)
                    .setDefaultHost(uri.getHost())
                    .setDefaultPort(port)
                    .setName("icpo-gateway-" + e.getKey());
            PoolOptions pool = new PoolOptions()
                    .setHttp1MaxSize(c.maxPoolSize())
                    .setMaxWaitQueueSize(c.maxWaitQueueSize());
            CircuitBreaker breaker = new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                    config.circuitBreaker().openDelay().toNanos(), System::nanoTime);
            Upstream upstream = new Upstream(e.getKey(), uri, uri.getHost(), port, ssl, basePath,
                    vertx.createHttpClient(options, pool), breaker);
            byName.put(e.getKey(), upstream);
            Gauge.builder("icpo.gateway.circuit.state", breaker, b -> b.state().ordinal())
                    .description("Circuit breaker state per upstream: 0 closed, 1 open, 2 half-open")
                    .tag("upstream", e.getKey())
                    .register(metrics.registry());
        }
    }

    private static URI parse(String name, String value) {
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null || uri.getRawQuery() != null) {
                throw new IllegalArgumentException("not an http(s) base URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("icpo.gateway.upstream." + name + " must be an http(s) base URL, e.g. "
                    + "http://" + name + "-service:8080, not '" + value + "'", e);
        }
    }

    public Upstream get(String name) {
        return byName.get(name);
    }

    public Collection<Upstream> all() {
        return byName.values();
    }

    @PreDestroy
    void close() {
        byName.values().forEach(u -> u.client().close());
    }
}
