package org.icpo.gateway.route;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
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
    /** The request target sent to the service ({@link ProxyHandler#originForm}). */
    String target;
    RouteTable.Route route;
    Upstream upstream;
    CircuitBreaker.Permit permit;
    HttpClientRequest upstreamRequest;
    /** Requests sent upstream so far (a second only after a connection closed unanswered under a request that may be repeated). */
    int attempts;
    /** A connection handed out by the pool was found closed before the request was sent on it, and another was taken. */
    boolean reacquired;
    /** The request carries an {@code Idempotency-Key}: the service answers a repeated key with its first answer. */
    boolean idempotencyKey;
    /**
     * The body as sent upstream, kept while it is small enough to send again ({@link ProxyHandler#REPEATABLE_BODY}) for a
     * request with an {@code Idempotency-Key}; null otherwise.
     */
    Buffer sentBody;
    /** The first attempt broke off while the client was still sending the body: sent again with these options once it has come. */
    RequestOptions resendWhenBodyEnds;
    /** Why the first attempt broke off, for the 503 if the body then grows past what can be sent again. */
    Throwable resendCause;
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
