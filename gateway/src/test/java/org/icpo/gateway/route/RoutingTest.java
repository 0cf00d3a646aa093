package org.icpo.gateway.route;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.resilience.Upstream;
import org.icpo.gateway.support.Stub;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class RoutingTest {

    private static final String TOKEN = Tokens.secretariat();

    @InjectStubs
    Stubs stubs;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void reset() throws Exception {
        stubs.reset(TOKEN);
    }

    @ParameterizedTest
    @CsvSource({
            "/members, membership",
            "/members/FR/standing, membership",
            "/standings, membership",
            "/measures/12, membership",
            "/applications, membership",
            "/audit/membership, membership",
            "/sessions/2026/attendance, elections",
            "/ballots/7/rounds/1/votes, elections",
            "/executive-committee, elections",
            "/audit/elections, elections",
            "/notice-requests/5, notices",
            "/diffusions, notices",
            "/review-queue, notices",
            "/refugee-statuses, notices",
            "/ccf-requests/3, notices",
            "/screening-indicators, notices",
            "/notices/v1/red, notices",
            "/statistics/notices, notices",
            "/audit/notices, notices",
    })
    void everyPrefixReachesItsUpstreamWithThePathUnchanged(String path, String upstream) {
        int before = stubs.byName(upstream).calls();
        given().auth().oauth2(TOKEN).queryParam("page", "2").queryParam("q", "a b")
                .get(path)
                .then().statusCode(200)
                .header("X-Upstream", upstream)
                .body("upstream", equalTo(upstream))
                .body("method", equalTo("GET"))
                .body("path", equalTo(path))
                .body("query", equalTo("page=2&q=a%20b"));
        assertThat(stubs.byName(upstream).calls()).isEqualTo(before + 1);
    }

    @Test
    void methodsAndBodiesAreForwarded() {
        given().auth().oauth2(TOKEN).contentType("application/json").body("{\"code\":\"FR\"}")
                .post("/applications")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodySize", equalTo(13))
                .body("headers.content-type", equalTo("application/json"));
        given().auth().oauth2(TOKEN).delete("/measures/4").then().statusCode(200).body("method", equalTo("DELETE"));
    }

    @Test
    void unknownPathsGetANotFoundProblem() {
        int calls = stubs.all().stream().mapToInt(s -> s.calls()).sum();
        for (String path : new String[]{"/nothing", "/membersX", "/audit", "/", "/audit/other"}) {
            given().auth().oauth2(TOKEN).get(path)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://icpo.example/problems/not-found"))
                    .body("status", equalTo(404))
                    .body("instance", equalTo(path));
        }
        assertThat(stubs.all().stream().mapToInt(s -> s.calls()).sum()).isEqualTo(calls);
    }

    @Test
    void unknownGatewayEndpointsGetANotFoundProblemToo() {
        given().get("/q/nothing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://icpo.example/problems/not-found"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void oversizedHeadersAreRefusedBeforeAnything() {
        int calls = stubs.membership().calls();
        given().auth().oauth2(TOKEN).header("X-Big", "x".repeat(30_000)).get("/members")
                .then().statusCode(431);
        assertThat(stubs.membership().calls()).isEqualTo(calls);
    }

    @Test
    void pathsThatCouldHideAnotherPathAreRefused() {
        int calls = stubs.all().stream().mapToInt(s -> s.calls()).sum();
        for (String path : new String[]{"/statistics/../members/FR", "/notices/v1/%2e%2e/%2e%2e/members", "/notices/v1/..%2fmembers"}) {
            given().urlEncodingEnabled(false).get(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://icpo.example/problems/bad-request"));
        }
        assertThat(stubs.all().stream().mapToInt(s -> s.calls()).sum()).isEqualTo(calls);
    }

    @Test
    void authorizationRequestIdAndTraceContextAreForwardedAndEchoed() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Response r = given().auth().oauth2(TOKEN)
                .header("X-Request-Id", "client-req-42")
                .header("traceparent", traceparent)
                .header("tracestate", "icpo=1")
                .get("/members/FR/standing");
        r.then().statusCode(200)
                .header("X-Request-Id", "client-req-42")
                .header("traceparent", traceparent)
                .body("headers.authorization", equalTo("Bearer " + TOKEN))
                .body("headers.x-request-id", equalTo("client-req-42"))
                .body("headers.traceparent", equalTo(traceparent))
                .body("headers.tracestate", equalTo("icpo=1"));
    }

    @Test
    void missingOrInvalidIdsAreGeneratedAndForwarded() {
        Response r = given().auth().oauth2(TOKEN)
                .header("X-Request-Id", "bad id with spaces and far too long ......................................................")
                .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .header("tracestate", "dropped=1")
                .get("/sessions");
        r.then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .header("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"))
                .body("headers.tracestate", nullValue());
        assertThat(r.jsonPath().getString("headers.x-request-id")).isEqualTo(r.header("X-Request-Id"));
        assertThat(r.jsonPath().getString("headers.traceparent")).isEqualTo(r.header("traceparent"));
    }

    @Test
    void aConnectionHeaderNamingContentLengthDoesNotStripTheBodysLength() {
        // Connection lists hop-by-hop headers, which are not forwarded; Content-Length frames the body and stays
        given().auth().oauth2(TOKEN).header("Connection", "Content-Length").contentType("application/json").body("{\"a\":1}")
                .post("/members/FR/measures").then().statusCode(200)
                .body("bodySize", equalTo(7)).body("body", equalTo("{\"a\":1}"))
                .body("headers.content-length", equalTo("7"));
    }

    @Test
    void anAbsoluteFormTargetIsSentAsThePathItIsRoutedBy() throws Exception {
        String answer = rawAnswer("GET http://localhost/members/FR?region=EUROPE HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"path\":\"/members/FR\"").contains("\"query\":\"region=EUROPE\"");
        // parsed otherwise by the gateway (public /statistics/notices) and by the client it sends with (a path of its own)
        answer = rawAnswer("GET http://q?/statistics/notices HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("Bad request target");
        assertThat(ProxyHandler.originForm("/members?x=1", "/members")).isEqualTo("/members?x=1");
        assertThat(ProxyHandler.originForm("https://gw.example:8443/members/FR", "/members/FR")).isEqualTo("/members/FR");
        assertThat(ProxyHandler.originForm("http://x?/members", "/members")).isNull();
        assertThat(ProxyHandler.originForm("http://x/a b", "/a b")).isNull();
    }

    @Test
    void aLocationAtTheServicesAddressPointsAtTheGateway() {
        // the service builds its Location from the Host the gateway sent, its own address; the client must get the gateway's
        String gateway = "http://localhost:" + io.restassured.RestAssured.port;
        given().auth().oauth2(TOKEN).post("/members/created").then().statusCode(201)
                .header("Location", gateway + "/members/created/42");
        given().auth().oauth2(TOKEN).header("X-Forwarded-Host", "evil.example").post("/members/created").then().statusCode(201)
                .header("Location", gateway + "/members/created/42");
        given().auth().oauth2(TOKEN).post("/members/created?elsewhere").then().statusCode(201)
                .header("Location", "https://elsewhere.example/members/created/42");
        Upstream notices = new Upstream("notices", java.net.URI.create("http://notices:8080/api"), "notices", 8080, false, "/api", null, null);
        assertThat(ProxyHandler.externalLocation("http://notices:8080/api/notice-requests/7", notices, "https://gw.example"))
                .isEqualTo("https://gw.example/notice-requests/7");
        assertThat(ProxyHandler.externalLocation("http://notices:8080/api", notices, "https://gw.example")).isEqualTo("https://gw.example/");
        assertThat(ProxyHandler.externalLocation("http://notices:8080/apix/1", notices, "https://gw.example")).isEqualTo("http://notices:8080/apix/1");
        assertThat(ProxyHandler.externalLocation("http://notices:80800/api/1", notices, "https://gw.example")).isEqualTo("http://notices:80800/api/1");
        assertThat(ProxyHandler.externalLocation("/notice-requests/7", notices, "https://gw.example")).isEqualTo("/notice-requests/7");
    }

    @Test
    void requestsTheRouterRefusesBeforeAnyRouteAreProblemsToo() throws Exception {
        // Vert.x refuses these before the gateway's routes run; Quarkus's own answer was a JSON body of its own and an ERROR
        String noHost = rawAnswer("GET /members HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertThat(noHost).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"detail\":\"The request could not be read: For HTTP/1.x requests, the 'Host' header is required")
                .as("the security headers and the request id, as on every other answer").containsIgnoringCase("X-Content-Type-Options: nosniff")
                .containsIgnoringCase("X-Frame-Options: DENY").containsIgnoringCase("X-Request-Id: ");
        assertThat(rawAnswer("GET ?x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json").contains("The request path must start with");
        assertThat(rawAnswer("GET * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 404")
                .contains("application/problem+json").contains("\"detail\":\"The gateway has no endpoint for *\"");
        // a tunnel to a host and port: no route runs for that target either; the gateway tunnels nothing
        assertThat(rawAnswer("CONNECT members.example:443 HTTP/1.1\r\nHost: members.example:443\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 405").contains("application/problem+json").contains("CONNECT is not supported")
                .containsIgnoringCase("X-Content-Type-Options: nosniff");
    }

    private static String rawAnswer(String request) throws java.io.IOException {
        try (java.net.Socket s = org.icpo.gateway.support.RawHttp.send(request)) {
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void headersThatCannotBeForwardedAreNamed() {
        // HTTP/1.1's parser refuses them before the gateway; over HTTP/2 they reach it, and were never answered
        for (String[] h : new String[][]{{"X-Foo", "a\nb"}, {"X-Foo", "a\r\nX-Injected: 1"}, {"X-Foo", "a\u0000b"}}) {
            io.vertx.core.MultiMap headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("Host", "gw").add(h[0], h[1]);
            assertThat(ProxyHandler.badHeader(headers)).isEqualTo("the value of X-Foo holds a control character");
        }
        for (String name : new String[]{"x foo", "x:foo", "x(foo)", ""}) {
            io.vertx.core.MultiMap headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap().add(name, "v");
            assertThat(ProxyHandler.badHeader(headers)).isEqualTo("the name of a header field must be a token (letters, digits and !#$%&'*+-.^_`|~)");
        }
        io.vertx.core.MultiMap fine = io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer a.b.c")
                .add("X-Tab", "a\tb").add("Accept-Language", "fr-CH, fr;q=0.9").add("X-Odd_Name~1", "é");
        assertThat(ProxyHandler.badHeader(fine)).isNull();
    }

    @Test
    void forwardedHeadersAreAddedAndHopByHopHeadersRemoved() {
        given().auth().oauth2(TOKEN)
                .header("Connection", "keep-alive, X-Secret")
                .header("X-Secret", "hop")
                .header("Proxy-Authorization", "Basic Zm9vOmJhcg==")
                .header("X-Forwarded-For", "198.51.100.7")
                .header("X-Custom", "kept")
                .get("/members")
                .then().statusCode(200)
                .body("headers.x-secret", nullValue())
                .body("headers.proxy-authorization", nullValue())
                .body("headers.x-custom", equalTo("kept"))
                .body("headers.x-forwarded-for", equalTo("198.51.100.7, 127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", matchesPattern("localhost:\\d+"))
                .header("X-Hop", nullValue());
    }

    @Test
    void securityHeadersOnProxiedAndOwnResponses() {
        for (Response r : new Response[]{
                given().auth().oauth2(TOKEN).get("/members"),
                given().get("/nowhere"),
                given().get("/q/health/live"),
                given().get("/openapi")}) {
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(r.header("Strict-Transport-Security")).startsWith("max-age=");
            assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
            assertThat(r.header("X-Request-Id")).isNotBlank();
        }
        Response ui = given().get("/q/swagger-ui/");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void corsIsOffByDefault() {
        given().auth().oauth2(TOKEN).header("Origin", "https://evil.example")
                .get("/members")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    /**
     * A client's connection ending (an HTTP/2 stream ends with every exchange; an HTTP/1.1 client may close after
     * each request) says nothing about the upstream connection, which goes back to the pool: closing it then
     * closed it under the next request too (CI saw a 503 on GET /standings right after an HTTP/2 POST).
     */
    @Test
    void upstreamConnectionsOutliveTheClientsOnes() throws Exception {
        Stub membership = stubs.membership();
        given().auth().oauth2(TOKEN).get("/members/FR").then().statusCode(200);
        int before = membership.connections();

        HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        for (int i = 0; i < 10; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/members/FR/measures"))
                    .header("Authorization", "Bearer " + TOKEN);
            HttpResponse<String> r = h2.send(i % 2 == 0 ? request.POST(HttpRequest.BodyPublishers.ofString("{}")).build()
                    : request.GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            if (i > 0) {
                assertThat(r.version()).as("after the upgrade of the first request").isEqualTo(HttpClient.Version.HTTP_2);
            }
            Thread.sleep(20);
        }
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(TOKEN).header("Connection", "close").get("/members/FR").then().statusCode(200);
            Thread.sleep(20);
        }
        // what this guards against, an upstream connection closed with the client's, opens one for nearly every request
        // (11 of these 20 before the fix). Vert.x's pool sometimes opens one for a request that finds no idle connection
        // at that moment, with no connection closed and no retry in the gateway's log: once in CI (the ninth "Connection:
        // close" request, 4 ms where the others took 45 ms), then twice in one run, two requests apart. Not what this
        // guards against; a quarter of the requests opening connections still is
        assertThat(membership.connections() - before).as("upstream connections opened by 20 requests one after another (each"
                        + " connection's first request: %s)", membership.connectionsOpenedBy())
                .isLessThan(5);
    }
}
