package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks the database side of the design without a database: the candidate condition recommended for
 * notices-service ({@code name_ascii % :asciiFull OR name_skeleton % :skeletonKey}, pg_trgm's default similarity
 * threshold 0.3) must find the stored name of every labelled "same person" pair, or the matcher never sees it.
 * pg_trgm's {@code similarity()} is re-implemented here as PostgreSQL documents it.
 */
class CandidateConditionsTest {

    /** pg_trgm's default {@code pg_trgm.similarity_threshold}. */
    static final double PG_TRGM_DEFAULT_THRESHOLD = 0.3;

    @Test
    void pgTrgmSimilarityAsPostgresComputesIt() {
        // SELECT similarity('word', 'two words') = 0.36363637 (PostgreSQL documentation example)
        assertThat(similarity("word", "two words")).isCloseTo(0.363636, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(trigrams("cat")).containsExactlyInAnyOrder("  c", " ca", "cat", "at ");
        assertThat(similarity("abc", "abc")).isEqualTo(1.0);
    }

    @Test
    void theCandidateConditionFindsEverySamePersonPair() {
        List<NamePairs.Pair> pairs = NamePairs.load();
        int same = 0;
        int found = 0;
        int foundNegatives = 0;
        int negatives = 0;
        List<String> lost = new ArrayList<>();
        for (NamePairs.Pair p : pairs) {
            NameForms q = NameForms.of(p.queryFamily(), p.queryForenames());
            NameForms s = NameForms.of(p.storedFamily(), p.storedForenames());
            boolean candidate = similarity(q.asciiFull(), s.asciiFull()) >= PG_TRGM_DEFAULT_THRESHOLD
                    || similarity(q.skeletonKey(), s.skeletonKey()) >= PG_TRGM_DEFAULT_THRESHOLD;
            if (p.same()) {
                same++;
                if (candidate) {
                    found++;
                } else {
                    lost.add(p.describe() + String.format(Locale.ROOT, "  ascii %.2f skeleton %.2f",
                            similarity(q.asciiFull(), s.asciiFull()), similarity(q.skeletonKey(), s.skeletonKey())));
                }
            } else {
                negatives++;
                if (candidate) {
                    foundNegatives++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nCandidate condition (pg_trgm %% at %.1f on name_ascii or name_skeleton): "
                        + "finds %d/%d same-person pairs (%.3f); also returns %d/%d different-person pairs for scoring%n",
                PG_TRGM_DEFAULT_THRESHOLD, found, same, found / (double) same, foundNegatives, negatives);
        lost.forEach(l -> System.out.println("  not a candidate: " + l));
        assertThat(found / (double) same).as("candidate recall, lost: %s", lost).isGreaterThanOrEqualTo(0.98);
    }

    /** pg_trgm similarity: shared trigrams over all distinct trigrams of the two strings. */
    static double similarity(String a, String b) {
        Set<String> ta = trigrams(a);
        Set<String> tb = trigrams(b);
        if (ta.isEmpty() && tb.isEmpty()) {
            return 0.0;
        }
        Set<String> common = new HashSet<>(ta);
        common.retainAll(tb);
        return common.size() / (double) (ta.size() + tb.size() - common.size());
    }

    /**
     * pg_trgm trigrams: the string is split into words of alphanumeric characters, lower-cased, each word padded
     * with two spaces before and one after, and every three consecutive characters taken, without duplicates.
     */
    static Set<String> trigrams(String text) {
        Set<String> out = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                out.add(padded.substring(i, i + 3));
            }
        }
        return out;
    }
}
