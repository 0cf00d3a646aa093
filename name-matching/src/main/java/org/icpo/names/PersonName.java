package org.icpo.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person's name as a notice or a search gives it: family name(s) and forename(s) in the original script, plus
 * any Latin-script spellings the requester supplied (passport spelling, spellings known to be in use).
 *
 * @param family         family name(s) in the original script (may be null or blank)
 * @param forenames      forename(s) in the original script (may be null or blank)
 * @param latinSpellings further spellings, each a family name and forenames
 */
public record PersonName(String family, String forenames, List<Spelling> latinSpellings) {

    /** One further spelling of the name. */
    public record Spelling(String family, String forenames) {
    }

    public PersonName {
        latinSpellings = List.copyOf(Objects.requireNonNullElse(latinSpellings, List.of()));
    }

    /** A name with no further spellings. */
    public static PersonName of(String family, String forenames) {
        return new PersonName(family, forenames, List.of());
    }

    /**
     * The normalized forms of every spelling, the original first; spellings whose forms equal an earlier one's
     * are left out. Store one row per element; compare with {@link NameMatcher#best}.
     */
    public List<NameForms> forms() {
        List<NameForms> out = new ArrayList<>();
        out.add(NameForms.of(family, forenames));
        for (Spelling s : latinSpellings) {
            NameForms f = NameForms.of(s.family(), s.forenames());
            if (out.stream().noneMatch(o -> o.asciiFull().equals(f.asciiFull()))) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }
}
