package org.icpo.elections.ballot;

import java.time.LocalDate;

/**
 * Rules about what may be put to the vote and when (DOMAIN section 2). Plain Java, unit-tested.
 * <ul>
 *   <li>A proposed constitutional amendment must have been circulated at least {@code noticeMonths}
 *       (3) months before the session that votes on it.</li>
 *   <li>An application for admission must arrive before the deadline (31 January) of the year of the Assembly that votes
 *       on it: membership-service gives each application the year of the first Assembly that may vote on it
 *       ({@code assemblyYear}; one received from 1 February on goes to the next year's Assembly), and no session of
 *       an earlier year may vote on it.</li>
 *   <li>Rounds of resolutions and amendments: one; of admissions: at most the configured maximum (2).</li>
 *   <li>A ballot is decided on a day of its session: today when the session is under way; the nearest
 *       day of the session when the service records it outside the session's dates (e.g. entered afterwards).</li>
 * </ul>
 */
public final class BallotRules {

    private final int amendmentNoticeMonths;
    private final int admissionMaxRounds;

    public BallotRules(int amendmentNoticeMonths, int admissionMaxRounds) {
        if (amendmentNoticeMonths < 0 || admissionMaxRounds < 1) {
            throw new IllegalArgumentException("invalid ballot policy");
        }
        this.amendmentNoticeMonths = amendmentNoticeMonths;
        this.admissionMaxRounds = admissionMaxRounds;
    }

    /** Why the amendment cannot be voted on at a session starting that day, or null when it can. */
    public String amendmentNotice(LocalDate circulatedOn, LocalDate sessionStartsOn) {
        LocalDate earliestVote = circulatedOn.plusMonths(amendmentNoticeMonths);
        if (earliestVote.isAfter(sessionStartsOn)) {
            return "A proposed amendment must be circulated at least " + amendmentNoticeMonths + " months before the session votes on it; "
                    + "circulated on " + circulatedOn + ", it can be voted on from " + earliestVote + ", after the session starts (" + sessionStartsOn + ")";
        }
        return null;
    }

    /**
     * Why a session of {@code sessionYear} may not vote on an application whose first possible Assembly is that of
     * {@code assemblyYear}, or null when it may (0: the year is not known, nothing to check).
     */
    public static String admissionTooEarly(String stateName, int assemblyYear, int sessionNumber, int sessionYear) {
        if (assemblyYear <= 0 || sessionYear >= assemblyYear) {
            return null;
        }
        return "The application of " + stateName + " arrived after the deadline (31 January) for the Assembly of " + (assemblyYear - 1)
                + ": it may be voted on by the Assembly of " + assemblyYear + " at the earliest, not session " + sessionNumber
                + " (" + sessionYear + ")";
    }

    /** The day a ballot is decided: today, brought within the session's dates. */
    public static LocalDate decisionDay(LocalDate today, LocalDate sessionStartsOn, LocalDate sessionEndsOn) {
        if (today.isBefore(sessionStartsOn)) {
            return sessionStartsOn;
        }
        return today.isAfter(sessionEndsOn) ? sessionEndsOn : today;
    }

    /** The most rounds a ballot of this kind may have (0: no limit). */
    public int maxRounds(BallotKind kind) {
        return switch (kind) {
            case ADMISSION -> admissionMaxRounds;
            case RESOLUTION, CONSTITUTIONAL_AMENDMENT -> 1;
            case OFFICE -> 0;
        };
    }
}
