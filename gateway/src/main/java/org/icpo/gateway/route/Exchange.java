package org.icpo.gateway.route;

import io.vertx.core.http.HttpClientRequest;
import io.vertx.ext.web.RoutingContext;
import org.icpo.gateway.resilience.CircuitBreaker;
import org.icpo.gateway.resilience.Upstream;

/**
 * The state of one proxied request. Touched only on the request's own Vert.x context (one event
 * loop thread), so it needs no synchronization.
 */
final class Exchange {

    final RoutingContext ctx;
    final long startNanos;
    /** Whether the request announces a body (Content-Length above 0 or a transfer coding). */
    boolean hasBody;
    RouteTable.Route route;
    Upstream upstream;
    CircuitBreaker.Permit permit;
    HttpClientRequest upstreamRequest;
    /** Requests sent upstream so far (a second only after a connection closed under a safe request). */
    int attempts;
    long receivedBytes;
    long responseTimer = -1;
    /** The client has been answered (a problem, or the upstream's response has started). */
    boolean answered;
    /** The upstream's response has started (its head has come). */
    boolean upstreamAnswered;
    /** The whole request, body included, has been sent upstream. */
    boolean requestSent;
    /** The breaker has been told how the call went. */
    boolean settled;

    Exchange(RoutingContext ctx, long startNanos) {
        this.ctx = ctx;
        this.startNanos = startNanos;
    }

    String routeTag() {
        return route == null ? org.icpo.gateway.metrics.GatewayMetrics.NO_ROUTE : route.prefix();
    }

    String upstreamTag() {
        return upstream == null ? org.icpo.gateway.metrics.GatewayMetrics.NO_ROUTE : upstream.name();
    }

    void success() {
        if (!settled && permit != null) {
            settled = true;
            upstream.breaker().onSuccess(permit);
        }
    }

    void failure() {
        if (!settled && permit != null) {
            settled = true;
            upstream.breaker().onFailure(permit);
        }
    }

    void abandon() {
        if (!settled && permit != null) {
            settled = true;
            upstream.breaker().onAbandoned(permit);
        }
    }
}
