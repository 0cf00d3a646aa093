package org.icpo.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking keys of names for an inverted index (PostgreSQL: a {@code tsvector} column with a GIN index), so that
 * the candidates of a search are found by exact key lookups instead of a similarity scan.
 *
 * <p>Every compared word of a stored spelling gets:
 * <ul>
 *   <li>{@code d_<form>} for its phonetic and its ASCII form and, for forms of {@value #MIN_DELETION_LENGTH} letters or
 *       more, for every form with one letter deleted (symmetric deletions: two words one edit apart, a typo or two
 *       swapped letters, share a key), but for a form of a common name ({@link CommonForms}): its deletion keys would
 *       list the same tens of thousands of records over and over, so a query asks for the exact key of each common
 *       form that shares a deletion key with one of its words instead;</li>
 *   <li>{@code s_<consonants>}: its consonant skeleton, where transliteration variants meet (Mohammed, Muhammad and
 *       محمد are all {@code s_mhmd});</li>
 *   <li>the exact keys of each two adjacent words written together ("Abu Bakr" also as "abubakr");</li>
 *   <li>for a spelling of {@code m} words, 2 to {@value #MAX_QUERY_WORDS} - 1, each of those keys again tagged with
 *       {@code m} ({@code 2d_ivanov}): how a longer query finds it among the names of as many words.</li>
 * </ul>
 * A query ({@link #query}) has one group of keys per compared word. The matcher pairs as many words as the shorter
 * name has and every pair must agree, so a stored name as long as the query or longer must meet every group, and a
 * stored name of {@code m} words must meet {@code m} groups, down to {@link Query#fewest()}: each query word left
 * unpaired costs {@value NameMatcher#UNPAIRED_WORD_PENALTY} and a single paired word is capped below the threshold.
 * With two unpaired words or more, only variants of the other words reach the threshold, so only their exact and
 * skeleton keys are asked for. Two adjacent query words may also be one stored word written together ("Ji Hoon" and
 * "Jihoon"): the keys of the two words written together stand for both, never the keys of one word for two. The keys
 * are a superset condition: every name the matcher accepts is a candidate, but for two typing errors in one word and
 * for a stored name whose words the matcher writes together while the query has more words than it ("Minjun Park Lee"
 * against "Min Jun Park"), which {@code SearchKeysTest} checks on every labelled pair; the matcher then decides.
 *
 * <p>Stored keys must be recomputed whenever the keys change (notices-service: a migration sets them to null), but
 * for names added to the common names: the records stored before keep deletion keys the queries no longer ask for,
 * and are the candidates of the same queries.
 */
public final class SearchKeys {

    /** Shortest form whose one-letter deletions are keys (a one-letter change in a shorter word is another name). */
    public static final int MIN_DELETION_LENGTH = 5;
    /**
     * Shortest skeleton that is a key: a single consonant ("Ivan", "Yuri", "Ana") would list a tenth of all names,
     * and such short words are found by their exact forms.
     */
    public static final int MIN_SKELETON_LENGTH = 2;
    /** Longest query accepted, in compared words: the condition grows with the combinations of its words. */
    public static final int MAX_QUERY_WORDS = 8;

    private SearchKeys() {
    }

    /** The keys of one stored spelling, sorted. */
    public static Set<String> stored(NameForms name) {
        return stored(name, CommonForms.NAMES);
    }

    static Set<String> stored(NameForms name, CommonForms common) {
        Set<String> plain = new TreeSet<>();
        List<NameToken> tokens = name.tokens();
        for (NameToken t : tokens) {
            plain.addAll(storedWordKeys(t, common));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            plain.addAll(joinedKeys(tokens.get(i), tokens.get(i + 1)));
        }
        int m = tokens.size();
        if (m < 2 || m >= MAX_QUERY_WORDS) {
            return plain;
        }
        // a query of more words looks for this spelling among the spellings of m words (every query has 2 or more
        // compared words in common with a name it can match, and at most MAX_QUERY_WORDS)
        Set<String> keys = new TreeSet<>(plain);
        for (String k : plain) {
            keys.add(tagged(m, k));
        }
        return keys;
    }

    /** A key of a spelling of {@code words} compared words. */
    static String tagged(int words, String key) {
        return words + key;
    }

    /** The keys of all spellings of a subject, sorted. */
    public static Set<String> stored(Collection<NameForms> spellings) {
        Set<String> keys = new TreeSet<>();
        spellings.forEach(f -> keys.addAll(stored(f, CommonForms.NAMES)));
        return keys;
    }

    /** The stored keys as PostgreSQL {@code tsvector} input: quoted lexemes separated by spaces. */
    public static String tsvector(Collection<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append('\'').append(k).append('\'');
        }
        return sb.toString();
    }

    /** The condition a stored name's keys must meet to be a candidate for {@code query}. */
    public static Query query(NameForms query) {
        return query(query, CommonForms.NAMES);
    }

    static Query query(NameForms query, CommonForms common) {
        List<NameToken> tokens = query.tokens();
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a query needs at least one compared word");
        }
        if (tokens.size() > MAX_QUERY_WORDS) {
            throw new IllegalArgumentException("at most " + MAX_QUERY_WORDS + " words can be compared");
        }
        List<Set<String>> groups = new ArrayList<>();
        List<Set<String>> variants = new ArrayList<>();
        List<Set<String>> joined = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            groups.add(Collections.unmodifiableSet(queryWordKeys(tokens.get(i), common)));
            variants.add(Collections.unmodifiableSet(variantKeys(tokens.get(i))));
            if (i + 1 < tokens.size()) {
                joined.add(Collections.unmodifiableSet(joinedKeys(tokens.get(i), tokens.get(i + 1))));
            }
        }
        return new Query(List.copyOf(groups), List.copyOf(variants), List.copyOf(joined), fewest(groups.size()));
    }

    /** The fewest words of a stored name that can match a query of {@code units} words. */
    static int fewest(int units) {
        return units == 1 ? 1 : Math.max(2, units - maxUnpaired());
    }

    /** The most words a query may have without a partner and still reach the threshold. */
    static int maxUnpaired() {
        return (int) Math.floor((1.0 - NameMatcher.MATCH_THRESHOLD) / NameMatcher.UNPAIRED_WORD_PENALTY + 1e-9);
    }

    /**
     * Whether, with this many words unpaired, every paired word must be a recognized variant (exact, transliteration,
     * spelling variant, skeleton): even with all other pairs exact, one pair that agrees only as strings (at most
     * {@link NameMatcher#FUZZY_CAP}) leaves the name below the threshold once the unpaired words are paid for.
     */
    static boolean onlyVariantsPair(int unpaired) {
        double bestWithAFuzzyPair = NameMatcher.WEAKEST_PAIR_WEIGHT * NameMatcher.FUZZY_CAP + (1 - NameMatcher.WEAKEST_PAIR_WEIGHT);
        return bestWithAFuzzyPair - NameMatcher.UNPAIRED_WORD_PENALTY * unpaired < NameMatcher.MATCH_THRESHOLD;
    }

    /**
     * A candidate condition. The matcher pairs as many words as the shorter name has, one to one, and every pair must
     * agree; so every word of the query must have a key in common with a stored name of as many words or more, and
     * {@code m} of them with a stored name of {@code m} words ({@code fewest <= m < n}: the query's other words stay
     * unpaired). Two adjacent query words may instead be one stored word written together ("Ji Hoon" / "Jihoon"): the
     * condition is met for each way of reading the query's words alone or two by two.
     *
     * @param groups one set of keys per compared word of the query
     * @param variants per compared word, the keys that find its variants: its exact and skeleton keys
     * @param joined the keys of each two adjacent words written together (one fewer than the groups)
     * @param fewest the fewest words of a stored name that can match the query read word by word
     */
    public record Query(List<Set<String>> groups, List<Set<String>> variants, List<Set<String>> joined, int fewest) {

        /** Whether a stored name with these keys is a candidate. */
        public boolean matches(Set<String> storedKeys) {
            for (List<Set<String>> conjunction : conjunctions()) {
                if (conjunction.stream().allMatch(keys -> keys.stream().anyMatch(storedKeys::contains))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The same condition as PostgreSQL {@code tsquery} input: the {@link #alternatives()} or'ed.
         */
        public String tsquery() {
            List<String> alternatives = alternatives();
            return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(") | (", alternatives) + ")";
        }

        /**
         * The alternatives of the condition, each a conjunction ({@code (a | b) & (c | d)}): all groups, each with the
         * keys of it written together with a neighbour; then for every shorter stored name of {@code m} words every
         * combination of {@code m} groups, their keys tagged {@code m} (where {@link #onlyVariantsPair}, two unpaired
         * words or more, only the keys of variants: exact and skeleton); then for each two adjacent words written
         * together, among the names of {@code m} words, their joined keys and one other word. Searched one by one (a
         * bitmap scan each, or'ed), the index starts each from its rarest group, among the names of {@code m} words
         * only; as one {@code tsquery} it would have to walk the keys of two groups and test the whole tree at every
         * record they name.
         */
        public List<String> alternatives() {
            List<String> out = new ArrayList<>();
            for (List<Set<String>> conjunction : conjunctions()) {
                out.add(text(conjunction));
            }
            return out;
        }

        private static String text(List<Set<String>> conjunction) {
            List<String> parts = new ArrayList<>();
            for (Set<String> keys : conjunction) {
                parts.add("(" + String.join(" | ", keys.stream().map(Query::lexeme).toList()) + ")");
            }
            return String.join(" & ", parts);
        }

        private static String lexeme(String key) {
            return "'" + key + "'";
        }

        /**
         * The share of the stored names estimated to meet the condition, from the share of the names that have each key
         * ({@code share}, 0 for a key it does not know): for each alternative, the product of its groups' shares (a
         * group's share: the sum of its keys', at most 1), or, where one key is in several of its groups (one stored
         * word can then meet them all: "Marie Maria", both {@code s_mr}), that key's share times the other groups'
         * when it is more; summed over the alternatives. An estimate, to tell the queries whose records are likely
         * far more than can be scored: names are not independent, and the share of a rare key is not known.
         */
        public double estimatedShare(java.util.function.ToDoubleFunction<String> share) {
            double total = 0;
            for (List<Set<String>> conjunction : conjunctions()) {
                double[] groupShare = new double[conjunction.size()];
                double product = 1;
                for (int g = 0; g < conjunction.size(); g++) {
                    double s = 0;
                    for (String key : conjunction.get(g)) {
                        s += share.applyAsDouble(key);
                    }
                    groupShare[g] = Math.min(1.0, s);
                    product *= groupShare[g];
                }
                double estimate = product;
                Set<String> seen = new java.util.HashSet<>();
                for (int g = 0; g < conjunction.size(); g++) {
                    for (String key : conjunction.get(g)) {
                        if (seen.add(key)) {
                            estimate = Math.max(estimate, sharedKeyShare(conjunction, key, share.applyAsDouble(key), groupShare));
                        }
                    }
                }
                total += estimate;
            }
            return Math.min(1.0, total);
        }

        /** A key's share times that of the groups without it; 0 unless the key is in two groups or more. */
        private static double sharedKeyShare(List<Set<String>> conjunction, String key, double keyShare, double[] groupShare) {
            int in = 0;
            double v = keyShare;
            for (int g = 0; g < conjunction.size(); g++) {
                if (conjunction.get(g).contains(key)) {
                    in++;
                } else {
                    v *= groupShare[g];
                }
            }
            return in >= 2 ? v : 0;
        }

        /** The alternatives as sets of (tagged) keys, a stored name meeting one key of each set of one of them. */
        List<List<Set<String>>> conjunctions() {
            Set<List<Set<String>>> out = new LinkedHashSet<>();
            int n = groups.size();
            // the words read one by one, among names of as many words or more: two adjacent stored words written
            // together meet the two query words written together (محمد علي and "Mohammed Ali" meet as "mhmdl" where
            // "Ali" alone has no skeleton key)
            List<Set<String>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Set<String> g = new LinkedHashSet<>(groups.get(i));
                if (i > 0) {
                    g.addAll(joined.get(i - 1));
                }
                if (i + 1 < n) {
                    g.addAll(joined.get(i));
                }
                all.add(g);
            }
            out.add(List.copyOf(all));
            for (int m = fewest; m < n; m++) {
                boolean variantsOnly = onlyVariantsPair(n - m);
                for (List<Integer> combination : combinations(n, m)) {
                    List<Set<String>> conjunction = new ArrayList<>();
                    for (int i : combination) {
                        conjunction.add(tagged(m, variantsOnly ? variantsOf(i) : groups.get(i)));
                    }
                    out.add(List.copyOf(conjunction));
                }
            }
            // words j and j + 1 as one stored word, the others alone or joined with another neighbour: a stored name
            // of as many words as that reading has or more meets the first alternative (the joined keys are in both
            // words' groups); a shorter one, of m words (2 to n - 2), the joined keys and at least one other word
            for (int j = 0; j + 1 < n; j++) {
                Set<String> anyOther = new LinkedHashSet<>();
                for (int k = 0; k < n; k++) {
                    if (k == j || k == j + 1) {
                        continue;
                    }
                    anyOther.addAll(groups.get(k));
                    if (k >= 1 && k - 1 != j + 1) {
                        anyOther.addAll(joined.get(k - 1));
                    }
                    if (k + 1 < n && k + 1 != j) {
                        anyOther.addAll(joined.get(k));
                    }
                }
                for (int m = 2; m <= n - 2; m++) {
                    out.add(List.of(tagged(m, joined.get(j)), tagged(m, anyOther)));
                }
            }
            return List.copyOf(out);
        }

        /**
         * The keys that find the variants of word {@code i}: its exact and skeleton keys. A word without a skeleton
         * key (one consonant) keeps all its keys.
         */
        private Set<String> variantsOf(int i) {
            Set<String> keys = variants.get(i);
            return keys.stream().anyMatch(k -> k.startsWith(SKELETON_PREFIX)) ? keys : groups.get(i);
        }

        private static Set<String> tagged(int words, Set<String> keys) {
            Set<String> out = new LinkedHashSet<>();
            keys.forEach(k -> out.add(SearchKeys.tagged(words, k)));
            return out;
        }

        /**
         * The {@link #alternatives()} joined by {@value #ALTERNATIVE_SEPARATOR}, for {@code string_to_array(?, ';')::tsquery[]}:
         * the whole condition as alternatives, one bitmap scan of the GIN index per element ({@link #searched()} is what
         * the member search binds: the same records, its alternatives met group by group). An alternative of a single
         * group, a disjunction (a one-word query's), is searched key by key: the index then adds each key's records to
         * the bitmap, where as one {@code tsquery} it tests the whole disjunction at every record of its keys (over the
         * benchmark's one-word queries, 2.0 ms instead of 2.6 on average, p99 24 ms instead of 37, the same records).
         */
        public String alternativesText() {
            return alternativesText(conjunctions());
        }

        private static String alternativesText(List<List<Set<String>>> conjunctions) {
            Set<String> out = new LinkedHashSet<>();
            for (List<Set<String>> conjunction : conjunctions) {
                if (conjunction.size() == 1) {
                    conjunction.get(0).forEach(k -> out.add(lexeme(k)));
                } else {
                    out.add(text(conjunction));
                }
            }
            return String.join(ALTERNATIVE_SEPARATOR, out);
        }

        /**
         * The condition as the database searches it fastest, the same records as {@link #alternativesText()}: each
         * alternative of two groups or more, up to {@value #MAX_MET_GROUP_BY_GROUP}, met group by group (a {@code tsquery}
         * per group), or one of the other alternatives ({@link #alternativesText()}'s form, empty when there is none). A
         * query of one word has no groups to meet together: its keys are all alternatives.
         *
         * <p>An alternative is a conjunction of groups of many keys (the first: every word of the query). As one
         * {@code tsquery}, each record of a whole group's keys is tested against the tree; met as one condition per
         * group (a GIN scan key each), the index intersects the groups, each group's records merged from its keys. The
         * first alternative so, over the benchmark's 834 queries of several words: 1.99 ms on average instead of 2.35,
         * p99 12.6 ms instead of 16.0 ("LI Jan Antonio": 11 ms instead of 21). The others too (a query of three words
         * has three more, two of its words among the names of two): 2.5 ms instead of 3.1 on average over the 248
         * queries of three words. The same records.
         */
        public Searched searched() {
            List<List<String>> groupByGroup = new ArrayList<>();
            List<List<Set<String>>> rest = new ArrayList<>();
            for (List<Set<String>> conjunction : conjunctions()) {
                if (conjunction.size() >= 2 && groupByGroup.size() < MAX_MET_GROUP_BY_GROUP) {
                    groupByGroup.add(conjunction.stream().map(g -> text(List.of(g))).toList());
                } else {
                    rest.add(conjunction);
                }
            }
            return new Searched(List.copyOf(groupByGroup), alternativesText(rest));
        }

        /**
         * Most alternatives {@link #searched()} meets group by group: every alternative of a query of up to four words
         * (the statement has one condition per group, and is planned once per number of groups of each alternative).
         */
        public static final int MAX_MET_GROUP_BY_GROUP = 16;

        /**
         * A condition as {@link #searched()} gives it: all {@code tsquery}s of one of the {@code conjunctions} met, or one
         * of the {@code alternatives} ({@value #ALTERNATIVE_SEPARATOR}-separated, none when empty).
         */
        public record Searched(List<List<String>> conjunctions, String alternatives) {

            /** The number of groups of each conjunction: the statement's shape. */
            public List<Integer> shape() {
                return conjunctions.stream().map(List::size).toList();
            }
        }

        /** Separates alternatives in {@link #alternativesText()}; keys are made of letters, digits and '_'. */
        public static final String ALTERNATIVE_SEPARATOR = ";";

        /**
         * The same condition with only each word's exact and skeleton keys (no deletions, no common forms near it):
         * its spellings and their transliteration variants, the closest candidates of a query with too many after
         * {@link #sameSpelling()}.
         */
        public Query exactOnly() {
            return new Query(variants, variants, joined, fewest);
        }

        /**
         * The same condition with only the exact keys of each word and of words written together (no skeletons): the
         * names spelt as the query is ("Pavlov", not every name whose skeleton is {@code pl}, Paul, Pablo, Pavel),
         * the closest candidates of a query with too many.
         */
        public Query sameSpelling() {
            List<Set<String>> exact = variants.stream().map(Query::exactKeys).toList();
            return new Query(exact, exact, joined.stream().map(Query::exactKeys).toList(), fewest);
        }

        private static Set<String> exactKeys(Set<String> keys) {
            Set<String> out = new LinkedHashSet<>();
            keys.stream().filter(k -> k.startsWith(EXACT_PREFIX)).forEach(out::add);
            return Collections.unmodifiableSet(out);
        }
    }

    /** Exact forms of a word (phonetic, ASCII) and of joined words. */
    static final String EXACT_PREFIX = "e_";
    /** Forms with one letter deleted. */
    static final String DELETION_PREFIX = "d_";
    /** Consonant skeletons. */
    static final String SKELETON_PREFIX = "s_";

    /**
     * The deletion keys of a word's form (without their prefix): the form itself (one word with a letter more than
     * the other shares it) and, from {@value #MIN_DELETION_LENGTH} letters, the form with each one letter deleted. Two
     * forms one edit apart (a letter typed wrong, missing, added, or two letters swapped) share one.
     */
    static Set<String> deletions(String form) {
        Set<String> out = new LinkedHashSet<>();
        out.add(form);
        if (form.length() >= MIN_DELETION_LENGTH) {
            for (int i = 0; i < form.length(); i++) {
                out.add(form.substring(0, i) + form.substring(i + 1));
            }
        }
        return out;
    }

    /** A stored word's keys: exact, deletion (none for a common form) and skeleton. */
    static Set<String> storedWordKeys(NameToken t, CommonForms common) {
        Set<String> keys = new LinkedHashSet<>();
        for (String form : forms(t)) {
            keys.add(EXACT_PREFIX + form);
            if (!common.contains(form)) {
                deletions(form).forEach(d -> keys.add(DELETION_PREFIX + d));
            }
        }
        skeleton(t, keys);
        return keys;
    }

    /**
     * A query word's keys: exact, deletion and skeleton, and the exact key of every common form that shares a
     * deletion key with it: the stored common forms it meets, which have no deletion keys.
     */
    static Set<String> queryWordKeys(NameToken t, CommonForms common) {
        Set<String> keys = new LinkedHashSet<>();
        for (String form : forms(t)) {
            keys.add(EXACT_PREFIX + form);
            deletions(form).forEach(d -> keys.add(DELETION_PREFIX + d));
        }
        skeleton(t, keys);
        for (String form : forms(t)) {
            common.near(form).forEach(f -> keys.add(EXACT_PREFIX + f));
        }
        return keys;
    }

    /** The keys that find a word's variants: its exact and skeleton keys. */
    static Set<String> variantKeys(NameToken t) {
        Set<String> keys = new LinkedHashSet<>();
        forms(t).forEach(form -> keys.add(EXACT_PREFIX + form));
        skeleton(t, keys);
        return keys;
    }

    /** A word's compared forms, phonetic then ASCII (one when they are the same). */
    private static Set<String> forms(NameToken t) {
        Set<String> out = new LinkedHashSet<>(2);
        for (String form : new String[]{t.phonetic(), t.ascii()}) {
            if (!form.isEmpty()) {
                out.add(form);
            }
        }
        return out;
    }

    private static void skeleton(NameToken t, Set<String> keys) {
        String skeleton = skeletonKey(t);
        if (skeleton.length() >= MIN_SKELETON_LENGTH) {
            keys.add(SKELETON_PREFIX + skeleton);
        }
    }

    static Set<String> joinedKeys(NameToken a, NameToken b) {
        NameToken joined = NameToken.of(a.ascii() + b.ascii(), a.role(), a.script());
        Set<String> keys = new LinkedHashSet<>();
        keys.add(EXACT_PREFIX + joined.phonetic());
        keys.add(EXACT_PREFIX + joined.ascii());
        String skeleton = skeletonKey(joined);
        if (!skeleton.isEmpty()) {
            keys.add(SKELETON_PREFIX + skeleton);
        }
        return keys;
    }

    /**
     * The word's skeleton without the letters that {@link Phonetics#skeletonDistance} lets agree with a vowel or
     * with each other ({@code i u I U j v G g}: "Youssef" {@code jsf} and يوسف {@code sf}, "Naguib" and نجيب): two
     * skeletons at distance 0 always have the same key.
     */
    static String skeletonKey(NameToken t) {
        String s = t.skeleton();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("iuIUjvGg".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static List<List<Integer>> combinations(int n, int k) {
        List<List<Integer>> out = new ArrayList<>();
        combine(0, n, k, new ArrayList<>(), out);
        return out;
    }

    private static void combine(int from, int n, int k, List<Integer> current, List<List<Integer>> out) {
        if (current.size() == k) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i <= n - (k - current.size()); i++) {
            current.add(i);
            combine(i + 1, n, k, current, out);
            current.remove(current.size() - 1);
        }
    }
}
