package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The blocking keys against the matcher, on every labelled pair, both labels, both ways round: every pair the
 * matcher accepts is a candidate, except where a word has two typing errors (the keys tolerate one edit per word;
 * the matcher accepts two in a long word, and in the labelled set every such pair is two different people).
 */
class SearchKeysTest {

    /** The member search's acceptance rule (NoticeSearch.matches): a match, or a one-word query whose word agrees. */
    static boolean accepted(NameForms q, NameForms s) {
        NameMatch m = NameMatcher.score(q, s);
        return m.isMatch() || q.tokens().size() == 1 && m.pairs().size() == 1 && m.pairs().get(0).score() >= NameMatcher.MATCH_THRESHOLD;
    }

    @Test
    void everyPairTheMatcherAcceptsIsACandidate() {
        int accepted = 0;
        int candidates = 0;
        int rejectedButCandidate = 0;
        int rejected = 0;
        List<String> lost = new ArrayList<>();
        Set<NamePairs.Pair> twoEdits = new java.util.LinkedHashSet<>();
        for (NamePairs.Pair p : NamePairs.load()) {
            NameForms a = NameForms.of(p.queryFamily(), p.queryForenames());
            NameForms b = NameForms.of(p.storedFamily(), p.storedForenames());
            for (NameForms[] qs : new NameForms[][]{{a, b}, {b, a}}) {
                boolean candidate = SearchKeys.query(qs[0]).matches(SearchKeys.stored(qs[1]));
                if (accepted(qs[0], qs[1])) {
                    accepted++;
                    if (candidate) {
                        candidates++;
                    } else if (twoEditsInAWord(NameMatcher.score(qs[0], qs[1]))) {
                        twoEdits.add(p);
                    } else {
                        lost.add(p.describe() + " " + SearchKeys.stored(qs[1]));
                    }
                } else {
                    rejected++;
                    if (candidate) {
                        rejectedButCandidate++;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nSearch keys: %d/%d accepted pairs are candidates; %d/%d rejected pairs are candidates too (scored, then dropped)%n",
                candidates, accepted, rejectedButCandidate, rejected);
        twoEdits.forEach(p -> System.out.println("  accepted by the matcher, two edits in a word, not a candidate: " + p.describe()));
        assertThat(lost).as("pairs the matcher accepts that the keys would never find").isEmpty();
        assertThat(twoEdits).as("same-person pairs lost to the one-edit limit").noneMatch(NamePairs.Pair::same);
        assertThat(accepted).as("pairs both ways round the matcher accepts").isGreaterThan(400);
        // the keys are selective: most pairs the matcher rejects are not even candidates
        assertThat(rejectedButCandidate).isLessThan(rejected / 2);
    }

    /** Whether a paired word is a typo of two edits or more, in its phonetic and its ASCII form. */
    static boolean twoEditsInAWord(NameMatch m) {
        return m.pairs().stream().anyMatch(t -> t.kind() == MatchKind.TYPO
                && StringMetrics.damerauLevenshtein(t.query().phonetic(), t.stored().phonetic()) >= 2
                && StringMetrics.damerauLevenshtein(t.query().ascii(), t.stored().ascii()) >= 2);
    }

    @Test
    void keysOfTransliterationVariantsTyposAndJoinedWordsMeet() {
        Set<String> stored = SearchKeys.stored(NameForms.of("Прокопчук", "Юрий"));
        assertThat(SearchKeys.query(NameForms.of("Prokopchuk", "Yuriy")).matches(stored)).isTrue();
        assertThat(SearchKeys.query(NameForms.of("Prokpochuk", "Yuriy")).matches(stored)).as("two letters swapped").isTrue();
        assertThat(SearchKeys.query(NameForms.of("Yuriy", "Prokopchuk")).matches(stored)).as("order").isTrue();
        assertThat(SearchKeys.query(NameForms.of("Prokopchuk", "Oleg")).matches(stored)).as("another forename").isFalse();
        assertThat(SearchKeys.query(NameForms.of("Prokopchuk", null)).matches(stored)).as("one word").isTrue();
        assertThat(SearchKeys.query(NameForms.of("محمد", null)).matches(SearchKeys.stored(NameForms.of("Muhammad", null)))).isTrue();
        assertThat(SearchKeys.query(NameForms.of("Abubakar", "Musa")).matches(SearchKeys.stored(NameForms.of("Abu Bakar", "Musa")))).isTrue();
        assertThat(SearchKeys.query(NameForms.of("Abu Bakar", "Musa")).matches(SearchKeys.stored(NameForms.of("Abubakar", "Musa")))).isTrue();
        assertThat(stored).contains("s_prkphk", "e_prokopchuk").allMatch(k -> k.matches("[2-7]?[eds]_[a-z]+"));
    }

    @Test
    void aLongQueryNeedsAllButTheWordsTheMatcherMayLeaveUnpaired() {
        assertThat(SearchKeys.maxUnpaired()).isEqualTo(3);
        SearchKeys.Query q = SearchKeys.query(NameForms.of("Garcia Lopez", "Juan Carlos Antonio"));
        assertThat(q.groups()).hasSize(5);
        assertThat(q.fewest()).isEqualTo(2);
        assertThat(q.matches(SearchKeys.stored(NameForms.of("Garcia", "Juan")))).isTrue();
        assertThat(q.matches(SearchKeys.stored(NameForms.of("Garcia", "Pedro")))).isFalse();
        // as many words as the query: all must be met (the matcher pairs them all)
        assertThat(q.matches(SearchKeys.stored(NameForms.of("Garcia Perez", "Juan Pablo Antonio")))).isFalse();
        assertThat(SearchKeys.query(NameForms.of("Hans Ivanovich", null)).matches(SearchKeys.stored(NameForms.of("Smith", "Hans Ivanovich")))).isTrue();
        assertThat(SearchKeys.query(NameForms.of("Zxqwert", "Hans Ivanovich")).matches(SearchKeys.stored(NameForms.of("Smith", "Hans Ivanovich")))).isFalse();
        assertThat(SearchKeys.query(NameForms.of("Zxqwert", "Hans Ivanovich")).matches(SearchKeys.stored(NameForms.of("Hans", "Ivanovich")))).isTrue();
        // a spelling's keys again, tagged with its number of words: how longer queries find it
        assertThat(SearchKeys.stored(NameForms.of("Smith", "Hans Kovarik"))).contains("e_smith", "3e_smith", "3d_kovarik", "3d_kovrik")
                .noneMatch(k -> k.startsWith("2"));
        assertThat(SearchKeys.stored(NameForms.of("Smith", null))).noneMatch(k -> Character.isDigit(k.charAt(0)));
        assertThat(SearchKeys.stored(NameForms.of("a b c d e f g h", null))).noneMatch(k -> Character.isDigit(k.charAt(0)));
        assertThat(SearchKeys.query(NameForms.of("a b c d e f", null)).fewest()).isEqualTo(3);
        assertThat(SearchKeys.query(NameForms.of("Garcia", "Juan")).tsquery()).startsWith("('e_garsia' | ").contains(") & (")
                .contains("'e_garsiayuan' | 'e_garciajuan' | 's_rsn'").doesNotContain("'2");
        assertThat(q.tsquery()).startsWith("((").contains(") | (('2");
        // searched as alternatives: all five groups, then m of them with keys tagged m, for m = 2, 3, 4 (10 + 10 + 5
        // combinations), then for each of the 4 pairs of adjacent words written together: with one other word among the
        // names of 2 and 3 words
        List<String> alternatives = q.alternatives();
        assertThat(alternatives).hasSize(1 + 10 + 10 + 5 + 4 * 2);
        // all five, each word with the keys of it and a neighbour written together (two stored words written together)
        assertThat(alternatives.get(0)).startsWith(group(q, 0, "").replace(")", " | 'e_garsialopez' | ")).contains(" & ")
                .contains("'e_lopeziuan' | 'e_lopezjuan' | 's_lpzn')").doesNotContain("'2");
        // among the names of 2 words three query words are unpaired: only variants (exact and skeleton keys) can pair
        assertThat(alternatives.get(1)).isEqualTo(variantGroup(q, 0, "2") + " & " + variantGroup(q, 1, "2"));
        // (Juan, with a single consonant, has no skeleton key: it keeps all its keys)
        assertThat(alternatives.subList(1, 11)).allMatch(a -> a.startsWith("('2") && !a.contains("'3") && !a.contains("'e_")
                && !a.contains("d_garsia") && !a.contains("d_karlos"));
        assertThat(alternatives.subList(11, 21)).allMatch(a -> a.startsWith("('3") && !a.contains("d_garsia") && !a.contains("d_karlos"));
        assertThat(alternatives.get(2)).isEqualTo(variantGroup(q, 0, "2") + " & " + group(q, 2, "2"));
        // among the names of 4 words one query word is unpaired: a typo can still pair
        assertThat(alternatives.subList(21, 26)).allMatch(a -> a.startsWith("('4") && a.contains("'4d_"));
        assertThat(alternatives.get(26)).startsWith("('2e_garsialopez' | ").contains(") & ('2e_juan' | '2d_juan' | ");
        assertThat(alternatives.get(27)).startsWith("('3e_garsialopez' | ");
        assertThat(q.alternativesText().split(SearchKeys.Query.ALTERNATIVE_SEPARATOR)).containsExactlyElementsOf(alternatives);
        assertThat(SearchKeys.query(NameForms.of("Garcia", "Juan")).alternatives()).hasSize(1);
        // a one-word query's condition is one disjunction, searched key by key
        SearchKeys.Query one = SearchKeys.query(NameForms.of("Omari", null));
        assertThat(one.alternatives()).hasSize(1);
        List<String> keys = List.of(one.alternatives().get(0).replaceAll("[()]", "").split(" \\| "));
        assertThat(keys).hasSizeGreaterThan(5).contains("'e_omari'").allMatch(k -> k.matches("'[a-z0-9_]+'"));
        assertThat(one.alternativesText().split(SearchKeys.Query.ALTERNATIVE_SEPARATOR)).containsExactlyElementsOf(keys);
        // as the database searches them: a one-word query's keys are all alternatives; a query of several words has
        // each alternative's groups met together, one tsquery each (up to 16 alternatives), or one of the others
        assertThat(one.searched().conjunctions()).isEmpty();
        assertThat(one.searched().alternatives()).isEqualTo(one.alternativesText());
        SearchKeys.Query.Searched five = q.searched();
        assertThat(five.conjunctions()).hasSize(SearchKeys.Query.MAX_MET_GROUP_BY_GROUP);
        for (int i = 0; i < SearchKeys.Query.MAX_MET_GROUP_BY_GROUP; i++) {
            assertThat(five.conjunctions().get(i)).containsExactly(alternatives.get(i).split(" & "));
        }
        assertThat(five.shape().subList(0, 12)).containsExactly(5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3);
        assertThat(five.alternatives().split(SearchKeys.Query.ALTERNATIVE_SEPARATOR))
                .containsExactlyElementsOf(alternatives.subList(SearchKeys.Query.MAX_MET_GROUP_BY_GROUP, alternatives.size()));
        SearchKeys.Query.Searched two = SearchKeys.query(NameForms.of("Garcia", "Juan")).searched();
        assertThat(two.shape()).containsExactly(2);
        assertThat(two.conjunctions().get(0)).allMatch(g -> g.startsWith("('") && g.endsWith("')") && !g.contains("&"));
        assertThat(two.alternatives()).isEmpty();
        // three words: all three together, or two of them among the names of two words (three ways), each met group by group
        SearchKeys.Query three = SearchKeys.query(NameForms.of("Garcia Lopez", "Juan"));
        assertThat(three.searched().shape()).containsExactly(3, 2, 2, 2);
        assertThat(three.searched().conjunctions().get(1)).allMatch(g -> g.startsWith("('2") && !g.contains("&"));
        assertThat(three.searched().alternatives()).isEmpty();
        List<String> threeAlternatives = three.alternatives();
        for (int i = 0; i < threeAlternatives.size(); i++) {
            assertThat(String.join(" & ", three.searched().conjunctions().get(i))).isEqualTo(threeAlternatives.get(i));
        }
        assertThatThrownBy(() -> SearchKeys.query(NameForms.of("a b c d e f g h i", null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommonFormHasNoDeletionKeysAndAQueryNearItAsksForItsExactKey() {
        assertThat(CommonForms.NAMES.contains("ivanovich")).isTrue();
        assertThat(CommonForms.NAMES.contains("kovarik")).isFalse();
        assertThat(CommonForms.NAMES.size()).as("forms of the listed names").isGreaterThan(1000);
        // stored: the common word has its exact and skeleton keys only, the rare one its deletion keys too
        Set<String> stored = SearchKeys.stored(NameForms.of("Kovarik", "Ivanovich"));
        assertThat(stored).contains("e_ivanovich", "e_kovarik", "d_kovarik", "d_kovrik")
                .noneMatch(k -> k.startsWith("d_") && k.contains("vanov"));
        assertThat(stored).hasSizeLessThan(SearchKeys.stored(NameForms.of("Kovarik", "Ivanovich"), CommonForms.NONE).size() / 2);
        // a query with a typo of the common word asks for its exact key, and keeps its own deletion keys (a stored
        // name may have the same typo, or another one)
        SearchKeys.Query typo = SearchKeys.query(NameForms.of("Kovarik", "Ivanovihc"));
        assertThat(typo.groups().get(1)).contains("e_ivanovich", "e_ivanovihc", "d_ivanovih", "d_ivanovic");
        assertThat(typo.matches(stored)).isTrue();
        assertThat(typo.exactOnly().groups().get(1)).doesNotContain("e_ivanovich").contains("e_ivanovihc");
        assertThat(typo.matches(SearchKeys.stored(NameForms.of("Kovarik", "Ivanovihc")))).isTrue();
        assertThat(typo.matches(SearchKeys.stored(NameForms.of("Kovarik", "Ivanovich Ixanoxihc")))).as("one word, of two stored, near").isTrue();
        assertThat(typo.matches(SearchKeys.stored(NameForms.of("Kovarik", "Ixanoxihc")))).as("two letters changed").isFalse();
    }

    /**
     * The common forms change the keys, never the candidates: on the labelled names (each against every other), and on
     * common names and their typos (a letter missing, added, changed, two swapped) in names of one to three words,
     * every query is a candidate for the same stored names with the common forms as without, and as for names stored
     * with every deletion key (before the common forms, or before a name was added to them).
     */
    @Test
    void commonFormsChangeTheKeysNotTheCandidates() {
        List<NameForms> names = new ArrayList<>();
        for (NamePairs.Pair p : NamePairs.load()) {
            names.add(NameForms.of(p.queryFamily(), p.queryForenames()));
            names.add(NameForms.of(p.storedFamily(), p.storedForenames()));
        }
        String[] common = {"Ivanovich", "Petrovich", "Maria", "Mohammed", "Garcia", "Papadopoulos", "Kuznetsov", "Ali", "Li", "Nguyen",
                "Antonio", "Jose", "Shevchenko", "Georgiou"};
        String[] others = {"Kovarik", "Sergei", "Zxqwert"};
        for (String c : common) {
            for (String w : typos(c)) {
                for (String o : others) {
                    names.add(NameForms.of(o, w));
                    names.add(NameForms.of(w, o + " " + others[(o.length() + w.length()) % others.length]));
                }
                names.add(NameForms.of(w, null));
            }
        }
        Set<Long> with = candidatePairs(names, CommonForms.NAMES, CommonForms.NAMES);
        Set<Long> without = candidatePairs(names, CommonForms.NONE, CommonForms.NONE);
        // the records stored before (every deletion key) are the candidates of the same queries
        Set<Long> storedBefore = candidatePairs(names, CommonForms.NAMES, CommonForms.NONE);
        long keysWith = names.stream().mapToLong(n -> SearchKeys.stored(n, CommonForms.NAMES).size()).sum();
        long keysWithout = names.stream().mapToLong(n -> SearchKeys.stored(n, CommonForms.NONE).size()).sum();
        List<String> differ = new ArrayList<>();
        for (long pair : symmetricDifference(with, without)) {
            differ.add(names.get((int) (pair / names.size())).asciiFull() + " -> " + names.get((int) (pair % names.size())).asciiFull()
                    + " (" + without.contains(pair) + " without common forms)");
        }
        System.out.printf(Locale.ROOT, "%nCommon forms: %d x %d names, %d candidate pairs with them, %d without; stored keys %d instead of %d%n",
                names.size(), names.size(), with.size(), without.size(), keysWith, keysWithout);
        assertThat(differ).isEmpty();
        assertThat(symmetricDifference(storedBefore, without)).as("keys stored without the common forms").isEmpty();
        assertThat(without.size()).as("typos of common names meet").isGreaterThan(names.size() * 3);
        assertThat(keysWith).isLessThan(keysWithout);
    }

    /**
     * The pairs (query index times the number of names, plus stored index) where the query is a candidate for the
     * stored name: {@link SearchKeys.Query#matches}, tried only on the stored names that have one of the query's keys.
     */
    private static Set<Long> candidatePairs(List<NameForms> names, CommonForms common, CommonForms storedWith) {
        List<Set<String>> stored = names.stream().map(n -> SearchKeys.stored(n, storedWith)).toList();
        java.util.Map<String, List<Integer>> byKey = new java.util.HashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            for (String k : stored.get(i)) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> out = new java.util.HashSet<>();
        for (int q = 0; q < names.size(); q++) {
            List<List<Set<String>>> conjunctions = SearchKeys.query(names.get(q), common).conjunctions();
            // the stored names with a key of the first group of every alternative
            java.util.BitSet near = new java.util.BitSet(names.size());
            conjunctions.forEach(c -> c.get(0).forEach(k -> byKey.getOrDefault(k, List.of()).forEach(near::set)));
            for (int s = near.nextSetBit(0); s >= 0; s = near.nextSetBit(s + 1)) {
                if (meets(conjunctions, stored.get(s))) {
                    out.add((long) q * names.size() + s);
                }
            }
        }
        return out;
    }

    private static Set<Long> symmetricDifference(Set<Long> a, Set<Long> b) {
        Set<Long> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        out.removeIf(x -> a.contains(x) && b.contains(x));
        return out;
    }

    /** {@link SearchKeys.Query#matches}, given the query's alternatives. */
    private static boolean meets(List<List<Set<String>>> conjunctions, Set<String> stored) {
        for (List<Set<String>> conjunction : conjunctions) {
            boolean all = true;
            for (Set<String> keys : conjunction) {
                if (java.util.Collections.disjoint(keys, stored)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The word, and one-edit typos of it: each letter deleted, a letter added, one changed, two swapped. */
    private static List<String> typos(String word) {
        List<String> out = new ArrayList<>(List.of(word));
        for (int i = 1; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
            out.add(word.substring(0, i) + "e" + word.substring(i));
            out.add(word.substring(0, i) + (word.charAt(i) == 'k' ? 'c' : 'k') + word.substring(i + 1));
            if (i + 1 < word.length()) {
                out.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
        }
        return out;
    }

    @Test
    void exactOnlyKeepsTheExactAndSkeletonKeys() {
        SearchKeys.Query q = SearchKeys.query(NameForms.of("Ivanov", "Sergei")).exactOnly();
        assertThat(q.groups()).allMatch(g -> g.stream().noneMatch(k -> k.startsWith("d_")));
        assertThat(q.matches(SearchKeys.stored(NameForms.of("Иванов", "Сергей")))).isTrue();
        assertThat(q.matches(SearchKeys.stored(NameForms.of("Ivanol", "Sergei")))).isFalse();
    }

    @Test
    void theSameSpellingLeavesOutTheSkeletons() {
        SearchKeys.Query q = SearchKeys.query(NameForms.of("Pavlov", null));
        Set<String> paul = SearchKeys.stored(NameForms.of("Paul", null));
        Set<String> pavlov = SearchKeys.stored(NameForms.of("Павлов", null));
        // Paul and Pavlov share the skeleton key s_pl: a variant, not the same spelling
        assertThat(q.exactOnly().matches(paul)).isTrue();
        assertThat(q.sameSpelling().matches(paul)).isFalse();
        assertThat(q.sameSpelling().matches(pavlov)).isTrue();
        assertThat(q.sameSpelling().groups()).allMatch(g -> g.stream().allMatch(k -> k.startsWith("e_")));
        assertThat(SearchKeys.query(NameForms.of("Abu Bakar", "Musa")).sameSpelling().matches(SearchKeys.stored(NameForms.of("Abubakar", "Musa"))))
                .as("two words written together").isTrue();
    }

    private static String group(SearchKeys.Query q, int i, String tag) {
        return "(" + String.join(" | ", q.groups().get(i).stream().map(k -> "'" + tag + k + "'").toList()) + ")";
    }

    private static String variantGroup(SearchKeys.Query q, int i, String tag) {
        return "(" + String.join(" | ", q.groups().get(i).stream().filter(k -> !k.startsWith("d_")).map(k -> "'" + tag + k + "'").toList()) + ")";
    }

    @Test
    void withTwoUnpairedWordsOnlyVariantsOfTheOthersAreCandidates() {
        assertThat(SearchKeys.onlyVariantsPair(1)).isFalse();
        assertThat(SearchKeys.onlyVariantsPair(2)).isTrue();
        NameForms typo = NameForms.of("Garcai", "Juan");
        NameForms variant = NameForms.of("Garsia", "Juan");
        // four query words against two stored words: two unpaired, a typo cannot pass, a spelling variant can
        NameForms four = NameForms.of("Garcia Lopez", "Juan Carlos");
        assertThat(SearchKeysTest.accepted(four, typo)).isFalse();
        assertThat(SearchKeys.query(four).matches(SearchKeys.stored(typo))).isFalse();
        assertThat(SearchKeysTest.accepted(four, variant)).isTrue();
        assertThat(SearchKeys.query(four).matches(SearchKeys.stored(variant))).isTrue();
        // three query words: one unpaired, the typo passes and is a candidate
        NameForms three = NameForms.of("Garcia", "Juan Carlos");
        assertThat(SearchKeysTest.accepted(three, typo)).isTrue();
        assertThat(SearchKeys.query(three).matches(SearchKeys.stored(typo))).isTrue();
    }

    @Test
    void twoWordsWrittenTogetherStandForOneStoredWordNeverOneWordForTwo() {
        SearchKeys.Query q = SearchKeys.query(NameForms.of("Zugaenr", "Ji-hoon Paul"));
        assertThat(q.groups()).hasSize(4);
        // "Ji" and "Hoon" written together share a skeleton with Han, Hana, Hanna...: no such name of two words is a
        // candidate on that word alone
        NameForms hana = NameForms.of("Lopez", "Hana");
        assertThat(SearchKeysTest.accepted(NameForms.of("Zugaenr", "Ji-hoon Paul"), hana)).isFalse();
        assertThat(q.matches(SearchKeys.stored(hana))).isFalse();
        assertThat(q.matches(SearchKeys.stored(NameForms.of("Kim", "Jihoon")))).isFalse();
        // the joined word and another word of the query: a candidate, and a match
        NameForms jihoon = NameForms.of("Zugaenr", "Jihoon");
        assertThat(SearchKeysTest.accepted(NameForms.of("Zugaenr", "Ji-hoon Paul"), jihoon)).isTrue();
        assertThat(q.matches(SearchKeys.stored(jihoon))).isTrue();
        assertThat(q.matches(SearchKeys.stored(NameForms.of("Zugaenr", "Jihoon Paul")))).isTrue();
        // a two-word query written together is one word, met in the first alternative (the joined keys are in both groups)
        SearchKeys.Query two = SearchKeys.query(NameForms.of("Ji Hoon", null));
        assertThat(two.alternatives()).hasSize(1);
        assertThat(SearchKeysTest.accepted(NameForms.of("Ji Hoon", null), NameForms.of("Jihoon", null))).isTrue();
        assertThat(two.matches(SearchKeys.stored(NameForms.of("Jihoon", null)))).isTrue();
    }

    @Test
    void restoredFormsAreTheFormsOfEveryLabelledName() {
        int names = 0;
        for (NamePairs.Pair p : NamePairs.load()) {
            for (NameForms f : List.of(NameForms.of(p.queryFamily(), p.queryForenames()), NameForms.of(p.storedFamily(), p.storedForenames()))) {
                NameForms r = NameForms.restore(f.family(), f.forenames(), f.latin(), f.familyAscii(), f.forenamesAscii());
                assertThat(r.script()).isEqualTo(f.script());
                assertThat(r.latin()).isEqualTo(f.latin());
                assertThat(r.asciiFull()).isEqualTo(f.asciiFull());
                assertThat(r.tokens()).isEqualTo(f.tokens());
                assertThat(r.tokens().stream().map(NameToken::phonetic).toList()).isEqualTo(f.tokens().stream().map(NameToken::phonetic).toList());
                assertThat(r.skeletonKey()).isEqualTo(f.skeletonKey());
                assertThat(SearchKeys.stored(r)).isEqualTo(SearchKeys.stored(f));
                names++;
            }
        }
        // and the hyphen that makes an Arabic article a particle survives
        NameForms f = NameForms.of("ar-Rashid", "Omar");
        assertThat(f.familyAscii()).isEqualTo("ar-rashid");
        assertThat(NameForms.restore(f.family(), f.forenames(), f.latin(), f.familyAscii(), f.forenamesAscii()).tokens()).isEqualTo(f.tokens());
        assertThat(names).isGreaterThan(400);
    }

    @Test
    void restorableFormsAreOneTextArrayInPostgresInputForm() {
        NameForms a = NameForms.of("ar-Rashid", "Omar");
        NameForms b = NameForms.of("O\"Neil\\", "Sean");
        assertThat(NameForms.restorable(List.of(a)))
                .isEqualTo("{\"ar-Rashid\",\"Omar\",\"" + a.latin() + "\",\"ar-rashid\",\"omar\"}");
        // five elements per spelling, in order; quotes and backslashes escaped inside the quoted elements
        String two = NameForms.restorable(List.of(a, b));
        assertThat(two).startsWith("{\"ar-Rashid\",").contains(",\"O\\\"Neil\\\\\",\"Sean\",").endsWith("\"}");
        assertThat(two.split("\",\"")).hasSize(10);
        assertThat(NameForms.restorable(List.of())).isEqualTo("{}");
    }

    @Test
    void theShareOfNamesMeetingAQueryIsEstimatedFromItsKeysShares() {
        SearchKeys.Query ivanPetrov = SearchKeys.query(NameForms.of("Petrov", "Ivan"));
        // no key known: nothing to estimate
        assertThat(ivanPetrov.estimatedShare(k -> 0)).isZero();
        // a tenth of the names have "ivan", a fifth "petrov": both words together, as if independent, 2 %
        java.util.Map<String, Double> shares = java.util.Map.of("e_ivan", 0.1, "e_petrov", 0.2);
        assertThat(ivanPetrov.estimatedShare(k -> shares.getOrDefault(k, 0.0))).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-9));
        // every key on every name: at most all of them
        assertThat(ivanPetrov.estimatedShare(k -> 0.5)).isEqualTo(1.0);
    }

    @Test
    void aKeyInTwoGroupsOfAQueryIsEnoughForBoth() {
        // Marie and Maria share the skeleton "mr": one stored word meets both groups, so every name with it may be a
        // candidate of "Marie Maria", where for "Marie Petrov" the other word must be there too
        java.util.function.ToDoubleFunction<String> mr = k -> k.equals("s_mr") ? 0.05 : 0.0;
        assertThat(SearchKeys.query(NameForms.of("Marie Maria", null)).estimatedShare(mr)).isGreaterThanOrEqualTo(0.05);
        assertThat(SearchKeys.query(NameForms.of("Marie Petrov", null)).estimatedShare(mr)).isZero();
    }
}
