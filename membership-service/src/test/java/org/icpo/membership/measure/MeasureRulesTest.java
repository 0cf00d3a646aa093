package org.icpo.membership.measure;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureRulesTest {

    @Test
    void aMeasureNotLiftedOverlapsAnyNewOne() {
        assertThat(MeasureRules.overlaps(null, LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void aLiftedMeasureOverlapsOnlyNewOnesStartingBeforeItWasLifted() {
        LocalDate lifted = LocalDate.of(2021, 9, 1);
        assertThat(MeasureRules.overlaps(lifted, LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(MeasureRules.overlaps(lifted, LocalDate.of(2021, 8, 31))).isTrue();
        assertThat(MeasureRules.overlaps(lifted, LocalDate.of(2021, 9, 1))).isFalse();
        assertThat(MeasureRules.overlaps(lifted, LocalDate.of(2024, 1, 1))).isFalse();
    }
}
