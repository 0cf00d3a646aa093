package org.icpo.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for one upstream service: a real HTTP server (JDK) that echoes what it received
 * (method, path, query, headers, body size) as JSON, serves {@code /q/health/ready} and
 * {@code /q/openapi}, answers {@code <prefix>/created} with a 201 and a {@code Location} built from its Host, streams {@code <prefix>/download?bytes=N} (with {@code &breakAfter=M}: declares N bytes, sends M
 * and closes the connection; with {@code &endAfter=T}: sends the N bytes, then ends the answer T ms later), and can
 * be told to be slow, to fail with a status, to drop calls (close the connection unanswered), or to go down (stop
 * listening) and come back on the same port.
 */
public final class Stub {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A body up to this many bytes is echoed back as text ({@code body}); larger ones by their size only. */
    private static final int ECHOED_BODY = 4096;

    private final String name;
    private final String openApi;
    private final int port;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;
    private volatile long delayMillis;
    private volatile int failStatus;
    private final AtomicInteger dropping = new AtomicInteger();
    private final AtomicInteger droppingBeforeBody = new AtomicInteger();
    /**
     * The client ports of the connections requests came on (one per connection the gateway opened), each with the
     * first request that came on it and when (for a failing test to say which request opened a connection).
     */
    private final Map<Integer, String> connections = new ConcurrentHashMap<>();

    Stub(String name, String openApi) throws IOException {
        this.name = name;
        this.openApi = openApi;
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        this.port = s.getAddress().getPort();
        start(s);
    }

    private void start(HttpServer s) {
        s.setExecutor(executor);
        s.createContext("/", this::handle);
        s.start();
        server = s;
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Calls received, health and OpenAPI fetches excluded. */
    public int calls() {
        return calls.get();
    }

    /** Connections the gateway has opened so far (those of health and OpenAPI fetches too). */
    public int connections() {
        return connections.size();
    }

    /** The first request of each connection the gateway has opened so far, oldest first ("12:00:01.234 GET /members/FR"). */
    public List<String> connectionsOpenedBy() {
        return connections.values().stream().sorted().toList();
    }

    public Stub slow(long millis) {
        delayMillis = millis;
        return this;
    }

    /**
     * The connection of each of the next {@code calls} calls is closed as soon as its headers are read, before its body,
     * without an answer.
     */
    public Stub droppingBeforeTheBody(int calls) {
        droppingBeforeBody.set(calls);
        return this;
    }

    /** The next {@code calls} calls are read, then their connection is closed without an answer. */
    public Stub dropping(int calls) {
        dropping.set(calls);
        return this;
    }

    public Stub failing(int status) {
        failStatus = status;
        return this;
    }

    public synchronized Stub down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        return this;
    }

    public synchronized Stub up() throws IOException {
        if (server == null) {
            IOException last = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                try {
                    start(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100));
                    return this;
                } catch (IOException e) {
                    last = e;
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
            throw last;
        }
        return this;
    }

    public void reset() throws IOException {
        delayMillis = 0;
        failStatus = 0;
        dropping.set(0);
        droppingBeforeBody.set(0);
        up();
    }

    void close() {
        down();
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            connections.computeIfAbsent(ex.getRemoteAddress().getPort(),
                    port -> java.time.LocalTime.now() + " " + ex.getRequestMethod() + " " + ex.getRequestURI() + " (port " + port + ")");
            String path = ex.getRequestURI().getRawPath();
            if (path.equals("/q/health/ready")) {
                send(ex, 200, "application/json", "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals("/q/openapi")) {
                send(ex, 200, "application/json", openApi.getBytes(StandardCharsets.UTF_8));
                return;
            }
            calls.incrementAndGet();
            if (droppingBeforeBody.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                // a handler that fails makes the JDK's server close the connection at once, the body unread
                throw new IOException("closing before the body");
            }
            long size = 0;
            java.io.ByteArrayOutputStream small = new java.io.ByteArrayOutputStream();
            try (InputStream in = ex.getRequestBody()) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) >= 0; ) {
                    if (size + n <= ECHOED_BODY) {
                        small.write(buf, 0, n);
                    }
                    size += n;
                }
            }
            if (dropping.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                // closing an exchange before its response headers closes the connection
                return;
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (failStatus > 0) {
                send(ex, failStatus, "application/json", "{\"failed\":true}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.endsWith("/created")) {
                // as a service answers a creation: a Location built from the Host it was reached at (the gateway sends the
                // service's), or with ?elsewhere one on another host
                String query = ex.getRequestURI().getRawQuery();
                ex.getResponseHeaders().add("Location", query != null && query.contains("elsewhere") ? "https://elsewhere.example" + path + "/42"
                        : "http://" + ex.getRequestHeaders().getFirst("Host") + path + "/42");
                send(ex, 201, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.endsWith("/download")) {
                Map<String, String> q = new LinkedHashMap<>();
                for (String p : ex.getRequestURI().getQuery().split("&")) {
                    q.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
                }
                long bytes = Long.parseLong(q.get("bytes"));
                ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
                if (q.containsKey("breakAfter")) {
                    // declares its length, sends only the first bytes, and closes the connection (as a service that crashes)
                    long sent = Long.parseLong(q.get("breakAfter"));
                    ex.sendResponseHeaders(200, bytes);
                    OutputStream out = ex.getResponseBody();
                    out.write(new byte[(int) sent]);
                    out.flush();
                    // a handler that fails makes the JDK's server close the connection
                    throw new IOException("breaking off after " + sent + " of " + bytes + " bytes");
                }
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    byte[] chunk = new byte[64 * 1024];
                    for (long left = bytes; left > 0; left -= chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, left));
                    }
                    if (q.containsKey("endAfter")) {
                        // every byte sent, the end of the answer (its last chunk) only after a while
                        out.flush();
                        Thread.sleep(Long.parseLong(q.get("endAfter")));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            Map<String, Object> echo = new LinkedHashMap<>();
            echo.put("upstream", name);
            echo.put("method", ex.getRequestMethod());
            echo.put("path", path);
            echo.put("query", ex.getRequestURI().getRawQuery());
            echo.put("bodySize", size);
            if (size > 0 && size <= ECHOED_BODY) {
                echo.put("body", small.toString(StandardCharsets.UTF_8));
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
                headers.put(h.getKey().toLowerCase(Locale.ROOT), String.join(",", h.getValue()));
            }
            echo.put("headers", headers);
            ex.getResponseHeaders().add("X-Upstream", name);
            ex.getResponseHeaders().add("Connection", "keep-alive, X-Hop");
            ex.getResponseHeaders().add("X-Hop", "must-not-pass");
            send(ex, 200, "application/json", JSON.writeValueAsBytes(echo));
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
