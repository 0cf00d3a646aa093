package org.icpo.names;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the first name comparison after a start would otherwise pay for, done ahead: ICU's transliterators of every
 * script, the common forms, and one pass of normalization, search keys and scoring over a name in each script (the
 * first search of a fresh service took 1.5 s instead of 15 ms). Pure computation: no I/O beyond the module's own
 * resources.
 */
public final class WarmUp {

    /** A family name and forename in each script the matching knows, with a romanization of each to compare against. */
    private static final List<String[]> NAMES = List.of(
            new String[]{"Шевченко", "Тарас", "SHEVCHENKO", "Taras"},
            new String[]{"محمد", "علي", "MUHAMMAD", "Ali"},
            new String[]{"Παπαδόπουλος", "Γιώργος", "PAPADOPOULOS", "Giorgos"},
            new String[]{"כהן", "דוד", "COHEN", "David"},
            new String[]{"王", "伟", "WANG", "Wei"},
            new String[]{"García López", "José María", "GARCIA LOPEZ", "Jose Maria"});

    private WarmUp() {
    }

    /** Runs the pass; returns the scripts its names were written in. */
    public static Set<Script> run() {
        Set<Script> scripts = EnumSet.noneOf(Script.class);
        for (String[] n : NAMES) {
            NameForms original = NameForms.of(n[0], n[1]);
            NameForms romanized = NameForms.of(n[2], n[3]);
            scripts.add(original.script());
            SearchKeys.stored(original);
            SearchKeys.Query query = SearchKeys.query(romanized);
            query.sameSpelling();
            query.exactOnly();
            query.searched();
            NameMatcher.score(romanized, original);
        }
        return scripts;
    }
}
