package org.icpo.notices.search;

import com.ibm.icu.text.Transliterator;

import java.util.Arrays;
import java.util.List;

/** Free text folded to lower-case ASCII words (any script transliterated to Latin, accents removed). */
public final class TextFold {

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private TextFold() {
    }

    /** Lower-case ASCII letters and digits, words separated by single spaces. */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t;
        synchronized (TO_ASCII) {
            t = TO_ASCII.transliterate(text);
        }
        return t.replaceAll("[^a-z0-9]+", " ").trim();
    }

    public static List<String> words(String text) {
        String f = fold(text);
        return f.isEmpty() ? List.of() : Arrays.stream(f.split(" ")).distinct().toList();
    }

    /** Escapes the LIKE wildcards of a folded word (which holds only letters and digits, so nothing to escape). */
    public static String contains(String foldedWord) {
        return "%" + foldedWord + "%";
    }
}
