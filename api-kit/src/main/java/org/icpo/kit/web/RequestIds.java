package org.icpo.kit.web;

import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id of the current request: taken from X-Request-Id when well-formed, else generated. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** Accepts a client-supplied id only when it is short and made of safe characters. */
    public static String acceptOrGenerate(String candidate) {
        if (candidate != null && VALID.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }
}
