package org.icpo.kit.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Verifies bearer tokens as smallrye-jwt does (signature, algorithm, issuer, audience, expiry), and remembers a token
 * it verified for a short while ({@code icpo.jwt.verified-cache-ttl}, 60 s by default, never past the token's expiry):
 * a client sends the same token with every request, and the RSA signature check had been a tenth of a member search's
 * CPU. A token that fails is never remembered; a token is remembered by its exact text, so a changed token is
 * verified again. At most {@code icpo.jwt.verified-cache-size} tokens are kept (the map is emptied when full).
 *
 * <p>A verified token is also held to {@link ServiceKeys}: a service role only from that service's key, and nothing but
 * that role from it.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JWTCallerPrincipalFactory delegate = new DefaultJWTCallerPrincipalFactory();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong verifications = new AtomicLong();
    private final long ttlMillis;
    private final int maxSize;

    private record Verified(JWTCallerPrincipal principal, long validUntilMillis) {
    }

    VerifiedTokens(@ConfigProperty(name = "icpo.jwt.verified-cache-ttl", defaultValue = "60s") Duration ttl,
                   @ConfigProperty(name = "icpo.jwt.verified-cache-size", defaultValue = "10000") int maxSize) {
        this.ttlMillis = Math.max(0, ttl.toMillis());
        this.maxSize = Math.max(1, maxSize);
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        long now = System.currentTimeMillis();
        Verified v = verified.get(token);
        if (v != null) {
            if (now < v.validUntilMillis()) {
                return v.principal();
            }
            verified.remove(token, v);
        }
        verifications.incrementAndGet();
        JWTCallerPrincipal principal = delegate.parse(token, authContextInfo);
        String refused = ServiceKeys.problem(keyId(token), principal.getGroups());
        if (refused != null) {
            throw new ParseException(refused);
        }
        long until = Math.min(now + ttlMillis, principal.getExpirationTime() * 1000L);
        if (until > now) {
            if (verified.size() >= maxSize) {
                verified.clear();
            }
            verified.put(token, new Verified(principal, until));
        }
        return principal;
    }

    /** The {@code kid} of a token whose signature was verified, or null. */
    static String keyId(String token) {
        try {
            int dot = token.indexOf('.');
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(token.substring(0, dot)));
            JsonNode kid = header.get("kid");
            return kid == null || !kid.isTextual() ? null : kid.asText();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** How many tokens were verified (not answered from memory) since start: for tests. */
    public long verifications() {
        return verifications.get();
    }
}
