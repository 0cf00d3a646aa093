package org.icpo.elections.committee;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Composition and terms of the Executive Committee (DOMAIN section 3). Plain Java, unit-tested.
 * 13 members: the President (4-year term), 3 Vice-Presidents and 9 Delegates (3-year terms). A seat
 * can be put to the vote only when it is vacant on the day the new term starts; a by-election fills a
 * vacancy for the remainder of the term.
 */
public final class CommitteeRules {

    /** Terms and seat counts; the distribution of Delegates among regions is an assumed policy. */
    public record Policy(Period presidentTerm, Period memberTerm, int vicePresidents, Map<Region, Integer> delegatesPerRegion) {
        public Policy {
            Objects.requireNonNull(presidentTerm);
            Objects.requireNonNull(memberTerm);
            if (vicePresidents < 1) {
                throw new IllegalArgumentException("vicePresidents must be at least 1");
            }
            for (Region r : Region.values()) {
                if (delegatesPerRegion.getOrDefault(r, 0) < 0) {
                    throw new IllegalArgumentException("delegate seats must not be negative");
                }
            }
            delegatesPerRegion = Map.copyOf(delegatesPerRegion);
        }

        public int delegates(Region r) {
            return delegatesPerRegion.getOrDefault(r, 0);
        }
    }

    private final Policy policy;

    public CommitteeRules(Policy policy) {
        this.policy = policy;
    }

    public Policy policy() {
        return policy;
    }

    /** End of a full term starting on that day. */
    public LocalDate termEnd(Office office, LocalDate start) {
        return start.plus(office == Office.PRESIDENT ? policy.presidentTerm() : policy.memberTerm());
    }

    /** Holders in office on a day (started on or before it, ending after it). */
    public static List<EligibilityRules.Holder> inOffice(List<EligibilityRules.Holder> holders, LocalDate day) {
        return holders.stream().filter(h -> !h.start().isAfter(day) && h.end().isAfter(day)).toList();
    }

    /**
     * Why the seat cannot be put to the vote for a term starting on {@code start}, or null when it is
     * vacant on that day.
     */
    public String seatUnavailable(Office office, Region region, LocalDate start, List<EligibilityRules.Holder> holders) {
        List<EligibilityRules.Holder> sitting = inOffice(holders, start);
        switch (office) {
            case PRESIDENT -> {
                for (EligibilityRules.Holder h : sitting) {
                    if (h.office() == Office.PRESIDENT) {
                        return "The office of President is held by " + h.personName() + " (" + h.country() + ") until " + h.end();
                    }
                }
                return null;
            }
            case VICE_PRESIDENT -> {
                long vps = sitting.stream().filter(h -> h.office() == Office.VICE_PRESIDENT).count();
                for (EligibilityRules.Holder h : sitting) {
                    if (h.office() == Office.VICE_PRESIDENT && h.region() == region) {
                        return "The seat " + office.seatLabel(region) + " is held by " + h.personName() + " (" + h.country() + ") until " + h.end();
                    }
                }
                if (vps >= policy.vicePresidents()) {
                    return "All " + policy.vicePresidents() + " Vice-President seats are filled on " + start;
                }
                return null;
            }
            case DELEGATE -> {
                long seats = policy.delegates(region);
                long held = sitting.stream().filter(h -> h.office() == Office.DELEGATE && h.region() == region).count();
                if (held >= seats) {
                    return "All " + seats + " seats of " + office.seatLabel(region) + " are filled on " + start;
                }
                return null;
            }
            default -> throw new IllegalStateException();
        }
    }
}
