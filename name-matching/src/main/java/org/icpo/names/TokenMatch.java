package org.icpo.names;

/**
 * The pairing of one word of the query with one word of the stored name.
 *
 * @param query  the query word
 * @param stored the stored word
 * @param kind   how they agree
 * @param score  similarity in [0,1]
 */
public record TokenMatch(NameToken query, NameToken stored, MatchKind kind, double score) {

    /** Whether the query word was given in the other role (family name vs forename) than the stored word. */
    public boolean roleSwapped() {
        return query.role() != stored.role();
    }

    @Override
    public String toString() {
        return (stored.role() == NameToken.Role.FAMILY ? "family '" : "forename '") + query.ascii() + "'~'"
                + stored.ascii() + "' " + kind.label() + " " + twoDecimals(score);
    }

    /** {@code x} in [0,1] with two decimals ("0.93"), without the cost of a Formatter. */
    static String twoDecimals(double x) {
        long hundredths = Math.round(x * 100);
        long units = hundredths / 100;
        long rest = hundredths % 100;
        return units + "." + (rest < 10 ? "0" : "") + rest;
    }
}
