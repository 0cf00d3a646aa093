package org.icpo.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Every policy of the gateway, under {@code icpo.gateway}. Defaults are the values documented
 * here; each key can be overridden by an environment variable (e.g.
 * {@code ICPO_GATEWAY_UPSTREAM_MEMBERSHIP}, {@code ICPO_GATEWAY_RATE_LIMIT_AUTHENTICATED_BURST}).
 * Token verification keys use the same keys as the services ({@code mp.jwt.verify.*}).
 */
@ConfigMapping(prefix = "icpo.gateway")
public interface GatewayConfig {

    /** Base URL of each upstream service by name, e.g. {@code membership=http://membership-service:8080}. */
    Map<String, String> upstream();

    /**
     * Path prefixes served by each upstream, by upstream name (comma-separated). The longest
     * matching prefix wins, on segment boundaries; paths are forwarded unchanged.
     */
    Map<String, List<String>> routes();

    /**
     * Paths that need no token (a token presented on them must still be valid). Glob patterns:
     * {@code *} matches one path segment, {@code **} any number of segments (also none).
     */
    @WithDefault("/notices/v1/**,/ballots/*/rounds/*/board,/statistics/**")
    List<String> publicPaths();

    Client client();

    CircuitBreaker circuitBreaker();

    RateLimit rateLimit();

    Limits limits();

    Auth auth();

    OpenApi openapi();

    Health health();

    SecurityHeaders securityHeaders();

    Trace trace();

    /** The HTTP client of each upstream (one client and pool per upstream). */
    interface Client {
        /** Maximum connections per upstream (Vert.x's own default is only 5). */
        @WithDefault("64")
        int maxPoolSize();

        /** Requests waiting for a pooled connection beyond which the gateway answers 503 at once. */
        @WithDefault("1024")
        int maxWaitQueueSize();

        /** How long an idle pooled connection is kept open. */
        @WithDefault("60s")
        Duration keepAliveTimeout();

        /** Time to open a TCP connection to the upstream before answering 503: a service that is down fails fast. */
        @WithDefault("1s")
        Duration connectTimeout();

        /**
         * Time a request may wait for a free pooled connection (a new connection's set-up included) before answering
         * 503. A burst larger than the pool (196 votes at once) waits its turn instead of failing after the connect
         * timeout; never shorter than the connect timeout.
         */
        @WithDefault("10s")
        Duration poolWaitTimeout();

        /** Time from the end of the forwarded request to the upstream's response headers before answering 504. */
        @WithDefault("10s")
        Duration responseTimeout();

        /** Longest silence on an upstream connection while a body streams, either way. */
        @WithDefault("60s")
        Duration idleTimeout();
    }

    /** One circuit breaker per upstream. */
    interface CircuitBreaker {
        /** Consecutive transport failures (connect errors, resets, timeouts) that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker refuses calls before letting one trial call through (half-open). */
        @WithDefault("5s")
        Duration openDelay();
    }

    /** Token buckets per client identity (token subject, else client address). Per gateway replica. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Calls to protected paths. */
        Bucket authenticated();

        /** Calls to public paths (anonymous or not), and failed authentication attempts by address. */
        @WithName("public")
        Bucket publicApi();

        /** Identities tracked at most; idle full buckets are dropped first. */
        @WithDefault("100000")
        int maxTrackedClients();

        interface Bucket {
            /** Sustained requests per second. */
            double requestsPerSecond();

            /** Bucket capacity: requests allowed in a burst. */
            int burst();
        }
    }

    interface Limits {
        /**
         * Largest request body; Content-Length is checked up front and streamed bytes are counted. 16 MiB: the largest
         * valid notice request carries 5 photographs of 2 MiB, base64-encoded in its JSON (5 x 2,796,204 bytes, 13.3 MiB),
         * plus its other fields; notices-service itself takes 20M, the ingress 16m.
         */
        @WithDefault("16M")
        MemorySize maxBodySize();

        /**
         * Longest request target (path and query) forwarded, in bytes; longer is a 414 problem. The services' HTTP
         * servers take request lines of at most 4,096 bytes, method and version included.
         */
        @WithDefault("4000")
        int maxUriLength();

        /**
         * Largest request header section forwarded (names and values, 4 bytes a line more), in bytes; larger is a 431
         * problem. The services take 20 KB, the gateway's own headers included.
         */
        @WithDefault("16K")
        MemorySize maxHeaderSize();
    }

    /** JWT verification; keys, issuer and audiences come from {@code mp.jwt.verify.*} as in the services. */
    interface Auth {
        /** Accepted signature algorithms; anything else (none, HMAC) is refused. */
        @WithDefault("RS256,ES256")
        List<String> algorithms();

        /** Tolerance on exp and nbf. */
        @WithDefault("30s")
        Duration clockSkew();

        /** Successful verifications remembered (bounded), never past the token's expiry. */
        @WithDefault("10000")
        int cacheSize();

        @WithDefault("60s")
        Duration cacheTtl();

        /** When the key location is a JWKS URL: how often the key set is refreshed. */
        @WithDefault("10m")
        Duration jwksRefreshInterval();

        /** When a token names an unknown key id: the shortest interval between two JWKS fetches. */
        @WithDefault("30s")
        Duration jwksMinRefreshInterval();

        /** Timeout of one JWKS fetch. */
        @WithDefault("3s")
        Duration jwksFetchTimeout();
    }

    interface OpenApi {
        @WithDefault("ICPO API")
        String title();

        /** How long the merged document is served from cache. */
        @WithDefault("60s")
        Duration refreshInterval();

        /** How soon a service that could not be fetched is tried again. */
        @WithDefault("5s")
        Duration retryInterval();

        /** Timeout of one fetch of a service's document. */
        @WithDefault("2s")
        Duration fetchTimeout();
    }

    interface Health {
        /** Timeout of one call to an upstream's /q/health/ready. */
        @WithDefault("1s")
        Duration timeout();

        /** How long an upstream's state is reused. */
        @WithDefault("5s")
        Duration cacheTtl();

        /** Whether an upstream that is down makes the gateway unready (by default it does not). */
        @WithDefault("false")
        boolean requireUpstreams();
    }

    interface SecurityHeaders {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("max-age=31536000; includeSubDomains")
        String strictTransportSecurity();

        /** Content-Security-Policy of API responses. */
        @WithDefault("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
        String contentSecurityPolicy();

        /** Content-Security-Policy of the Swagger UI pages (they need their own scripts and styles). */
        @WithDefault("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'")
        String swaggerUiContentSecurityPolicy();
    }

    interface Trace {
        /** Whether a traceparent generated by the gateway (none came in) is marked sampled. */
        @WithDefault("true")
        boolean sampleGenerated();
    }
}
