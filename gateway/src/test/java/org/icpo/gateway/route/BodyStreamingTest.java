package org.icpo.gateway.route;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.support.RawHttp;
import org.icpo.gateway.support.Stub;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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
    void anAnswerTheServiceBreaksOffClosesTheClientsConnectionShortOfItsLength() throws Exception {
        try (Socket s = RawHttp.send(RawHttp.get("/notice-requests/download?bytes=" + (4 * MB) + "&breakAfter=" + MB, TOKEN))) {
            InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                assertThat(b).as("the answer's head").isNotNegative();
                head.append((char) b);
            }
            assertThat(head.toString()).startsWith("HTTP/1.1 200").containsIgnoringCase("content-length: " + (4 * MB));
            long body = 0;
            byte[] buf = new byte[64 * 1024];
            // the client is not left waiting for the rest (the socket's timeout would throw): its connection is closed
            for (int n; (n = in.read(buf)) >= 0; ) {
                body += n;
            }
            assertThat(body).isLessThan(4L * MB);
        }
        given().auth().oauth2(TOKEN).get("/notice-requests/9").then().statusCode(200);
    }

    /**
     * A client that leaves as soon as it has its answer's bytes, before the end of the upstream's answer has reached
     * the gateway, leaves the upstream connection to the next request. The gateway used to reset the upstream request
     * then, which closed the connection; in a running suite that connection was at times already back in the pool and
     * carrying another request, which failed with a 503 (ProxyHandler#clientGone).
     */
    @Test
    void aClientLeavingOnceItHasItsAnswerLeavesTheUpstreamConnectionToTheNextRequest() throws Exception {
        Stub notices = stubs.notices();
        given().auth().oauth2(TOKEN).get("/notice-requests/9").then().statusCode(200);
        int before = notices.connections();
        for (int i = 0; i < 12; i++) {
            try (Socket s = RawHttp.send(RawHttp.get("/notice-requests/download?bytes=1000&endAfter=150", TOKEN))) {
                InputStream in = s.getInputStream();
                String head = "";
                while (!head.endsWith("\r\n\r\n")) {
                    int b = in.read();
                    assertThat(b).as("the answer's head").isNotNegative();
                    head += (char) b;
                }
                assertThat(head).startsWith("HTTP/1.1 200");
                // the body's 1,000 bytes (and their chunk's framing); the end of the answer is still on its way
                long read = 0;
                byte[] buf = new byte[4096];
                for (int n; read < 1000 && (n = in.read(buf)) >= 0; ) {
                    read += n;
                }
                assertThat(read).isGreaterThanOrEqualTo(1000);
                s.setSoLinger(true, 0);
            }
            Thread.sleep(250);
            given().auth().oauth2(TOKEN).get("/notice-requests/9").then().statusCode(200);
        }
        // before the fix every leaving client closed an upstream connection, and nearly every next request opened one
        assertThat(notices.connections() - before).as("upstream connections opened by 24 requests one after another"
                + " (each connection's first request: %s)", notices.connectionsOpenedBy()).isLessThan(4);
    }

    @Test
    void clientsLeavingWithAnswersOnTheirWayAreLetGoQuietly() throws Exception {
        // an answer's pipe fails on a connection the client has just closed; closing that connection again from within
        // the failed write made Netty release the write's buffers twice and log a warning with its stack each time
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger netty = Logger.getLogger("io.netty");
        netty.addHandler(handler);
        try {
            // like a load generator stopping: many connections, each leaving with answers on their way
            for (int round = 0; round < 20; round++) {
                List<Socket> sockets = new ArrayList<>();
                for (int c = 0; c < 16; c++) {
                    // a token of its own for each connection, under the test profile's rate limit
                    String request = RawHttp.get("/members/FR/standing", Tokens.withRoles("leaving-" + round + "-" + c, Set.of("secretariat")));
                    sockets.add(RawHttp.send(request.repeat(20)));
                }
                Thread.sleep(5 + round);
                for (Socket s : sockets) {
                    s.setSoLinger(true, 0);
                    s.close();
                }
            }
            // the gateway still serves the next request
            given().auth().oauth2(TOKEN).get("/notice-requests/9").then().statusCode(200);
            Thread.sleep(300);
        } finally {
            netty.removeHandler(handler);
        }
        assertThat(warnings).extracting(LogRecord::getMessage).isEmpty();
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
