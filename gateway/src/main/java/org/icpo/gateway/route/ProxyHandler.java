package org.icpo.gateway.route;

import io.quarkus.runtime.Startup;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.icpo.gateway.GatewayConfig;
import org.icpo.gateway.auth.AuthenticationFailed;
import org.icpo.gateway.auth.JwtVerifier;
import org.icpo.gateway.auth.KeysUnavailable;
import org.icpo.gateway.auth.Principal;
import org.icpo.gateway.auth.PublicPaths;
import org.icpo.gateway.metrics.GatewayMetrics;
import org.icpo.gateway.ratelimit.RateLimiter;
import org.icpo.gateway.resilience.CircuitBreaker;
import org.icpo.gateway.resilience.Upstream;
import org.icpo.gateway.resilience.Upstreams;
import org.icpo.gateway.web.ProblemResponses;
import org.icpo.gateway.web.RequestContext;
import org.icpo.kit.problem.ProblemType;
import org.icpo.kit.web.RequestIds;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * The reverse proxy: for every request outside the gateway's own paths ({@code /q/*},
 * {@code /openapi}) it picks the upstream by longest path prefix, checks size, token and rate
 * limit, asks the upstream's circuit breaker, then streams the request to the upstream and the
 * response back (no whole-body buffering; back-pressure both ways). Every refusal is a problem
 * document. Runs entirely on the Vert.x event loop.
 */
@ApplicationScoped
@Startup
public class ProxyHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ProxyHandler.class);

    /** Hop-by-hop headers (RFC 9110 section 7.6.1) and the ones the gateway sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "expect", "forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-request-id",
            "traceparent", "tracestate");
    /** The header by which the services recognize a request repeated by its client (service-kit's {@code Idempotency}). */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /**
     * The largest body of a request with an {@code Idempotency-Key} that the gateway keeps while sending it, so that it can
     * send the request again when the connection closes unanswered (the services' JSON bodies are a few hundred bytes).
     */
    static final int REPEATABLE_BODY = 64 * 1024;
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** How long the gateway keeps reading (and discarding) a refused request's body before closing. */
    private static final long LINGER_MILLIS = 5_000;

    private final Vertx vertx;
    private final RouteTable routes;
    private final PublicPaths publicPaths;
    private final Upstreams upstreams;
    private final JwtVerifier jwt;
    private final RateLimiter limiter;
    private final GatewayMetrics metrics;
    private final long maxBody;
    private final int maxUriLength;
    private final long maxHeaderSize;
    private final long poolWaitTimeoutMillis;
    private final long responseTimeoutMillis;
    private final long idleTimeoutMillis;
    private final long sweepTimer;

    ProxyHandler(Vertx vertx, GatewayConfig config, Upstreams upstreams, JwtVerifier jwt, RateLimiter limiter,
                 GatewayMetrics metrics) {
        this.vertx = vertx;
        for (String name : config.routes().keySet()) {
            if (upstreams.get(name) == null) {
                throw new IllegalStateException("icpo.gateway.routes." + name + " names an upstream without a URL: set icpo.gateway.upstream."
                        + name + " (env ICPO_GATEWAY_UPSTREAM_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + ")");
            }
        }
        this.routes = new RouteTable(config.routes());
        this.publicPaths = new PublicPaths(config.publicPaths());
        this.upstreams = upstreams;
        this.jwt = jwt;
        this.limiter = limiter;
        this.metrics = metrics;
        this.maxBody = config.limits().maxBodySize().asLongValue();
        this.maxUriLength = config.limits().maxUriLength();
        this.maxHeaderSize = config.limits().maxHeaderSize().asLongValue();
        this.poolWaitTimeoutMillis = Math.max(config.client().poolWaitTimeout().toMillis(),
                config.client().connectTimeout().toMillis());
        this.responseTimeoutMillis = config.client().responseTimeout().toMillis();
        this.idleTimeoutMillis = config.client().idleTimeout().toMillis();
        this.sweepTimer = vertx.setPeriodic(60_000, id -> limiter.sweep());
    }

    public RouteTable routes() {
        return routes;
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(sweepTimer);
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String path = req.path();
        if (path != null && (path.equals("/q") || path.startsWith("/q/"))) {
            ctx.next();
            return;
        }
        req.pause();
        Exchange ex = new Exchange(ctx, System.nanoTime());
        ctx.addEndHandler(v -> metrics.request(ex.routeTag(), ex.upstreamTag(), ctx.response().getStatusCode(),
                System.nanoTime() - ex.startNanos));
        ctx.response().closeHandler(v -> clientGone(ex));

        String contentLength = req.getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared = -1;
        if (contentLength != null) {
            try {
                declared = Long.parseLong(contentLength.trim());
            } catch (NumberFormatException e) {
                declared = -2;
            }
        }
        ex.hasBody = declared > 0 || req.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        String key = req.getHeader(IDEMPOTENCY_KEY);
        ex.idempotencyKey = key != null && !key.isBlank();

        // the HTTP server itself refuses (with an empty body) only far larger request lines and headers, see application.properties
        int uriLength = req.uri().length();
        if (uriLength > maxUriLength) {
            reject(ex, ProblemType.URI_TOO_LONG, "bad_request",
                    "The request target (path and query) is " + uriLength + " bytes long; the limit is " + maxUriLength);
            return;
        }
        long headerSize = headerSize(req.headers());
        if (headerSize > maxHeaderSize) {
            reject(ex, ProblemType.HEADERS_TOO_LARGE, "bad_request",
                    "The request's header fields take " + headerSize + " bytes; the limit is " + maxHeaderSize);
            return;
        }
        String badHeader = badHeader(req.headers());
        if (badHeader != null) {
            // HTTP/1.1's parser refuses these itself; over HTTP/2 they arrive, and the request to the service cannot hold them
            reject(ex, ProblemType.BAD_REQUEST, "bad_request", "Bad request header: " + badHeader);
            return;
        }
        String badPath = PathGuard.problem(path);
        if (badPath != null) {
            reject(ex, ProblemType.BAD_REQUEST, "bad_request", "Bad request path: " + badPath);
            return;
        }
        ex.target = originForm(req.uri(), path);
        if (ex.target == null) {
            reject(ex, ProblemType.BAD_REQUEST, "bad_request", "Bad request target: an absolute URI whose path is not the one it "
                    + "is routed by; send the path and query alone");
            return;
        }
        ex.route = routes.match(path);
        if (ex.route == null) {
            reject(ex, ProblemType.NOT_FOUND, "not_found", "No service of the suite serves " + path);
            return;
        }
        ex.upstream = upstreams.get(ex.route.upstream());
        if (req.method() == HttpMethod.CONNECT || req.method() == HttpMethod.TRACE) {
            reject(ex, ProblemType.METHOD_NOT_ALLOWED, "bad_request", req.method() + " is not supported");
            return;
        }
        if (declared == -2 || declared < -1) {
            reject(ex, ProblemType.BAD_REQUEST, "bad_request", "Invalid Content-Length");
            return;
        }
        if (declared > maxBody) {
            reject(ex, ProblemType.PAYLOAD_TOO_LARGE, "body_too_large",
                    "The request body exceeds the limit of " + maxBody + " bytes");
            return;
        }

        boolean isPublic = publicPaths.matches(path);
        String authorization = req.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            if (isPublic) {
                afterAuthentication(ex, null, true);
            } else {
                unauthenticated(ex, "A bearer token is required", false);
            }
            return;
        }
        String token = bearer(authorization);
        if (token == null) {
            unauthenticated(ex, "The Authorization header must carry a bearer token", true);
            return;
        }
        jwt.verify(token).onComplete(ar -> {
            if (ar.succeeded()) {
                afterAuthentication(ex, ar.result(), isPublic);
            } else if (ar.cause() instanceof KeysUnavailable) {
                LOG.warnf("cannot verify a token: %s", ar.cause().getMessage());
                reject(ex, ProblemType.UPSTREAM_UNAVAILABLE, ProblemType.UPSTREAM_UNAVAILABLE.status(), "upstream_unavailable",
                        "Tokens cannot be verified right now: the identity provider's keys are unavailable", Map.of());
            } else {
                unauthenticated(ex, ar.cause() instanceof AuthenticationFailed ? ar.cause().getMessage()
                        : "The bearer token is invalid", true);
            }
        });
    }

    static String bearer(String authorization) {
        String value = authorization.trim();
        if (value.length() < 8 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = value.substring(7).trim();
        return token.isEmpty() || token.length() > 16_384 ? null : token;
    }

    private void unauthenticated(Exchange ex, String detail, boolean invalidToken) {
        // failed attempts are charged to the client address (public limits): guessing is rate limited too
        long retryAfter = limiter.acquire(RateLimiter.Kind.PUBLIC, "addr|" + clientAddress(ex.ctx.request()));
        if (retryAfter > 0) {
            tooManyRequests(ex, retryAfter);
            return;
        }
        ex.ctx.response().putHeader("WWW-Authenticate", invalidToken
                ? "Bearer realm=\"icpo\", error=\"invalid_token\", error_description=\"" + detail + "\""
                : "Bearer realm=\"icpo\"");
        reject(ex, ProblemType.UNAUTHENTICATED, "unauthenticated", detail);
    }

    private void tooManyRequests(Exchange ex, long retryAfter) {
        ex.ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        reject(ex, ProblemType.TOO_MANY_REQUESTS, ProblemType.TOO_MANY_REQUESTS.status(), "rate_limited",
                "Rate limit exceeded; retry after " + retryAfter + " s", Map.of("retryAfter", retryAfter));
    }

    private void afterAuthentication(Exchange ex, Principal principal, boolean isPublic) {
        if (ex.answered) {
            return;
        }
        String identity = principal != null && principal.subject() != null
                ? "sub|" + principal.subject() : "addr|" + clientAddress(ex.ctx.request());
        long retryAfter = limiter.acquire(isPublic ? RateLimiter.Kind.PUBLIC : RateLimiter.Kind.AUTHENTICATED, identity);
        if (retryAfter > 0) {
            tooManyRequests(ex, retryAfter);
            return;
        }
        CircuitBreaker breaker = ex.upstream.breaker();
        CircuitBreaker.Permit permit = breaker.tryAcquire();
        if (permit == CircuitBreaker.Permit.REFUSED) {
            ex.ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(breaker.retryAfterSeconds()));
            reject(ex, ProblemType.UPSTREAM_UNAVAILABLE, ProblemType.UPSTREAM_UNAVAILABLE.status(), "circuit_open",
                    "The " + ex.upstream.name() + " service is unavailable (circuit open after repeated failures); retry later",
                    Map.of("upstream", ex.upstream.name()));
            return;
        }
        ex.permit = permit;
        forward(ex);
    }

    /** The size of a header section as HTTP/1.1 writes it: each line's name, ": ", value and CRLF. */
    static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> h : headers) {
            size += h.getKey().length() + h.getValue().length() + 4;
        }
        return size;
    }

    /**
     * The request target sent to the service: the path and query as the client sent them. A target in absolute form
     * ({@code GET http://host/members HTTP/1.1}) is sent as its path and query, when they parse to the path the gateway
     * checked and routes by; otherwise null (the client's HTTP parser and the service's could read two different paths).
     */
    static String originForm(String uri, String path) {
        if (uri.startsWith("/")) {
            return uri;
        }
        try {
            java.net.URI u = new java.net.URI(uri);
            if (!u.isAbsolute() || u.getRawPath() == null || !u.getRawPath().equals(path)) {
                return null;
            }
            return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * Null when every header can be forwarded, else what is wrong: a name that is not an HTTP token (RFC 9110 section 5.1)
     * or a value holding a control character other than a tab (a line break would start another header).
     */
    static String badHeader(MultiMap headers) {
        for (Map.Entry<String, String> h : headers) {
            String name = h.getKey();
            if (name.isEmpty() || !name.chars().allMatch(ProxyHandler::tokenChar)) {
                return "the name of a header field must be a token (letters, digits and !#$%&'*+-.^_`|~)";
            }
            if (h.getValue().chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
                return "the value of " + name + " holds a control character";
            }
        }
        return null;
    }

    private static boolean tokenChar(int c) {
        return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }

    private static String clientAddress(HttpServerRequest req) {
        SocketAddress a = req.remoteAddress();
        return a == null || a.hostAddress() == null ? "unknown" : a.hostAddress();
    }

    private void forward(Exchange ex) {
        HttpServerRequest req = ex.ctx.request();
        Upstream upstream = ex.upstream;
        RequestContext rc = RequestContext.of(ex.ctx);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        Set<String> connectionTokens = connectionTokens(req.headers());
        for (Map.Entry<String, String> h : req.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (!NOT_FORWARDED.contains(name) && !connectionTokens.contains(name)) {
                headers.add(h.getKey(), h.getValue());
            }
        }
        headers.set(RequestIds.HEADER, rc.requestId());
        headers.set("traceparent", rc.trace().traceparent());
        if (rc.trace().tracestate() != null) {
            headers.set("tracestate", rc.trace().tracestate());
        }
        SocketAddress peer = req.connection() == null ? null : req.connection().remoteAddress();
        String peerAddress = peer == null || peer.hostAddress() == null ? "unknown" : peer.hostAddress();
        String prior = req.getHeader("X-Forwarded-For");
        headers.set("X-Forwarded-For", prior == null || prior.isBlank() ? peerAddress : prior + ", " + peerAddress);
        headers.set("X-Forwarded-Proto", req.scheme() == null ? "http" : req.scheme());
        String host = req.authority() != null ? req.authority().toString() : req.getHeader(HttpHeaders.HOST);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }

        RequestOptions options = new RequestOptions()
                .setMethod(req.method())
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(upstream.requestUri(ex.target))
                .setHeaders(headers)
                // how long to wait for a pooled connection; the TCP connect itself is bounded by the client's options
                .setConnectTimeout(poolWaitTimeoutMillis)
                .setIdleTimeout(idleTimeoutMillis);
        send(ex, options);
    }

    private void send(Exchange ex, RequestOptions options) {
        HttpServerRequest req = ex.ctx.request();
        ex.upstream.client().request(options).onComplete(ar -> {
            if (ar.failed()) {
                if (!ex.answered && !ex.reacquired && connectionClosed(ar.cause())) {
                    // the pooled connection handed out was closed before the request had a stream on it: nothing of the
                    // request was sent, so whatever its method it goes once more, on another connection
                    ex.reacquired = true;
                    metrics.upstreamError(ex.upstreamTag(), ex.routeTag(), "retried");
                    LOG.infof("%s closed the connection handed out for %s %s (%s); taking another", ex.upstream.name(),
                            ex.ctx.request().method(), ex.ctx.request().path(), ar.cause());
                    send(ex, options);
                    return;
                }
                upstreamFailed(ex, ar.cause(), "connect");
                return;
            }
            HttpClientRequest up = ar.result();
            ex.upstreamRequest = up;
            if (ex.answered) {
                up.reset();
                ex.abandon();
                return;
            }
            up.response().onComplete(rar -> {
                if (rar.succeeded()) {
                    respond(ex, rar.result());
                } else {
                    attemptFailed(ex, up, options, rar.cause());
                }
            });
            up.exceptionHandler(e -> attemptFailed(ex, up, options, e));
            if (ex.attempts == 0 && "100-continue".equalsIgnoreCase(req.getHeader(HttpHeaders.EXPECT))) {
                ex.ctx.response().writeContinue();
            }
            ex.attempts++;
            streamRequestBody(ex, up);
        });
    }

    /**
     * An attempt broke off before the upstream answered. A kept-alive connection may have been closed
     * by the upstream just as it was handed out (the request then never reached a handler): a request
     * that may be repeated ({@link #repeatable}) is sent once more, on another connection, as nginx does
     * with its cached upstream connections; one with an {@code Idempotency-Key} whose body is still coming,
     * once it has come. Anything else, or a second break, is a failure of the upstream.
     */
    private void attemptFailed(Exchange ex, HttpClientRequest up, RequestOptions options, Throwable cause) {
        if (ex.answered || ex.upstreamRequest != up) {
            return;
        }
        if (ex.attempts == 1 && connectionClosed(cause)) {
            // a request with a key whose client is still sending the body goes again once the body has all come
            boolean bodyComing = ex.idempotencyKey && ex.sentBody != null && !ex.ctx.request().isEnded();
            if (bodyComing || repeatable(ex)) {
                cancelResponseTimer(ex);
                ex.upstreamRequest = null;
                metrics.upstreamError(ex.upstreamTag(), ex.routeTag(), "retried");
                LOG.infof("%s closed the connection before answering %s %s (%s); sending it again%s", ex.upstream.name(),
                        ex.ctx.request().method(), ex.ctx.request().path(), cause, bodyComing ? " once its body has come" : "");
                up.reset();
                if (bodyComing) {
                    ex.resendWhenBodyEnds = options;
                    ex.resendCause = cause;
                } else {
                    send(ex, options);
                }
                return;
            }
        }
        upstreamFailed(ex, cause, "reset");
    }

    /**
     * Whether a request may be sent again: a safe one without a body, or one with an {@code Idempotency-Key} (any method)
     * whose whole body has come and was kept ({@link #REPEATABLE_BODY}); the service answers the repeated key with the
     * first answer if the first attempt did reach it.
     */
    static boolean repeatable(Exchange ex) {
        HttpServerRequest req = ex.ctx.request();
        if (!ex.hasBody) {
            return ex.idempotencyKey || isSafe(req.method());
        }
        return ex.idempotencyKey && ex.sentBody != null && req.isEnded();
    }

    private static boolean isSafe(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    /** The connection was closed or reset under the request (not a timeout, not a refused connection). */
    static boolean connectionClosed(Throwable cause) {
        if (cause instanceof io.vertx.core.http.HttpClosedException) {
            return true;
        }
        return cause instanceof java.io.IOException && !(cause instanceof java.net.ConnectException)
                && cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains("reset");
    }

    /**
     * The header names a {@code Connection} header lists, which are hop-by-hop and not forwarded; never the ones that frame
     * the message ({@code Connection: Content-Length} would have sent the body without its length).
     */
    private static Set<String> connectionTokens(MultiMap headers) {
        Set<String> tokens = new HashSet<>();
        for (String value : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String t : value.split(",")) {
                String token = t.trim().toLowerCase(Locale.ROOT);
                if (!token.isEmpty() && !token.equals("content-length")) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    private void streamRequestBody(Exchange ex, HttpClientRequest up) {
        HttpServerRequest req = ex.ctx.request();
        boolean declaredLength = req.headers().contains(HttpHeaders.CONTENT_LENGTH);
        if (ex.attempts > 1 && ex.sentBody != null) {
            // sent again (repeatable): the body, read whole from the client the first time, as it was sent then
            up.end(ex.sentBody);
            requestSent(ex);
            return;
        }
        if (req.isEnded()) {
            up.end();
            requestSent(ex);
            return;
        }
        if (ex.idempotencyKey) {
            // kept as it is sent (only now, once the request is let through), dropped when it grows past REPEATABLE_BODY
            ex.sentBody = Buffer.buffer();
        }
        req.handler(chunk -> {
            ex.receivedBytes += chunk.length();
            if (ex.receivedBytes > maxBody) {
                bodyTooLarge(ex);
                return;
            }
            if (!declaredLength && !up.isChunked()) {
                up.setChunked(true);
            }
            if (ex.sentBody != null) {
                ex.sentBody = ex.sentBody.length() + chunk.length() > REPEATABLE_BODY ? null : ex.sentBody.appendBuffer(chunk);
            }
            if (ex.resendWhenBodyEnds != null) {
                // the first attempt broke off: the body is only kept, unless it grows past what can be sent again
                if (ex.sentBody == null) {
                    ex.resendWhenBodyEnds = null;
                    upstreamFailed(ex, ex.resendCause, "reset");
                }
                return;
            }
            up.write(chunk);
            if (up.writeQueueFull()) {
                req.pause();
                up.drainHandler(v -> req.resume());
            }
        });
        req.endHandler(v -> {
            if (ex.resendWhenBodyEnds != null) {
                RequestOptions again = ex.resendWhenBodyEnds;
                ex.resendWhenBodyEnds = null;
                if (!ex.answered) {
                    send(ex, again);
                }
                return;
            }
            up.end();
            requestSent(ex);
        });
        req.exceptionHandler(e -> {
            up.reset();
            ex.abandon();
        });
        req.resume();
    }

    private void requestSent(Exchange ex) {
        ex.requestSent = true;
        if (ex.answered) {
            return;
        }
        ex.responseTimer = vertx.setTimer(Math.max(1, responseTimeoutMillis), id -> {
            ex.responseTimer = -1;
            if (ex.answered) {
                return;
            }
            ex.failure();
            metrics.upstreamError(ex.upstreamTag(), ex.routeTag(), "timeout");
            LOG.warnf("%s did not answer %s %s within %d ms", ex.upstream.name(), ex.ctx.request().method(),
                    ex.ctx.request().path(), responseTimeoutMillis);
            reject(ex, ProblemType.UPSTREAM_UNAVAILABLE, 504, "Upstream timed out", "upstream_timeout",
                    "The " + ex.upstream.name() + " service did not answer within " + responseTimeoutMillis + " ms",
                    Map.of("upstream", ex.upstream.name()));
            if (ex.upstreamRequest != null) {
                ex.upstreamRequest.reset(0, new TimeoutException("response timeout"));
            }
        });
    }

    private void cancelResponseTimer(Exchange ex) {
        if (ex.responseTimer >= 0) {
            vertx.cancelTimer(ex.responseTimer);
            ex.responseTimer = -1;
        }
    }

    private void bodyTooLarge(Exchange ex) {
        cancelResponseTimer(ex);
        HttpClientRequest up = ex.upstreamRequest;
        ex.abandon();
        if (ex.answered) {
            // the upstream already answered; stop both sides
            ex.ctx.request().handler(null);
            closeClientConnection(ex);
        } else {
            reject(ex, ProblemType.PAYLOAD_TOO_LARGE, "body_too_large",
                    "The request body exceeds the limit of " + maxBody + " bytes");
        }
        if (up != null) {
            up.reset();
        }
    }

    private void upstreamFailed(Exchange ex, Throwable cause, String kind) {
        cancelResponseTimer(ex);
        if (ex.answered) {
            return;
        }
        ex.failure();
        // Vert.x's own timeout for getting a connection: every pooled connection stayed busy for the pool wait (a TCP
        // connect that takes too long fails earlier, with Netty's ConnectTimeoutException)
        boolean poolWait = "connect".equals(kind) && cause instanceof NoStackTraceTimeoutException;
        metrics.upstreamError(ex.upstreamTag(), ex.routeTag(), poolWait ? "pool_wait" : kind);
        LOG.warnf("%s unavailable for %s %s: %s", ex.upstream.name(), ex.ctx.request().method(), ex.ctx.request().path(),
                cause == null ? kind : cause.toString());
        if (poolWait) {
            ex.ctx.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        reject(ex, ProblemType.UPSTREAM_UNAVAILABLE, ProblemType.UPSTREAM_UNAVAILABLE.status(), "upstream_unavailable",
                poolWait ? "The " + ex.upstream.name() + " service is busy: no connection to it became free within "
                        + poolWaitTimeoutMillis + " ms; retry later"
                        : "The " + ex.upstream.name() + " service is unavailable",
                Map.of("upstream", ex.upstream.name()));
        if (ex.upstreamRequest != null) {
            ex.upstreamRequest.reset();
        }
    }

    private void respond(Exchange ex, HttpClientResponse ur) {
        cancelResponseTimer(ex);
        if (ex.answered) {
            return;
        }
        ex.answered = true;
        ex.upstreamAnswered = true;
        ex.success();
        if (ur.statusCode() >= 500) {
            metrics.upstreamError(ex.upstreamTag(), ex.routeTag(), "status_5xx");
        }
        HttpServerRequest req = ex.ctx.request();
        HttpServerResponse out = ex.ctx.response();
        out.setStatusCode(ur.statusCode());
        if (ur.statusMessage() != null) {
            out.setStatusMessage(ur.statusMessage());
        }
        Set<String> connectionTokens = connectionTokens(ur.headers());
        for (Map.Entry<String, String> h : ur.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("location") || name.equals("content-location")) {
                out.headers().add(h.getKey(), externalLocation(h.getValue(), ex.upstream, externalOrigin(req)));
            } else if (!HOP_BY_HOP.contains(name) && !connectionTokens.contains(name)) {
                out.headers().add(h.getKey(), h.getValue());
            }
        }
        int status = ur.statusCode();
        boolean bodyless = req.method() == HttpMethod.HEAD || status == 204 || status == 304 || status < 200;
        if (!bodyless && !ur.headers().contains(HttpHeaders.CONTENT_LENGTH) && req.version() != HttpVersion.HTTP_1_0) {
            out.setChunked(true);
        }
        ur.pipe().endOnFailure(false).to(out).onFailure(e -> {
            metrics.upstreamError(ex.upstreamTag(), ex.routeTag(), "reset");
            LOG.debugf("response of %s for %s broke off: %s", ex.upstream.name(), req.path(), e.toString());
            // Not from within this callback: it may run inside Netty's failed write to a client that has just gone, and
            // closing the connection there writes to it again (Netty then releases the write's buffers twice and logs a
            // warning with its stack). A client that has gone needs no closing.
            vertx.runOnContext(v -> {
                if (!out.closed()) {
                    closeClientConnection(ex);
                }
            });
        });
    }

    /** The origin the client addressed: its scheme and host as the gateway forwards them ({@code X-Forwarded-Proto/-Host}). */
    private static String externalOrigin(HttpServerRequest req) {
        String host = req.authority() != null ? req.authority().toString() : req.getHeader(HttpHeaders.HOST);
        return host == null ? null : (req.scheme() == null ? "http" : req.scheme()) + "://" + host;
    }

    /**
     * A {@code Location} the service built from the address the gateway reached it at ({@code http://notices:8080/...},
     * the request's Host being the service's) points the client at the gateway instead, as a reverse proxy's
     * {@code proxy_redirect} does: the service's origin and base path become the client's origin. Any other value (a
     * relative one, another host's) is left as it is.
     */
    static String externalLocation(String location, Upstream upstream, String externalOrigin) {
        if (location == null || externalOrigin == null) {
            return location;
        }
        URI base = upstream.baseUri();
        String internal = base.getScheme() + "://" + base.getRawAuthority() + upstream.basePath();
        if (!location.regionMatches(true, 0, internal, 0, internal.length())) {
            return location;
        }
        String rest = location.substring(internal.length());
        if (!rest.isEmpty() && "/?#".indexOf(rest.charAt(0)) < 0) {
            return location; // http://notices:80800/... or /ballots-old: not the service's origin and base path
        }
        return externalOrigin + (rest.isEmpty() ? "/" : rest);
    }

    /**
     * The client closed its connection: the upstream request is given up. Settled as abandoned and marked answered
     * before the reset, whose exception handler runs at once: it must not take the client's leaving for a failure of
     * the upstream (counted by the circuit breaker, so that clients giving up, e.g. a load generator stopping, would
     * open it for everyone).
     * <p>
     * Called too once the exchange is over: an HTTP/2 stream closes after every response, an HTTP/1.1 client may
     * close its connection after the last one. The response then has ended, and with it the upstream's, whose
     * connection is back in the pool, maybe serving the next request already: resetting the finished upstream
     * request would close that connection (Vert.x closes a connection whose answered request is reset).
     * <p>
     * Nor is it reset once the upstream has answered a request sent whole: a client that leaves as soon as it has read
     * its answer's bytes ({@code Connection: close}, HTTP/1.0) may leave before the end of the upstream's answer has
     * reached this context, while the upstream connection, whose own event loop has seen that end, is already back in
     * the pool. Resetting then closed the connection under whichever request had taken it: a 503 "Connection was
     * closed" for a write to a healthy service, counted by its breaker. The answer's pipe fails on the departed
     * client instead and drains the rest of the upstream's answer, so the
     * connection returns to the pool whole (an upstream that falls silent is cut off by the request's idle timeout).
     */
    private void clientGone(Exchange ex) {
        if (ex.ctx.response().ended()) {
            return;
        }
        cancelResponseTimer(ex);
        ex.abandon();
        ex.answered = true;
        if (ex.upstreamRequest != null && !(ex.upstreamAnswered && ex.requestSent)) {
            ex.upstreamRequest.reset();
        }
    }

    private void closeClientConnection(Exchange ex) {
        HttpServerRequest req = ex.ctx.request();
        if (req.version() == HttpVersion.HTTP_2) {
            ex.ctx.response().reset();
        } else if (req.connection() != null) {
            req.connection().close();
        }
    }

    private void reject(Exchange ex, ProblemType type, String reason, String detail) {
        reject(ex, type, type.status(), reason, detail, Map.of());
    }

    private void reject(Exchange ex, ProblemType type, int status, String reason, String detail, Map<String, Object> extensions) {
        reject(ex, type, status, type.title(), reason, detail, extensions);
    }

    /** Answers with a problem; a request body still on its way is read and discarded, then the connection closed. */
    private void reject(Exchange ex, ProblemType type, int status, String title, String reason, String detail,
                        Map<String, Object> extensions) {
        if (ex.answered) {
            return;
        }
        ex.answered = true;
        metrics.rejection(reason, ex.routeTag(), ex.upstreamTag());
        HttpServerRequest req = ex.ctx.request();
        boolean bodyPending = ex.hasBody && !req.isEnded();
        if (bodyPending) {
            ex.ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ProblemResponses.send(ex.ctx, type, status, title, detail, extensions);
        if (req.isEnded()) {
            return;
        }
        req.exceptionHandler(e -> { });
        if (bodyPending) {
            long linger = vertx.setTimer(LINGER_MILLIS, id -> closeClientConnection(ex));
            req.handler(chunk -> { });
            req.endHandler(v -> {
                vertx.cancelTimer(linger);
                closeClientConnection(ex);
            });
        } else {
            req.handler(chunk -> { });
            req.endHandler(v -> { });
        }
        req.resume();
    }
}
