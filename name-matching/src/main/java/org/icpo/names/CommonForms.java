package org.icpo.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The phonetic and ASCII forms of the world's common names ({@code common-names.txt}), for {@link SearchKeys}. Every
 * record named IVANOVICH would otherwise be listed under each of the word's 20 deletion keys, and a query with that
 * word would read all 20 lists; a stored form that is common gets no deletion keys, and a query asks for the exact
 * key of each common form that shares a deletion key with one of its words ({@link #near}). A stored word is a
 * candidate in exactly the same cases: only the work of the index changes. Immutable.
 */
final class CommonForms {

    /** No common forms: every stored word has its deletion keys (the reference the tests compare with). */
    static final CommonForms NONE = new CommonForms(Set.of());

    /** The forms of the names in {@code common-names.txt}, next to this class. */
    static final CommonForms NAMES = load("common-names.txt");

    private final Set<String> forms;
    /** Each deletion key ({@link SearchKeys#deletions}) of a common form, with the common forms that have it. */
    private final Map<String, List<String>> byDeletion;

    CommonForms(Collection<String> forms) {
        this.forms = Set.copyOf(forms);
        Map<String, Set<String>> index = new HashMap<>();
        for (String f : new TreeSet<>(forms)) {
            for (String d : SearchKeys.deletions(f)) {
                index.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(f);
            }
        }
        Map<String, List<String>> byDeletion = new HashMap<>();
        index.forEach((k, v) -> byDeletion.put(k, List.copyOf(v)));
        this.byDeletion = Map.copyOf(byDeletion);
    }

    /**
     * Reads a list of names: one or more a line, separated by commas, {@code #} starting a comment. Each name is
     * normalized as a family name and as a forename; the forms of its words are common.
     */
    static CommonForms load(String resource) {
        Set<String> forms = new TreeSet<>();
        try (InputStream in = CommonForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + CommonForms.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int comment = line.indexOf('#');
                String names = comment < 0 ? line : line.substring(0, comment);
                for (String name : names.split(",")) {
                    if (name.isBlank()) {
                        continue;
                    }
                    for (NameForms f : List.of(NameForms.of(name.trim(), null), NameForms.of(null, name.trim()))) {
                        for (NameToken t : f.tokens()) {
                            forms.add(t.ascii());
                            forms.add(t.phonetic());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        forms.remove("");
        return new CommonForms(forms);
    }

    /** Whether a word's form is common: stored, it has no deletion keys. */
    boolean contains(String form) {
        return forms.contains(form);
    }

    /**
     * The common forms that share a deletion key with {@code form} (itself when it is common): the stored words a
     * query word would have met through their deletion keys, had they been stored.
     */
    Set<String> near(String form) {
        Set<String> out = new TreeSet<>();
        for (String d : SearchKeys.deletions(form)) {
            List<String> f = byDeletion.get(d);
            if (f != null) {
                out.addAll(f);
            }
        }
        return out;
    }

    /** How many forms are common. */
    int size() {
        return forms.size();
    }
}
