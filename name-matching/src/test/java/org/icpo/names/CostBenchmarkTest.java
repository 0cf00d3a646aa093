package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Micro-benchmark in the form of a test: prints what normalizing a name and scoring a pair cost on this machine.
 * It asserts nothing about time (shared CI machines vary); it only checks that work was done.
 */
class CostBenchmarkTest {

    private static final int WARM_UP_ROUNDS = 60;
    private static final int MEASURED_ROUNDS = 40;

    @Test
    void printsNormalizationAndScoringCost() {
        List<NamePairs.Pair> pairs = NamePairs.load();
        List<String[]> names = new ArrayList<>();
        for (NamePairs.Pair p : pairs) {
            names.add(new String[] {p.queryFamily(), p.queryForenames()});
            names.add(new String[] {p.storedFamily(), p.storedForenames()});
        }
        long checksum = 0;
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            checksum += normalizeAll(names);
        }
        long start = System.nanoTime();
        for (int r = 0; r < MEASURED_ROUNDS; r++) {
            checksum += normalizeAll(names);
        }
        double normalizeMicros = (System.nanoTime() - start) / 1000.0 / (MEASURED_ROUNDS * (double) names.size());

        List<NameForms[]> forms = new ArrayList<>();
        for (NamePairs.Pair p : pairs) {
            forms.add(new NameForms[] {NameForms.of(p.queryFamily(), p.queryForenames()),
                    NameForms.of(p.storedFamily(), p.storedForenames())});
        }
        double sum = 0;
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            sum += scoreAll(forms);
        }
        start = System.nanoTime();
        for (int r = 0; r < MEASURED_ROUNDS; r++) {
            sum += scoreAll(forms);
        }
        double scoreMicros = (System.nanoTime() - start) / 1000.0 / (MEASURED_ROUNDS * (double) forms.size());

        System.out.printf(Locale.ROOT, "%nCost on this machine (%d names, %d pairs, %d measured rounds after %d warm-up):%n"
                        + "  normalization  %.1f µs per name (NameForms.of: transliteration, folding, keys)%n"
                        + "  scoring        %.1f µs per pair (NameMatcher.score on precomputed forms)%n",
                names.size(), forms.size(), MEASURED_ROUNDS, WARM_UP_ROUNDS, normalizeMicros, scoreMicros);
        // per script of the name (Latin names skip the ICU transliteration to Latin)
        java.util.Map<Script, List<String[]>> byScript = new java.util.TreeMap<>();
        for (String[] name : names) {
            byScript.computeIfAbsent(NameForms.of(name[0], name[1]).script(), k -> new ArrayList<>()).add(name);
        }
        byScript.forEach((script, group) -> {
            long t0 = System.nanoTime();
            long c = 0;
            for (int r = 0; r < MEASURED_ROUNDS; r++) {
                c += normalizeAll(group);
            }
            double micros = (System.nanoTime() - t0) / 1000.0 / (MEASURED_ROUNDS * (double) group.size());
            System.out.printf(Locale.ROOT, "  normalization  %.1f µs per %s name (%d names)%n",
                    micros, script.name().toLowerCase(Locale.ROOT), group.size());
            assertThat(c).isPositive();
        });
        assertThat(checksum).isPositive();
        assertThat(sum).isPositive();
    }

    private static long normalizeAll(List<String[]> names) {
        long n = 0;
        for (String[] name : names) {
            n += NameForms.of(name[0], name[1]).asciiFull().length();
        }
        return n;
    }

    private static double scoreAll(List<NameForms[]> forms) {
        double s = 0;
        for (NameForms[] f : forms) {
            s += NameMatcher.score(f[0], f[1]).score();
        }
        return s;
    }
}
