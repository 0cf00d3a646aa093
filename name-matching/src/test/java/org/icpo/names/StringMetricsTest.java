package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StringMetricsTest {

    @Test
    void jaroAndJaroWinklerGiveTheTextbookValues() {
        // Winkler (1990) / Wikipedia examples
        assertThat(StringMetrics.jaro("martha", "marhta")).isCloseTo(0.944, within(0.001));
        assertThat(StringMetrics.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
        assertThat(StringMetrics.jaroWinkler("dwayne", "duane")).isCloseTo(0.840, within(0.001));
        assertThat(StringMetrics.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
        assertThat(StringMetrics.jaro("crate", "trace")).isCloseTo(0.733, within(0.001));
    }

    @Test
    void jaroWinklerEdgeCases() {
        assertThat(StringMetrics.jaroWinkler("", "")).isEqualTo(1.0);
        assertThat(StringMetrics.jaroWinkler("abc", "")).isEqualTo(0.0);
        assertThat(StringMetrics.jaroWinkler("abc", "xyz")).isEqualTo(0.0);
        assertThat(StringMetrics.jaroWinkler("ivanov", "ivanov")).isEqualTo(1.0);
        assertThat(StringMetrics.jaroWinkler("ivanov", "ivanenko"))
                .isEqualTo(StringMetrics.jaroWinkler("ivanenko", "ivanov"));
    }

    @Test
    void damerauLevenshteinCountsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertThat(StringMetrics.damerauLevenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(StringMetrics.damerauLevenshtein("kowalski", "kowlaski")).isEqualTo(1);
        assertThat(StringMetrics.damerauLevenshtein("prokopchuk", "prokopchuck")).isEqualTo(1);
        assertThat(StringMetrics.damerauLevenshtein("hoffmann", "hofmann")).isEqualTo(1);
        assertThat(StringMetrics.damerauLevenshtein("nakamura", "nakamora")).isEqualTo(1);
        assertThat(StringMetrics.damerauLevenshtein("", "abc")).isEqualTo(3);
        assertThat(StringMetrics.damerauLevenshtein("abc", "")).isEqualTo(3);
        assertThat(StringMetrics.damerauLevenshtein("same", "same")).isZero();
    }

    @Test
    void damerauLevenshteinIsTheUnrestrictedDistance() {
        // optimal string alignment would say 3: it cannot edit "ac" again after transposing it
        assertThat(StringMetrics.damerauLevenshtein("ca", "abc")).isEqualTo(2);
        assertThat(StringMetrics.damerauLevenshtein("abc", "ca")).isEqualTo(2);
    }

    @Test
    void similarityIsOneMinusTheRelativeDistance() {
        assertThat(StringMetrics.damerauLevenshteinSimilarity("ivanov", "ivanof")).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(StringMetrics.damerauLevenshteinSimilarity("", "")).isEqualTo(1.0);
        assertThat(StringMetrics.damerauLevenshteinSimilarity("ab", "cd")).isEqualTo(0.0);
    }
}
