package org.icpo.gateway.web;

import io.vertx.ext.web.RoutingContext;
import org.icpo.kit.web.RequestIds;
import org.jboss.logging.MDC;

/** What the gateway settles for every request before anything else: its id and its trace context. */
public record RequestContext(String requestId, TraceContext trace) {

    static final String KEY = "icpo.request-context";

    public static RequestContext of(RoutingContext ctx) {
        RequestContext rc = ctx.get(KEY);
        if (rc == null) {
            rc = new RequestContext(RequestIds.acceptOrGenerate(ctx.request().getHeader(RequestIds.HEADER)),
                    TraceContext.of(null, null, true));
            ctx.put(KEY, rc);
        }
        return rc;
    }

    /** Puts the ids into the logging context of the current (Vert.x) context. */
    public void toMdc() {
        MDC.put(RequestIds.MDC_KEY, requestId);
        MDC.put("traceId", trace.traceId());
    }
}
