package org.icpo.gateway.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.support.MetricsText;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A burst of requests larger than the upstream's pool: the requests beyond it wait for a pooled connection up to the
 * pool wait, not just the connect timeout (with two connections, a pool wait of 3 s and the test profile's connect
 * timeout of 500 ms, see {@link SmallPoolProfile}).
 */
@QuarkusTest
@TestProfile(SmallPoolProfile.class)
@QuarkusTestResource(UpstreamStubs.class)
class PoolWaitTest {

    private static final String TOKEN = Tokens.secretariat();
    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectStubs
    Stubs stubs;

    @BeforeEach
    @AfterEach
    void reset() throws Exception {
        stubs.reset(TOKEN);
    }

    /** A status, its latency and the response, of one request of a burst sent at once, each on its own connection. */
    record Answer(int status, long millis, HttpResponse<String> response) {
    }

    private static List<Answer> burst(int requests, String path) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(20)).build();
            List<CompletableFuture<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .thenApply(r -> new Answer(r.statusCode(), (System.nanoTime() - start) / 1_000_000, r)));
            }
            List<Answer> result = new ArrayList<>();
            for (CompletableFuture<Answer> a : answers) {
                result.add(a.get(30, TimeUnit.SECONDS));
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBurstLargerThanThePoolWaitsForFreeConnectionsBeyondTheConnectTimeout() throws Exception {
        // 8 requests, 2 connections, 300 ms each: the last ones wait about 900 ms for a connection, beyond the connect
        // timeout of 500 ms that used to bound the wait (they were answered 503 "unavailable", and opened the breaker)
        stubs.membership().slow(300);
        List<Answer> answers = burst(8, "/members/FR/standing");
        assertThat(answers).extracting(Answer::status).containsOnly(200);
        assertThat(answers).extracting(Answer::millis).as("the last waited beyond the connect timeout")
                .anySatisfy(ms -> assertThat(ms).isGreaterThan(800));
        assertThat(stubs.membership().calls()).isGreaterThanOrEqualTo(8);
        stubs.membership().slow(0);
        given().auth().oauth2(TOKEN).get("/members/FR/standing").then().statusCode(200).body("upstream", equalTo("membership"));
    }

    @Test
    void aRequestThatFindsNoFreeConnectionWithinThePoolWaitIsA503BusyProblemWithRetryAfter() throws Exception {
        // 3 requests, 2 connections each held 4.5 s: the third waits the pool wait (3 s) and is answered 503 busy
        stubs.membership().slow(4500);
        String before = MetricsText.scrape();
        List<Answer> answers = burst(3, "/members/FR/standing");
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 200, 503);
        Answer busy = answers.stream().filter(a -> a.status() == 503).findFirst().orElseThrow();
        assertThat(busy.millis()).as("answered after the pool wait, before the others").isBetween(2900L, 4400L);
        assertThat(busy.response().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(busy.response().headers().firstValue("Retry-After")).hasValue("1");
        JsonNode problem = JSON.readTree(busy.response().body());
        assertThat(problem.path("type").asText()).isEqualTo("https://icpo.example/problems/upstream-unavailable");
        assertThat(problem.path("upstream").asText()).isEqualTo("membership");
        assertThat(problem.path("detail").asText())
                .isEqualTo("The membership service is busy: no connection to it became free within 3000 ms; retry later");
        String after = MetricsText.scrape();
        String errors = "icpo_gateway_upstream_errors_total";
        assertThat(MetricsText.value(after, errors, "upstream=\"membership\"", "kind=\"pool_wait\"")
                - MetricsText.value(before, errors, "upstream=\"membership\"", "kind=\"pool_wait\"")).isEqualTo(1);
        assertThat(MetricsText.value(after, errors, "upstream=\"membership\"", "kind=\"connect\"")
                - MetricsText.value(before, errors, "upstream=\"membership\"", "kind=\"connect\"")).isZero();
    }
}
