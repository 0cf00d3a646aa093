package org.icpo.gateway.auth;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Future;
import jakarta.inject.Inject;
import org.icpo.gateway.ratelimit.StrictProfile;
import org.icpo.gateway.support.JwksServer;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Keys from a JWKS URL (the strict profile's {@link JwksServer}), key rotation and refreshes. */
@QuarkusTest
@TestProfile(StrictProfile.class)
@QuarkusTestResource(UpstreamStubs.class)
class JwksKeysTest {

    @JwksServer.Inject
    JwksServer jwks;

    @Inject
    JwtVerifier verifier;

    @Test
    void keysComeFromTheJwksUrlAndARotatedKeyIsPickedUp() throws Exception {
        String rsa = Tokens.withRoles("jwks-" + UUID.randomUUID(), Set.of("secretariat"));
        given().auth().oauth2(rsa).get("/members").then().statusCode(200);
        String es256 = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("ec-user-" + UUID.randomUUID())
                .groups(Set.of("secretariat")).expiresIn(600)
                .jws().keyId("ec-1").algorithm(SignatureAlgorithm.ES256).sign(jwks.ec().getPrivate());
        try {
            jwks.publish(false);
            given().auth().oauth2(es256).get("/members").then().statusCode(401);
            jwks.publish(true);
            int fetches = jwks.fetches();
            given().auth().oauth2(es256).get("/members").then().statusCode(200);
            assertThat(jwks.fetches()).isGreaterThan(fetches);
        } finally {
            jwks.publish(false);
        }
    }

    @Test
    void aRefreshAskedForByThoseWaitingOnTheLastOneFetchesAgain() throws Exception {
        int before = jwks.fetches();
        Future<Void> first = verifier.refresh();
        CompletableFuture<Future<Void>> askedWhenDone = new CompletableFuture<>();
        first.onComplete(ar -> askedWhenDone.complete(verifier.refresh()));
        Future<Void> second = askedWhenDone.get(10, TimeUnit.SECONDS);
        assertThat(second).isNotSameAs(first);
        second.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(first.succeeded()).isTrue();
        assertThat(jwks.fetches()).isEqualTo(before + 2);
    }
}
