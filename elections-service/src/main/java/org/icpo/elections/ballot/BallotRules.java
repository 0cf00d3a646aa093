package org.icpo.elections.ballot;

import java.time.LocalDate;

/**
 * Rules about what may be put to the vote and when (DOMAIN section 2). Plain Java, unit-tested.
 * <ul>
 *   <li>A proposed constitutional amendment must have been circulated at least {@code noticeMonths}
 *       (3) months before the session that votes on it.</li>
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
