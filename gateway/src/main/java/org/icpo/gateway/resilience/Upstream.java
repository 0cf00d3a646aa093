package org.icpo.gateway.resilience;

import io.vertx.core.http.HttpClient;

import java.net.URI;

/** One upstream service: its address, its own HTTP client (and connection pool), its breaker. */
public record Upstream(String name, URI baseUri, String host, int port, boolean ssl, String basePath,
                       HttpClient client, CircuitBreaker breaker) {

    /** The URI to request upstream for a request URI of the gateway (path and query, unchanged). */
    public String requestUri(String uri) {
        return basePath.isEmpty() ? uri : basePath + uri;
    }
}
