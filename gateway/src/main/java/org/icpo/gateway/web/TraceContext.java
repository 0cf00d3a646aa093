package org.icpo.gateway.web;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * W3C trace context (https://www.w3.org/TR/trace-context/): a valid incoming {@code traceparent}
 * is forwarded as is with its {@code tracestate}; a missing or invalid one is replaced by a newly
 * generated trace (and any {@code tracestate} dropped, as the specification requires).
 */
public record TraceContext(String traceparent, String tracestate, boolean generated) {

    private static final Pattern VALID = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public static TraceContext of(String traceparent, String tracestate, boolean sampleGenerated) {
        if (traceparent != null && valid(traceparent)) {
            String state = tracestate == null || tracestate.isBlank() || tracestate.length() > 512 ? null : tracestate;
            return new TraceContext(traceparent, state, false);
        }
        return new TraceContext("00-" + hex(16) + "-" + hex(8) + (sampleGenerated ? "-01" : "-00"), null, true);
    }

    static boolean valid(String tp) {
        var m = VALID.matcher(tp);
        if (!m.matches()) {
            return false;
        }
        String version = m.group(1);
        if (version.equals("ff") || (version.equals("00") && m.group(5) != null)) {
            return false;
        }
        return !m.group(2).chars().allMatch(c -> c == '0') && !m.group(3).chars().allMatch(c -> c == '0');
    }

    /** The 32 hex digits of the trace id. */
    public String traceId() {
        return traceparent.substring(3, 35);
    }

    private static String hex(int bytes) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char[] out = new char[bytes * 2];
        boolean allZero = true;
        for (int i = 0; i < bytes; i++) {
            int b = r.nextInt(256);
            allZero &= b == 0;
            out[2 * i] = HEX[b >>> 4];
            out[2 * i + 1] = HEX[b & 0xf];
        }
        if (allZero) {
            out[out.length - 1] = '1';
        }
        return new String(out);
    }
}
