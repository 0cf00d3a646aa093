package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateMatchTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
            "1961-05-17, 1961-05-17, EXACT",
            "1961/05/17, 1961-05-17, EXACT",
            "1961-05, 1961-05, EXACT",
            "1961, 1961, EXACT",
            "1961-05-07, 1961-07-05, DAY_MONTH_SWAPPED",
            "1961-05-17, 1961-05, COMPATIBLE_PARTIAL_MONTH",
            "1961-05, 1961-05-17, COMPATIBLE_PARTIAL_MONTH",
            "1961, 1961-05-17, COMPATIBLE_PARTIAL_YEAR",
            "1961-05-17, 1961, COMPATIBLE_PARTIAL_YEAR",
            "1961-05-17, 1961-05-18, SAME_YEAR_MONTH",
            "1961-05-17, 1961-06-17, SAME_YEAR",
            "1961-05-07, 1961-07-06, SAME_YEAR",
            "1961-05, 1961-06, SAME_YEAR",
            "1961-05, 1961-06-05, SAME_YEAR",
            "1961-05-17, 1962-05-17, CONFLICTING",
            "1961, 1962, CONFLICTING"})
    void comparesDatesOfBirth(String query, String stored, DateMatch.Kind expected) {
        DateMatch m = DateMatch.compare(PartialDate.parse(query), PartialDate.parse(stored));
        assertThat(m.kind()).isEqualTo(expected);
        assertThat(m.score()).isEqualTo(expected.score());
        assertThat(m.compatible()).isEqualTo(expected != DateMatch.Kind.CONFLICTING);
        assertThat(m.explanation()).contains(PartialDate.parse(query).toString())
                .contains(expected.name().toLowerCase().replace('_', ' '));
    }

    @ParameterizedTest
    @CsvSource({"1961-05-17, 1961-05-17", "1961-05-07, 1961-07-05", "1961, 1961-05-17", "1961-05-17, 1962-05-17"})
    void theComparisonIsSymmetric(String a, String b) {
        assertThat(DateMatch.compare(PartialDate.parse(a), PartialDate.parse(b)).kind())
                .isEqualTo(DateMatch.compare(PartialDate.parse(b), PartialDate.parse(a)).kind());
    }

    @ParameterizedTest
    @CsvSource({"1961-05-05, 1961-05-05, EXACT", "1961-05-05, 1961-06-06, SAME_YEAR"})
    void equalDayAndMonthIsNotASwap(String a, String b, DateMatch.Kind expected) {
        assertThat(DateMatch.compare(PartialDate.parse(a), PartialDate.parse(b)).kind()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void scoresAreOrderedByStrength() {
        DateMatch.Kind[] kinds = DateMatch.Kind.values();
        for (int i = 1; i < kinds.length; i++) {
            assertThat(kinds[i].score()).isLessThanOrEqualTo(kinds[i - 1].score());
        }
    }
}
