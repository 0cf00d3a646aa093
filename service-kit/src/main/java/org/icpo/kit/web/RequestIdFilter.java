package org.icpo.kit.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the request id into the logging context (and so into logs and audit records) and echoes it
 * in the X-Request-Id response header.
 */
public class RequestIdFilter {

    static final String PROPERTY = "icpo.requestId";

    /** Before every other filter, so that a request refused by one (NulCharacters, also pre-matching) has its id. */
    @ServerRequestFilter(preMatching = true, priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 500)
    public void assign(ContainerRequestContext request) {
        String id = RequestIds.acceptOrGenerate(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(PROPERTY, id);
        MDC.put(RequestIds.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id.toString());
        }
    }
}
