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
        assertThat(SearchKeys.stored(NameForms.of("Smith", "Hans Ivanovich"))).contains("e_smith", "3e_smith", "3d_ivanovich")
                .noneMatch(k -> k.startsWith("2"));
        assertThat(SearchKeys.stored(NameForms.of("Smith", null))).noneMatch(k -> Character.isDigit(k.charAt(0)));
        assertThat(SearchKeys.stored(NameForms.of("a b c d e f g h", null))).noneMatch(k -> Character.isDigit(k.charAt(0)));
        assertThat(SearchKeys.query(NameForms.of("a b c d e f", null)).fewest()).isEqualTo(3);
        assertThat(SearchKeys.query(NameForms.of("Garcia", "Juan")).tsquery()).startsWith("('e_garsia' | ").contains(") & (")
                .doesNotContain("'2");
        assertThat(q.tsquery()).startsWith("((").contains(") | (('2");
        // searched as alternatives: all five groups, then m of them with keys tagged m, for m = 2, 3, 4 (10 + 10 + 5 combinations)
        List<String> alternatives = q.alternatives();
        assertThat(alternatives).hasSize(1 + 10 + 10 + 5);
        assertThat(alternatives.get(0)).isEqualTo(String.join(" & ", List.of(group(q, 0, ""), group(q, 1, ""), group(q, 2, ""), group(q, 3, ""),
                group(q, 4, ""))));
        assertThat(alternatives.get(1)).isEqualTo(group(q, 0, "2") + " & " + group(q, 1, "2"));
        assertThat(alternatives.subList(1, 11)).allMatch(a -> a.startsWith("('2") && !a.contains("'3") && !a.contains("'e_"));
        assertThat(alternatives.subList(21, 26)).allMatch(a -> a.startsWith("('4"));
        assertThat(q.alternativesText().split(SearchKeys.Query.ALTERNATIVE_SEPARATOR)).containsExactlyElementsOf(alternatives);
        assertThat(SearchKeys.query(NameForms.of("Garcia", "Juan")).alternatives()).hasSize(1);
        assertThatThrownBy(() -> SearchKeys.query(NameForms.of("a b c d e f g h i", null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactOnlyKeepsTheExactAndSkeletonKeys() {
        SearchKeys.Query q = SearchKeys.query(NameForms.of("Ivanov", "Sergei")).exactOnly();
        assertThat(q.groups()).allMatch(g -> g.stream().noneMatch(k -> k.startsWith("d_")));
        assertThat(q.matches(SearchKeys.stored(NameForms.of("Иванов", "Сергей")))).isTrue();
        assertThat(q.matches(SearchKeys.stored(NameForms.of("Ivanol", "Sergei")))).isFalse();
    }

    private static String group(SearchKeys.Query q, int i, String tag) {
        return "(" + String.join(" | ", q.groups().get(i).stream().map(k -> "'" + tag + k + "'").toList()) + ")";
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
}
