package org.icpo.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What an outside crawler of the public notices API does: list red notices page by page following
 * {@code _links.next}, read a notice, list its images and download them; recognize the 404 body.
 */
public final class PublicNoticesCrawler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public PublicNoticesCrawler(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Response(int status, String contentType, byte[] body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** Every notice of the red list: the first page, then each {@code _links.next} until there is none. */
    public List<JsonNode> allRedNotices(int resultPerPage) throws IOException, InterruptedException {
        List<JsonNode> notices = new ArrayList<>();
        String next = baseUrl + "/notices/v1/red?resultPerPage=" + resultPerPage + "&page=1";
        int pages = 0;
        while (next != null && pages++ < 1000) {
            Response r = get(next);
            if (r.status() != 200) {
                throw new IOException("GET " + next + " answered " + r.status());
            }
            JsonNode page = r.json();
            page.path("_embedded").path("notices").forEach(notices::add);
            JsonNode link = page.path("_links").path("next").path("href");
            next = link.isTextual() ? link.asText() : null;
        }
        return notices;
    }

    public JsonNode follow(String href) throws IOException, InterruptedException {
        Response r = get(href);
        if (r.status() != 200) {
            throw new IOException("GET " + href + " answered " + r.status());
        }
        return r.json();
    }

    public Response get(String url) throws IOException, InterruptedException {
        String absolute = url.startsWith("http") ? url : baseUrl + url;
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(absolute)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
}
