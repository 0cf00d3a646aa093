package org.icpo.names;

import java.util.List;
import java.util.function.Supplier;

/** The result of comparing a query name with a stored name. Immutable. */
public final class NameMatch {

    private final double score;
    private final List<TokenMatch> pairs;
    private final List<NameToken> missingInQuery;
    private final List<NameToken> extraInQuery;
    private final boolean orderSwapped;
    private final boolean familyNameMissing;
    private final double scoreBeforeCap;
    private final Supplier<String> explain;
    private volatile String explanation;

    public NameMatch(double score, List<TokenMatch> pairs, List<NameToken> missingInQuery,
                     List<NameToken> extraInQuery, boolean orderSwapped, String explanation) {
        this(score, pairs, missingInQuery, extraInQuery, orderSwapped, false, score, () -> explanation);
    }

    /** With the explanation written when first asked for: most scorings of a search are never shown. */
    NameMatch(double score, List<TokenMatch> pairs, List<NameToken> missingInQuery, List<NameToken> extraInQuery,
              boolean orderSwapped, boolean familyNameMissing, double scoreBeforeCap, Supplier<String> explain) {
        this.score = score;
        this.familyNameMissing = familyNameMissing;
        this.scoreBeforeCap = scoreBeforeCap;
        this.pairs = List.copyOf(pairs);
        this.missingInQuery = List.copyOf(missingInQuery);
        this.extraInQuery = List.copyOf(extraInQuery);
        this.orderSwapped = orderSwapped;
        this.explain = explain;
    }

    /** Similarity in [0,1]; compare with {@link NameMatcher#MATCH_THRESHOLD}. */
    public double score() {
        return score;
    }

    /** The word pairings that were scored, best alignment of the two names. */
    public List<TokenMatch> pairs() {
        return pairs;
    }

    /** Stored words that no query word was paired with (e.g. a middle name left out). */
    public List<NameToken> missingInQuery() {
        return missingInQuery;
    }

    /** Query words that no stored word was paired with. */
    public List<NameToken> extraInQuery() {
        return extraInQuery;
    }

    /** Whether family name and forename were given the other way round. */
    public boolean orderSwapped() {
        return orderSwapped;
    }

    /** Whether the query named forenames only: every word of the stored family name is {@linkplain #missingInQuery missing}. */
    public boolean familyNameMissing() {
        return familyNameMissing;
    }

    /**
     * Whether the words that were compared agree as a match's do, the query naming forenames only: the name is the
     * person's as far as it goes, though {@link #score} is capped at {@link NameMatcher#FAMILY_NAME_MISSING_CAP}.
     */
    public boolean forenamesMatch() {
        return familyNameMissing && scoreBeforeCap >= NameMatcher.MATCH_THRESHOLD;
    }

    /** One human-readable line saying what matched. */
    public String explanation() {
        String e = explanation;
        if (e == null) {
            e = explain.get();
            explanation = e;
        }
        return e;
    }

    /** Whether the score reaches {@link NameMatcher#MATCH_THRESHOLD}. */
    public boolean isMatch() {
        return score >= NameMatcher.MATCH_THRESHOLD;
    }

    /** The weakest kind of agreement among the pairings (DIFFERENT if nothing was paired). */
    public MatchKind weakestKind() {
        return pairs.stream().map(TokenMatch::kind).max(Enum::compareTo).orElse(MatchKind.DIFFERENT);
    }

    @Override
    public String toString() {
        return explanation();
    }
}
