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

    @jakarta.inject.Inject
    Upstreams upstreams;

    /**
     * Makes the next {@code times} connections membership's pool hands out be found closed before the request has a stream
     * on them (the pool's future fails as Vert.x fails it then); returns what puts the upstream back as it was.
     */
    private AutoCloseable handedOutClosed(int times) throws Exception {
        java.lang.reflect.Field field = Upstreams.class.getDeclaredField("byName");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Upstream> byName = (java.util.Map<String, Upstream>) field.get(io.quarkus.arc.ClientProxy.unwrap(upstreams));
        Upstream real = byName.get("membership");
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(times);
        io.vertx.core.http.HttpClient client = (io.vertx.core.http.HttpClient) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{io.vertx.core.http.HttpClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("request") && args != null && args.length == 1
                            && args[0] instanceof io.vertx.core.http.RequestOptions && left.getAndDecrement() > 0) {
                        return io.vertx.core.Future.failedFuture(new io.vertx.core.http.HttpClosedException("Connection was closed"));
                    }
                    try {
                        return method.invoke(real.client(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        byName.put("membership", new Upstream(real.name(), real.baseUri(), real.host(), real.port(), real.ssl(), real.basePath(), client,
                real.breaker()));
        return () -> byName.put("membership", real);
    }

    @Test
    void aConnectionFoundClosedAsThePoolHandsItOutIsReplacedWhateverTheMethod() throws Exception {
        int calls = stubs.membership().calls();
        try (AutoCloseable restore = handedOutClosed(1)) {
            // nothing of the request was sent on the closed connection: a POST without a key goes on another one
            given().auth().oauth2(TOKEN).contentType("application/json").body("{\"kind\":\"WARNING\"}")
                    .post("/members/FR/measures").then().statusCode(200).body("bodySize", equalTo(18));
            assertThat(stubs.membership().calls()).as("the stub called once, on the second connection").isEqualTo(calls + 1);
        }
        try (AutoCloseable restore = handedOutClosed(2)) {
            // once only
            given().auth().oauth2(TOKEN).contentType("application/json").body("{\"kind\":\"WARNING\"}")
                    .post("/members/FR/measures").then().statusCode(503)
                    .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"));
            assertThat(stubs.membership().calls()).isEqualTo(calls + 1);
        }
    }

    @Test
    void aRequestWithAnIdempotencyKeyIsSentOnceMoreWithItsWholeBody() throws Exception {
        int calls = stubs.membership().calls();
        stubs.membership().dropping(1);
        String body = "{\"kind\":\"WARNING\",\"reason\":\"sent again as it was\"}";
        given().auth().oauth2(TOKEN).header("Idempotency-Key", "k-1").contentType("application/json").body(body)
                .post("/members/FR/measures").then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo(body))
                .body("headers.content-length", equalTo(String.valueOf(body.length())))
                .body("headers.idempotency-key", equalTo("k-1"));
        assertThat(stubs.membership().calls()).as("the dropped call and the second one").isEqualTo(calls + 2);

        // a body the client sent in chunks (no Content-Length) is sent again whole, with its length
        stubs.membership().dropping(1);
        String chunked = "POST /members/FR/measures HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                + "\r\nIdempotency-Key: k-2\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5\r\n{\"a\":\r\n3\r\n\"b\"\r\n1\r\n}\r\n0\r\n\r\n";
        try (java.net.Socket s = RawHttp.send(chunked)) {
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"body\":\"{\\\"a\\\":\\\"b\\\"}\"")
                    .contains("\"content-length\":\"9\"");
        }
        assertThat(stubs.membership().calls()).isEqualTo(calls + 4);

        // without a body too (a DELETE), and once only: a second close is the upstream's failure
        stubs.membership().dropping(1);
        given().auth().oauth2(TOKEN).header("Idempotency-Key", "k-3").delete("/members/FR/measures/1").then().statusCode(200)
                .body("method", equalTo("DELETE"));
        stubs.membership().dropping(2);
        given().auth().oauth2(TOKEN).header("Idempotency-Key", "k-4").contentType("application/json").body(body)
                .post("/members/FR/measures").then().statusCode(503)
                .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"));
        assertThat(stubs.membership().calls()).isEqualTo(calls + 8);
    }

    @Test
    void aRequestWithAnIdempotencyKeyWhoseConnectionClosesWhileItsBodyIsComingIsSentAgainOnceTheBodyHasCome() throws Exception {
        int calls = stubs.membership().calls();
        stubs.membership().droppingBeforeTheBody(1);
        String first = "{\"kind\":\"WARNING\",";
        String rest = "\"reason\":\"the rest came later\"}";
        String head = "POST /members/FR/measures HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                + "\r\nIdempotency-Key: k-7\r\nContent-Type: application/json\r\nContent-Length: " + (first.length() + rest.length())
                + "\r\nConnection: close\r\n\r\n";
        // the upstream closes the first attempt's connection on its headers, while the client is still sending
        assertThat(sentInTwoParts(head + first, rest)).startsWith("HTTP/1.1 200")
                .contains("\"body\":\"{\\\"kind\\\":\\\"WARNING\\\",\\\"reason\\\":\\\"the rest came later\\\"}\"");
        assertThat(stubs.membership().calls()).as("the dropped call and the second one").isEqualTo(calls + 2);

        // without a key it is the upstream's failure, as before
        stubs.membership().droppingBeforeTheBody(1);
        assertThat(sentInTwoParts(head.replace("Idempotency-Key: k-7\r\n", "") + first, rest)).startsWith("HTTP/1.1 503")
                .contains("upstream-unavailable");
        assertThat(stubs.membership().calls()).isEqualTo(calls + 3);
    }

    /** Sends a request in two parts, 500 ms apart, on a connection of its own; returns the whole answer. */
    private static String sentInTwoParts(String first, String rest) throws Exception {
        try (java.net.Socket s = RawHttp.send(first)) {
            Thread.sleep(500);
            s.getOutputStream().write(rest.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aRequestWithAnIdempotencyKeyAndABodyTooLargeToKeepIsNotSentTwice() {
        int calls = stubs.membership().calls();
        stubs.membership().dropping(1);
        given().auth().oauth2(TOKEN).header("Idempotency-Key", "k-5").contentType("application/octet-stream")
                .body(new byte[64 * 1024 + 1]).post("/members/FR/measures").then().statusCode(503);
        assertThat(stubs.membership().calls()).isEqualTo(calls + 1);
        // a body of exactly the size kept is sent again
        stubs.membership().dropping(1);
        given().auth().oauth2(TOKEN).header("Idempotency-Key", "k-6").contentType("application/octet-stream")
                .body(new byte[64 * 1024]).post("/members/FR/measures").then().statusCode(200).body("bodySize", equalTo(64 * 1024));
        assertThat(stubs.membership().calls()).isEqualTo(calls + 3);
    }

    @Test
    void aRequestWithABodyIsNeverSentTwiceWithoutAnIdempotencyKey() {
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
