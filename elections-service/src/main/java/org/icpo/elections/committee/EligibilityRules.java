package org.icpo.elections.committee;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who may stand for a seat of the Executive Committee (DOMAIN section 3). Plain Java, unit-tested.
 * Checked when a candidate is nominated and again when each round opens.
 * <ul>
 *   <li>{@code NOT_A_MEMBER}: the candidate's country must be a member of the Organization;</li>
 *   <li>{@code NOT_IN_GOOD_STANDING}: ... and a member in good standing;</li>
 *   <li>{@code NOT_ELIGIBLE_FOR_OFFICE}: ... and eligible to stand (e.g. not in arrears);</li>
 *   <li>{@code WRONG_REGION}: a Vice-President or Delegate seat labelled for a region takes a candidate from that region;</li>
 *   <li>{@code IMMEDIATE_REELECTION}: no immediate re-election to the same post or as a Delegate: the outgoing
 *       holder of a post (whose term ended within the configured window before the new term starts) may not
 *       be elected to that post again, nor as a Delegate;</li>
 *   <li>{@code SAME_COUNTRY}: all 13 members come from different countries: no other person from the
 *       candidate's country may sit on the Committee during the new term;</li>
 *   <li>{@code REGION_TAKEN}: the President and the three Vice-Presidents come from four different regions.</li>
 * </ul>
 * A sitting member standing for another seat does not conflict with himself: if elected, he leaves his seat. One person is
 * one country and one name, the names compared without case, diacritical marks, compatibility forms and punctuation
 * ({@link #normalize}): "Kim Jong-yang" is "Kim Jong Yang".
 */
public final class EligibilityRules {

    /** The seat contested: office, region label (null for the President) and the term. */
    public record Seat(Office office, Region region, LocalDate termStart, LocalDate termEnd) {
        public String label() {
            return office.seatLabel(region);
        }
    }

    /** A term on the Committee, past, present or future; {@code end} is the day it ended or ends. */
    public record Holder(Office office, Region region, String country, String personName, LocalDate start, LocalDate end) {
        boolean overlaps(LocalDate from, LocalDate to) {
            return start.isBefore(to) && end.isAfter(from);
        }

        String seatLabel() {
            return office.seatLabel(region);
        }
    }

    /** The candidate as membership-service sees its country today. */
    public record Nominee(String country, String personName, Region region, boolean member, boolean inGoodStanding,
                          List<String> standingReasons, boolean eligibleForOffice, List<String> eligibilityReasons) {
    }

    public record Refusal(String code, String message) {
    }

    private final Period immediateReelectionWindow;

    public EligibilityRules(Period immediateReelectionWindow) {
        this.immediateReelectionWindow = Objects.requireNonNull(immediateReelectionWindow);
    }

    /** Every reason the nominee may not stand for the seat; empty when eligible. */
    public List<Refusal> check(Seat seat, Nominee n, List<Holder> holders) {
        List<Refusal> refusals = new ArrayList<>();
        if (!n.member()) {
            refusals.add(new Refusal("NOT_A_MEMBER", n.country() + " is not a member of the Organization; only members nominate candidates"));
            return refusals;
        }
        if (!n.inGoodStanding()) {
            refusals.add(new Refusal("NOT_IN_GOOD_STANDING", n.country() + " is not a member in good standing"
                    + reasons(n.standingReasons()) + "; a candidate's country must be in good standing"));
        }
        if (!n.eligibleForOffice()) {
            refusals.add(new Refusal("NOT_ELIGIBLE_FOR_OFFICE", n.country() + " may not stand for the Executive Committee"
                    + reasons(n.eligibilityReasons())));
        }
        if (seat.office() != Office.PRESIDENT && seat.region() != n.region()) {
            refusals.add(new Refusal("WRONG_REGION", "The seat " + seat.label() + " is for a candidate from " + seat.region().label()
                    + "; " + n.country() + " is in " + (n.region() == null ? "no known region" : n.region().label())));
        }
        LocalDate windowStart = seat.termStart().minus(immediateReelectionWindow);
        for (Holder h : holders) {
            if (!samePerson(h, n)) {
                continue;
            }
            boolean outgoing = !h.end().isAfter(seat.termStart()) && !h.end().isBefore(windowStart);
            if (outgoing && (h.office() == seat.office() || seat.office() == Office.DELEGATE)) {
                refusals.add(new Refusal("IMMEDIATE_REELECTION", n.personName() + " (" + n.country() + ") is the outgoing "
                        + h.seatLabel() + " (term " + h.start() + " to " + h.end() + "); there is no immediate re-election "
                        + "to the same post or as a Delegate"));
                break;
            }
        }
        for (Holder h : holders) {
            if (h.country().equals(n.country()) && !samePerson(h, n) && h.overlaps(seat.termStart(), seat.termEnd())) {
                refusals.add(new Refusal("SAME_COUNTRY", n.country() + " already has a member on the Executive Committee during this term: "
                        + h.personName() + ", " + h.seatLabel() + " (" + h.start() + " to " + h.end()
                        + "); all 13 members come from different countries"));
                break;
            }
        }
        if (seat.office() != Office.DELEGATE && n.region() != null) {
            Refusal taken = regionTaken(n.region(), seat.termStart(), seat.termEnd(),
                    holders.stream().filter(h -> !samePerson(h, n)).toList());
            if (taken != null) {
                refusals.add(taken);
            }
        }
        return refusals;
    }

    /**
     * {@code REGION_TAKEN} when another President or Vice-President from {@code region} sits at some time between
     * {@code from} and {@code to}: the President and the three Vice-Presidents come from four different regions. Also
     * checked when a term of a President or Vice-President is recorded. Null when the region is free.
     */
    public static Refusal regionTaken(Region region, LocalDate from, LocalDate to, List<Holder> holders) {
        for (Holder h : holders) {
            if (h.office() != Office.DELEGATE && h.region() == region && h.overlaps(from, to)) {
                return new Refusal("REGION_TAKEN", "The President and the Vice-Presidents come from four different regions; "
                        + region.label() + " already has the " + h.seatLabel() + " (" + h.personName() + ", " + h.country()
                        + ", to " + h.end() + ")");
            }
        }
        return null;
    }

    /**
     * Why a person of {@code country} cannot hold a term on the seat, as far as his country is concerned, or null: the
     * country must be a member ({@code member}); the region of a Vice-President's or Delegate's seat, and the region
     * declared for a President (his country's), must be the region of the country ({@code countryRegion}, null when
     * it is none of the four). Checked when a term elected before this service kept the record is recorded.
     */
    public static String countryRegionProblem(Office office, Region region, String country, boolean member, Region countryRegion) {
        if (!member) {
            return country + " is not a member of the Organization; the members of the Executive Committee come from member countries";
        }
        if (region == countryRegion) {
            return null;
        }
        String in = country + " is in " + (countryRegion == null ? "no known region" : countryRegion.label());
        if (office == Office.PRESIDENT) {
            return "The region recorded for the President is the region of his country: " + in + ", not " + region.label();
        }
        return "The seat " + office.seatLabel(region) + " is for a member from " + region.label() + "; " + in;
    }

    static boolean samePerson(Holder h, Nominee n) {
        return h.country().equals(n.country()) && normalize(h.personName()).equals(normalize(n.personName()));
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * A person's name as compared to tell one person from another: its compatibility decomposition (NFKD: a ligature is
     * its letters, a full-width letter the letter), in lower case after upper case (so that {@code ß} is {@code ss} and
     * the dotless {@code ı} an {@code i}), without diacritical marks ({@code Havránková} is {@code havrankova}), every
     * run of what is not a letter or a digit (spaces, hyphens, dots, apostrophes, other punctuation) one space, trimmed.
     * "Kim Jong-yang", "KIM  Jong Yang" and "Kim Jong‐yang." are one name.
     */
    static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTERS.matcher(folded).replaceAll(" ").trim();
    }

    private static String reasons(List<String> reasons) {
        return reasons == null || reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")";
    }
}
