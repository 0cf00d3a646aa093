package org.icpo.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.icpo.gateway.GatewayConfig;
import org.icpo.gateway.resilience.Upstream;
import org.icpo.gateway.resilience.Upstreams;
import org.icpo.gateway.route.ProxyHandler;
import org.icpo.gateway.web.ProblemResponses;
import org.icpo.kit.problem.ProblemType;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves {@code GET /openapi}: the suite's one OpenAPI document, merged from each upstream's
 * {@code /q/openapi?format=json}. Fetched lazily on the first request, then served from cache for
 * {@code icpo.gateway.openapi.refresh-interval}; a service that cannot be fetched is retried after
 * {@code retry-interval}, its last good document is used meanwhile, and its state is written into
 * the document's description. Never fails because a service is down.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final Logger LOG = Logger.getLogger(OpenApiAggregator.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Fetched(JsonNode document, Instant at) {
    }

    private final Upstreams upstreams;
    private final ProxyHandler proxy;
    private final GatewayConfig.OpenApi config;
    private final String version;
    private final Map<String, Fetched> lastGood = new ConcurrentHashMap<>();

    private volatile String merged;
    private volatile long mergedAt;
    private volatile boolean complete;
    private Future<String> inflight;

    OpenApiAggregator(Upstreams upstreams, ProxyHandler proxy, GatewayConfig config,
                      @ConfigProperty(name = "quarkus.smallrye-openapi.info-version", defaultValue = "1.0.0") String version) {
        this.upstreams = upstreams;
        this.proxy = proxy;
        this.config = config.openapi();
        this.version = version;
    }

    public void handle(RoutingContext ctx) {
        document().onComplete(ar -> {
            if (ar.failed()) {
                LOG.warn("cannot build the merged OpenAPI document", ar.cause());
                ProblemResponses.send(ctx, ProblemType.INTERNAL, "The OpenAPI document cannot be built");
                return;
            }
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(ar.result());
        });
    }

    /** The merged document as JSON text. */
    public synchronized Future<String> document() {
        long age = System.nanoTime() - mergedAt;
        if (merged != null && age < config.refreshInterval().toNanos()
                && (complete || age < config.retryInterval().toNanos())) {
            return Future.succeededFuture(merged);
        }
        if (inflight != null) {
            return inflight;
        }
        List<Future<OpenApiMerger.Source>> fetches = new ArrayList<>();
        for (Upstream u : upstreams.all()) {
            fetches.add(fetch(u));
        }
        Promise<String> result = Promise.promise();
        inflight = result.future();
        Future.join(fetches).onComplete(ignored -> {
            try {
                List<OpenApiMerger.Source> sources = new ArrayList<>();
                boolean all = true;
                for (Future<OpenApiMerger.Source> f : fetches) {
                    sources.add(f.result());
                    all &= f.result().note().equals("available");
                }
                String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                        OpenApiMerger.merge(sources, proxy.routes(), config.title(), version));
                synchronized (this) {
                    merged = text;
                    mergedAt = System.nanoTime();
                    complete = all;
                    inflight = null;
                }
                result.complete(text);
            } catch (JsonProcessingException | RuntimeException e) {
                synchronized (this) {
                    inflight = null;
                }
                result.fail(e);
            }
        });
        return result.future();
    }

    private Future<OpenApiMerger.Source> fetch(Upstream u) {
        long timeout = config.fetchTimeout().toMillis();
        return u.client().request(new RequestOptions().setMethod(HttpMethod.GET)
                        .setHost(u.host()).setPort(u.port()).setSsl(u.ssl())
                        .setURI(u.requestUri("/q/openapi?format=json"))
                        .putHeader(HttpHeaders.ACCEPT, "application/json")
                        .setConnectTimeout(timeout).setIdleTimeout(timeout))
                .compose(req -> req.send().compose(resp -> resp.statusCode() == 200
                        ? resp.body() : Future.<Buffer>failedFuture("HTTP " + resp.statusCode())))
                .map(body -> {
                    try {
                        JsonNode doc = JSON.readTree(body.toString(StandardCharsets.UTF_8));
                        if (!doc.isObject() || !doc.has("paths")) {
                            throw new IllegalArgumentException("not an OpenAPI document");
                        }
                        return doc;
                    } catch (JsonProcessingException e) {
                        throw new IllegalArgumentException("not JSON", e);
                    }
                })
                .map(doc -> {
                    lastGood.put(u.name(), new Fetched(doc, Instant.now()));
                    return new OpenApiMerger.Source(u.name(), doc, "available");
                })
                .recover(e -> {
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    Fetched previous = lastGood.get(u.name());
                    LOG.debugf("OpenAPI document of %s unavailable: %s", u.name(), why);
                    return Future.succeededFuture(previous == null
                            ? new OpenApiMerger.Source(u.name(), null, "UNAVAILABLE (" + why + "); its paths are missing from this document")
                            : new OpenApiMerger.Source(u.name(), previous.document(), "UNAVAILABLE (" + why
                            + "); its paths are as fetched at " + previous.at()));
                });
    }
}
