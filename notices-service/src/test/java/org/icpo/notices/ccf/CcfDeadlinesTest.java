package org.icpo.notices.ccf;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CcfDeadlinesTest {

    static final CcfDeadlines DEADLINES = new CcfDeadlines(Period.ofMonths(4), Period.ofMonths(9), Period.ofMonths(9));

    @Test
    void fourMonthsForAccessNineForCorrectionAndDeletion() {
        LocalDate admissible = LocalDate.of(2025, 1, 31);
        assertEquals(LocalDate.of(2025, 5, 31), DEADLINES.deadline(CcfKind.ACCESS, admissible));
        assertEquals(LocalDate.of(2025, 10, 31), DEADLINES.deadline(CcfKind.CORRECTION, admissible));
        assertEquals(LocalDate.of(2025, 10, 31), DEADLINES.deadline(CcfKind.DELETION, admissible));
    }

    @Test
    void overdueOnlyAfterTheDeadlineDayAndWhileUndecided() {
        LocalDate deadline = LocalDate.of(2025, 5, 31);
        assertFalse(CcfDeadlines.overdue(deadline, null, deadline));
        assertTrue(CcfDeadlines.overdue(deadline, null, deadline.plusDays(1)));
        assertFalse(CcfDeadlines.overdue(deadline, deadline.plusDays(3), deadline.plusDays(10)));
        assertFalse(CcfDeadlines.overdue(null, null, deadline));
        assertEquals(-1, CcfDeadlines.daysLeft(deadline, deadline.plusDays(1)));
        assertEquals(30, CcfDeadlines.daysLeft(deadline, deadline.minusDays(30)));
    }

    @Test
    void statusMachine() {
        assertTrue(CcfStatus.RECEIVED.canMoveTo(CcfStatus.ADMISSIBLE));
        assertTrue(CcfStatus.RECEIVED.canMoveTo(CcfStatus.INADMISSIBLE));
        assertFalse(CcfStatus.RECEIVED.canMoveTo(CcfStatus.DECIDED));
        assertTrue(CcfStatus.ADMISSIBLE.canMoveTo(CcfStatus.DECIDED));
        assertFalse(CcfStatus.INADMISSIBLE.canMoveTo(CcfStatus.DECIDED));
        assertTrue(CcfStatus.DECIDED.next().isEmpty());
    }
}
