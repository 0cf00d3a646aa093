package org.icpo.gateway.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.icpo.kit.problem.Problem;
import org.icpo.kit.problem.ProblemType;
import org.icpo.kit.problem.Problems;

import java.util.List;
import java.util.Map;

/** Answers a request with an RFC 9457 problem document, the body of every error the gateway produces. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void send(RoutingContext ctx, ProblemType type, String detail) {
        send(ctx, type, type.status(), type.title(), detail, Map.of());
    }

    public static void send(RoutingContext ctx, ProblemType type, int status, String title, String detail,
                            Map<String, Object> extensions) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        RequestContext.of(ctx).toMdc();
        Problem problem = Problems.of(type, status, title, detail, ctx.request().path(), List.of(), extensions);
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Problems.toJson(problem));
    }
}
