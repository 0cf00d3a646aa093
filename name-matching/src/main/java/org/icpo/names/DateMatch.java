package org.icpo.names;

import java.util.Locale;

/**
 * The comparison of two (partial) dates of birth.
 *
 * @param kind        how they agree
 * @param score       in [0,1]
 * @param explanation one human-readable line
 */
public record DateMatch(Kind kind, double score, String explanation) {

    /** How two dates of birth agree, strongest first. */
    public enum Kind {
        /** The same day, month and year (or the same month and year, or the same year, when both are that partial). */
        EXACT(1.0),
        /** Both full, same year, day and month exchanged (1961-05-07 vs 1961-07-05). */
        DAY_MONTH_SWAPPED(0.8),
        /** One date is less precise and agrees with the other as far as it goes, to the month. */
        COMPATIBLE_PARTIAL_MONTH(0.8),
        /** One date is only a year, the same year as the other's. */
        COMPATIBLE_PARTIAL_YEAR(0.6),
        /** Same year and month, different days. */
        SAME_YEAR_MONTH(0.5),
        /** Same year, different months. */
        SAME_YEAR(0.3),
        /** Different years. */
        CONFLICTING(0.0);

        private final double score;

        Kind(double score) {
            this.score = score;
        }

        public double score() {
            return score;
        }
    }

    /** Compares a query date of birth with a stored one. */
    public static DateMatch compare(PartialDate query, PartialDate stored) {
        String pair = query + " vs " + stored;
        if (query.year() != stored.year()) {
            return of(Kind.CONFLICTING, pair + ": different years");
        }
        if (query.month() == null || stored.month() == null) {
            if (query.month() == null && stored.month() == null) {
                return of(Kind.EXACT, pair + ": same year");
            }
            return of(Kind.COMPATIBLE_PARTIAL_YEAR, pair + ": compatible, only the year is known on one side");
        }
        if (query.day() == null || stored.day() == null) {
            if (query.month().equals(stored.month())) {
                return query.day() == null && stored.day() == null
                        ? of(Kind.EXACT, pair + ": same year and month")
                        : of(Kind.COMPATIBLE_PARTIAL_MONTH, pair + ": compatible, the day is known on one side only");
            }
            return of(Kind.SAME_YEAR, pair + ": same year, different months");
        }
        if (query.month().equals(stored.month())) {
            return query.day().equals(stored.day())
                    ? of(Kind.EXACT, pair + ": same date")
                    : of(Kind.SAME_YEAR_MONTH, pair + ": same year and month, different days");
        }
        if (query.month().equals(stored.day()) && query.day().equals(stored.month())) {
            return of(Kind.DAY_MONTH_SWAPPED, pair + ": day and month swapped");
        }
        return of(Kind.SAME_YEAR, pair + ": same year, different months");
    }

    private static DateMatch of(Kind kind, String explanation) {
        return new DateMatch(kind, kind.score(), String.format(Locale.ROOT, "%.2f: %s (%s)", kind.score(), explanation,
                kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }

    /** Whether the dates can be the same person's date of birth (anything but CONFLICTING). */
    public boolean compatible() {
        return kind != Kind.CONFLICTING;
    }
}
