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

    /** Builds a token from its lower-case ASCII form (letters a-z). */
    static NameToken of(String ascii, Role role, Script script) {
        return new NameToken(ascii, role, script);
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
