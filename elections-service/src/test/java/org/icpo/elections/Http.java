package org.icpo.elections;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Plain JDK HTTP for many requests at once (bulk set-up and concurrency tests), lighter than REST Assured. */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    public static URI uri(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    public static HttpRequest post(String path, String token, Object body) {
        try {
            return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the request without waiting for its answer. */
    public static java.util.concurrent.CompletableFuture<HttpResponse<String>> async(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the requests with at most {@code concurrency} in flight; answers in the order of the requests. */
    public static List<HttpResponse<String>> send(List<HttpRequest> requests, int concurrency) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, requests.size())));
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (HttpRequest r : requests) {
                Callable<HttpResponse<String>> call = () -> CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
                futures.add(pool.submit(call));
            }
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends all requests at the same moment (one thread each, released together, {@link org.icpo.testing.AtOnce}). */
    public static List<HttpResponse<String>> burst(List<HttpRequest> requests) {
        return org.icpo.testing.AtOnce.run(requests.stream()
                .<Callable<HttpResponse<String>>>map(r -> () -> CLIENT.send(r, HttpResponse.BodyHandlers.ofString())).toList());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(HttpResponse<String> r) {
        try {
            return JSON.readValue(r.body(), Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(r.body(), e);
        }
    }
}
