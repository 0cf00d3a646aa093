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
    private final Supplier<String> explain;
    private volatile String explanation;

    public NameMatch(double score, List<TokenMatch> pairs, List<NameToken> missingInQuery,
                     List<NameToken> extraInQuery, boolean orderSwapped, String explanation) {
        this(score, pairs, missingInQuery, extraInQuery, orderSwapped, () -> explanation);
    }

    /** With the explanation written when first asked for: most scorings of a search are never shown. */
    NameMatch(double score, List<TokenMatch> pairs, List<NameToken> missingInQuery,
              List<NameToken> extraInQuery, boolean orderSwapped, Supplier<String> explain) {
        this.score = score;
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
