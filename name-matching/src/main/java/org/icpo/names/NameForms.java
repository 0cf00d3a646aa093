package org.icpo.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The normalized forms of one spelling of a person's name, computed once (on write for stored names, once per
 * request for a query). Immutable and thread-safe; computing it is thread-safe too.
 *
 * <p>What to store per name, next to the original: {@link #asciiFull()} (pg_trgm index), {@link #sortedTokens()},
 * {@link #phoneticKey()} and {@link #skeletonKey()} (pg_trgm index). The matcher itself works from
 * {@link #tokens()}, which {@link #of} recomputes cheaply from the original.
 */
public final class NameForms {

    /** Particles that are not compared (kept in {@link #asciiFull()}): articles, "son of", nobiliary particles. */
    static final Set<String> PARTICLES = Set.of(
            "al", "el", "bin", "ibn", "bint", "binti",
            "van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter", "ten", "y");
    /** Assimilated Arabic articles, only particles when joined by a hyphen ("ar-Rashid", "ash-Shami"). */
    static final Set<String> HYPHEN_ARTICLES = Set.of(
            "ar", "as", "ash", "ad", "an", "at", "az", "ath", "adh", "ud", "ul", "ur", "us", "ed", "er", "es", "en", "et", "ez");
    /** First words of Arabic compound names, joined with the next word ("Abd al-Rahman" = "Abdulrahman"). */
    static final Set<String> COMPOUND_HEADS = Set.of(
            "abd", "abdel", "abdul", "abdal", "abdol", "abdoul", "abdu", "abu", "abou", "abo",
            // Any-Latin of Arabic after the ayn is dropped: "ʿbd" -> "bd", "ʼbw" -> "abw"
            "bd", "abw");

    private final String family;
    private final String forenames;
    private final String latin;
    private final String familyAscii;
    private final String forenamesAscii;
    private final List<NameToken> tokens;
    // computed when first asked: a search restores hundreds of candidate spellings and compares only their tokens
    // (racy single-check: whichever thread computes a value computes the same immutable one)
    private Script script;
    private String asciiFull;
    private String sortedTokens;
    private String phoneticKey;
    private String skeletonKey;

    private NameForms(String family, String forenames, String latin, String familyAscii, String forenamesAscii, List<NameToken> tokens) {
        this.family = family;
        this.forenames = forenames;
        this.latin = latin;
        this.familyAscii = familyAscii;
        this.forenamesAscii = forenamesAscii;
        this.tokens = List.copyOf(tokens);
    }

    /**
     * Normalizes a name given as family name(s) and forename(s), in any script. Either part may be null or
     * blank (mononyms, unknown forenames).
     */
    public static NameForms of(String familyNames, String forenames) {
        String family = Transliteration.clean(familyNames);
        String given = Transliteration.clean(forenames);
        Script familyScript = Script.dominant(family);
        Script givenScript = Script.dominant(given);
        boolean ukrainian = Transliteration.isUkrainian(family) || Transliteration.isUkrainian(given);
        String familyLatin;
        String givenLatin;
        String familyAscii;
        String givenAscii;
        Transliteration t = Transliteration.acquire();
        try {
            familyLatin = t.toLatin(family, familyScript, ukrainian);
            givenLatin = t.toLatin(given, givenScript, ukrainian);
            familyAscii = t.toAscii(familyLatin);
            givenAscii = t.toAscii(givenLatin);
        } finally {
            t.release();
        }

        return build(family, given, familyScript, givenScript, join(familyLatin, givenLatin), familyAscii, givenAscii);
    }

    /**
     * The forms {@link #of} computed, rebuilt from what it wrote down: the name as given ({@link #family()},
     * {@link #forenames()}), {@link #latin()}, {@link #familyAscii()} and {@link #forenamesAscii()}. No
     * transliteration (the costly part of {@link #of}): what a search reads back for every candidate spelling.
     */
    public static NameForms restore(String family, String forenames, String latin, String familyAscii, String forenamesAscii) {
        return build(family, forenames, Script.dominant(family), Script.dominant(forenames), latin, familyAscii, forenamesAscii);
    }

    /** Elements per spelling in {@link #restorable}: family, forenames, Latin spelling, folded family, folded forenames. */
    public static final int RESTORABLE_FIELDS = 5;

    /**
     * What {@link #restore} needs of each spelling, in order, as one flat array in PostgreSQL's {@code text[]} input
     * form ({@code {"ar-Rashidov","Omar",...}}).
     */
    public static String restorable(java.util.List<NameForms> spellings) {
        StringBuilder out = new StringBuilder("{");
        for (NameForms f : spellings) {
            for (String v : new String[]{f.family(), f.forenames(), f.latin(), f.familyAscii(), f.forenamesAscii()}) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return out.append('}').toString();
    }

    private static NameForms build(String family, String given, Script familyScript, Script givenScript, String latin,
                                   String familyAscii, String givenAscii) {
        List<NameToken> tokens = new ArrayList<>();
        tokens.addAll(tokenize(familyAscii, NameToken.Role.FAMILY, familyScript));
        tokens.addAll(tokenize(givenAscii, NameToken.Role.FORENAME, givenScript));
        if (tokens.isEmpty()) {
            // a name made of particles only ("Al", "De La"): compare the particles
            tokens.addAll(words(familyAscii, NameToken.Role.FAMILY, familyScript));
            tokens.addAll(words(givenAscii, NameToken.Role.FORENAME, givenScript));
        }
        return new NameForms(family, given, latin, familyAscii, givenAscii, tokens);
    }

    private static List<NameToken> words(String ascii, NameToken.Role role, Script script) {
        List<NameToken> out = new ArrayList<>();
        for (String w : ascii.split("[ \\-]+")) {
            if (!w.isEmpty()) {
                out.add(NameToken.of(w, role, script));
            }
        }
        return out;
    }

    /** Words of one field, particles removed, Arabic compound names joined. */
    static List<NameToken> tokenize(String ascii, NameToken.Role role, Script script) {
        List<String> parts = new ArrayList<>();
        List<Boolean> particle = new ArrayList<>();
        for (String word : ascii.split(" ")) {
            String[] pieces = word.split("-");
            for (int i = 0; i < pieces.length; i++) {
                String p = pieces[i];
                if (p.isEmpty()) {
                    continue;
                }
                boolean hyphenArticle = i < pieces.length - 1 && HYPHEN_ARTICLES.contains(p);
                parts.add(p);
                particle.add(hyphenArticle || PARTICLES.contains(p));
            }
        }
        List<NameToken> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (COMPOUND_HEADS.contains(p) && i + 1 < parts.size()) {
                StringBuilder merged = new StringBuilder(p);
                int j = i + 1;
                if (particle.get(j) && j + 1 < parts.size()) {
                    merged.append(parts.get(j));   // the article inside "Abd al-Aziz"
                    j++;
                }
                if (!particle.get(j)) {
                    merged.append(parts.get(j));
                    out.add(NameToken.of(merged.toString(), role, script));
                    i = j;
                    continue;
                }
            }
            if (!particle.get(i)) {
                out.add(NameToken.of(p, role, script));
            }
        }
        return out;
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " " + b;
    }

    /** One form of each token, sorted, joined by spaces. */
    private static String sortedJoin(List<NameToken> tokens, java.util.function.Function<NameToken, String> form, boolean skipEmpty) {
        List<String> sorted = new ArrayList<>(tokens.size());
        for (NameToken t : tokens) {
            String f = form.apply(t);
            if (!skipEmpty || !f.isEmpty()) {
                sorted.add(f);
            }
        }
        Collections.sort(sorted);
        return String.join(" ", sorted);
    }

    /** Family name(s) as given (NFC, white space collapsed). */
    public String family() {
        return family;
    }

    /** Forename(s) as given (NFC, white space collapsed). */
    public String forenames() {
        return forenames;
    }

    /** Family name(s) then forename(s), as given. */
    public String original() {
        return join(family, forenames);
    }

    /** The script of most letters of the name. */
    public Script script() {
        Script s = script;
        if (s == null) {
            s = Script.dominant(original());
            script = s;
        }
        return s;
    }

    /** Latin-script rendering, case kept ("Prokopchuk Yuriy" for "Прокопчук Юрий"). */
    public String latin() {
        return latin;
    }

    /** Lower-case ASCII of the family name(s), hyphens kept ("al-rashid"); with {@link #restore}. */
    public String familyAscii() {
        return familyAscii;
    }

    /** Lower-case ASCII of the forename(s), hyphens kept; with {@link #restore}. */
    public String forenamesAscii() {
        return forenamesAscii;
    }

    /**
     * Lower-case ASCII of the whole name, family name(s) first, particles kept, single spaces
     * ("prokopchuk yuriy"): index with pg_trgm (gin_trgm_ops).
     */
    public String asciiFull() {
        String s = asciiFull;
        if (s == null) {
            s = join(familyAscii, forenamesAscii).replace('-', ' ');
            asciiFull = s;
        }
        return s;
    }

    /** The compared words' ASCII forms, sorted: the same for any order of the words ("prokopchuk yuriy"). */
    public String sortedTokens() {
        String s = sortedTokens;
        if (s == null) {
            s = sortedJoin(tokens, NameToken::ascii, false);
            sortedTokens = s;
        }
        return s;
    }

    /** The compared words' phonetic keys, sorted ("prokophuk yuri"). */
    public String phoneticKey() {
        String s = phoneticKey;
        if (s == null) {
            s = sortedJoin(tokens, NameToken::phonetic, false);
            phoneticKey = s;
        }
        return s;
    }

    /**
     * The compared words' consonant skeletons, sorted ("jr prkphk"): where transliteration variants of a name
     * meet (Mohammed, Muhammad and محمد are all "mhmd"); index with pg_trgm.
     */
    public String skeletonKey() {
        String s = skeletonKey;
        if (s == null) {
            s = sortedJoin(tokens, NameToken::consonants, true);
            skeletonKey = s;
        }
        return s;
    }

    /** The compared words (particles left out, Arabic compounds joined), family name(s) first. */
    public List<NameToken> tokens() {
        return tokens;
    }

    /**
     * Words to look candidates up with in the database: every compared word's ASCII form and, if it has at
     * least two consonants, its consonant skeleton, without duplicates. See the README for the SQL.
     */
    public List<String> searchTerms() {
        List<String> terms = new ArrayList<>();
        for (NameToken t : tokens) {
            if (!terms.contains(t.ascii())) {
                terms.add(t.ascii());
            }
        }
        for (NameToken t : tokens) {
            String c = t.consonants();
            if (c.length() >= 2 && !terms.contains(c)) {
                terms.add(c);
            }
        }
        return Collections.unmodifiableList(terms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameForms other
                && family.equals(other.family) && forenames.equals(other.forenames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, forenames);
    }

    @Override
    public String toString() {
        return "NameForms[" + original() + " -> " + asciiFull() + " | " + phoneticKey() + " | " + skeletonKey()
                + " | tokens " + Arrays.toString(tokens.stream().map(NameToken::skeleton).toArray()) + "]";
    }
}
