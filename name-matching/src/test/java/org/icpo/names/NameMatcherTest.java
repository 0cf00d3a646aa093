package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private static NameMatch score(String qFamily, String qForenames, String sFamily, String sForenames) {
        return NameMatcher.score(NameForms.of(qFamily, qForenames), NameForms.of(sFamily, sForenames));
    }

    private static TokenMatch word(String a, String b) {
        return NameMatcher.compare(NameForms.of(a, null).tokens().get(0), NameForms.of(b, null).tokens().get(0));
    }

    @Test
    void theSameNameScoresOne() {
        NameMatch m = score("Ivanov", "Sergei", "Ivanov", "Sergei");
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.isMatch()).isTrue();
        assertThat(m.weakestKind()).isEqualTo(MatchKind.EXACT_ASCII);
        assertThat(m.explanation()).startsWith("1.00: family 'ivanov'~'ivanov' exact ASCII");
    }

    @Test
    void eachWordComparisonSaysWhichFormMatched() {
        assertThat(word("Müller", "Muller").kind()).isEqualTo(MatchKind.EXACT_ASCII);
        assertThat(word("Иванов", "Ivanov").kind()).isEqualTo(MatchKind.TRANSLITERATION);
        assertThat(word("Sergey", "Sergej").kind()).isEqualTo(MatchKind.SPELLING_VARIANT);
        assertThat(word("Mohammed", "Muhammad").kind()).isEqualTo(MatchKind.SKELETON);
        assertThat(word("محمد", "Mohamed").kind()).isEqualTo(MatchKind.SKELETON);
        assertThat(word("Prokopchuk", "Prokopchuck").kind()).isEqualTo(MatchKind.SPELLING_VARIANT);
        assertThat(word("Fernandez", "Fernadez").kind()).isEqualTo(MatchKind.TYPO);
        // a vowel moved over a consonant keeps skeleton and vowel order
        assertThat(word("Kowalski", "Kowlaski").kind()).isEqualTo(MatchKind.SKELETON);
        assertThat(word("Karim", "Karima").kind()).isEqualTo(MatchKind.DERIVED_FORM);
        assertThat(word("Papadopoulos", "Papadakis").kind()).isEqualTo(MatchKind.DIFFERENT);
    }

    @Test
    void scoresOfTheKindsAreOrdered() {
        assertThat(word("Sergey", "Sergej").score()).isGreaterThan(word("Mohammed", "Muhammad").score());
        assertThat(word("Mohammed", "Muhammad").score()).isGreaterThan(word("Fernandez", "Fernadez").score());
        assertThat(word("Fernandez", "Fernadez").score()).isLessThanOrEqualTo(NameMatcher.FUZZY_CAP)
                .isGreaterThanOrEqualTo(NameMatcher.MATCH_THRESHOLD);
    }

    @Test
    void crossScriptTransliterationVariantsMatch() {
        assertThat(score("Prokopchuk", "Yuri", "Прокопчук", "Юрий").isMatch()).isTrue();
        assertThat(score("Mohammed", "Ali", "محمد", "علي").isMatch()).isTrue();
        assertThat(score("Papadopoulos", "Georgios", "Παπαδόπουλος", "Γεώργιος").isMatch()).isTrue();
    }

    @Test
    void differentPeopleWithSimilarNamesAreKeptApart() {
        assertThat(score("Ahmed", "Hassan", "Ahmed", "Hussein").isMatch()).isFalse();
        assertThat(score("Hassan", "Ahmed", "Hussein", "Ahmed").isMatch()).isFalse();
        assertThat(score("Papadopoulos", "Georgios", "Papadakis", "Georgios").isMatch()).isFalse();
        assertThat(score("Ivanov", "Aleksandr", "Ivanenko", "Aleksandr").isMatch()).isFalse();
        assertThat(score("Hussein", "Ahmed", "حسن", "أحمد").isMatch()).isFalse();
        assertThat(score("Volkov", "Evgeny", "Volkova", "Evgenia").isMatch()).isFalse();
        assertThat(score("Hernandez", "Carlos", "Fernandez", "Carlos").isMatch()).isFalse();
    }

    @Test
    void swappedFamilyNameAndForenameStillMatchWithANote() {
        NameMatch m = score("Sergei", "Ivanov", "Ivanov", "Sergei");
        assertThat(m.isMatch()).isTrue();
        assertThat(m.orderSwapped()).isTrue();
        assertThat(m.score()).isEqualTo(1.0 - NameMatcher.ORDER_SWAP_PENALTY);
        assertThat(m.explanation()).contains("family name and forename swapped");
        assertThat(score("Ivanov", "Sergei", "Ivanov", "Sergei").orderSwapped()).isFalse();
    }

    @Test
    void aMissingMiddleNameCostsLittle() {
        NameMatch m = score("Ivanov", "Sergei", "Ivanov", "Sergei Petrovich");
        assertThat(m.isMatch()).isTrue();
        assertThat(m.score()).isEqualTo(1.0 - NameMatcher.UNPAIRED_WORD_PENALTY);
        assertThat(m.missingInQuery()).extracting(NameToken::ascii).containsExactly("petrovich");
        assertThat(m.explanation()).contains("missing in query: petrovich");

        NameMatch reverse = score("Ivanov", "Sergei Petrovich", "Ivanov", "Sergei");
        assertThat(reverse.isMatch()).isTrue();
        assertThat(reverse.extraInQuery()).extracting(NameToken::ascii).containsExactly("petrovich");
    }

    @Test
    void aSingleWordQueryNeverMatchesWithFullConfidence() {
        NameMatch m = score("Hassan", null, "Hassan", "Ahmed");
        assertThat(m.score()).isEqualTo(NameMatcher.SINGLE_WORD_CAP);
        assertThat(m.isMatch()).isFalse();
        assertThat(m.explanation()).contains("only one word compared");
        assertThat(score(null, "Mohammed", "Hassan", "Mohammed Ali").isMatch()).isFalse();
        // a mononym against the same mononym is a full match
        assertThat(score("Suharto", null, "Suharto", null).score()).isEqualTo(1.0);
    }

    @Test
    void forenamesWithoutTheFamilyNameRankBelowEveryNameWhoseFamilyNameAgrees() {
        // two common forenames and no family name had scored 0.96, above the right family name with a variant forename
        NameMatch forenamesOnly = score("Mohammed Yousef", null, "Abdelrahman", "Mohammed Yousef");
        assertThat(forenamesOnly.score()).isEqualTo(NameMatcher.FAMILY_NAME_MISSING_CAP);
        assertThat(forenamesOnly.isMatch()).isFalse();
        assertThat(forenamesOnly.familyNameMissing()).isTrue();
        assertThat(forenamesOnly.forenamesMatch()).as("the words it has are the person's").isTrue();
        assertThat(forenamesOnly.explanation()).contains("missing in query: abdelrahman").contains("no family name in the query (capped at 0.75)");
        assertThat(score(null, "Nikolai Gavrilovich", "Chernyshevskiy", "Nikolai Gavrilovich").score())
                .isEqualTo(NameMatcher.FAMILY_NAME_MISSING_CAP);
        NameMatch withFamily = score("Abdelrahman", "Mohamed", "Abdelrahman", "Mohammed Yousef");
        assertThat(withFamily.isMatch()).isTrue();
        assertThat(withFamily.score()).isGreaterThan(forenamesOnly.score());
        assertThat(withFamily.familyNameMissing()).isFalse();
        // forenames that do not agree are no match, capped or not
        assertThat(score("Mohammed Yusuf", null, "Abdelrahman", "Ahmed Yousef").forenamesMatch()).isFalse();
        // the family name given with a forename, a middle name left out: as before
        assertThat(score("Abdelrahman", "Yousef", "Abdelrahman", "Mohammed Yousef").score()).isEqualTo(0.96);
        // more than one stored family word: one of them given is enough to be named
        assertThat(score("Garcia", "Gabriel", "Garcia Marquez", "Gabriel").familyNameMissing()).isFalse();
    }

    @Test
    void aTypoInOneWordStillMatches() {
        NameMatch m = score("Fernadez", "Carlos", "Fernandez", "Carlos");
        assertThat(m.isMatch()).isTrue();
        assertThat(m.weakestKind()).isEqualTo(MatchKind.TYPO);
        assertThat(m.explanation()).contains("typo");
    }

    @Test
    void wordsWrittenTogetherOnOneSideAreJoined() {
        assertThat(score("Abubakar", "Ahmed", "Abu Bakr", "Ahmed").isMatch()).isTrue();
        assertThat(score("Kim", "Minjun", "Kim", "Min-jun").score()).isEqualTo(1.0);
    }

    @Test
    void theBestOfSeveralSpellingsCounts() {
        List<NameForms> stored = List.of(NameForms.of("Прокопчук", "Юрий"), NameForms.of("Prokopczuk", "Jerzy"));
        NameMatch m = NameMatcher.best(List.of(NameForms.of("Prokopczuk", "Jerzy")), stored);
        assertThat(m.score()).isEqualTo(1.0);
        assertThatThrownBy(() -> NameMatcher.best(List.of(), stored)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPersonNameCarriesTheRequestersLatinSpellings() {
        PersonName stored = new PersonName("Прокопчук", "Юрий",
                List.of(new PersonName.Spelling("Prokoptchouk", "Iouri"), new PersonName.Spelling("Prokopchuk", "Yuriy")));
        // the second Latin spelling has the same ASCII form as the original's transliteration
        assertThat(stored.forms()).extracting(NameForms::asciiFull)
                .containsExactly("prokopchuk yuriy", "prokoptchouk iouri");
        NameMatch m = NameMatcher.best(PersonName.of("Prokoptchouk", "Iouri"), stored);
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(PersonName.of("Ivanov", null).latinSpellings()).isEmpty();
        assertThat(new PersonName("Ivanov", null, null).forms()).hasSize(1);
    }

    @Test
    void nothingToCompareScoresZero() {
        NameMatch m = score(null, null, "Ivanov", "Sergei");
        assertThat(m.score()).isZero();
        assertThat(m.weakestKind()).isEqualTo(MatchKind.DIFFERENT);
    }

    @Test
    void scoresAreSymmetricEnoughAndBounded() {
        for (String[] p : new String[][] {{"Ivanov", "Ivanenko"}, {"Hassan", "Hussein"}, {"Mohammed", "محمد"}}) {
            double ab = word(p[0], p[1]).score();
            double ba = word(p[1], p[0]).score();
            assertThat(ab).isEqualTo(ba).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aDifferentFirstConsonantIsAnotherNameUnlessTheSoundsAreClose() {
        assertThat(word("Hernandez", "Fernandez").score()).isEqualTo(NameMatcher.FIRST_CONSONANT_DIFFERS_CAP);
        assertThat(word("Walid", "Khalid").score()).isLessThanOrEqualTo(NameMatcher.FIRST_CONSONANT_DIFFERS_CAP);
        assertThat(word("Christina", "Kristina").score()).isGreaterThan(NameMatcher.MATCH_THRESHOLD);
        assertThat(word("Christopher", "Kristopher").score()).isGreaterThan(NameMatcher.MATCH_THRESHOLD);
    }

    @Test
    void derivedFormsAreRecognizedByTheirEnding() {
        assertThat(NameMatcher.derivedForm("karim", "karima")).isTrue();
        assertThat(NameMatcher.derivedForm("rashid", "rashidi")).isTrue();
        assertThat(NameMatcher.derivedForm("evgeni", "evgenia")).isTrue();
        assertThat(NameMatcher.derivedForm("mario", "maria")).isTrue();
        assertThat(NameMatcher.derivedForm("lewandowski", "lewandowska")).isTrue();
        assertThat(NameMatcher.derivedForm("andrei", "andri")).isFalse();
        assertThat(NameMatcher.derivedForm("ivanov", "ivanov")).isFalse();
        assertThat(NameMatcher.derivedForm("a", "aa")).isFalse();
    }

    @Test
    void rememberedComparisonsScoreAsTheMatcher() {
        // one Comparisons per query, as a search uses it, over every labelled name as a stored name
        List<NamePairs.Pair> pairs = NamePairs.load();
        List<NameForms> names = new java.util.ArrayList<>();
        for (NamePairs.Pair p : pairs) {
            names.add(NameForms.of(p.queryFamily(), p.queryForenames()));
            names.add(NameForms.of(p.storedFamily(), p.storedForenames()));
        }
        int compared = 0;
        for (NameForms query : names.subList(0, 120)) {
            NameMatcher.Comparisons remembered = new NameMatcher.Comparisons();
            for (int round = 0; round < 2; round++) {
                for (NameForms stored : names) {
                    NameMatch expected = NameMatcher.score(query, stored);
                    NameMatch actual = remembered.score(query, stored);
                    assertThat(actual.score()).isEqualTo(expected.score());
                    assertThat(actual.explanation()).isEqualTo(expected.explanation());
                    assertThat(actual.pairs()).isEqualTo(expected.pairs());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100_000);
    }
}
