package org.icpo.gateway.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.icpo.gateway.GatewayConfig;
import org.icpo.kit.web.RequestIds;

/**
 * Runs first on every request the gateway receives, proxied or its own (health, metrics, OpenAPI):
 * settles the request id and the trace context, puts them into the logging context, and when the
 * response headers go out echoes both and adds the security headers.
 */
@ApplicationScoped
public class GatewayFilters {

    /** Runs before Quarkus's CORS filter, so that preflight answers carry the ids and headers too. */
    static final int PRIORITY = 1_000;

    private final GatewayConfig.SecurityHeaders headers;
    private final boolean sampleGenerated;

    GatewayFilters(GatewayConfig config) {
        this.headers = config.securityHeaders();
        this.sampleGenerated = config.trace().sampleGenerated();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        settle(ctx);
        ctx.next();
    }

    /**
     * For the router's first failure handler: a request refused before any filter ran (no Host, a target that is not a
     * path) gets the request id and the security headers now, as every other answer does.
     */
    public void settleUnlessFiltered(RoutingContext ctx) {
        if (ctx.get(RequestContext.KEY) == null) {
            settle(ctx);
        }
    }

    /** What {@link #handle} does before passing the request on (again for a rerouted request: rerouting drops the decoration). */
    private void settle(RoutingContext ctx) {
        var request = ctx.request();
        String incomingId = request.getHeader(RequestIds.HEADER);
        RequestContext rc = new RequestContext(incomingId == null ? RequestContext.newRequestId() : RequestIds.acceptOrGenerate(incomingId),
                TraceContext.of(request.getHeader("traceparent"), request.getHeader("tracestate"), sampleGenerated));
        ctx.put(RequestContext.KEY, rc);
        rc.toMdc();
        ctx.addHeadersEndHandler(v -> decorate(ctx, rc));
    }

    private void decorate(RoutingContext ctx, RequestContext rc) {
        MultiMap out = ctx.response().headers();
        out.set(RequestIds.HEADER, rc.requestId());
        out.set("traceparent", rc.trace().traceparent());
        if (!headers.enabled()) {
            return;
        }
        out.set("X-Content-Type-Options", "nosniff");
        out.set("X-Frame-Options", "DENY");
        out.set("Referrer-Policy", "no-referrer");
        out.set("Strict-Transport-Security", headers.strictTransportSecurity());
        String path = ctx.request().path();
        boolean swaggerUi = path != null && (path.equals("/q/swagger-ui") || path.startsWith("/q/swagger-ui/"));
        out.set("Content-Security-Policy", swaggerUi ? headers.swaggerUiContentSecurityPolicy() : headers.contentSecurityPolicy());
    }
}
