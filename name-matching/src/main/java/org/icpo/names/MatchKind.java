package org.icpo.names;

/** How two words of two names were found to agree, strongest first. */
public enum MatchKind {
    /** The same lower-case ASCII form in the same script ("Müller" = "muller"). */
    EXACT_ASCII("exact ASCII", 1.00),
    /** The same ASCII form from different scripts ("Иванов" = "Ivanov"). */
    TRANSLITERATION("transliteration", 1.00),
    /** The same phonetic key: a spelling variant ("Sergey" = "Sergej", "Yuri" = "Iouri", "Hassan" = "Hasan"). */
    SPELLING_VARIANT("spelling variant", 0.97),
    /** The same skeleton ("Mohammed" = "Muhammad" = "محمد", "Hussein" = "حسين"). */
    SKELETON("skeleton", 0.93),
    /** Close strings: at most two edits (Damerau-Levenshtein) between the phonetic keys. */
    TYPO("typo", 0.0),
    /**
     * The same stem with another final vowel: a feminine or derived form, i.e. another name (Karim/Karima,
     * Volkov/Volkova, Lewandowski/Lewandowska, Mario/Maria, Rashid/Rashidi).
     */
    DERIVED_FORM("different ending", 0.0),
    /** Not the same word. */
    DIFFERENT("different", 0.0);

    private final String label;
    private final double score;

    MatchKind(String label, double score) {
        this.label = label;
        this.score = score;
    }

    /** Human-readable label used in explanations. */
    public String label() {
        return label;
    }

    /** The fixed score of the kind; TYPO, DERIVED_FORM and DIFFERENT are scored by string distance instead. */
    double fixedScore() {
        return score;
    }
}
