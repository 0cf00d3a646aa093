package org.icpo.membership.measure;

import java.time.LocalDate;

/** Rules of measures, plain Java: at most one measure of a kind in force for a member at any time. */
public final class MeasureRules {

    private MeasureRules() {
    }

    /**
     * Whether a new measure in force from {@code from} (until lifted) would overlap an existing one of
     * the same kind, which is in force until {@code existingLiftedOn} (exclusive; null: not lifted).
     */
    public static boolean overlaps(LocalDate existingLiftedOn, LocalDate from) {
        return existingLiftedOn == null || existingLiftedOn.isAfter(from);
    }
}
