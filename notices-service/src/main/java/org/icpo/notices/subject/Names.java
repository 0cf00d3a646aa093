package org.icpo.notices.subject;

import com.ibm.icu.lang.UCharacter;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Name and text folding shared by the rules that compare persons and texts (refugee statuses, CCF deletion blocks, the
 * Article 3 indicators): what a reader cannot tell apart folds to the same text.
 */
public final class Names {

    /**
     * The version of {@link #fold}. Folds stored with an older one (refugee statuses, CCF deletion blocks, the records'
     * subject keys) are computed again at start-up ({@link StoredFolds}).
     */
    public static final int FOLDING_VERSION = 2;

    /**
     * A name in Latin script, for the fields that hold one (the checks compare them, and the public extracts show them):
     * Latin letters, with their accents, spaces, hyphens and dashes, apostrophes, periods, commas and parentheses. No
     * other script, digit, symbol or invisible character. The same expression in Java and in ECMAScript (with the {@code u}
     * flag), for clients that validate with the OpenAPI document's pattern.
     */
    public static final String LATIN_SCRIPT = "[\\p{Script=Latin}\\p{M}\\p{Zs}\\p{Pd}'\\u2018\\u2019\\u02BC.,()]*";
    public static final String LATIN_SCRIPT_MESSAGE = "must be in Latin script: Latin letters (accents included), spaces, hyphens, "
            + "apostrophes, periods, commas, parentheses";

    /**
     * Characters that show nothing: combining marks (accents, once decomposed), format characters (soft hyphen, zero-width
     * space and joiners, word joiner, bidirectional controls, BOM), other controls, and the Hangul fillers.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{M}\\p{Cf}\\p{Cc}\\x{115F}\\x{1160}\\x{3164}\\x{FFA0}&&[^\\t\\n\\x{0B}\\f\\r]]+");
    /** Apostrophes that look alike: kept, as one ("O'Brien", "O’Brien" and "Oʼ Brien" are one name, "O Brien" another). */
    private static final Pattern APOSTROPHES = Pattern.compile("[\\x{2018}\\x{2019}\\x{201B}\\x{2032}\\x{02BC}\\x{02B9}\\x{02BB}`]");
    /** Everything else that separates words: white space of any kind, punctuation (hyphens and dashes), symbols. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{P}\\p{S}&&[^']]+");

    private Names() {
    }

    /**
     * Folded for comparison: compatibility forms decomposed (fullwidth letters, ligatures), case folded in full ("ß" is
     * "ss"), accents and invisible characters removed, look-alike apostrophes made one, other punctuation and symbols
     * made spaces, spaces collapsed. Scripts are kept: a Cyrillic name stays Cyrillic.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(UCharacter.foldCase(s, UCharacter.FOLD_CASE_DEFAULT), Normalizer.Form.NFKD);
        n = INVISIBLE.matcher(n).replaceAll("");
        n = APOSTROPHES.matcher(n).replaceAll("'");
        return SEPARATORS.matcher(n).replaceAll(" ").trim();
    }

    /**
     * The identity key of a person as far as re-submission blocks and refugee records go: folded Latin
     * family name and forename, and the date of birth as known.
     */
    public static String subjectKey(String familyName, String forename, String dateOfBirth) {
        return fold(familyName) + "|" + fold(forename) + "|" + (dateOfBirth == null ? "" : dateOfBirth);
    }
}
