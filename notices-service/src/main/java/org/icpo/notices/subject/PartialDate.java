package org.icpo.notices.subject;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known fully or in part: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (dates of birth
 * are often only partly known).
 */
public record PartialDate(int year, Integer month, Integer day) {

    public static final String PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    public static final String MESSAGE = "must be YYYY, YYYY-MM or YYYY-MM-DD";
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 01 to 12");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + e.getMessage());
            }
        }
    }

    /** Parses the text form; an IllegalArgumentException says what is wrong. */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(MESSAGE);
        }
        return new PartialDate(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.parseInt(m.group(2)),
                m.group(3) == null ? null : Integer.parseInt(m.group(3)));
    }

    /** The earliest day the date can denote. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    public boolean full() {
        return day != null;
    }

    @Override
    public String toString() {
        return format(year, month, day, '-');
    }

    /**
     * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} with the given separator; a day without a month is left out.
     * Without {@code String.format}: search results and public lists print many dates.
     */
    public static String format(int year, Integer month, Integer day, char separator) {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month != null) {
            pad(sb.append(separator), month, 2);
            if (day != null) {
                pad(sb.append(separator), day, 2);
            }
        }
        return sb.toString();
    }

    /** Zero-padded, as {@code %04d} / {@code %02d}. */
    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}
