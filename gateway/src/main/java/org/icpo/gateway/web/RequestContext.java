package org.icpo.gateway.web;

import io.vertx.ext.web.RoutingContext;
import org.icpo.kit.web.RequestIds;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** What the gateway settles for every request before anything else: its id and its trace context. */
public record RequestContext(String requestId, TraceContext trace) {

    static final String KEY = "icpo.request-context";

    public static RequestContext of(RoutingContext ctx) {
        RequestContext rc = ctx.get(KEY);
        if (rc == null) {
            String incomingId = ctx.request().getHeader(RequestIds.HEADER);
            rc = new RequestContext(incomingId == null ? newRequestId() : RequestIds.acceptOrGenerate(incomingId),
                    TraceContext.of(null, null, true));
            ctx.put(KEY, rc);
        }
        return rc;
    }

    /**
     * A random (version 4) UUID for a request without an id, from the thread's fast generator rather
     * than {@link UUID#randomUUID()}'s shared SecureRandom: an id needs uniqueness, not secrecy.
     */
    public static String newRequestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long msb = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** Puts the ids into the logging context of the current (Vert.x) context. */
    public void toMdc() {
        MDC.put(RequestIds.MDC_KEY, requestId);
        MDC.put("traceId", trace.traceId());
    }
}
