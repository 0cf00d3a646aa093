package org.icpo.names;

import java.util.List;

/**
 * The result of comparing a query name with a stored name.
 *
 * @param score          similarity in [0,1]; compare with {@link NameMatcher#MATCH_THRESHOLD}
 * @param pairs          the word pairings that were scored, best alignment of the two names
 * @param missingInQuery stored words that no query word was paired with (e.g. a middle name left out)
 * @param extraInQuery   query words that no stored word was paired with
 * @param orderSwapped   whether family name and forename were given the other way round
 * @param explanation    one human-readable line saying what matched
 */
public record NameMatch(double score, List<TokenMatch> pairs, List<NameToken> missingInQuery,
                        List<NameToken> extraInQuery, boolean orderSwapped, String explanation) {

    public NameMatch {
        pairs = List.copyOf(pairs);
        missingInQuery = List.copyOf(missingInQuery);
        extraInQuery = List.copyOf(extraInQuery);
    }

    /** Whether the score reaches {@link NameMatcher#MATCH_THRESHOLD}. */
    public boolean isMatch() {
        return score >= NameMatcher.MATCH_THRESHOLD;
    }

    /** The weakest kind of agreement among the pairings (DIFFERENT if nothing was paired). */
    public MatchKind weakestKind() {
        return pairs.stream().map(TokenMatch::kind).max(Enum::compareTo).orElse(MatchKind.DIFFERENT);
    }
}
