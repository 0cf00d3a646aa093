package org.icpo.gateway.route;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.icpo.gateway.openapi.OpenApiAggregator;
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

    void install(@Observes Router router, ProxyHandler proxy, OpenApiAggregator openApi) {
        router.get("/openapi").order(PROXY_ORDER - 1).handler(openApi::handle);
        router.get("/q/openapi").order(-1).handler(openApi::handle);
        router.route().order(PROXY_ORDER).handler(proxy);
        // what no route answered (an unknown path under /q/): a problem too, not Vert.x's HTML page
        router.route().last().handler(ctx -> ProblemResponses.send(ctx, ProblemType.NOT_FOUND,
                "The gateway has no endpoint " + ctx.request().path()));
    }
}
