package org.icpo.gateway.route;

import java.util.Locale;

/**
 * Refuses request paths whose meaning could differ between the gateway and an upstream: dot
 * segments ({@code /statistics/../members}), encoded separators and dots, backslashes, empty
 * segments and control characters. Such paths would let a public prefix hide a protected one.
 */
public final class PathGuard {

    private PathGuard() {
    }

    /** Null when the path is acceptable, else why it is not. */
    public static String problem(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return "the request path must start with /";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return "the request path contains a forbidden character";
            }
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.contains("%00")) {
            // not a separator: said as such, as the services do (service-kit NulCharacters)
            return "the request path contains the NUL character (U+0000)";
        }
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e")) {
            return "the request path contains an encoded separator or dot";
        }
        if (path.contains("//")) {
            return "the request path contains an empty segment";
        }
        for (String segment : path.split("/", -1)) {
            String bare = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
            if (bare.equals(".") || bare.equals("..")) {
                return "the request path contains a dot segment";
            }
        }
        return null;
    }
}
