package org.icpo.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Scores a query name against a stored name in [0,1], tolerant of transliteration, spelling variants, typos,
 * swapped family name and forename, and missing middle names. Stateless and thread-safe.
 *
 * <h2>How a pair of names is scored</h2>
 * <ol>
 *   <li>Each query word is compared with each stored word ({@link #compare}): same ASCII form 1.00; same
 *       phonetic key (spelling variant) 0.97; same skeleton 0.93 (for two spellings that both write vowels, only
 *       if their vowel classes agree, so "Mario" is not "Maria" and "Omar" is not "Amer"); otherwise a string
 *       similarity {@code 0.5 * JaroWinkler + 0.5 * (1 - DamerauLevenshtein / length)} of the phonetic (or ASCII)
 *       forms, capped at {@value #FUZZY_CAP} so that a typo never outranks a recognized variant, and at
 *       {@value #FIRST_CONSONANT_DIFFERS_CAP} when the first letters are different consonants (typing errors rarely
 *       hit the first letter: Hernandez/Fernandez). The same stem with another final vowel is a feminine or derived
 *       form, another name, at most {@value #DERIVED_FORM_SCORE} (Karim/Karima, Volkov/Volkova, Mario/Maria).
 *       Against a script without vowels the skeleton edit distance is used instead.</li>
 *   <li>Words written together on one side and apart on the other are joined ("Abu Bakr" = "Abubakar").</li>
 *   <li>The words are paired one-to-one to maximize the total similarity, whatever their order and role.</li>
 *   <li>The name score is {@code 0.25 * mean + 0.75 * min} of the paired similarities: one clearly different
 *       word is enough to keep two people apart ("Ahmed Hassan" vs "Ahmed Hussein").</li>
 *   <li>Each word without a partner (a missing middle name) costs {@value #UNPAIRED_WORD_PENALTY}; if only
 *       one word could be paired while a side has more, the score is capped at {@value #SINGLE_WORD_CAP}: a
 *       single shared word never identifies a person. When the query's words all paired with forenames and the
 *       stored family name was left out, the score is capped at {@value #FAMILY_NAME_MISSING_CAP}. Family name and
 *       forename swapped costs {@value #ORDER_SWAP_PENALTY}.</li>
 * </ol>
 */
public final class NameMatcher {

    /**
     * Decision threshold, chosen once from the scoring rules above (not fitted to the labelled pairs): every
     * paired word must agree at least like a one-letter typo in a word of five or more letters, which scores
     * about 0.86 to 0.90 and gives a name score of at least 0.85 when the other words agree; a one-letter
     * difference in a four-letter word (about 0.80), or any word with two or more differences in a short
     * name, falls below. Up to three missing middle names on an otherwise exact name still pass.
     */
    public static final double MATCH_THRESHOLD = 0.85;

    /** Highest score of two words that only agree as strings (typos), below every recognized variant. */
    public static final double FUZZY_CAP = 0.90;
    /** Highest score of two words with the same stem and another final vowel ({@link MatchKind#DERIVED_FORM}). */
    public static final double DERIVED_FORM_SCORE = 0.70;
    /**
     * Highest score of two words whose first letters are different consonants of unrelated sounds: typing errors
     * rarely hit the first letter, names that differ there are other names (Hernandez/Fernandez, Walid/Khalid);
     * Christina/Kristina or Jamal/Gamal are not capped.
     */
    public static final double FIRST_CONSONANT_DIFFERS_CAP = 0.80;
    /** Cost of each word of one name that has no partner in the other. */
    public static final double UNPAIRED_WORD_PENALTY = 0.04;
    /** Cost of the family name and forename being given the other way round. */
    public static final double ORDER_SWAP_PENALTY = 0.01;
    /** Highest score when a single word could be paired while one side has more words. */
    public static final double SINGLE_WORD_CAP = 0.70;
    /**
     * Highest score when the query's words all paired with the stored forenames and the stored family name was left
     * out: "Mohammed Yousef" for ABDELRAHMAN Mohammed Yousef. Common forenames together are weak evidence: such a name
     * ranks below every name whose family name agrees, above a single shared word.
     */
    public static final double FAMILY_NAME_MISSING_CAP = 0.75;
    /** Weight of the weakest pair in the name score (the mean of all pairs gets the rest). */
    public static final double WEAKEST_PAIR_WEIGHT = 0.75;

    private static final int EXHAUSTIVE_ALIGNMENT_LIMIT = 7;

    private NameMatcher() {
    }

    /** Scores one spelling of a query name against one spelling of a stored name. */
    public static NameMatch score(NameForms query, NameForms stored) {
        return score(query, stored, NameMatcher::compare, NameMatcher::joined);
    }

    /**
     * Scores one query against many stored names, remembering word comparisons: {@link #compare} depends on the two
     * words only, and the candidates of a search share their common words (Maria, Ali, Ivanov...). Not thread-safe:
     * one per search.
     */
    public static final class Comparisons {
        /**
         * A memo key. The tokens of one search are mostly the same instances (the query's, and the stored spellings'
         * from the memo of words, {@link NameToken#of}), so equality is tried by identity first; the record's
         * generated equals went through method handles and was a tenth of a search's CPU.
         */
        private record Pair(NameToken query, NameToken stored) {

            @Override
            public boolean equals(Object o) {
                return o instanceof Pair p && (query == p.query || query.equals(p.query)) && (stored == p.stored || stored.equals(p.stored));
            }

            @Override
            public int hashCode() {
                return 31 * query.hashCode() + stored.hashCode();
            }
        }

        private final java.util.Map<Pair, TokenMatch> done = new java.util.HashMap<>();
        private final java.util.Map<Pair, NameToken> joins = new java.util.HashMap<>();

        /** The same as {@link NameMatcher#score(NameForms, NameForms)}. */
        public NameMatch score(NameForms query, NameForms stored) {
            return NameMatcher.score(query, stored, (q, s) -> done.computeIfAbsent(new Pair(q, s), p -> compare(p.query(), p.stored())),
                    (a, b) -> joins.computeIfAbsent(new Pair(a, b), p -> joined(p.query(), p.stored())));
        }
    }

    private static NameMatch score(NameForms query, NameForms stored, java.util.function.BiFunction<NameToken, NameToken, TokenMatch> compare,
                                   java.util.function.BinaryOperator<NameToken> join) {
        List<NameToken> q = new ArrayList<>(query.tokens());
        List<NameToken> s = new ArrayList<>(stored.tokens());
        joinSplitWords(q, s, join);
        joinSplitWords(s, q, join);
        return scoreTokens(q, s, compare);
    }

    /** Two adjacent words written together, in the role and script of the first. */
    private static NameToken joined(NameToken a, NameToken b) {
        return NameToken.of(a.ascii() + b.ascii(), a.role(), a.script());
    }

    /**
     * The best score over all spellings of the query (e.g. the original script and Latin spellings supplied by
     * the requester) and all stored spellings of the person.
     */
    public static NameMatch best(Collection<NameForms> querySpellings, Collection<NameForms> storedSpellings) {
        NameMatch best = null;
        for (NameForms q : querySpellings) {
            for (NameForms s : storedSpellings) {
                NameMatch m = score(q, s);
                if (best == null || m.score() > best.score()) {
                    best = m;
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no spellings to compare");
        }
        return best;
    }

    /** The best score over all spellings of two persons' names ({@link PersonName#forms()}). */
    public static NameMatch best(PersonName query, PersonName stored) {
        return best(query.forms(), stored.forms());
    }

    /** Compares two words. */
    public static TokenMatch compare(NameToken q, NameToken s) {
        MatchKind variant = variant(q, s);
        if (variant != null) {
            return new TokenMatch(q, s, variant, variant.fixedScore());
        }
        boolean vowelless = q.vowelless() || s.vowelless();
        int strong = Math.max(q.strongLength(), s.strongLength());
        if (vowelless) {
            int skeletonDistance = Phonetics.skeletonDistance(q.skeleton(), s.skeleton());
            double sim = strong == 0 ? 0.0 : FUZZY_CAP * (1.0 - (double) skeletonDistance / strong);
            sim = Math.max(0.0, sim);
            return new TokenMatch(q, s, skeletonDistance <= 1 ? MatchKind.TYPO : MatchKind.DIFFERENT, sim);
        }
        if (derivedForm(q.phonetic(), s.phonetic())) {
            double sim = Math.min(DERIVED_FORM_SCORE, fuzzy(q.phonetic(), s.phonetic(),
                    StringMetrics.damerauLevenshtein(q.phonetic(), s.phonetic())));
            return new TokenMatch(q, s, MatchKind.DERIVED_FORM, sim);
        }
        int distancePhonetic = StringMetrics.damerauLevenshtein(q.phonetic(), s.phonetic());
        double simPhonetic = fuzzy(q.phonetic(), s.phonetic(), distancePhonetic);
        int distanceAscii = distancePhonetic;
        double simAscii = simPhonetic;
        if (!q.ascii().equals(q.phonetic()) || !s.ascii().equals(s.phonetic())) {
            distanceAscii = StringMetrics.damerauLevenshtein(q.ascii(), s.ascii());
            simAscii = fuzzy(q.ascii(), s.ascii(), distanceAscii);
        }
        double sim = Math.min(FUZZY_CAP, Math.max(simPhonetic, simAscii));
        char first = q.phonetic().isEmpty() ? ' ' : q.phonetic().charAt(0);
        char otherFirst = s.phonetic().isEmpty() ? ' ' : s.phonetic().charAt(0);
        if (first != otherFirst && !Phonetics.isVowel(first) && !Phonetics.isVowel(otherFirst)
                && !closeInitials(first, otherFirst)) {
            sim = Math.min(sim, FIRST_CONSONANT_DIFFERS_CAP);
        }
        MatchKind kind = Math.min(distancePhonetic, distanceAscii) <= 2 ? MatchKind.TYPO : MatchKind.DIFFERENT;
        return new TokenMatch(q, s, kind, sim);
    }

    /** Initial consonants that spell close sounds: Christina/Kristina, Jamal/Gamal, Tsvetan/Zvetan, Pavel/Bavel. */
    private static final String[] CLOSE_INITIALS = {"hkg", "jgy", "sczx", "vfb", "pb", "dt"};

    private static boolean closeInitials(char a, char b) {
        for (String group : CLOSE_INITIALS) {
            if (group.indexOf(a) >= 0 && group.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two phonetic keys have the same stem (of two letters or more) and differ only in a final vowel
     * added ("karim"/"karima", "rashid"/"rashidi", "evgeni"/"evgenia") or changed between a and another vowel
     * ("mario"/"maria", "paulo"/"paula", "lewandowski"/"lewandowska"): feminine and derived forms.
     */
    static boolean derivedForm(String a, String b) {
        String stemA = stripFinalVowels(a);
        String stemB = stripFinalVowels(b);
        if (!stemA.equals(stemB) || stemA.length() < 2) {
            return false;
        }
        String endA = a.substring(stemA.length());
        String endB = b.substring(stemB.length());
        if (endA.equals(endB)) {
            return false;
        }
        if (endA.isEmpty() && endB.length() == 1 || endB.isEmpty() && endA.length() == 1) {
            return true;
        }
        if (endA.equals(endB + "a") || endB.equals(endA + "a")) {
            return true;
        }
        // the same ending but for its last vowel, a on one side ("mario"/"maria", "lewandowski"/"lewandowska")
        int n = endA.length();
        return n == endB.length() && endA.substring(0, n - 1).equals(endB.substring(0, n - 1))
                && (endA.charAt(n - 1) == 'a' || endB.charAt(n - 1) == 'a');
    }

    private static String stripFinalVowels(String s) {
        int end = s.length();
        while (end > 0 && Phonetics.isVowel(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * The kind of agreement if the two words are a recognized variant of each other (exact, transliteration,
     * spelling variant or skeleton), else null. Cheap: no string-distance computation beyond the skeletons.
     */
    static MatchKind variant(NameToken q, NameToken s) {
        if (q.ascii().equals(s.ascii())) {
            return q.script() == s.script() ? MatchKind.EXACT_ASCII : MatchKind.TRANSLITERATION;
        }
        boolean vowelless = q.vowelless() || s.vowelless();
        if (!vowelless && q.phonetic().equals(s.phonetic())) {
            return MatchKind.SPELLING_VARIANT;
        }
        if (Math.max(q.strongLength(), s.strongLength()) > 0
                && (vowelless || q.vowelPattern().equals(s.vowelPattern()))
                && Phonetics.skeletonDistance(q.skeleton(), s.skeleton()) == 0) {
            return MatchKind.SKELETON;
        }
        return null;
    }

    private static double fuzzy(String a, String b, int distance) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 0.0;
        }
        return 0.5 * StringMetrics.jaroWinkler(a, b) + 0.5 * (1.0 - (double) distance / max);
    }

    /**
     * Where two adjacent words of {@code side} in the same role, written together, are a word of
     * {@code other} ("Abu Bakr" / "Abubakar", "Min Jun" / "Minjun"), joins them.
     */
    private static void joinSplitWords(List<NameToken> side, List<NameToken> other, java.util.function.BinaryOperator<NameToken> join) {
        for (int i = 0; i + 1 < side.size(); i++) {
            NameToken a = side.get(i);
            NameToken b = side.get(i + 1);
            if (a.role() != b.role() || a.script() != b.script()) {
                continue;
            }
            int joinedLength = a.ascii().length() + b.ascii().length();
            if (other.stream().noneMatch(o -> Math.abs(o.ascii().length() - joinedLength) <= 3)) {
                continue;
            }
            NameToken joined = join.apply(a, b);
            for (NameToken o : other) {
                MatchKind kind = variant(joined, o);
                MatchKind kindA = variant(a, o);
                MatchKind kindB = variant(b, o);
                if (kind != null && (kindA == null || kind.compareTo(kindA) < 0)
                        && (kindB == null || kind.compareTo(kindB) < 0)) {
                    side.set(i, joined);
                    side.remove(i + 1);
                    break;
                }
            }
        }
    }

    private static NameMatch scoreTokens(List<NameToken> q, List<NameToken> s, java.util.function.BiFunction<NameToken, NameToken, TokenMatch> compare) {
        if (q.isEmpty() || s.isEmpty()) {
            return new NameMatch(0.0, List.of(), s, q, false, "0.00: nothing to compare");
        }
        boolean queryIsSmaller = q.size() <= s.size();
        List<NameToken> small = queryIsSmaller ? q : s;
        List<NameToken> large = queryIsSmaller ? s : q;
        TokenMatch[][] table = new TokenMatch[small.size()][large.size()];
        for (int i = 0; i < small.size(); i++) {
            for (int j = 0; j < large.size(); j++) {
                table[i][j] = queryIsSmaller ? compare.apply(small.get(i), large.get(j)) : compare.apply(large.get(j), small.get(i));
            }
        }
        int[] assignment = large.size() <= EXHAUSTIVE_ALIGNMENT_LIMIT ? bestAssignment(table) : greedyAssignment(table);

        List<TokenMatch> pairs = new ArrayList<>();
        boolean[] used = new boolean[large.size()];
        double sum = 0;
        double min = 1;
        for (int i = 0; i < small.size(); i++) {
            TokenMatch m = table[i][assignment[i]];
            used[assignment[i]] = true;
            pairs.add(m);
            sum += m.score();
            min = Math.min(min, m.score());
        }
        List<NameToken> unpaired = new ArrayList<>();
        for (int j = 0; j < large.size(); j++) {
            if (!used[j]) {
                unpaired.add(large.get(j));
            }
        }
        double mean = sum / pairs.size();
        double score = WEAKEST_PAIR_WEIGHT * min + (1 - WEAKEST_PAIR_WEIGHT) * mean;
        boolean capped = false;
        boolean familyMissing = false;
        if (!unpaired.isEmpty()) {
            if (pairs.size() == 1) {
                capped = score > SINGLE_WORD_CAP;
                score = Math.min(score, SINGLE_WORD_CAP);
            } else {
                score -= UNPAIRED_WORD_PENALTY * unpaired.size();
                familyMissing = queryIsSmaller && s.stream().anyMatch(t -> t.role() == NameToken.Role.FAMILY)
                        && s.stream().filter(t -> t.role() == NameToken.Role.FAMILY).allMatch(unpaired::contains);
            }
        }
        double beforeCap = score;
        boolean swapped = pairs.stream().anyMatch(TokenMatch::roleSwapped)
                && q.stream().anyMatch(t -> t.role() == NameToken.Role.FORENAME)
                && s.stream().anyMatch(t -> t.role() == NameToken.Role.FORENAME);
        if (swapped) {
            score -= ORDER_SWAP_PENALTY;
        }
        boolean familyCapped = familyMissing && score > FAMILY_NAME_MISSING_CAP;
        if (familyMissing) {
            score = Math.min(score, FAMILY_NAME_MISSING_CAP);
        }
        double finalScore = Math.max(0.0, Math.min(1.0, score));
        double unCapped = Math.max(0.0, Math.min(1.0, beforeCap - (swapped ? ORDER_SWAP_PENALTY : 0)));
        boolean wasCapped = capped;
        boolean noFamilyName = familyMissing;
        return new NameMatch(finalScore, pairs, queryIsSmaller ? unpaired : List.of(),
                queryIsSmaller ? List.of() : unpaired, swapped, noFamilyName, unCapped,
                () -> explain(finalScore, pairs, unpaired, wasCapped, queryIsSmaller, swapped, noFamilyName && familyCapped));
    }

    /** The explanation of a score, written only when it is shown. */
    private static String explain(double score, List<TokenMatch> pairs, List<NameToken> unpaired, boolean capped, boolean queryIsSmaller,
                                  boolean swapped, boolean familyCapped) {
        StringBuilder why = new StringBuilder();
        for (TokenMatch m : pairs) {
            why.append(why.length() == 0 ? "" : "; ").append(m);
        }
        if (!unpaired.isEmpty()) {
            if (pairs.size() == 1) {
                why.append("; only one word compared, ").append(unpaired.size()).append(" unpaired")
                        .append(capped ? " (capped at " + TokenMatch.twoDecimals(SINGLE_WORD_CAP) + ")" : "");
            }
            why.append("; ").append(queryIsSmaller ? "missing in query" : "extra in query").append(": ");
            why.append(String.join(" ", unpaired.stream().map(NameToken::ascii).toList()));
            if (pairs.size() > 1) {
                why.append(" (-").append(TokenMatch.twoDecimals(UNPAIRED_WORD_PENALTY * unpaired.size())).append(')');
            }
        }
        if (swapped) {
            why.append("; family name and forename swapped (-").append(TokenMatch.twoDecimals(ORDER_SWAP_PENALTY)).append(')');
        }
        if (familyCapped) {
            why.append("; no family name in the query (capped at ").append(TokenMatch.twoDecimals(FAMILY_NAME_MISSING_CAP)).append(')');
        }
        return TokenMatch.twoDecimals(score) + ": " + why;
    }

    /** The one-to-one pairing of rows to columns with the highest total score (rows <= columns). */
    private static int[] bestAssignment(TokenMatch[][] table) {
        int rows = table.length;
        int[] best = new int[rows];
        int[] current = new int[rows];
        double[] bestTotal = {-1};
        search(table, 0, new boolean[table[0].length], current, 0.0, best, bestTotal);
        return best;
    }

    private static void search(TokenMatch[][] table, int row, boolean[] used, int[] current, double total,
                               int[] best, double[] bestTotal) {
        if (row == table.length) {
            if (total > bestTotal[0]) {
                bestTotal[0] = total;
                System.arraycopy(current, 0, best, 0, current.length);
            }
            return;
        }
        for (int col = 0; col < used.length; col++) {
            if (!used[col]) {
                used[col] = true;
                current[row] = col;
                search(table, row + 1, used, current, total + table[row][col].score(), best, bestTotal);
                used[col] = false;
            }
        }
    }

    private static int[] greedyAssignment(TokenMatch[][] table) {
        int rows = table.length;
        int cols = table[0].length;
        int[] assignment = new int[rows];
        boolean[] rowDone = new boolean[rows];
        boolean[] colUsed = new boolean[cols];
        for (int k = 0; k < rows; k++) {
            int bestRow = -1;
            int bestCol = -1;
            double bestScore = -1;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    if (!rowDone[i] && !colUsed[j] && table[i][j].score() > bestScore) {
                        bestScore = table[i][j].score();
                        bestRow = i;
                        bestCol = j;
                    }
                }
            }
            rowDone[bestRow] = true;
            colUsed[bestCol] = true;
            assignment[bestRow] = bestCol;
        }
        return assignment;
    }
}
