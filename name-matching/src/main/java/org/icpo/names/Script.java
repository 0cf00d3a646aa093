package org.icpo.names;

import com.ibm.icu.lang.UScript;

/** The writing system a name was given in, as far as name matching cares. */
public enum Script {
    LATIN,
    CYRILLIC,
    GREEK,
    /** Arabic script (Arabic, Persian, Urdu...): short vowels are not written. */
    ARABIC,
    /** Hebrew script: vowels are usually not written either. */
    HEBREW,
    /** Any other script (CJK, Devanagari, Georgian, Armenian...), transliterated with ICU's Any-Latin. */
    OTHER,
    /** No letters at all. */
    NONE;

    /** Whether the script leaves (short) vowels out, so that a romanization's vowels cannot be checked. */
    public boolean omitsVowels() {
        return this == ARABIC || this == HEBREW;
    }

    private static final Script[] ALL = values();

    /** The script of most letters of the text (ties go to the first letter's script). */
    static Script dominant(CharSequence text) {
        int[] counts = new int[ALL.length];
        Script first = null;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Script s = of(cp);
            if (first == null) {
                first = s;
            }
            counts[s.ordinal()]++;
        }
        if (first == null) {
            return NONE;
        }
        Script best = first;
        for (Script s : ALL) {
            if (counts[s.ordinal()] > counts[best.ordinal()]) {
                best = s;
            }
        }
        return best;
    }

    private static Script of(int codePoint) {
        switch (UScript.getScript(codePoint)) {
            case UScript.LATIN:
                return LATIN;
            case UScript.CYRILLIC:
                return CYRILLIC;
            case UScript.GREEK:
                return GREEK;
            case UScript.ARABIC:
                return ARABIC;
            case UScript.HEBREW:
                return HEBREW;
            default:
                return OTHER;
        }
    }
}
