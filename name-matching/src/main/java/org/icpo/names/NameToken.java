package org.icpo.names;

import java.util.Objects;

/**
 * One compared word of a name, in every form the matcher uses. Immutable; the forms are computed once.
 */
public final class NameToken {

    /** Where a word of a name was given. */
    public enum Role {
        FAMILY,
        FORENAME
    }

    private final String ascii;
    private final String phonetic;
    private final String skeleton;
    private final Role role;
    private final Script script;
    private final String vowelPattern;
    private final int strongLength;
    private final int hash;

    private NameToken(String ascii, Role role, Script script) {
        this.ascii = Objects.requireNonNull(ascii, "ascii");
        this.role = Objects.requireNonNull(role, "role");
        this.script = Objects.requireNonNull(script, "script");
        this.phonetic = Phonetics.phonetic(ascii);
        this.skeleton = script.omitsVowels()
                ? Phonetics.skeletonOfVowelless(ascii)
                : Phonetics.skeletonOfPhonetic(phonetic);
        this.vowelPattern = Phonetics.vowelPattern(phonetic);
        this.strongLength = Phonetics.strongLength(skeleton);
        this.hash = Objects.hash(ascii, role, script);
    }

    /** Most tokens {@link #of} remembers; once it remembers this many, the words it meets after are computed each time. */
    static final int MAX_REMEMBERED = 100_000;
    private static final java.util.Map<String, NameToken> REMEMBERED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A token from its lower-case ASCII form (letters a-z), remembered: names share their words (Maria, Ali, Ivanov),
     * so a search that rebuilds the spellings of hundreds of candidates ({@link NameForms#restore}) computes the
     * phonetic forms of each word once, and the matcher's memo finds the same instances. A memo of words stays small
     * (a word is about 300 bytes, and a million names have a few hundred thousand words) where one of whole spellings
     * grew into the old generation and cost full collections.
     * <p>
     * Once full it keeps what it holds: the common words come early, and a memo emptied when full filled the old
     * generation with garbage under searches of words not met before (about 40 MB a minute at 200 searches/s over a
     * million notices, whose names have 173,000 words), which a full collection then freed while every search waited
     * (210 to 250 ms every few minutes with the serial collector; bench/README.md, 24th round). The words met after are
     * computed each time and die young.
     */
    static NameToken of(String ascii, Role role, Script script) {
        String key = ascii + (char) ('0' + role.ordinal()) + (char) ('A' + script.ordinal());
        NameToken t = REMEMBERED.get(key);
        if (t == null) {
            t = new NameToken(ascii, role, script);
            if (REMEMBERED.size() < MAX_REMEMBERED) {
                REMEMBERED.put(key, t);
            }
        }
        return t;
    }

    /** How many tokens {@link #of} remembers now. */
    static int remembered() {
        return REMEMBERED.size();
    }

    /** Forgets every token {@link #of} remembers (for tests that fill the memo). */
    static void forget() {
        REMEMBERED.clear();
    }

    /** Lower-case ASCII form ("prokopchuk"). */
    public String ascii() {
        return ascii;
    }

    /** Phonetic key, see {@link Phonetics} ("prokophuk"). */
    public String phonetic() {
        return phonetic;
    }

    /** Skeleton with weak ({@code i}, {@code u}) and strong ({@code I}, {@code U}) vowels ("prukuphuk"). */
    public String skeleton() {
        return skeleton;
    }

    /** Whether the word was given as a family name or a forename. */
    public Role role() {
        return role;
    }

    /** The script the word was written in. */
    public Script script() {
        return script;
    }

    /** Whether the word comes from a script whose vowels are unknown, so vowels cannot be compared. */
    public boolean vowelless() {
        return script.omitsVowels();
    }

    /** The consonant skeleton without vowel marks, as indexed in the database ("prkphk"). */
    public String consonants() {
        return Phonetics.consonantsOnly(skeleton);
    }

    String vowelPattern() {
        return vowelPattern;
    }

    int strongLength() {
        return strongLength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameToken t && ascii.equals(t.ascii) && role == t.role && script == t.script;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return ascii + "/" + phonetic + "/" + skeleton + (role == Role.FAMILY ? " (family)" : " (forename)");
    }
}
