package org.icpo.elections.committee;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Composition and terms of the Executive Committee (DOMAIN section 3). Plain Java, unit-tested.
 * 13 members: the President (4-year term), 3 Vice-Presidents and 9 Delegates (3-year terms). A seat
 * can be put to the vote only when it is vacant on the day the new term starts; a by-election fills a
 * vacancy for the remainder of the term.
 * <ul>
 *   <li>At most {@code vicePresidents} (3) Vice-Presidents: those sitting when a new term starts and the Vice-President
 *       elections not decided yet together leave room for another one, or none can be put to the vote;</li>
 *   <li>a regular term is a full term (4 years for the President, 3 for the others); terms run from Assembly to
 *       Assembly, so its end may differ by some days but falls in the year a full term ends;</li>
 *   <li>a by-election fills the rest of a vacated term: it ends when the vacated term ends, and never later than a
 *       full term from its start;</li>
 *   <li>a President who leaves mid-term is replaced by an election for the rest of the term: while the term he left
 *       would still run when a new term starts, no regular (full-term) election of a President is held, only a
 *       by-election;</li>
 *   <li>an election not decided yet takes a seat only for its own term, and only while its session can still decide
 *       it (not closed);</li>
 *   <li>a recorded term is at most a full term: it ends at the latest in the year a full term from its start ends
 *       (a shorter one is fine: a by-election, a resignation).</li>
 * </ul>
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

    /**
     * A recorded term as the term rules see it: the seat (office and region; for the President the region of his
     * country), the person, the term and the day he left early ({@code endedOn}, null when he did not).
     */
    public record Term(Office office, Region region, String country, String personName, LocalDate termStart, LocalDate termEnd,
                       LocalDate endedOn) {
        boolean ofSeat(Office seatOffice, Region seatRegion) {
            return office == seatOffice && (seatOffice == Office.PRESIDENT || region == seatRegion);
        }
    }

    /**
     * An election not decided yet, as the seat rules see it: the seat (office and region, none for the President), the
     * term it is for, its session and whether that session is closed (a closed session decides nothing more).
     */
    public record Undecided(Office office, Region region, LocalDate termStart, LocalDate termEnd, int session, boolean sessionClosed) {
        /** "session 90, term 2022-10-21 to 2025-10-21". */
        public String describe() {
            return "session " + session + ", term " + termStart + " to " + termEnd;
        }
    }

    /** The end of a by-election's term, or why the requested end is refused ({@code problem}, about the field termEnd). */
    public record ByElectionEnd(LocalDate termEnd, String problem) {
        static ByElectionEnd of(LocalDate end) {
            return new ByElectionEnd(end, null);
        }

        static ByElectionEnd refused(String problem) {
            return new ByElectionEnd(null, problem);
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

    /** The length of a full term of the office, in words ("4 years"). */
    public String termLength(Office office) {
        return describe(office == Office.PRESIDENT ? policy.presidentTerm() : policy.memberTerm());
    }

    /**
     * Why {@code requestedEnd} cannot end a regular (full) term of the office starting on {@code start}, or null when it
     * can: it must fall in the year in which a full term from {@code start} ends (terms run from Assembly to Assembly,
     * so the day may differ from the anniversary).
     */
    public String regularTermEndProblem(Office office, LocalDate start, LocalDate requestedEnd) {
        LocalDate full = termEnd(office, start);
        if (requestedEnd.getYear() != full.getYear()) {
            return "a regular term of the " + office.label() + " is a full term of " + termLength(office) + ": starting " + start
                    + ", it ends in " + full.getYear() + " (by default on " + full + "; terms run from Assembly to Assembly, so only the day"
                    + " may differ), not on " + requestedEnd + ". A vacancy for the rest of a term is filled by a by-election";
        }
        return null;
    }

    /**
     * The terms of the seat left vacant and not filled again by {@code start}: terms of the seat that ended early on or
     * before {@code start} and would have run past it, less one for each later term of the seat to the same end that
     * started by then (the by-election that filled the vacancy). Several only for a region's Delegates.
     */
    public static List<Term> vacatedTerms(Office office, Region region, LocalDate start, List<Term> terms) {
        Map<LocalDate, List<Term>> vacatedByEnd = new LinkedHashMap<>();
        for (Term t : terms) {
            if (t.ofSeat(office, region) && t.endedOn() != null && t.endedOn().isBefore(t.termEnd())
                    && !t.endedOn().isAfter(start) && t.termEnd().isAfter(start)) {
                vacatedByEnd.computeIfAbsent(t.termEnd(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Term> open = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Term>> e : vacatedByEnd.entrySet()) {
            List<Term> vacated = e.getValue();
            LocalDate firstLeft = vacated.stream().map(Term::endedOn).min(LocalDate::compareTo).orElseThrow();
            long fillers = terms.stream().filter(t -> t.ofSeat(office, region) && t.termEnd().equals(e.getKey())
                    && !t.termStart().isBefore(firstLeft) && !t.termStart().isAfter(start)).count();
            vacated.stream().sorted((a, b) -> a.endedOn().compareTo(b.endedOn())).skip(fillers).forEach(open::add);
        }
        return open;
    }

    /**
     * The end of a by-election's term starting on {@code start} for the seat: when the vacated term is known (see
     * {@link #vacatedTerms}), its end, which a requested end must equal; otherwise the requested end, required, which
     * must not be later than a full term from {@code start}.
     */
    public ByElectionEnd byElectionTermEnd(Office office, Region region, LocalDate start, LocalDate requestedEnd, List<Term> terms) {
        String seat = office.seatLabel(region);
        LocalDate full = termEnd(office, start);
        if (requestedEnd != null && requestedEnd.isAfter(full)) {
            return ByElectionEnd.refused("a by-election fills the rest of a term: it cannot end later than a full term of the "
                    + office.label() + " (" + termLength(office) + ") from " + start + ", " + full + "; not " + requestedEnd);
        }
        List<Term> vacated = vacatedTerms(office, region, start, terms);
        List<LocalDate> ends = vacated.stream().map(Term::termEnd).distinct().sorted().toList();
        if (ends.isEmpty()) {
            return requestedEnd != null ? ByElectionEnd.of(requestedEnd)
                    : ByElectionEnd.refused("is required for a by-election: the end of the vacant term (no term of the " + seat
                    + " left before the end is recorded)");
        }
        String which = vacated.stream().map(t -> t.personName() + " (" + t.country() + ") left on " + t.endedOn() + " the term "
                + t.termStart() + " to " + t.termEnd()).collect(Collectors.joining("; "));
        if (requestedEnd == null) {
            return ends.size() == 1 ? ByElectionEnd.of(ends.get(0))
                    : ByElectionEnd.refused("is required: several terms of the " + seat + " were left early (" + which
                    + "); give the end of the one this by-election fills");
        }
        if (!ends.contains(requestedEnd)) {
            return ByElectionEnd.refused("a by-election fills the rest of the vacated term: it must end on "
                    + ends.stream().map(LocalDate::toString).collect(Collectors.joining(" or ")) + " (" + which + "), not on " + requestedEnd);
        }
        return ByElectionEnd.of(requestedEnd);
    }

    /**
     * The elections of {@code office} not decided yet that take a seat during a term from {@code start} to {@code end}:
     * those whose session can still decide them (not closed) and whose own term overlaps it. An election of a closed
     * session never fills its seat (closing a session concludes its elections; one closed before that rule stays
     * undecided), and one for another term takes no seat in this one.
     */
    public static List<Undecided> takingSeats(Office office, LocalDate start, LocalDate end, List<Undecided> undecided) {
        return undecided.stream().filter(u -> u.office() == office && !u.sessionClosed()
                && u.termStart().isBefore(end) && u.termEnd().isAfter(start)).toList();
    }

    /**
     * Why a regular (full-term) election of the office cannot be held for a term starting on {@code start}, or null: a
     * President who leaves mid-term is replaced by an election for the rest of the term (DOMAIN section 3), so while a
     * President's term left early and not filled since ({@link #vacatedTerms}) would still run on {@code start}, only a
     * by-election fills it. Vice-Presidents and Delegates are not concerned (the domain says it of the President).
     */
    public String regularElectionWhileVacatedTermRuns(Office office, LocalDate start, List<Term> terms) {
        if (office != Office.PRESIDENT) {
            return null;
        }
        List<Term> vacated = vacatedTerms(office, null, start, terms);
        if (vacated.isEmpty()) {
            return null;
        }
        Term t = vacated.get(0);
        return "A President who leaves mid-term is replaced by an election for the rest of the term: " + t.personName() + " (" + t.country()
                + ") left on " + t.endedOn() + " the term " + t.termStart() + " to " + t.termEnd() + ", which would still run when this term "
                + "starts (" + start + "). Put a by-election to the vote (byElection true), for the term to " + t.termEnd()
                + ", or a regular election for a term starting on or after " + t.termEnd();
    }

    /**
     * Why a recorded term of the office from {@code start} to {@code end} is longer than a full term, or null: it must end
     * at the latest in the year a full term from {@code start} ends (terms run from Assembly to Assembly, so only the day
     * may differ); a shorter term is fine (a by-election, a holder who left).
     */
    public String recordedTermEndProblem(Office office, LocalDate start, LocalDate end) {
        LocalDate full = termEnd(office, start);
        if (end.getYear() > full.getYear()) {
            return "a term of the " + office.label() + " is at most a full term of " + termLength(office) + ": starting " + start
                    + ", it ends in " + full.getYear() + " at the latest (a full term ends on " + full + "; terms run from Assembly to "
                    + "Assembly, so only the day may differ), not on " + end + ". A shorter term is fine (a by-election, a holder who left)";
        }
        return null;
    }

    /**
     * Why no further Vice-President can be put to the vote for a term starting on {@code start}, or null: the
     * Vice-Presidents sitting that day and the Vice-President elections not decided yet ({@code undecided}: their seats'
     * regions) must leave room for one more.
     */
    public String vicePresidentsExhausted(LocalDate start, List<EligibilityRules.Holder> holders, List<Region> undecided) {
        List<EligibilityRules.Holder> sitting = inOffice(holders, start).stream().filter(h -> h.office() == Office.VICE_PRESIDENT).toList();
        if (sitting.size() + undecided.size() < policy.vicePresidents()) {
            return null;
        }
        return "The Executive Committee has " + policy.vicePresidents() + " Vice-Presidents: " + sitting.size() + " sitting on " + start
                + (sitting.isEmpty() ? "" : " (" + sitting.stream().map(h -> h.seatLabel() + ": " + h.personName() + ", " + h.country())
                .collect(Collectors.joining("; ")) + ")")
                + " and " + undecided.size() + " undecided Vice-President election" + (undecided.size() == 1 ? "" : "s")
                + (undecided.isEmpty() ? "" : " (" + undecided.stream().map(Office.VICE_PRESIDENT::seatLabel).collect(Collectors.joining(", ")) + ")")
                + " already account for all of them; no further Vice-President can be put to the vote";
    }

    static String describe(Period p) {
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(p.getYears() + (Math.abs(p.getYears()) == 1 ? " year" : " years"));
        }
        if (p.getMonths() != 0) {
            parts.add(p.getMonths() + (Math.abs(p.getMonths()) == 1 ? " month" : " months"));
        }
        if (p.getDays() != 0 || parts.isEmpty()) {
            parts.add(p.getDays() + (Math.abs(p.getDays()) == 1 ? " day" : " days"));
        }
        return String.join(" ", parts);
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
