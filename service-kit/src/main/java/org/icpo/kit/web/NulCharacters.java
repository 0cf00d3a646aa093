package org.icpo.kit.web;

import io.vertx.core.http.HttpServerRequest;
import org.icpo.kit.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Refuses the NUL character (U+0000) in a request's path and query parameters with a 400 problem naming the
 * parameter. PostgreSQL cannot store it in any text or {@code jsonb} value: a search term or an audit filter that
 * carried it reached the database and failed there as a 500. In a URI it can only come percent-encoded
 * ({@code %00}); request bodies are checked by {@link org.icpo.kit.json.StrictJson}, headers by the HTTP parser.
 */
public class NulCharacters {

    public static final String MESSAGE = "must not contain the NUL character (U+0000)";
    static final String ENCODED = "%00";

    @ServerRequestFilter(preMatching = true)
    public void refuse(HttpServerRequest request) {
        String uri = request.uri();
        if (!uri.contains(ENCODED)) {
            return;
        }
        int query = uri.indexOf('?');
        if (query < 0 || uri.substring(0, query).contains(ENCODED)) {
            throw ApiException.invalid("path", MESSAGE);
        }
        throw ApiException.invalid(offendingParameter(uri.substring(query + 1)), MESSAGE);
    }

    /** The name of the first query parameter whose name or value carries {@code %00} (the name as sent, decoded). */
    static String offendingParameter(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            if (pair.contains(ENCODED)) {
                String name = pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('='));
                try {
                    name = URLDecoder.decode(name, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    // a malformed escape in the name: name it as sent
                }
                return name.isEmpty() || name.indexOf('\0') >= 0 ? "query" : name;
            }
        }
        return "query";
    }
}
