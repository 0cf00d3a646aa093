package org.icpo.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.icpo.gateway.GatewayConfig;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.UnresolvableKeyException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Verifies bearer JWTs exactly as strictly as the services do, before anything is forwarded:
 * signature (RS256 or ES256 only, so {@code alg: none} and HMAC signatures made with the public key
 * are refused), issuer, audience, expiry and {@code nbf} with a small clock skew. Keys come from the
 * same settings as the services: {@code mp.jwt.verify.publickey.location} (a PEM or JWKS file, a
 * classpath resource, or the JWKS URL of any OIDC provider, refreshed periodically and on an unknown
 * key id) or {@code mp.jwt.verify.publickey}. Successful verifications are cached briefly (bounded,
 * never past the token's expiry), so the hot path costs one map look-up.
 */
@ApplicationScoped
public class JwtVerifier {

    private static final Logger LOG = Logger.getLogger(JwtVerifier.class);

    private final Vertx vertx;
    private final GatewayConfig.Auth config;
    private final Optional<String> location;
    private final Optional<String> inlineKey;
    private final Optional<String> issuer;
    private final Optional<List<String>> audiences;
    private final Cache<String, Principal> cache;

    private volatile JwtConsumer consumer;
    private volatile boolean remote;
    private volatile long lastFetchNanos = Long.MIN_VALUE / 2;
    private Future<Void> fetching;
    private HttpClient jwksClient;
    private long refreshTimer = -1;

    JwtVerifier(Vertx vertx, GatewayConfig config,
                @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
                @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
                @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
                @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<List<String>> audiences) {
        this.vertx = vertx;
        this.config = config.auth();
        this.location = location.filter(s -> !s.isBlank()).map(String::trim);
        this.inlineKey = inlineKey.filter(s -> !s.isBlank());
        this.issuer = issuer.filter(s -> !s.isBlank());
        this.audiences = audiences.filter(l -> !l.isEmpty());
        long ttlNanos = this.config.cacheTtl().toNanos();
        this.cache = Caffeine.newBuilder()
                .maximumSize(this.config.cacheSize())
                .expireAfter(new Expiry<String, Principal>() {
                    @Override
                    public long expireAfterCreate(String key, Principal p, long now) {
                        long untilExpiry = (p.expiresAtMillis() - System.currentTimeMillis()) * 1_000_000L;
                        return Math.max(0, Math.min(ttlNanos, untilExpiry));
                    }

                    @Override
                    public long expireAfterUpdate(String key, Principal p, long now, long current) {
                        return current;
                    }

                    @Override
                    public long expireAfterRead(String key, Principal p, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    void start(@Observes StartupEvent event) {
        if (inlineKey.isPresent()) {
            install(KeyParser.parse(inlineKey.get()), false);
            return;
        }
        String loc = location.orElseThrow(() -> new IllegalStateException(
                "No token verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the JWKS URL of the OIDC provider "
                        + "(e.g. https://keycloak/realms/icpo/protocol/openid-connect/certs) or to a PEM file"));
        if (loc.startsWith("http://") || loc.startsWith("https://")) {
            remote = true;
            jwksClient = vertx.createHttpClient(new HttpClientOptions()
                    .setConnectTimeout((int) config.jwksFetchTimeout().toMillis())
                    .setName("icpo-gateway-jwks"));
            refresh();
            refreshTimer = vertx.setPeriodic(Math.max(1000, config.jwksRefreshInterval().toMillis()), id -> refresh());
        } else {
            install(KeyParser.parse(readLocal(loc)), false);
        }
    }

    private static String readLocal(String loc) {
        String path = loc.startsWith("file:") ? loc.substring(5) : loc;
        try {
            if (!loc.startsWith("classpath:") && Files.isRegularFile(Path.of(path))) {
                return Files.readString(Path.of(path), StandardCharsets.UTF_8);
            }
            String resource = loc.startsWith("classpath:") ? loc.substring(10) : path;
            resource = resource.startsWith("/") ? resource.substring(1) : resource;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("mp.jwt.verify.publickey.location: no file or classpath resource " + loc);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey.location: cannot read " + loc, e);
        }
    }

    private void install(List<JsonWebKey> keys, boolean fromJwks) {
        JwtConsumerBuilder b = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds((int) Math.max(0, config.clockSkew().toSeconds()))
                .setJwsAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        config.algorithms().stream().map(String::trim).toArray(String[]::new)));
        issuer.ifPresentOrElse(i -> b.setExpectedIssuer(true, i), () -> b.setExpectedIssuer(false, null));
        audiences.ifPresentOrElse(a -> b.setExpectedAudience(true, a.toArray(String[]::new)), b::setSkipDefaultAudienceValidation);
        if (!fromJwks && keys.size() == 1 && keys.get(0) instanceof PublicJsonWebKey single) {
            b.setVerificationKey(single.getPublicKey());
        } else {
            b.setVerificationKeyResolver(new JwksVerificationKeyResolver(keys));
        }
        consumer = b.build();
        LOG.infof("token verification keys loaded: %d key(s) from %s", keys.size(),
                inlineKey.isPresent() ? "mp.jwt.verify.publickey" : location.orElse("?"));
    }

    /** Fetches the JWKS again; concurrent callers share one fetch. */
    synchronized Future<Void> refresh() {
        if (fetching != null) {
            return fetching;
        }
        lastFetchNanos = System.nanoTime();
        Promise<Void> done = Promise.promise();
        fetching = done.future();
        long timeout = config.jwksFetchTimeout().toMillis();
        jwksClient.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(location.get())
                        .putHeader("Accept", "application/json").setTimeout(timeout))
                .compose(req -> req.send().compose(this::body))
                .onComplete(ar -> {
                    Throwable failure = null;
                    try {
                        if (ar.succeeded()) {
                            install(KeyParser.parse(ar.result().toString(StandardCharsets.UTF_8)), true);
                        } else {
                            LOG.warnf("cannot fetch the token verification keys from %s: %s", location.get(), ar.cause().toString());
                            failure = ar.cause();
                        }
                    } catch (RuntimeException e) {
                        LOG.warnf("cannot read the token verification keys from %s: %s", location.get(), e.getMessage());
                        failure = e;
                    }
                    // The fetch is over before anyone waiting on it resumes: a request answered from
                    // it may be followed at once by another that needs a fresh fetch of its own.
                    synchronized (this) {
                        fetching = null;
                    }
                    if (failure == null) {
                        done.complete();
                    } else {
                        done.fail(failure);
                    }
                });
        return done.future();
    }

    private Future<Buffer> body(HttpClientResponse response) {
        if (response.statusCode() != 200) {
            return Future.failedFuture("HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** Whether keys are loaded (for readiness reporting). */
    public boolean keysLoaded() {
        return consumer != null;
    }

    /**
     * Verifies a compact JWS. Completes at once unless keys must first be fetched; fails with
     * {@link AuthenticationFailed} (401) or {@link KeysUnavailable} (503).
     */
    public Future<Principal> verify(String token) {
        Principal cached = cache.getIfPresent(token);
        if (cached != null && cached.expiresAtMillis() > System.currentTimeMillis()) {
            return Future.succeededFuture(cached);
        }
        JwtConsumer current = consumer;
        if (current == null) {
            if (!remote) {
                return Future.failedFuture(new KeysUnavailable("token verification keys are not loaded"));
            }
            if (!fetchAllowedWithoutKeys()) {
                return Future.failedFuture(new KeysUnavailable("the identity provider's keys cannot be fetched"));
            }
            return refresh().transform(ar -> consumer == null
                    ? Future.failedFuture(new KeysUnavailable("the identity provider's keys cannot be fetched"))
                    : attempt(token, consumer, false));
        }
        return attempt(token, current, remote);
    }

    /**
     * While no key could ever be fetched, requests trigger fetches, but at most one per
     * {@code min(jwks-min-refresh-interval, 5 s)} so that a provider that is down is not flooded.
     */
    private synchronized boolean fetchAllowedWithoutKeys() {
        long interval = Math.min(config.jwksMinRefreshInterval().toNanos(), 5_000_000_000L);
        return fetching != null || System.nanoTime() - lastFetchNanos >= interval;
    }

    private Future<Principal> attempt(String token, JwtConsumer with, boolean mayRefresh) {
        try {
            JwtClaims claims = with.processToClaims(token);
            long exp = claims.getExpirationTime().getValueInMillis() + config.clockSkew().toMillis();
            Principal p = new Principal(claims.getSubject(), exp);
            cache.put(token, p);
            return Future.succeededFuture(p);
        } catch (InvalidJwtException e) {
            if (mayRefresh && unknownKey(e)
                    && System.nanoTime() - lastFetchNanos > config.jwksMinRefreshInterval().toNanos()) {
                return refresh().transform(ar -> attempt(token, consumer, false));
            }
            return Future.failedFuture(new AuthenticationFailed(describe(e)));
        } catch (MalformedClaimException | RuntimeException e) {
            return Future.failedFuture(new AuthenticationFailed("The bearer token is malformed"));
        }
    }

    private static boolean unknownKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvableKeyException) {
                return true;
            }
        }
        return false;
    }

    static String describe(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "The bearer token has expired";
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return "The bearer token is not valid yet";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "The bearer token was not issued by the trusted issuer";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "The bearer token is not meant for this API (audience)";
        }
        if (e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
            return "The bearer token has no expiry";
        }
        return "The bearer token is invalid (signature, algorithm or format)";
    }

    /** The remaining cache size, for tests. */
    long cached() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    Duration skew() {
        return config.clockSkew();
    }

    @PreDestroy
    void stop() {
        if (refreshTimer >= 0) {
            vertx.cancelTimer(refreshTimer);
        }
        if (jwksClient != null) {
            jwksClient.close();
        }
    }
}
