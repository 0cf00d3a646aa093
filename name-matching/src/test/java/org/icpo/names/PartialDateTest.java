package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
            "1961, 1961",
            "1961-05, 1961-05",
            "1961-05-17, 1961-05-17",
            "1961/05/17, 1961-05-17",
            "1961/05, 1961-05",
            "2000-02-29, 2000-02-29",
            "' 1961-05-17 ', 1961-05-17"})
    void parsesIsoAndPublicApiForms(String text, String iso) {
        assertThat(PartialDate.parse(text).toString()).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "61", "1961-5-7", "1961-13", "1961-00", "1961-02-30", "1900-02-29", "1961/05-17",
            "1961-05/17", "17/05/1961", "1961-05-17T00:00", "abcd", "0000"})
    void rejectsEverythingElse(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PartialDate.tryParse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "1961-17-05, 1961-05-17",
            "1961/31/12, 1961-12-31",
            "2000-29-02, 2000-02-29"})
    void aDayWrittenWhereTheMonthBelongsIsReadAsTheOnlyDateItCanMean(String text, String iso) {
        assertThat(PartialDate.tryParse(text)).isEmpty();
        assertThat(PartialDate.tryParseDayMonthSwapped(text)).map(PartialDate::toString).contains(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1961-05-17", "1961-12-05", "1961-17", "1961-32-05", "1961-17-13", "1961-30-02", "1900-29-02",
            "1961-17/05", "17-05-1961", "", "abcd"})
    void nothingElseIsReadAsExchanged(String text) {
        assertThat(PartialDate.tryParseDayMonthSwapped(text)).isEmpty();
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PartialDate.tryParse(null)).isEmpty();
        assertThat(PartialDate.tryParseDayMonthSwapped(null)).isEmpty();
    }

    @Test
    void aDayNeedsAMonth() {
        assertThatThrownBy(() -> new PartialDate(1961, null, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rangesAndForms() {
        PartialDate year = PartialDate.parse("1961");
        assertThat(year.earliest()).isEqualTo(LocalDate.of(1961, 1, 1));
        assertThat(year.latest()).isEqualTo(LocalDate.of(1961, 12, 31));
        PartialDate february = PartialDate.parse("2000/02");
        assertThat(february.latest()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(february.toSlashForm()).isEqualTo("2000/02");
        PartialDate full = PartialDate.of(LocalDate.of(1961, 5, 17));
        assertThat(full.isFull()).isTrue();
        assertThat(full.toLocalDate()).contains(LocalDate.of(1961, 5, 17));
        assertThat(year.toLocalDate()).isEmpty();
        assertThat(full.earliest()).isEqualTo(full.latest());
        assertThat(year.compareTo(full)).isNegative();
    }
}
