package org.icpo.notices.subject;

import java.text.Normalizer;
import java.util.Locale;

/** Name and text folding shared by the rules: case and accents folded, spaces collapsed. */
public final class Names {

    private Names() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}&&[^']]+", " ").replaceAll("\\s+", " ").trim();
    }

    /**
     * The identity key of a person as far as re-submission blocks and refugee records go: folded Latin
     * family name and forename, and the date of birth as known.
     */
    public static String subjectKey(String familyName, String forename, String dateOfBirth) {
        return fold(familyName) + "|" + fold(forename) + "|" + (dateOfBirth == null ? "" : dateOfBirth);
    }
}
