package org.icpo.names;

import java.util.HashMap;
import java.util.Map;

/**
 * String similarity metrics, implemented here so that the module depends on ICU4J only.
 * All methods are pure and thread-safe; they compare UTF-16 code units (the inputs of this module are
 * ASCII keys).
 */
public final class StringMetrics {

    /** Prefix scale of Jaro-Winkler (Winkler's standard value). */
    public static final double WINKLER_PREFIX_SCALE = 0.1;
    /** Longest common prefix that Jaro-Winkler rewards (Winkler's standard value). */
    public static final int WINKLER_MAX_PREFIX = 4;

    private StringMetrics() {
    }

    /** Jaro similarity in [0,1]; 1 for two empty strings. */
    public static double jaro(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedA = new boolean[la];
        boolean[] matchedB = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (matchedA[i]) {
                while (!matchedB[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    halfTranspositions++;
                }
                k++;
            }
        }
        double m = matches;
        return (m / la + m / lb + (m - halfTranspositions / 2.0) / m) / 3.0;
    }

    /** Jaro-Winkler similarity in [0,1] (prefix scale 0.1, prefix up to 4 characters). */
    public static double jaroWinkler(String a, String b) {
        double jaro = jaro(a, b);
        int prefix = 0;
        int max = Math.min(WINKLER_MAX_PREFIX, Math.min(a.length(), b.length()));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * WINKLER_PREFIX_SCALE * (1.0 - jaro);
    }

    /**
     * Damerau-Levenshtein distance (insertions, deletions, substitutions and transpositions of adjacent
     * characters, each costing 1), in its unrestricted form (Lowrance-Wagner): a substring may be edited
     * after a transposition, so {@code distance("ca", "abc") == 2}.
     */
    public static int damerauLevenshtein(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0) {
            return lb;
        }
        if (lb == 0) {
            return la;
        }
        int infinity = la + lb;
        int[][] d = new int[la + 2][lb + 2];
        d[0][0] = infinity;
        for (int i = 0; i <= la; i++) {
            d[i + 1][0] = infinity;
            d[i + 1][1] = i;
        }
        for (int j = 0; j <= lb; j++) {
            d[0][j + 1] = infinity;
            d[1][j + 1] = j;
        }
        // last row where each character occurred; ASCII in an array, anything else in a map
        int[] lastRowOfAscii = new int[128];
        Map<Character, Integer> lastRowOfOther = null;
        for (int i = 1; i <= la; i++) {
            int lastMatchingColumn = 0;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                int i1 = cb < 128 ? lastRowOfAscii[cb]
                        : lastRowOfOther == null ? 0 : lastRowOfOther.getOrDefault(cb, 0);
                int j1 = lastMatchingColumn;
                int cost = ca == cb ? 0 : 1;
                if (cost == 0) {
                    lastMatchingColumn = j;
                }
                d[i + 1][j + 1] = min(
                        d[i][j] + cost,
                        d[i + 1][j] + 1,
                        d[i][j + 1] + 1,
                        d[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1));
            }
            if (ca < 128) {
                lastRowOfAscii[ca] = i;
            } else {
                if (lastRowOfOther == null) {
                    lastRowOfOther = new HashMap<>();
                }
                lastRowOfOther.put(ca, i);
            }
        }
        return d[la + 1][lb + 1];
    }

    /** {@code 1 - damerauLevenshtein / max(length)}, in [0,1]; 1 for two empty strings. */
    public static double damerauLevenshteinSimilarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) damerauLevenshtein(a, b) / max;
    }

    private static int min(int a, int b, int c, int d) {
        return Math.min(Math.min(a, b), Math.min(c, d));
    }
}
