package org.icpo.names;

/**
 * The two spelling-independent keys of a name token, computed from its lower-case ASCII form.
 *
 * <p><b>Phonetic key</b> (vowels kept): the spellings that transliteration systems and languages choose for the
 * same sound are made equal.
 * <ul>
 *   <li>consonant digraphs: sh/sch/sz/shch/szcz = {@code x}; kh/ch/tch/tsch/cz and h = {@code h} (Russian ч, Greek
 *       χ and Arabic خ all meet there); zh = z; dj/dzh = j; ph = f; th = t; dh = d; gh = g; ck/q/hard c = k;
 *       soft c (before e, i, y) = s; ts/tz = {@code c}; x = ks; w = v; Greek gg = ng; initial Greek mp = b;</li>
 *   <li>vowels: ou/oo = u; ee = i; ai/ei/ay/ey before a consonant or at the end = ei; initial i or gi before a
 *       vowel = y (Iouri, Giannis); initial ye/je = e (Yevgeny, Jelena, Evgeny); yo/io between consonants = e
 *       (Russian ё: Pyotr = Piotr = Petr, Fyodor = Fedor);</li>
 *   <li>y and j: a consonant before a vowel at the start (Yuri, Jurij) or between vowels; after a consonant before
 *       a vowel they are the vowel i (Ilya, Ilja, Pyotr); otherwise i (Sergej, Nikolay, Dmitriy); a y between i
 *       and a vowel disappears (Aliyev = Aliev, Mariya = Maria);</li>
 *   <li>doubled letters are single (Hassan = Hasan, Yurii = Yuri).</li>
 * </ul>
 *
 * <p><b>Skeleton</b>: the phonetic key without the vowels a and e, where a romanized i is a <em>weak</em> vowel
 * {@code i} and o or u a weak {@code u} (present or not), the diphthong ei a <em>strong</em> vowel {@code I}, and
 * the consonant y is written j. For a token written in a script without short vowels (Arabic), the written long
 * vowels ي and و are strong ({@code I}, {@code U}) and every other vowel is dropped (see
 * {@link #skeletonOfVowelless}). {@link #skeletonDistance} aligns two skeletons where weak vowels cost nothing and
 * a strong vowel must meet a vowel or the matching semivowel (I = i/j, U = u/v): so محمد = Mohammed = Muhammad,
 * but حسين = Hussein ≠ Hassan, and محمود = Mahmoud ≠ Mohammed. When both spellings write their vowels, the
 * matcher also requires the same vowel classes in the same order ({@link #vowelPattern}), so that a skeleton
 * alone does not make Mario = Maria or Omar = Amer.
 */
final class Phonetics {

    private Phonetics() {
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Phonetic key of a lower-case ASCII token (letters a-z only). */
    static String phonetic(String ascii) {
        return finish(vowels(consonants(ascii, false)));
    }

    /** First pass: consonant digraphs and letters with several spellings. */
    static String consonants(String s, boolean keepSemivowels) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        int i = 0;
        int n = s.length();
        if (s.startsWith("mp") && n > 2) {
            out.append('b');
            i = 2;
        } else if (s.startsWith("gi") && n > 2 && isVowel(s.charAt(2))) {
            out.append('y');
            i = 2;
        } else if (s.length() > 1 && s.charAt(0) == 'i' && isVowel(s.charAt(1)) && !keepSemivowels) {
            out.append('y');
            i = 1;
        }
        while (i < n) {
            if (s.startsWith("shch", i) || s.startsWith("szcz", i)) {
                out.append('x');
                i += 4;
            } else if (s.startsWith("tsch", i)) {
                out.append('h');
                i += 4;
            } else if (s.startsWith("dzh", i)) {
                out.append('j');
                i += 3;
            } else if (s.startsWith("sch", i)) {
                out.append('x');
                i += 3;
            } else if (s.startsWith("tch", i)) {
                out.append('h');
                i += 3;
            } else {
                String two = i + 1 < n ? s.substring(i, i + 2) : "";
                String mapped = digraph(two);
                if (mapped != null) {
                    out.append(mapped);
                    i += 2;
                } else {
                    char c = s.charAt(i);
                    char next = i + 1 < n ? s.charAt(i + 1) : ' ';
                    switch (c) {
                        case 'x':
                            out.append("ks");
                            break;
                        case 'q':
                            out.append('k');
                            break;
                        case 'c':
                            out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                            break;
                        case 'w':
                            out.append(keepSemivowels ? 'w' : 'v');
                            break;
                        default:
                            out.append(c);
                    }
                    i++;
                }
            }
        }
        return out.toString();
    }

    private static String digraph(String two) {
        switch (two) {
            case "sh":
            case "sz":
                return "x";
            case "kh":
            case "ch":
            case "cz":
                return "h";
            case "zh":
                return "z";
            case "dj":
                return "j";
            case "ph":
                return "f";
            case "th":
                return "t";
            case "dh":
                return "d";
            case "gh":
                return "g";
            case "ck":
                return "k";
            case "ts":
            case "tz":
                return "c";
            case "gg":
                return "ng";
            default:
                return null;
        }
    }

    /** Second pass: vowel spellings and the semivowels y and j. */
    private static String vowels(String s) {
        String t = s.replace("ou", "u").replace("oo", "u").replace("ee", "i");
        StringBuilder out = new StringBuilder(t.length());
        int n = t.length();
        for (int k = 0; k < n; k++) {
            char c = t.charAt(k);
            if (c != 'y' && c != 'j') {
                out.append(c);
                continue;
            }
            boolean nextVowel = k + 1 < n && isVowel(t.charAt(k + 1));
            char prev = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
            boolean prevVowel = isVowel(prev);
            if (k == 0) {
                out.append(c == 'j' ? 'j' : nextVowel ? 'y' : 'i');
            } else if (prevVowel && nextVowel) {
                if (prev != 'i') {
                    out.append('y');
                }
            } else if (nextVowel || prevVowel) {
                out.append('i');
            } else {
                out.append(c == 'y' ? 'i' : 'j');
            }
        }
        return diphthongs(yoAfterConsonant(out.toString()));
    }

    /** Russian ё after a consonant is written yo, io or e: Pyotr = Piotr = Petr, Fyodor = Fedor, Artyom = Artem. */
    private static String yoAfterConsonant(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c == 'i' && k > 0 && k + 2 < n && s.charAt(k + 1) == 'o'
                    && !isVowel(s.charAt(k - 1)) && !isVowel(s.charAt(k + 2))) {
                out.append('e');
                k++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String diphthongs(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if ((c == 'a' || c == 'e') && k + 1 < n && s.charAt(k + 1) == 'i'
                    && (k + 2 == n || !isVowel(s.charAt(k + 2)))) {
                out.append("ei");
                k++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Last pass: doubled letters, initial ye/je. */
    private static String finish(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        if (out.length() > 2 && (out.charAt(0) == 'y' || out.charAt(0) == 'j') && out.charAt(1) == 'e') {
            out.deleteCharAt(0);
        }
        return out.toString();
    }

    /** Skeleton of a token of a script that writes vowels (or of any Latin input), from its phonetic key. */
    static String skeletonOfPhonetic(String phonetic) {
        StringBuilder out = new StringBuilder(phonetic.length());
        int n = phonetic.length();
        for (int k = 0; k < n; k++) {
            char c = phonetic.charAt(k);
            if (c == 'e' && k + 1 < n && phonetic.charAt(k + 1) == 'i') {
                out.append('I');
                k++;
            } else if (c == 'a' || c == 'e') {
                // dropped
            } else if (c == 'o' || c == 'u') {
                appendWeak(out, 'u');
            } else if (c == 'i') {
                appendWeak(out, 'i');
            } else if (c == 'y') {
                out.append('j');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void appendWeak(StringBuilder out, char weak) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != weak) {
            out.append(weak);
        }
    }

    /**
     * Skeleton of a token romanized from a script without short vowels (ICU Any-Latin of Arabic: "mhmd",
     * "hsyn", "wlyd", "ywsf"): consonants as in the phonetic key, letters written twice side by side once, y and w
     * strong vowels ({@code I}, {@code U}, which also match the consonants j and v: an Arabic ي or و is a long
     * vowel or a semivowel), j a {@code G} that also matches g (Egyptian ج: Gamal, Naguib), other vowel letters
     * (alif, hamza seats) dropped.
     */
    static String skeletonOfVowelless(String ascii) {
        String s = consonants(ascii, true);
        StringBuilder single = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            // two identical letters side by side are one sound written twice (the article's lam in "allh")
            if (single.length() == 0 || single.charAt(single.length() - 1) != c) {
                single.append(c);
            }
        }
        StringBuilder out = new StringBuilder(single.length());
        for (int k = 0; k < single.length(); k++) {
            char c = single.charAt(k);
            if (c == 'y') {
                out.append('I');
            } else if (c == 'w') {
                out.append('U');
            } else if (c == 'j') {
                out.append('G');
            } else if (!isVowel(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The consonants of a skeleton only (what the database indexes): weak and strong vowels removed. */
    static String consonantsOnly(String skeleton) {
        StringBuilder out = new StringBuilder(skeleton.length());
        for (int k = 0; k < skeleton.length(); k++) {
            char c = skeleton.charAt(k);
            if (c == 'G') {
                out.append('j');
            } else if (c != 'i' && c != 'u' && c != 'I' && c != 'U') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Number of symbols of a skeleton that must be matched (consonants and strong vowels). */
    static int strongLength(String skeleton) {
        int n = 0;
        for (int k = 0; k < skeleton.length(); k++) {
            char c = skeleton.charAt(k);
            if (c != 'i' && c != 'u') {
                n++;
            }
        }
        return n;
    }

    /**
     * Edit distance between two skeletons where weak vowels ({@code i}, {@code u}) may be inserted, deleted or
     * matched with anything vowel-like for free, a strong vowel matches a weak vowel of the same kind or its
     * semivowel (I = i/j, U = u/v), and every other edit costs 1.
     */
    static int skeletonDistance(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 1; j <= lb; j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= la; i++) {
            char ca = a.charAt(i - 1);
            cur[0] = prev[0] + indel(ca);
            for (int j = 1; j <= lb; j++) {
                char cb = b.charAt(j - 1);
                cur[j] = Math.min(prev[j - 1] + substitution(ca, cb),
                        Math.min(prev[j] + indel(ca), cur[j - 1] + indel(cb)));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[lb];
    }

    private static int indel(char c) {
        return c == 'i' || c == 'u' ? 0 : 1;
    }

    private static int substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        return compatible(a, b) || compatible(b, a) ? 0 : 1;
    }

    private static boolean compatible(char a, char b) {
        switch (a) {
            case 'i':
                return b == 'I' || b == 'u';
            case 'u':
                return b == 'U' || b == 'i';
            case 'I':
                return b == 'j';
            case 'U':
                return b == 'v';
            case 'G':
                return b == 'j' || b == 'g';
            default:
                return false;
        }
    }

    /** Vowel classes of a phonetic key in order: a/e = A, o/u = O, i = I (used when both spellings have vowels). */
    static String vowelPattern(String phonetic) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < phonetic.length(); k++) {
            char c = phonetic.charAt(k);
            char cls = c == 'a' || c == 'e' ? 'A' : c == 'o' || c == 'u' ? 'O' : c == 'i' ? 'I' : 0;
            if (cls != 0) {
                out.append(cls);
            }
        }
        return out.toString();
    }
}
