package org.icpo.gateway.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Maps a request path to the upstream that serves it: the longest configured prefix that matches on
 * a segment boundary ({@code /members} matches {@code /members} and {@code /members/FR}, not
 * {@code /membersX}). Immutable; built once from configuration.
 */
public final class RouteTable {

    /** One configured prefix and the upstream serving it. */
    public record Route(String prefix, String upstream) {
    }

    private final List<Route> byLengthDescending;

    public RouteTable(Map<String, List<String>> prefixesByUpstream) {
        List<Route> routes = new ArrayList<>();
        for (var e : prefixesByUpstream.entrySet()) {
            for (String raw : e.getValue()) {
                String prefix = normalize(raw);
                for (Route existing : routes) {
                    if (existing.prefix().equals(prefix)) {
                        throw new IllegalArgumentException("path prefix " + prefix + " is routed to both "
                                + existing.upstream() + " and " + e.getKey());
                    }
                }
                routes.add(new Route(prefix, e.getKey()));
            }
        }
        routes.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed().thenComparing(Route::prefix));
        this.byLengthDescending = List.copyOf(routes);
    }

    private static String normalize(String raw) {
        String p = raw.trim();
        if (!p.startsWith("/") || p.length() < 2) {
            throw new IllegalArgumentException("a route prefix starts with / and names a path: '" + raw + "'");
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** The route serving the path, or null. */
    public Route match(String path) {
        for (Route r : byLengthDescending) {
            String prefix = r.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return r;
            }
        }
        return null;
    }

    public List<Route> routes() {
        return byLengthDescending;
    }
}
