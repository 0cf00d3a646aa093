package org.icpo.gateway.auth;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class AuthTest {

    @InjectStubs
    Stubs stubs;

    @BeforeEach
    void reset() throws Exception {
        stubs.reset(Tokens.secretariat());
    }

    static Stream<Arguments> badTokens() throws Exception {
        return Stream.of(
                Arguments.of("expired", Tokens.expired(), "expired"),
                Arguments.of("not yet valid", Tokens.notYetValid(), "not valid yet"),
                Arguments.of("wrong issuer", Tokens.wrongIssuer(), "issuer"),
                Arguments.of("wrong audience", Tokens.wrongAudience(), "audience"),
                Arguments.of("other key", Tokens.signedByOtherKey(), "invalid"),
                Arguments.of("alg none", Tokens.algNone(), "invalid"),
                Arguments.of("HMAC with the public key as secret", hmacWithPublicKey(), "invalid"),
                Arguments.of("tampered", Tokens.tampered(), "invalid"),
                Arguments.of("garbage", "not.a.jwt", "invalid"),
                Arguments.of("empty parts", "..", "invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokensAreRefusedBeforeTheUpstream(String name, String token, String why) {
        int before = stubs.membership().calls();
        given().auth().oauth2(token).get("/members/FR/standing")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", equalTo("https://icpo.example/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("detail", containsString(why))
                .body("instance", equalTo("/members/FR/standing"));
        assertThat(stubs.membership().calls()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} on a public path")
    @MethodSource("badTokens")
    void aBadTokenOnAPublicPathIsRefusedToo(String name, String token, String why) {
        int before = stubs.notices().calls();
        given().auth().oauth2(token).get("/notices/v1/red")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        assertThat(stubs.notices().calls()).isEqualTo(before);
    }

    @Test
    void aMissingTokenIsRefused() {
        int before = stubs.all().stream().mapToInt(s -> s.calls()).sum();
        for (String path : new String[]{"/members", "/sessions/1", "/notice-requests", "/ballots/1/rounds/2/votes", "/audit/notices"}) {
            given().get(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"icpo\""))
                    .body("type", equalTo("https://icpo.example/problems/unauthenticated"))
                    .body("detail", equalTo("A bearer token is required"));
        }
        var r = given().header("X-Request-Id", "trace-me-1").get("/members");
        r.then().statusCode(401).header("X-Request-Id", "trace-me-1").body("requestId", equalTo("trace-me-1"));
        assertThat(stubs.all().stream().mapToInt(s -> s.calls()).sum()).isEqualTo(before);
    }

    @Test
    void aNonBearerAuthorizationIsRefused() {
        given().header("Authorization", "Basic Zm9vOmJhcg==").get("/members")
                .then().statusCode(401)
                .body("detail", containsString("bearer token"));
        given().header("Authorization", "Bearer ").get("/members").then().statusCode(401);
    }

    @Test
    void publicPathsNeedNoToken() {
        for (String path : new String[]{"/notices/v1", "/notices/v1/red", "/notices/v1/red/2026-123/photo",
                "/ballots/7/rounds/2/board", "/statistics", "/statistics/notices/2026"}) {
            given().get(path).then().statusCode(200).body("path", equalTo(path));
        }
        // near misses stay protected
        for (String path : new String[]{"/notices/v2/red", "/notices", "/ballots/7/rounds/2/votes", "/ballots/7/rounds/board"}) {
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    void publicPathsAcceptAValidToken() {
        String token = Tokens.ncb("FR");
        given().auth().oauth2(token).get("/notices/v1/red")
                .then().statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token));
    }

    @Test
    void everyRoleWithAValidTokenPasses() {
        for (String token : new String[]{Tokens.secretariat(), Tokens.ncb("DE"), Tokens.ccf(), Tokens.assembly(),
                Tokens.service("svc-elections")}) {
            given().auth().oauth2(token).get("/members/DE").then().statusCode(200)
                    .body("headers.authorization", equalTo("Bearer " + token));
        }
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        String token = Tokens.secretariat();
        given().header("Authorization", "bearer " + token).get("/members").then().statusCode(200);
    }

    /** An HS256 token whose HMAC key is the RSA public key's PEM text: the classic key confusion attack. */
    static String hmacWithPublicKey() throws Exception {
        byte[] secret;
        try (InputStream in = AuthTest.class.getClassLoader().getResourceAsStream("test-jwt/publicKey.pem")) {
            secret = in.readAllBytes();
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long exp = Instant.now().plusSeconds(600).getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE
                + "\",\"sub\":\"attacker\",\"groups\":[\"secretariat\"],\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String signature = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));
        return header + "." + payload + "." + signature;
    }
}
