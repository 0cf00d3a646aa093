package org.icpo.membership.client;

import io.smallrye.jwt.build.Jwt;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.icpo.kit.security.ServiceKeys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The identity this service presents to membership-service: a short-lived RS256 JWT whose only
 * role is the service role (e.g. {@code svc-elections}), signed with the service's key
 * ({@code icpo.service-identity.private-key-location}, a PEM file or classpath resource) and issued
 * under the suite's issuer, with {@code icpo.service-identity.key-id} as its {@code kid}: the role itself by default, or
 * the role, a dot and a suffix ({@code svc-elections.2026-11}) for a key published beside the old one during a rotation.
 * membership-service grants the role only to a token signed under a key id that names it ({@code ServiceKeys}). The
 * service never asks an identity provider for a token: in production membership-service verifies it with this service's
 * public key, published under that {@code kid} in the JWKS it reads (k8s/README.md, "Secrets", "Rotate keys").
 */
@ApplicationScoped
public class ServiceIdentity {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    @ConfigProperty(name = "icpo.service-identity.role")
    String role;

    @ConfigProperty(name = "icpo.service-identity.private-key-location")
    String keyLocation;

    @ConfigProperty(name = "icpo.service-identity.key-id")
    Optional<String> keyId;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "icpo.service-identity.audience", defaultValue = "icpo")
    String audience;

    private final Clock clock = Clock.systemUTC();
    private volatile String token;
    private volatile Instant renewAfter = Instant.EPOCH;

    /** A key id that does not name the role stops the start, rather than every call to membership-service later. */
    void checkKeyId(@Observes StartupEvent started) {
        keyId();
    }

    /** A valid token, minted again one minute before the previous one expires. */
    public String token() {
        Instant now = clock.instant();
        if (token == null || now.isAfter(renewAfter)) {
            synchronized (this) {
                if (token == null || now.isAfter(renewAfter)) {
                    token = Jwt.issuer(issuer).audience(audience).subject(role).upn(role).groups(Set.of(role))
                            .issuedAt(now).expiresAt(now.plus(LIFETIME))
                            .jws().keyId(keyId()).sign(keyLocation);
                    renewAfter = now.plus(LIFETIME).minusSeconds(60);
                }
            }
        }
        return token;
    }

    /** The {@code kid} of the tokens: {@code icpo.service-identity.key-id}, or the role; it must name the role. */
    public String keyId() {
        String id = keyId.map(String::trim).filter(k -> !k.isEmpty()).orElse(role);
        if (!role.equals(ServiceKeys.roleOf(id))) {
            throw new IllegalStateException("icpo.service-identity.key-id must be " + role + " or " + role
                    + ".<suffix> (e.g. " + role + ".2026-11), not '" + id + "': membership-service grants " + role
                    + " only to a token signed under a key id that names it");
        }
        return id;
    }

    public String role() {
        return role;
    }
}
