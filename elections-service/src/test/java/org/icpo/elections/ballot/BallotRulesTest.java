package org.icpo.elections.ballot;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BallotRulesTest {

    final BallotRules rules = new BallotRules(3, 2);

    @Test
    void amendmentCirculatedThreeMonthsBeforeTheSessionCanBeVoted() {
        assertNull(rules.amendmentNotice(LocalDate.of(2018, 8, 18), LocalDate.of(2018, 11, 18)));
        assertNull(rules.amendmentNotice(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 11, 18)));
    }

    @Test
    void amendmentCirculatedLessThanThreeMonthsBeforeIsRefused() {
        String problem = rules.amendmentNotice(LocalDate.of(2018, 8, 19), LocalDate.of(2018, 11, 18));
        assertTrue(problem.contains("at least 3 months"), problem);
        assertTrue(problem.contains("2018-11-19"), problem);
    }

    @Test
    void roundsPerKind() {
        assertEquals(2, rules.maxRounds(BallotKind.ADMISSION));
        assertEquals(1, rules.maxRounds(BallotKind.RESOLUTION));
        assertEquals(1, rules.maxRounds(BallotKind.CONSTITUTIONAL_AMENDMENT));
        assertEquals(0, rules.maxRounds(BallotKind.OFFICE));
    }

    @Test
    void aBallotIsDecidedOnADayOfItsSession() {
        LocalDate start = LocalDate.of(2018, 11, 18);
        LocalDate end = LocalDate.of(2018, 11, 21);
        assertEquals(LocalDate.of(2018, 11, 20), BallotRules.decisionDay(LocalDate.of(2018, 11, 20), start, end));
        assertEquals(start, BallotRules.decisionDay(start, start, end));
        assertEquals(end, BallotRules.decisionDay(end, start, end));
        assertEquals(end, BallotRules.decisionDay(LocalDate.of(2026, 11, 24), start, end));
        assertEquals(start, BallotRules.decisionDay(LocalDate.of(2018, 1, 1), start, end));
    }

    @Test
    void invalidPolicy() {
        assertThrows(IllegalArgumentException.class, () -> new BallotRules(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new BallotRules(3, 0));
    }

    @Test
    void anApplicationIsVotedOnNoEarlierThanTheAssemblyOfItsYear() {
        assertNull(BallotRules.admissionTooEarly("Kosovo", 2018, 87, 2018));
        assertNull(BallotRules.admissionTooEarly("Kosovo", 2018, 88, 2019), "a later Assembly may vote on it");
        assertNull(BallotRules.admissionTooEarly("Kosovo", 0, 87, 2018), "no Assembly year known: nothing to check");
        assertEquals("The application of Kosovo arrived after the deadline (31 January) for the Assembly of 2018: it may be voted on "
                + "by the Assembly of 2019 at the earliest, not session 87 (2018)", BallotRules.admissionTooEarly("Kosovo", 2019, 87, 2018));
    }
}
