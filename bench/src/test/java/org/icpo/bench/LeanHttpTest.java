package org.icpo.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The load generator's client against the JDK's HTTP server: bodies of every framing read to their end, connections reused. */
class LeanHttpTest {

    private static HttpServer server;
    private static String base;
    private static final Set<Integer> CLIENT_PORTS = ConcurrentHashMap.newKeySet();
    private static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", LeanHttpTest::answer);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange x) throws IOException {
        CLIENT_PORTS.add(x.getRemoteAddress().getPort());
        SEEN.add(x.getRequestURI().getRawPath() + "?" + x.getRequestURI().getRawQuery() + " " + x.getRequestHeaders().getFirst("Authorization"));
        String q = x.getRequestURI().getQuery();
        byte[] body = ("{\"answer\":\"" + "x".repeat(q.contains("big") ? 100_000 : 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        int status = q.contains("missing") ? 404 : 200;
        if (q.contains("close")) {
            x.getResponseHeaders().add("Connection", "close");
        }
        // length 0 asks the JDK server for a chunked answer
        x.sendResponseHeaders(status, q.contains("chunked") ? 0 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            if (q.contains("chunked")) {
                for (int i = 0; i < body.length; i += 777) {
                    out.write(body, i, Math.min(777, body.length - i));
                    out.flush();
                }
            } else {
                out.write(body);
            }
        }
    }

    @Test
    void readsAnswersOfEveryFramingAndReusesItsConnection() throws IOException {
        CLIENT_PORTS.clear();
        SEEN.clear();
        LeanHttp http = new LeanHttp(base, "t0k3n");
        for (String q : List.of("a=1", "big=1", "chunked=1", "chunked=1&big=1", "a=2")) {
            assertEquals(200, http.get("/search?" + q), q);
        }
        assertEquals(404, http.get("/search?missing=1"));
        assertEquals(1, CLIENT_PORTS.size(), "one keep-alive connection for requests one after another: " + CLIENT_PORTS);
        assertEquals("/search?chunked=1&big=1 Bearer t0k3n", SEEN.get(3));
        http.close();
    }

    @Test
    void opensANewConnectionWhenTheServerClosesOne() throws IOException {
        CLIENT_PORTS.clear();
        LeanHttp http = new LeanHttp(base, null);
        assertEquals(200, http.get("/search?close=1"));
        assertEquals(200, http.get("/search?a=1"));
        assertEquals(200, http.get("/search?a=2"));
        assertEquals(2, CLIENT_PORTS.size(), "the closed connection is not reused: " + CLIENT_PORTS);
        http.close();
    }

    @Test
    void failsWhenNothingListens() throws IOException {
        int port;
        try (java.net.ServerSocket gone = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        LeanHttp http = new LeanHttp("http://127.0.0.1:" + port, null);
        assertThrows(IOException.class, () -> http.get("/search?a=1"));
    }
}
