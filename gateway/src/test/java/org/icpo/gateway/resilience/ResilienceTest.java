package org.icpo.gateway.resilience;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.support.RawHttp;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With the test profile: connect timeout 500 ms, response timeout 1 s, breaker opens after 3 failures for 1 s. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class ResilienceTest {

    private static final String TOKEN = Tokens.secretariat();

    @InjectStubs
    Stubs stubs;

    @BeforeEach
    @AfterEach
    void reset() throws Exception {
        stubs.reset(TOKEN);
    }

    private static Response timed(String path, Duration bound) {
        long start = System.nanoTime();
        Response r = given().auth().oauth2(TOKEN).get(path);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
        return r;
    }

    @Test
    void anUpstreamThatIsDownYieldsA503ProblemQuicklyAndTheOthersKeepWorking() {
        stubs.notices().down();
        timed("/notice-requests/1", Duration.ofSeconds(2)).then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"))
                .body("upstream", equalTo("notices"))
                .body("detail", containsString("notices"));
        timed("/members/FR", Duration.ofSeconds(2)).then().statusCode(200).body("upstream", equalTo("membership"));
        timed("/sessions", Duration.ofSeconds(2)).then().statusCode(200).body("upstream", equalTo("elections"));
    }

    @Test
    void theBreakerOpensAfterConsecutiveFailuresThenRecovers() throws Exception {
        stubs.elections().down();
        for (int i = 0; i < 3; i++) {
            timed("/sessions", Duration.ofSeconds(2)).then().statusCode(503).body("detail", containsString("unavailable"));
        }
        // open: refused at once, without trying the upstream, with a Retry-After
        stubs.elections().up();
        int calls = stubs.elections().calls();
        timed("/sessions", Duration.ofSeconds(1)).then().statusCode(503)
                .header("Retry-After", "1")
                .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"))
                .body("detail", containsString("circuit open"));
        assertThat(stubs.elections().calls()).isEqualTo(calls);
        // the other upstreams are untouched
        timed("/members", Duration.ofSeconds(2)).then().statusCode(200);
        // after the open delay one trial call goes through and closes the breaker
        Thread.sleep(1100);
        timed("/sessions", Duration.ofSeconds(2)).then().statusCode(200).body("upstream", equalTo("elections"));
        timed("/sessions", Duration.ofSeconds(2)).then().statusCode(200);
        assertThat(stubs.elections().calls()).isEqualTo(calls + 2);
    }

    @Test
    void aFailedTrialOpensTheBreakerAgain() throws Exception {
        stubs.membership().down();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TOKEN).get("/members").then().statusCode(503);
        }
        Thread.sleep(1100);
        given().auth().oauth2(TOKEN).get("/members").then().statusCode(503).body("detail", containsString("is unavailable"));
        given().auth().oauth2(TOKEN).get("/members").then().statusCode(503).body("detail", containsString("circuit open"));
    }

    @Test
    void clientsThatLeaveBeforeTheAnswerDoNotOpenTheBreaker() throws Exception {
        // more clients give up than the failures that open the breaker (3): their leaving is not the upstream's failure
        stubs.membership().slow(500);
        int calls = stubs.membership().calls();
        for (int i = 0; i < 5; i++) {
            try (java.net.Socket s = RawHttp.send(RawHttp.get("/members/FR/standing", TOKEN))) {
                long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                while (stubs.membership().calls() == calls + i && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
            }
        }
        assertThat(stubs.membership().calls()).as("every request reached the upstream before its client left").isEqualTo(calls + 5);
        stubs.membership().slow(0);
        timed("/members/FR/standing", Duration.ofSeconds(2)).then().statusCode(200).body("upstream", equalTo("membership"));
    }

    @Test
    void aSlowUpstreamYieldsA504ProblemWithinTheTimeout() {
        stubs.membership().slow(3000);
        Response r = timed("/members/FR/standing", Duration.ofMillis(2500));
        r.then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"))
                .body("status", equalTo(504))
                .body("detail", containsString("did not answer within 1000 ms"));
        timed("/sessions", Duration.ofSeconds(2)).then().statusCode(200);
    }

    @Test
    void aSafeRequestWhoseConnectionClosesUnansweredIsSentOnceMore() {
        int calls = stubs.membership().calls();
        stubs.membership().dropping(1);
        given().auth().oauth2(TOKEN).get("/members/FR").then().statusCode(200).body("path", equalTo("/members/FR"));
        assertThat(stubs.membership().calls()).as("the dropped call and the second one").isEqualTo(calls + 2);

        // once only: a second close is the upstream's failure
        stubs.membership().dropping(2);
        given().auth().oauth2(TOKEN).get("/members/FR").then().statusCode(503)
                .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"));
        assertThat(stubs.membership().calls()).isEqualTo(calls + 4);
    }

    @Test
    void aRequestWithABodyIsNeverSentTwice() {
        int calls = stubs.membership().calls();
        stubs.membership().dropping(1);
        given().auth().oauth2(TOKEN).contentType("application/json").body("{\"kind\":\"WARNING\"}")
                .post("/members/FR/measures").then().statusCode(503)
                .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"));
        assertThat(stubs.membership().calls()).isEqualTo(calls + 1);
        // nor a DELETE (not a safe method), though it has no body
        stubs.membership().dropping(1);
        given().auth().oauth2(TOKEN).delete("/members/FR/measures/1").then().statusCode(503);
        assertThat(stubs.membership().calls()).isEqualTo(calls + 2);
    }

    @Test
    void upstreamErrorsArePassedThroughAsTheyAre() {
        stubs.notices().failing(500);
        given().auth().oauth2(TOKEN).get("/notice-requests").then().statusCode(500).body("failed", equalTo(true));
        stubs.notices().failing(409);
        given().auth().oauth2(TOKEN).get("/notice-requests").then().statusCode(409);
    }
}
