package org.icpo.gateway.route;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.icpo.gateway.openapi.OpenApiAggregator;
import org.icpo.gateway.web.GatewayFilters;
import org.icpo.gateway.web.ProblemResponses;
import org.icpo.kit.problem.ProblemType;

/**
 * Installs the gateway's routes on the managed Vert.x router: {@code GET /openapi} (the merged
 * document), then the proxy for every other path. Quarkus's own endpoints under {@code /q/}
 * (health, metrics, Swagger UI) are left to Quarkus, but for {@code /q/openapi}: the gateway has no API of its own, so
 * that every component answers {@code /q/openapi} with its API, the gateway's is the merged document too (SmallRye's
 * would be an empty one).
 */
@ApplicationScoped
public class GatewayRoutes {

    /** After Quarkus's own routes. */
    static final int PROXY_ORDER = 10_000;

    void install(@Observes Router router, ProxyHandler proxy, OpenApiAggregator openApi, GatewayFilters filters) {
        router.get("/openapi").order(PROXY_ORDER - 1).handler(openApi::handle);
        router.get("/q/openapi").order(-1).handler(openApi::handle);
        router.route().order(PROXY_ORDER).handler(proxy);
        // what no route answered (an unknown path under /q/): a problem too, not Vert.x's HTML page
        router.route().last().handler(ctx -> ProblemResponses.send(ctx, ProblemType.NOT_FOUND,
                "The gateway has no endpoint " + ctx.request().path()));
        // a request the router refuses before any route runs (HTTP/1.1 without a Host or with a malformed one, a target that
        // is not a path: "GET *"): a problem too, not Quarkus's error body of JSON and an ERROR in the log; anything else
        // (a failure of the gateway's own) goes on to Quarkus's handler, which logs it
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (ctx.request().method() == HttpMethod.CONNECT) {
                // "CONNECT host:port": its target is no path, so no route ran; the gateway tunnels nothing, whatever the target
                filters.settleUnlessFiltered(ctx);
                ProblemType type = ProblemType.METHOD_NOT_ALLOWED;
                ProblemResponses.send(ctx, type, 405, type.title(), "CONNECT is not supported", java.util.Map.of());
            } else if (status >= 400 && status < 500) {
                filters.settleUnlessFiltered(ctx);
                String detail = status == 404 ? "The gateway has no endpoint for " + ctx.request().uri()
                        : "The request could not be read" + (ctx.failure() == null || ctx.failure().getMessage() == null ? ""
                        : ": " + ctx.failure().getMessage());
                ProblemType type = ProblemType.forStatus(status);
                ProblemResponses.send(ctx, type, status, type.title(), detail, java.util.Map.of());
            } else {
                ctx.next();
            }
        });
    }
}
