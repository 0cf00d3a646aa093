package org.icpo.names;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth known to the year, the month or the day: {@code 1961}, {@code 1961-05}, {@code 1961-05-17}.
 *
 * @param year  the year (1 to 9999)
 * @param month the month (1 to 12) or null when unknown
 * @param day   the day of the month or null when unknown (never known without the month)
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:([-/])(\\d{2})(?:\\2(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
            }
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} (ISO 8601) and the public notices API's
     * {@code YYYY/MM}, {@code YYYY/MM/DD}. One separator throughout; the date must exist.
     *
     * @throws IllegalArgumentException if the text is not one of these forms or not a real date
     */
    public static PartialDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no date");
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY/MM or YYYY/MM/DD): " + text);
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Integer day = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        try {
            return new PartialDate(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
    }

    /** Like {@link #parse} but empty for null, blank or invalid text. */
    public static Optional<PartialDate> tryParse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A full date written with its day where its month belongs ({@code 1961-17-05}, {@code 1961/17/05}: 17 May 1961), which
     * it can only mean: the second field is not a month (13 to 31) and, exchanged, the two make a real date. Empty for any
     * other text, including a date that {@link #parse} reads (there is then nothing to exchange).
     */
    public static Optional<PartialDate> tryParseDayMonthSwapped(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches() || m.group(4) == null) {
            return Optional.empty();
        }
        int written = Integer.parseInt(m.group(3));
        if (written < 13 || written > 31) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), Integer.valueOf(m.group(4)), written));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A full date. */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Whether day and month are known. */
    public boolean isFull() {
        return day != null;
    }

    /** The full date, if the day is known. */
    public Optional<LocalDate> toLocalDate() {
        return isFull() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** Earliest day this date can be (for SQL range conditions). */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Latest day this date can be (for SQL range conditions). */
    public LocalDate latest() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** ISO form: {@code 1961}, {@code 1961-05} or {@code 1961-05-17}. */
    @Override
    public String toString() {
        if (month == null) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        return day == null
                ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    /** Public notices API form: {@code 1961}, {@code 1961/05} or {@code 1961/05/17}. */
    public String toSlashForm() {
        return toString().replace('-', '/');
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
        return c != 0 ? c : Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
    }
}
