package org.icpo.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Pattern;

/**
 * Script-aware transliteration to Latin and folding to ASCII with ICU4J.
 *
 * <p>ICU {@link Transliterator} instances are not safe for concurrent use. Sets of them are kept in a pool:
 * a caller {@link #acquire() takes} one for its exclusive use and {@link #release() gives it back}. Creating a
 * set costs milliseconds, so the pool grows to the highest concurrency seen and is reused from then on, for
 * platform and virtual threads alike (a thread-local would create a set per virtual thread).
 */
final class Transliteration {

    private static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[ІіЇїЄєҐґ]");
    /** Arabic short-vowel marks, shadda, sukun, superscript alif and tatweel: not part of the name's letters. */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    /** The Arabic definite article written together with the noun ("الحسن" = "al-Hasan"). */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?<![\\p{L}])ال(?=\\p{L}{2,})");
    private static final Pattern ARABIC_CONSONANT_BEFORE_H = Pattern.compile("([kKsStTdDgGzZcC])(?=[hH\u1E24\u1E25])");
    private static final Pattern HEBREW_POINTS = Pattern.compile("[\\u0591-\\u05C7]");
    private static final Pattern NON_ASCII_LETTER_OR_SPACE = Pattern.compile("[^a-z \\-]+");
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}]+");
    private static final Pattern OTHER_SEPARATORS = Pattern.compile("[\\s_.,;:/()\\[\\]\"]+");
    private static final Pattern SPACED_HYPHEN = Pattern.compile(" *-[ -]*");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[ -]+|[ -]+$");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u0027\\u2018\\u2019\\u02BC\\u02BB\\u02BE\\u02BF\\u0060\\u00B4]");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private static final ConcurrentLinkedDeque<Transliteration> POOL = new ConcurrentLinkedDeque<>();

    private final Transliterator anyLatin = Transliterator.getInstance("Any-Latin");
    private final Transliterator russianLatin = Transliterator.getInstance("Russian-Latin/BGN");
    private final Transliterator ukrainianLatin = Transliterator.getInstance("Ukrainian-Latin/BGN");
    private final Transliterator greekLatin = Transliterator.getInstance("Greek-Latin/UNGEGN");
    private final Transliterator latinAscii = Transliterator.getInstance("Latin-ASCII");

    private Transliteration() {
    }

    /** A set of transliterators for the caller's exclusive use until {@link #release()}. */
    static Transliteration acquire() {
        Transliteration t = POOL.pollFirst();
        return t != null ? t : new Transliteration();
    }

    /** Gives the set back to the pool; the caller must not use it afterwards. */
    void release() {
        POOL.offerFirst(this);
    }

    /** NFC, trimmed, inner white space collapsed to one space; null becomes "". */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return WHITE_SPACE.matcher(NFC.normalize(text).strip()).replaceAll(" ");
    }

    /**
     * Latin-script rendering of a cleaned text, letter case kept: BGN/PCGN for Russian and Ukrainian
     * Cyrillic (Ukrainian if the text has Ukrainian letters), UN/ELOT for Greek, ICU's Any-Latin for
     * everything else. Latin text is returned as it is.
     */
    String toLatin(String text, Script script) {
        return toLatin(text, script, isUkrainian(text));
    }

    /** Whether a Cyrillic text has letters only Ukrainian uses (і ї є ґ). */
    static boolean isUkrainian(String text) {
        return UKRAINIAN_LETTERS.matcher(text).find();
    }

    /**
     * Like {@link #toLatin(String, Script)}, with Ukrainian BGN/PCGN chosen by the caller (e.g. because another
     * part of the same name has Ukrainian letters: "Зеленський Володимир" has none, "Олександр" neither).
     */
    String toLatin(String text, Script script, boolean ukrainian) {
        switch (script) {
            case LATIN:
            case NONE:
                return text;
            case CYRILLIC: {
                Transliterator t = ukrainian ? ukrainianLatin : russianLatin;
                // Letters outside Russian/Ukrainian (Serbian, Macedonian, Kazakh...) are left by BGN for Any-Latin.
                return rest(t.transliterate(text));
            }
            case GREEK:
                // transliterated in lower case, then given the case of each word back: UN/ELOT reads αυ ευ ηυ as av/af,
                // ev/ef, iv/if by the next letter, but ICU applies that rule to lower case only ("ΕΛΕΥΘΕΡΙΑ" was "ELEUTHERIA",
                // "Ελευθερία" "Eleftheria"), and a name is the same name in capitals
                return recase(text, rest(greekLatin.transliterate(text.toLowerCase(Locale.ROOT))));
            case ARABIC: {
                String s = ARABIC_MARKS.matcher(text).replaceAll("");
                s = s.replace('\u0649', '\u0627')   // alif maqsura is read as a long a
                        .replace('\u0629', '\u0627'); // taa marbuta ends a name in a (Fatima)
                s = ARABIC_ARTICLE.matcher(s).replaceAll("ال ");
                // Any-Latin writes خ ش ث ذ غ as kẖ sẖ tẖ dẖ gẖ; a plain h after those letters is a letter of
                // its own (الزهراني = az-Zahrani, not "Zhrany"), so keep the two apart with a (dropped) vowel.
                return ARABIC_CONSONANT_BEFORE_H.matcher(anyLatin.transliterate(s)).replaceAll("$1a");
            }
            case HEBREW:
                return anyLatin.transliterate(HEBREW_POINTS.matcher(text).replaceAll(""));
            default:
                return anyLatin.transliterate(text);
        }
    }

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\p{Pd}]+");

    /**
     * The case of each word of {@code original} given to the same word of its lower-case transliteration: a word in
     * capitals in capitals, a capitalized word capitalized. When the two do not have as many words, the
     * transliteration is returned in lower case.
     */
    static String recase(String original, String lowerLatin) {
        String[] words = WORD_SEPARATORS.split(original, -1);
        java.util.regex.Matcher sep = WORD_SEPARATORS.matcher(lowerLatin);
        List<int[]> spans = new java.util.ArrayList<>();
        int start = 0;
        while (sep.find()) {
            spans.add(new int[]{start, sep.start()});
            start = sep.end();
        }
        spans.add(new int[]{start, lowerLatin.length()});
        if (spans.size() != words.length) {
            return lowerLatin;
        }
        StringBuilder out = new StringBuilder(lowerLatin.length());
        for (int i = 0; i < words.length; i++) {
            int[] span = spans.get(i);
            if (i > 0) {
                out.append(lowerLatin, spans.get(i - 1)[1], span[0]);
            }
            String word = words[i];
            String latinWord = lowerLatin.substring(span[0], span[1]);
            if (word.isEmpty() || latinWord.isEmpty()) {
                out.append(latinWord);
                continue;
            }
            boolean hasUpper = word.codePoints().anyMatch(Character::isUpperCase);
            boolean hasLower = word.codePoints().anyMatch(Character::isLowerCase);
            if (hasUpper && !hasLower && word.codePointCount(0, word.length()) > 1) {
                out.append(latinWord.toUpperCase(Locale.ROOT));
            } else if (Character.isUpperCase(word.codePointAt(0))) {
                out.append(latinWord.substring(0, 1).toUpperCase(Locale.ROOT)).append(latinWord, 1, latinWord.length());
            } else {
                out.append(latinWord);
            }
        }
        return out.toString();
    }

    /** Any-Latin for what a script-specific transliterator left (only if some letter is not Latin yet). */
    private String rest(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return anyLatin.transliterate(text);
            }
        }
        return text;
    }

    /**
     * Lower-case ASCII of a Latin-script text: apostrophes and the Arabic ayn/hamza signs removed, accents
     * folded (Latin-ASCII: "é" to "e", "ß" to "ss", "ø" to "o"), "đ" as "dj", "š" "ž" "č" as "sh" "zh" "ch",
     * hyphens kept, every other
     * separator a single space, other characters dropped.
     */
    String toAscii(String latin) {
        String s = APOSTROPHES.matcher(latin).replaceAll("");
        // Slavic háček letters as their usual English digraphs (Šarif = Sharif, Žukov = Zhukov, Čapek = Chapek);
        // Latin-ASCII alone would make them s, z, c.
        s = s.replace("Đ", "Dj").replace("đ", "dj")
                .replace("Š", "Sh").replace("š", "sh").replace("Ž", "Zh").replace("ž", "zh")
                .replace("Č", "Ch").replace("č", "ch");
        if (!isAscii(s)) {
            s = latinAscii.transliterate(s);
        }
        s = s.toLowerCase(Locale.ROOT);
        s = DASHES.matcher(s).replaceAll("-");
        s = OTHER_SEPARATORS.matcher(s).replaceAll(" ");
        s = NON_ASCII_LETTER_OR_SPACE.matcher(s).replaceAll("");
        s = SPACED_HYPHEN.matcher(s).replaceAll("-");
        s = EDGE_SEPARATORS.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
