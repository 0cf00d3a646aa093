package org.icpo.gateway.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The paths that need no token, as glob patterns: {@code *} matches exactly one path segment,
 * {@code **} any number of segments including none ({@code /notices/v1/**} matches
 * {@code /notices/v1} and everything below it).
 */
public final class PublicPaths {

    private final List<Pattern> patterns;

    public PublicPaths(List<String> globs) {
        List<Pattern> list = new ArrayList<>();
        for (String glob : globs) {
            String g = glob.trim();
            if (!g.isEmpty()) {
                list.add(compile(g));
            }
        }
        this.patterns = List.copyOf(list);
    }

    static Pattern compile(String glob) {
        if (!glob.startsWith("/")) {
            throw new IllegalArgumentException("a public path pattern starts with /: '" + glob + "'");
        }
        StringBuilder re = new StringBuilder();
        for (String segment : glob.substring(1).split("/", -1)) {
            if (segment.equals("**")) {
                re.append("(?:/[^/]*)*");
            } else if (segment.equals("*")) {
                re.append("/[^/]+");
            } else if (segment.contains("*")) {
                throw new IllegalArgumentException("* stands for a whole segment in public path patterns: '" + glob + "'");
            } else {
                re.append('/').append(Pattern.quote(segment));
            }
        }
        return Pattern.compile(re.toString());
    }

    public boolean matches(String path) {
        for (Pattern p : patterns) {
            if (p.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }
}
