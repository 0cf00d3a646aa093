package org.icpo.kit.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one form of a country's code in the API, in every service: an ISO 3166-1 alpha-2 code. In a request body it is
 * written in capitals, as it is stored and answered ({@link #CODE}); in a path or a query parameter it is taken in
 * either case, {@code fr} being {@code FR} ({@link #EITHER_CASE}, then {@link #upper}). The messages are the ones a
 * refusal's violation carries, the same in every service.
 */
public final class CountryCodes {

    /** A code in a request body, for {@code @Pattern(regexp = CODE, message = CODE_MESSAGE)}. */
    public static final String CODE = "[A-Z]{2}";
    public static final String CODE_MESSAGE = "must be an ISO 3166-1 alpha-2 code in capitals";

    /** A code in a path or query parameter, for {@code @Pattern(regexp = EITHER_CASE, message = EITHER_CASE_MESSAGE)}. */
    public static final String EITHER_CASE = "[A-Za-z]{2}";
    public static final String EITHER_CASE_MESSAGE = "must be an ISO 3166-1 alpha-2 code (two letters)";

    private static final Pattern EITHER = Pattern.compile(EITHER_CASE);

    private CountryCodes() {
    }

    /** Whether {@code code} is two letters, in either case. */
    public static boolean eitherCase(String code) {
        return code != null && EITHER.matcher(code).matches();
    }

    /** The code in capitals, as stored ({@code fr} is {@code FR}). */
    public static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    /**
     * The codes a country may have, in capitals: those ISO 3166-1 assigns (the JDK's list) and {@code extra}, the codes
     * the Organization recognizes beyond them ({@code XK}; each service's {@code extra-iso-codes} setting). The one list
     * of assigned codes in every service: membership's applicants, elections' host countries, notices' statistics.
     */
    public static Set<String> assigned(Collection<String> extra) {
        Set<String> all = new HashSet<>(Set.of(Locale.getISOCountries()));
        extra.forEach(c -> all.add(c.trim().toUpperCase(Locale.ROOT)));
        return Set.copyOf(all);
    }
}
