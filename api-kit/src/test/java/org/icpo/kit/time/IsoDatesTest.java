package org.icpo.kit.time;

import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.Problem;
import org.icpo.kit.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoDatesTest {

    @Test
    void readsFourDigitYearsFromFirstToLastDay() {
        assertThat(IsoDates.parse("2024-01-31")).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDates.parse("0001-01-01")).isEqualTo(IsoDates.MIN);
        assertThat(IsoDates.parse("9999-12-31")).isEqualTo(IsoDates.MAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-01", "+99999999-01-01", "-999999999-01-01", "+2024-01-31", "-0001-01-01",
            "10000-01-01", "0000-01-01", "999-01-01", "2024-1-31", "2024-01-1", "2023-02-29", "2024-13-01", "2024-04-31",
            "2024-01-31T00:00", "20240131", " 2024-01-31", "2024-01-31 ", "２０２４-01-31", "", "2024/01/31", "yesterday"})
    void refusesEverythingElse(String text) {
        assertThatThrownBy(() -> IsoDates.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aParameterIsTrimmedAndRefusedWithItsNameAndTheAcceptedForm() {
        assertThat(IsoDates.parameter("asOf", " 2024-01-31 ")).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(IsoDates.parameter("asOf", null)).isNull();
        assertThat(IsoDates.parameter("asOf", " ")).isNull();
        assertThatThrownBy(() -> IsoDates.parameter("asOf", "+99999999-01-01"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(e.violations()).containsExactly(new Problem.Violation("asOf",
                            "'+99999999-01-01' is not an ISO-8601 date (YYYY-MM-DD, year 0001 to 9999)"));
                    assertThat(e.getMessage()).startsWith("asOf: ");
                });
    }

    @Test
    void inRangeIsTheRangeOfTheForm() {
        assertThat(IsoDates.inRange(LocalDate.of(1, 1, 1))).isTrue();
        assertThat(IsoDates.inRange(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(IsoDates.inRange(LocalDate.of(0, 12, 31))).isFalse();
        assertThat(IsoDates.inRange(LocalDate.of(10000, 1, 1))).isFalse();
        assertThat(IsoDates.inRange(LocalDate.MAX)).isFalse();
    }
}
