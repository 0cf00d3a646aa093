package org.icpo.gateway.ratelimit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestProfile(StrictProfile.class)
@QuarkusTestResource(UpstreamStubs.class)
class StrictProfileTest {

    @InjectStubs
    Stubs stubs;

    private static String address() {
        return "203.0.113." + (1 + (int) (Math.random() * 250));
    }

    private static String tokenFor(String subject) {
        return Tokens.withRoles(subject, Set.of("secretariat"));
    }

    @Test
    void authenticatedCallsAreLimitedPerSubject() {
        String a = tokenFor("rl-" + UUID.randomUUID());
        String b = tokenFor("rl-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(a).get("/members").then().statusCode(200);
        }
        int calls = stubs.membership().calls();
        given().auth().oauth2(a).get("/members")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("https://icpo.example/problems/too-many-requests"))
                .body("status", equalTo(429));
        assertThat(stubs.membership().calls()).isEqualTo(calls);
        // another identity, even from the same address, has its own bucket
        given().auth().oauth2(b).get("/members").then().statusCode(200);
    }

    @Test
    void theBucketRefills() throws Exception {
        String a = tokenFor("rl-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(a).get("/sessions").then().statusCode(200);
        }
        given().auth().oauth2(a).get("/sessions").then().statusCode(429);
        Thread.sleep(1100);
        given().auth().oauth2(a).get("/sessions").then().statusCode(200);
    }

    @Test
    void publicCallsHaveTheirOwnLimitsPerAddress() {
        String ip = address();
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", ip).get("/notices/v1/red").then().statusCode(200);
        }
        given().header("X-Forwarded-For", ip).get("/notices/v1/red").then().statusCode(429).header("Retry-After", "1");
        // another address is not affected; nor are authenticated calls from the same address
        given().header("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250))).get("/notices/v1/red").then().statusCode(200);
        given().header("X-Forwarded-For", ip).auth().oauth2(tokenFor("rl-" + UUID.randomUUID())).get("/members").then().statusCode(200);
    }

    @Test
    void failedAuthenticationAttemptsAreChargedToTheAddress() {
        String ip = address();
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", ip).auth().oauth2(Tokens.tampered()).get("/members").then().statusCode(401);
        }
        given().header("X-Forwarded-For", ip).auth().oauth2(Tokens.tampered()).get("/members").then().statusCode(429);
    }

    @Test
    void corsPreflightIsAnsweredForTheConfiguredOrigin() {
        given().header("Origin", "https://app.icpo.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/notice-requests")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.icpo.example");
        given().header("Origin", "https://app.icpo.example").auth().oauth2(tokenFor("cors-" + UUID.randomUUID()))
                .get("/members")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.icpo.example");
        given().header("Origin", "https://evil.example").auth().oauth2(tokenFor("cors-" + UUID.randomUUID()))
                .get("/members")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
