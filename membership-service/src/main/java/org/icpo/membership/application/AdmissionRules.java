package org.icpo.membership.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * Rules of admission applications (Constitution art. 4). Plain Java, unit-tested.
 * <ul>
 *   <li>A member cannot apply, except to record the application that led to its own admission
 *       (admitted in the year of the application or later), in the member's region. Such an application
 *       is decided by the member's admission, or by a rejection in an earlier year than its admission.</li>
 *   <li>One open application per state at a time, one application per state and Assembly year.</li>
 *   <li>An application goes to the Assembly of the year it arrives in when it arrives on or before the
 *       deadline (31 January since 2017); otherwise to the next year's Assembly.</li>
 *   <li>A scheduled application without an outcome can be moved to another session, with a reason (a
 *       correction); every move is kept.</li>
 *   <li>An outcome reported twice with the same content changes nothing; a different outcome for the
 *       same application is a conflict.</li>
 * </ul>
 */
public final class AdmissionRules {

    /** The result of an admission ballot as reported by the elections-service. */
    @Schema(name = "AdmissionDecision")
    public enum Decision { ADMITTED, REJECTED }

    public record Round(int number, int yes, int no, int abstain) {
    }

    public record Outcome(Decision decision, String ballotId, int session, LocalDate decidedOn, List<Round> rounds) {
    }

    /** A scheduled application moved from one session to another before its ballot: when, why and by whom. */
    public record SessionMove(int fromSession, int toSession, LocalDate movedOn, String reason, String movedBy) {
    }

    private final MonthDay deadline;

    public AdmissionRules(MonthDay deadline) {
        this.deadline = Objects.requireNonNull(deadline);
    }

    /** The year of the General Assembly that will vote on an application submitted on this day. */
    public int assemblyYear(LocalDate submittedOn) {
        return MonthDay.from(submittedOn).isAfter(deadline) ? submittedOn.getYear() + 1 : submittedOn.getYear();
    }

    public MonthDay deadline() {
        return deadline;
    }

    /**
     * A state that is a member can still have an application recorded when it was admitted in the year
     * the application arrived or later: that records the history of its own admission (e.g. Kiribati,
     * applied and admitted in 2018). Members of earlier or unknown years cannot apply.
     */
    public static boolean canRecordApplication(Integer memberSince, LocalDate submittedOn) {
        return memberSince != null && memberSince >= submittedOn.getYear();
    }

    /** An admission outcome for an existing member only records its admission when the years agree. */
    public static boolean isRecordedAdmission(Integer memberSince, LocalDate decidedOn) {
        return memberSince != null && memberSince == decidedOn.getYear();
    }

    /**
     * A rejection of a member's application only records its history when it was decided before the year the member was
     * admitted in (one Assembly a year: a state rejected in the year of its admission, or later, would not be a member).
     */
    public static boolean isRecordedRejection(Integer memberSince, LocalDate decidedOn) {
        return memberSince != null && decidedOn.getYear() < memberSince;
    }

    /** An earlier application of the same state. */
    public record Earlier(java.util.UUID id, ApplicationStatus status, int assemblyYear) {
    }

    /** Why a new application is refused, and the earlier application that stands in its way. */
    public record Refusal(java.util.UUID applicationId, String reason) {
    }

    /**
     * One open application per state at a time, and one application per state and Assembly year
     * (withdrawn or decided ones included): a state applies again for a later year.
     */
    public static Refusal refuseNewApplication(int assemblyYear, List<Earlier> earlier) {
        for (Earlier e : earlier) {
            if (e.status().open()) {
                return new Refusal(e.id(), "already has an open application (" + e.id() + ", " + e.status()
                        + ", Assembly " + e.assemblyYear() + "); withdraw it before applying again");
            }
            if (e.assemblyYear() == assemblyYear) {
                return new Refusal(e.id(), "already applied for the Assembly of " + assemblyYear + " (" + e.status()
                        + "); a new application can go to a later year");
            }
        }
        return null;
    }

    /** Rounds must be numbered 1, 2, ... in order. Returns a problem description, or null when consistent. */
    public static String checkRounds(List<Round> rounds) {
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).number() != i + 1) {
                return "rounds must be numbered 1.." + rounds.size() + " in order";
            }
        }
        return null;
    }

    /** True when a reported outcome is the one already recorded (an idempotent repeat). */
    public static boolean sameOutcome(Outcome recorded, Outcome reported) {
        return recorded.equals(reported);
    }
}
