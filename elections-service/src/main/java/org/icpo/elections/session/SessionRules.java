package org.icpo.elections.session;

import org.icpo.kit.web.CountryCodes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Rules of the Assembly's sessions (DOMAIN section 2). Plain Java, unit-tested.
 * <ul>
 *   <li>The Assembly meets once a year: one session a year ({@link #secondSessionOfTheYear}). The domain knows no
 *       extraordinary session.</li>
 *   <li>Sessions are numbered in the order they meet: a session numbered lower than another ends before the other starts
 *       ({@link #outOfOrder}; years may be skipped, 2020 had none, and numbers too when a session is recorded later).</li>
 *   <li>The host country is an assigned ISO 3166-1 alpha-2 code, or one the Organization recognizes beyond the standard
 *       list ({@code icpo.elections.extra-iso-codes}, as membership-service's, default {@code XK}).</li>
 * </ul>
 */
public final class SessionRules {

    /** A session already planned, open or closed. */
    public record Existing(int number, int year, String city, LocalDate startsOn, LocalDate endsOn) {
        String describe() {
            return "session " + number + " (" + city + ", " + startsOn + " to " + endsOn + ")";
        }
    }

    private final Set<String> countryCodes;

    public SessionRules(Set<String> extraCountryCodes) {
        this.countryCodes = CountryCodes.assigned(extraCountryCodes);
    }

    /** Why {@code code} cannot be a host country, or null: it must be an assigned code (or an extra one). */
    public String hostCountryProblem(String code) {
        return countryCodes.contains(code) ? null : "'" + code + "' is not an assigned ISO 3166-1 alpha-2 code";
    }

    /** Why a session cannot be held in {@code year}, or null: the Assembly meets once a year. */
    public static String secondSessionOfTheYear(int number, int year, List<Existing> existing) {
        for (Existing e : existing) {
            if (e.year() == year) {
                return "The General Assembly meets once a year: " + e.describe() + " is the session of " + year
                        + "; session " + number + " cannot be a second one";
            }
        }
        return null;
    }

    /**
     * Why a session numbered {@code number}, from {@code startsOn} to {@code endsOn}, breaks the order of the sessions, or
     * null: every session numbered lower ends before it starts, every session numbered higher starts after it ends.
     */
    public static String outOfOrder(int number, LocalDate startsOn, LocalDate endsOn, List<Existing> existing) {
        // the nearest session on each side that is out of order is named
        Existing before = existing.stream().filter(e -> e.number() < number && !e.endsOn().isBefore(startsOn))
                .max(Comparator.comparingInt(Existing::number)).orElse(null);
        if (before != null) {
            return "Sessions are numbered in the order they meet: " + before.describe() + " comes before session " + number
                    + ", which must start after it ends, not on " + startsOn;
        }
        Existing after = existing.stream().filter(e -> e.number() > number && !endsOn.isBefore(e.startsOn()))
                .min(Comparator.comparingInt(Existing::number)).orElse(null);
        if (after != null) {
            return "Sessions are numbered in the order they meet: " + after.describe() + " comes after session " + number
                    + ", which must end before it starts, not on " + endsOn;
        }
        return null;
    }
}
