package org.icpo.gateway.route;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.support.RawHttp;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Request targets over 4,000 bytes and header sections over 16 KB (the defaults) are answered with a problem by the
 * gateway, before they could reach a service whose HTTP server would refuse them with an empty answer.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class RequestLimitsTest {

    private static final String TOKEN = Tokens.secretariat();

    @InjectStubs
    Stubs stubs;

    @BeforeEach
    void reset() throws Exception {
        stubs.reset(TOKEN);
    }

    /** A public list path whose request target is exactly {@code length} bytes. */
    private static String target(int length) {
        String start = "/notices/v1/red?name=";
        return start + "a".repeat(length - start.length());
    }

    @Test
    void aRequestTargetOverTheLimitIsA414ProblemAndReachesNoService() {
        int calls = stubs.notices().calls();
        given().get(target(4001)).then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("https://icpo.example/problems/uri-too-long"))
                .body("status", equalTo(414))
                .body("detail", equalTo("The request target (path and query) is 4001 bytes long; the limit is 4000"));
        // far over the HTTP server's old limit of 4,096 bytes a request line, still a problem
        given().auth().oauth2(TOKEN).get(target(30_000)).then().statusCode(414)
                .body("type", equalTo("https://icpo.example/problems/uri-too-long"));
        assertThat(stubs.notices().calls()).isEqualTo(calls);
        // at the limit it is forwarded, and the service's own server takes it
        given().get(target(4000)).then().statusCode(200).body("upstream", equalTo("notices"));
    }

    @Test
    void headersOverTheLimitAreA431ProblemAndReachNoService() {
        int calls = stubs.membership().calls();
        given().auth().oauth2(TOKEN).header("X-Note", "b".repeat(17_000)).get("/members/FR").then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("https://icpo.example/problems/headers-too-large"))
                .body("status", equalTo(431));
        assertThat(stubs.membership().calls()).isEqualTo(calls);
        given().auth().oauth2(TOKEN).header("X-Note", "b".repeat(15_000)).get("/members/FR").then().statusCode(200)
                .body("upstream", equalTo("membership"));
    }

    @Test
    void beyondTheHttpServersOwnLimitsTheRequestIsStillRefused() throws IOException {
        // over 64 KB the HTTP server answers before any gateway code runs, without a body (Quarkus does not expose
        // Vert.x's invalid request handler)
        assertThat(rawStatusLine("GET " + target(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")).contains(" 414 ");
        assertThat(rawStatusLine("GET /members/FR HTTP/1.1\r\nHost: localhost\r\nX-Note: " + "b".repeat(70_000) + "\r\n\r\n"))
                .contains(" 431 ");
    }

    private static String rawStatusLine(String request) throws IOException {
        try (Socket s = RawHttp.send(request)) {
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b; (b = in.read()) >= 0 && b != '\n'; ) {
                line.append((char) b);
            }
            return line.toString();
        }
    }
}
