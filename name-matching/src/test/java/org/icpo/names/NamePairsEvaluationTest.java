package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link NameMatcher} over the labelled pairs with the fixed {@link NameMatcher#MATCH_THRESHOLD}, prints
 * recall, precision, F1, per-category figures and every misclassified pair, and fails below recall 0.95 or
 * precision 0.90.
 */
class NamePairsEvaluationTest {

    static final double REQUIRED_RECALL = 0.95;
    static final double REQUIRED_PRECISION = 0.90;
    static final Set<String> CATEGORIES = Set.of("cyrillic-latin", "arabic-latin", "greek-latin", "latin-variant",
            "typo", "swapped-order", "missing-middle", "different-person");

    @Test
    void theDataSetIsLargeAndBalancedEnough() {
        List<NamePairs.Pair> pairs = NamePairs.load();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(240);
        assertThat(pairs).extracting(NamePairs.Pair::category).allMatch(CATEGORIES::contains);
        assertThat(pairs.stream().map(NamePairs.Pair::category).distinct()).containsExactlyInAnyOrderElementsOf(CATEGORIES);
        long negatives = pairs.stream().filter(p -> !p.same()).count();
        assertThat(negatives * 3).isGreaterThanOrEqualTo(pairs.size());
        assertThat(pairs).filteredOn(p -> p.category().equals("different-person")).allMatch(p -> !p.same());
        assertThat(pairs).filteredOn(p -> !p.category().equals("different-person")).allMatch(NamePairs.Pair::same);
    }

    @Test
    void recallAndPrecisionMeetTheTarget() {
        List<NamePairs.Pair> pairs = NamePairs.load();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> misclassified = new ArrayList<>();
        List<double[]> scored = new ArrayList<>();
        for (NamePairs.Pair p : pairs) {
            NameMatch m = NameMatcher.score(NameForms.of(p.queryFamily(), p.queryForenames()),
                    NameForms.of(p.storedFamily(), p.storedForenames()));
            scored.add(new double[] {m.score(), p.same() ? 1 : 0});
            boolean predicted = m.score() >= NameMatcher.MATCH_THRESHOLD;
            int[] c = perCategory.computeIfAbsent(p.category(), k -> new int[2]);
            c[1]++;
            if (predicted == p.same()) {
                c[0]++;
            }
            if (predicted && p.same()) {
                tp++;
            } else if (predicted) {
                fp++;
                misclassified.add("FALSE MATCH   " + p.describe() + "\n                " + m.explanation());
            } else if (p.same()) {
                fn++;
                misclassified.add("MISSED MATCH  " + p.describe() + "\n                " + m.explanation());
            } else {
                tn++;
            }
        }
        double recall = tp / (double) (tp + fn);
        double precision = tp / (double) (tp + fp);
        double f1 = 2 * precision * recall / (precision + recall);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT,
                "%nName matching on %d labelled pairs, threshold %.2f%n"
                        + "  recall %.3f  precision %.3f  F1 %.3f  (TP %d, FP %d, FN %d, TN %d)%n",
                pairs.size(), NameMatcher.MATCH_THRESHOLD, recall, precision, f1, tp, fp, fn, tn));
        perCategory.forEach((category, c) -> report.append(String.format(Locale.ROOT, "  %-17s %3d/%3d %s %.3f%n",
                category, c[0], c[1], category.equals("different-person") ? "kept apart" : "recall    ",
                c[0] / (double) c[1])));
        report.append("For information only (the threshold is a constant, not chosen here): at other thresholds")
                .append(System.lineSeparator());
        for (double t : new double[] {0.75, 0.80, 0.85, 0.88, 0.90, 0.93}) {
            long truePositives = scored.stream().filter(x -> x[0] >= t && x[1] == 1).count();
            long predictedPositives = scored.stream().filter(x -> x[0] >= t).count();
            long positives = scored.stream().filter(x -> x[1] == 1).count();
            report.append(String.format(Locale.ROOT, "  %.2f: recall %.3f precision %.3f%n", t,
                    truePositives / (double) positives,
                    predictedPositives == 0 ? 1.0 : truePositives / (double) predictedPositives));
        }
        report.append(String.format("Misclassified (%d):%n", misclassified.size()));
        misclassified.forEach(s -> report.append("  ").append(s).append(System.lineSeparator()));
        System.out.println(report);

        assertThat(recall).as("recall%s", report).isGreaterThanOrEqualTo(REQUIRED_RECALL);
        assertThat(precision).as("precision%s", report).isGreaterThanOrEqualTo(REQUIRED_PRECISION);
    }
}
