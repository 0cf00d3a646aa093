package org.icpo.gateway.route;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The test profile raises the body limit to 25 MB. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class BodyStreamingTest {

    private static final String TOKEN = Tokens.secretariat();
    private static final int MB = 1024 * 1024;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @InjectStubs
    Stubs stubs;

    @BeforeEach
    void reset() throws Exception {
        stubs.reset(TOKEN);
    }

    @Test
    void aLargeRequestBodyIsStreamedToTheUpstream() throws Exception {
        HttpResponse<String> r = post("/notice-requests/9/photos", 20L * MB, TOKEN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"bodySize\":" + (20 * MB));
    }

    @Test
    void aLargeChunkedRequestBodyIsStreamedToTheUpstream() {
        given().auth().oauth2(TOKEN).contentType("application/octet-stream").body(zeros(20L * MB))
                .post("/notice-requests/9/photos")
                .then().statusCode(200)
                .body("bodySize", equalTo(20 * MB))
                .body("headers.transfer-encoding", equalTo("chunked"));
    }

    @Test
    void aLargeResponseBodyIsStreamedBack() {
        byte[] body = given().auth().oauth2(TOKEN).get("/notice-requests/download?bytes=" + (30 * MB))
                .then().statusCode(200).extract().asByteArray();
        assertThat(body).hasSize(30 * MB);
    }

    @Test
    void aDeclaredBodyAboveTheLimitIsRefusedUpFront() throws Exception {
        int before = stubs.notices().calls();
        HttpResponse<String> r = post("/notice-requests/9/photos", 26L * MB, TOKEN);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(r.body()).contains("\"type\":\"https://icpo.example/problems/payload-too-large\"").contains("\"status\":413");
        assertThat(stubs.notices().calls()).isEqualTo(before);
    }

    @Test
    void aStreamedBodyAboveTheLimitIsCutOff() {
        given().auth().oauth2(TOKEN).contentType("application/octet-stream").body(zeros(26L * MB))
                .post("/notice-requests/9/photos")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://icpo.example/problems/payload-too-large"));
        // the gateway still works for the next request
        given().auth().oauth2(TOKEN).get("/notice-requests/9").then().statusCode(200);
    }

    @Test
    void aBodyAboveTheLimitIsRefusedBeforeAuthentication() throws Exception {
        assertThat(post("/notice-requests", 26L * MB, null).statusCode()).isEqualTo(413);
    }

    /** A POST with a declared Content-Length, its body streamed from a generator (JDK client). */
    private static HttpResponse<String> post(String path, long size, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(size)), size));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
