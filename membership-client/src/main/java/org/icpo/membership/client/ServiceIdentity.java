package org.icpo.membership.client;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The identity this service presents to membership-service: a short-lived RS256 JWT whose only
 * role is the service role (e.g. {@code svc-elections}), signed with the service's key
 * ({@code icpo.service-identity.private-key-location}, a PEM file or classpath resource) and issued
 * under the suite's issuer, with the role as its {@code kid}. The service never asks an identity
 * provider for a token: in production membership-service verifies it with this service's public key,
 * published under that {@code kid} in the JWKS it reads (k8s/README.md, "Secrets").
 */
@ApplicationScoped
public class ServiceIdentity {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    @ConfigProperty(name = "icpo.service-identity.role")
    String role;

    @ConfigProperty(name = "icpo.service-identity.private-key-location")
    String keyLocation;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "icpo.service-identity.audience", defaultValue = "icpo")
    String audience;

    private final Clock clock = Clock.systemUTC();
    private volatile String token;
    private volatile Instant renewAfter = Instant.EPOCH;

    /** A valid token, minted again one minute before the previous one expires. */
    public String token() {
        Instant now = clock.instant();
        if (token == null || now.isAfter(renewAfter)) {
            synchronized (this) {
                if (token == null || now.isAfter(renewAfter)) {
                    token = Jwt.issuer(issuer).audience(audience).subject(role).upn(role).groups(Set.of(role))
                            .issuedAt(now).expiresAt(now.plus(LIFETIME))
                            .jws().keyId(role).sign(keyLocation);
                    renewAfter = now.plus(LIFETIME).minusSeconds(60);
                }
            }
        }
        return token;
    }

    public String role() {
        return role;
    }
}
