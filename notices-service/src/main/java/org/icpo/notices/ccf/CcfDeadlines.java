package org.icpo.notices.ccf;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** CCF deadlines: decisions within 4 months (access) or 9 months (correction, deletion) of admissibility. Plain Java. */
public final class CcfDeadlines {

    private final Period access;
    private final Period correction;
    private final Period deletion;

    public CcfDeadlines(Period access, Period correction, Period deletion) {
        this.access = access;
        this.correction = correction;
        this.deletion = deletion;
    }

    public Period period(CcfKind kind) {
        return switch (kind) {
            case ACCESS -> access;
            case CORRECTION -> correction;
            case DELETION -> deletion;
        };
    }

    /** The last day for the decision. */
    public LocalDate deadline(CcfKind kind, LocalDate admissibleOn) {
        return admissibleOn.plus(period(kind));
    }

    /** Overdue when undecided after the deadline day. */
    public static boolean overdue(LocalDate deadline, LocalDate decidedOn, LocalDate today) {
        return deadline != null && decidedOn == null && today.isAfter(deadline);
    }

    /** Days left until the deadline (negative when overdue). */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
