package org.icpo.kit.time;

import org.icpo.kit.problem.ApiException;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.YEAR;

/**
 * The one form of a date in the API, in request bodies and in query and path parameters alike: an ISO 8601 calendar
 * date {@code YYYY-MM-DD} with a four-digit year from 0001 to 9999, as in 2024-01-31. {@link LocalDate#parse} also
 * reads ISO 8601's expanded years ({@code +999999999-12-01}): the services' date arithmetic then overflows
 * ({@link java.time.DateTimeException}) and PostgreSQL's date type cannot store them (SQL state 22008), both 500s; a
 * date of this form is refused at the door with a 400 naming the field or parameter and this form.
 */
public final class IsoDates {

    /** The accepted form, as a refusal names it: "'x' is not an " + {@code FORM}, "expected " + {@code FORM}. */
    public static final String FORM = "ISO-8601 date (YYYY-MM-DD, year 0001 to 9999)";

    /** The first and the last day of the form. */
    public static final LocalDate MIN = LocalDate.of(1, 1, 1);
    public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    /** Exactly four ASCII digits of year, no sign; two of month, two of day; a date that exists (no 2023-02-29). */
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendValue(YEAR, 4)
            .appendLiteral('-')
            .appendValue(MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDates() {
    }

    /**
     * The date {@code text} spells, as is (no trimming).
     *
     * @throws DateTimeParseException if it is not of the form {@code YYYY-MM-DD} with a year from 0001 to 9999, or not a
     *                                day of the calendar
     */
    public static LocalDate parse(CharSequence text) {
        LocalDate date = FORMAT.parse(text, LocalDate::from);
        if (date.isBefore(MIN)) {
            throw new DateTimeParseException("Year 0000 is outside 0001 to 9999", text, 0);
        }
        return date;
    }

    /** Whether the date can be written in the form (a year from 0001 to 9999). */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /** The message of a violation: "'+999999999-12-01' is not an ISO-8601 date (YYYY-MM-DD, year 0001 to 9999)". */
    public static String notADate(String value) {
        return "'" + value + "' is not an " + FORM;
    }

    /**
     * The date of a query, path, header or form parameter: null if absent or blank, else {@link #parse} of the trimmed
     * value.
     *
     * @throws ApiException a 400 validation problem naming the parameter and the accepted form
     */
    public static LocalDate parameter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, notADate(value));
        }
    }
}
