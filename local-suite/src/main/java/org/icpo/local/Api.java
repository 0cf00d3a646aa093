package org.icpo.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client of the suite's public API (through the gateway), retrying after a 429. */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(String base) {
        this.base = base;
    }

    /** An HTTP answer: status and JSON body (a missing node when the body is empty or not JSON). */
    public record Answer(int status, JsonNode body, String raw) {
        public Answer expect(int... expected) {
            for (int e : expected) {
                if (status == e) {
                    return this;
                }
            }
            throw new IllegalStateException("expected HTTP " + java.util.Arrays.toString(expected) + " but got " + status + ": " + raw);
        }

        public String text(String field) {
            return body.path(field).asText();
        }
    }

    public Answer get(String token, String path) {
        return send(token, "GET", path, null);
    }

    public Answer post(String token, String path, Object body) {
        return send(token, "POST", path, body);
    }

    public Answer put(String token, String path, Object body) {
        return send(token, "PUT", path, body);
    }

    public Answer send(String token, String method, String path, Object body) {
        try {
            String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            for (int attempt = 0; ; attempt++) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json");
                if (token != null) {
                    b.header("Authorization", "Bearer " + token);
                }
                if (json != null) {
                    b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
                } else {
                    b.method(method, HttpRequest.BodyPublishers.noBody());
                }
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 429 && attempt < 20) {
                    long wait = r.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Math.max(100, wait * 1000));
                    continue;
                }
                JsonNode node;
                try {
                    node = r.body() == null || r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
                } catch (IOException notJson) {
                    node = JSON.missingNode();
                }
                return new Answer(r.statusCode(), node, r.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
