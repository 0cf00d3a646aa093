package org.icpo.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per normalization rule: what {@link NameForms} computes and which spellings meet. */
class NormalizationTest {

    private static NameToken token(String word) {
        List<NameToken> tokens = NameForms.of(word, null).tokens();
        assertThat(tokens).as(word).hasSize(1);
        return tokens.get(0);
    }

    private static String phonetic(String word) {
        return token(word).phonetic();
    }

    private static boolean skeletonsMeet(String a, String b) {
        return Phonetics.skeletonDistance(token(a).skeleton(), token(b).skeleton()) == 0;
    }

    @Test
    void aWordIsComputedOnceAndSharedByTheNamesThatHaveIt() {
        NameToken maria = NameForms.of("Rossi", "Maria").tokens().get(1);
        NameForms restored = NameForms.restore("Garcia", "Maria", "Garcia Maria", "garcia", "maria");
        assertThat(restored.tokens().get(1)).isSameAs(maria);
        assertThat(NameForms.of("Maria", null).tokens().get(0)).as("the same word as a family name").isNotSameAs(maria)
                .extracting(NameToken::role).isEqualTo(NameToken.Role.FAMILY);
        assertThat(NameForms.of("Мария", null).tokens().get(0)).as("the same word from another script").isNotSameAs(maria)
                .extracting(NameToken::script).isEqualTo(Script.CYRILLIC);
    }

    @Test
    void theMemoOfWordsStaysBoundedAndKeepsWhatItHoldsOnceFull() {
        NameToken.forget();
        try {
            NameToken early = NameToken.of("prokopchuk", NameToken.Role.FAMILY, Script.LATIN);
            for (int i = 0; i <= NameToken.MAX_REMEMBERED; i++) {
                NameToken.of("w" + Integer.toString(i, 26).replace('0', 'z'), NameToken.Role.FAMILY, Script.LATIN);
                assertThat(NameToken.remembered()).isLessThanOrEqualTo(NameToken.MAX_REMEMBERED);
            }
            assertThat(NameToken.remembered()).isEqualTo(NameToken.MAX_REMEMBERED);
            // full, it is not emptied: a word met early is still the same instance
            assertThat(NameToken.of("prokopchuk", NameToken.Role.FAMILY, Script.LATIN)).isSameAs(early)
                    .extracting(NameToken::phonetic).isEqualTo("prokophuk");
            // and a word met once it is full is computed each time, with the same forms
            NameToken late = NameToken.of("prokopczuk", NameToken.Role.FAMILY, Script.LATIN);
            assertThat(NameToken.of("prokopczuk", NameToken.Role.FAMILY, Script.LATIN)).isNotSameAs(late).isEqualTo(late)
                    .extracting(NameToken::phonetic, NameToken::skeleton).containsExactly(late.phonetic(), late.skeleton());
            assertThat(NameToken.remembered()).isEqualTo(NameToken.MAX_REMEMBERED);
        } finally {
            NameToken.forget();
        }
    }

    @Test
    void formsOfACyrillicName() {
        NameForms f = NameForms.of("Прокопчук", "Юрий");
        assertThat(f.original()).isEqualTo("Прокопчук Юрий");
        assertThat(f.script()).isEqualTo(Script.CYRILLIC);
        assertThat(f.latin()).isEqualTo("Prokopchuk Yuriy");
        assertThat(f.asciiFull()).isEqualTo("prokopchuk yuriy");
        assertThat(f.sortedTokens()).isEqualTo("prokopchuk yuriy");
        assertThat(f.phoneticKey()).isEqualTo("prokophuk yuri");
        assertThat(f.skeletonKey()).isEqualTo("jr prkphk");
        assertThat(f.tokens()).extracting(NameToken::role)
                .containsExactly(NameToken.Role.FAMILY, NameToken.Role.FORENAME);
        assertThat(f.searchTerms()).containsExactly("prokopchuk", "yuriy", "prkphk", "jr");
    }

    @Test
    void russianAndUkrainianUseTheirOwnBgnRomanization() {
        assertThat(NameForms.of("Щербаков", "Фёдор").latin()).isEqualTo("Shcherbakov Fëdor");
        assertThat(NameForms.of("Коваленко", "Олександр Іванович").asciiFull()).isEqualTo("kovalenko oleksandr ivanovych");
        // no Ukrainian letter in the family name, but in the forename: the whole name is Ukrainian
        assertThat(NameForms.of("Кравченко", "Віталій").asciiFull()).isEqualTo("kravchenko vitaliy");
        assertThat(NameForms.of("Мельник", "Андрій").asciiFull()).isEqualTo("melnyk andriy");
    }

    @Test
    void greekUsesTheUnElotRomanization() {
        assertThat(NameForms.of("Παπαδόπουλος", "Γεώργιος").asciiFull()).isEqualTo("papadopoulos georgios");
        assertThat(NameForms.of("Οικονόμου", "Χρήστος").asciiFull()).isEqualTo("oikonomou christos");
        assertThat(NameForms.of("Ευάγγελος", null).asciiFull()).isEqualTo("evangelos");
    }

    @Test
    void arabicIsRomanizedWithoutShortVowels() {
        NameForms f = NameForms.of("محمد", "علي");
        assertThat(f.script()).isEqualTo(Script.ARABIC);
        assertThat(f.asciiFull()).isEqualTo("mhmd ly");
        assertThat(f.tokens()).allMatch(NameToken::vowelless);
        // short-vowel marks are ignored
        assertThat(NameForms.of("مُحَمَّد", null).asciiFull()).isEqualTo("mhmd");
    }

    @Test
    void asciiFoldingRemovesAccentsCaseAndApostrophes() {
        assertThat(NameForms.of("Müller", "Jürgen").asciiFull()).isEqualTo("muller jurgen");
        assertThat(NameForms.of("Wałęsa", "Łukasz").asciiFull()).isEqualTo("walesa lukasz");
        assertThat(NameForms.of("Strauß", null).asciiFull()).isEqualTo("strauss");
        assertThat(NameForms.of("O'Brien", "Seán").asciiFull()).isEqualTo("obrien sean");
        assertThat(NameForms.of("O’Brien", null).asciiFull()).isEqualTo("obrien");
        assertThat(NameForms.of("  GONÇALVES  ", "  João   Pedro ").asciiFull()).isEqualTo("goncalves joao pedro");
        assertThat(NameForms.of("Đorđević", null).asciiFull()).isEqualTo("djordjevic");
        assertThat(NameForms.of("Šarif", null).asciiFull()).isEqualTo("sharif");
        assertThat(NameForms.of("Žukov", null).asciiFull()).isEqualTo("zhukov");
    }

    @Test
    void hyphensSeparateWordsAndSortedTokensIgnoreOrder() {
        NameForms a = NameForms.of("Dubois", "Jean-Pierre");
        NameForms b = NameForms.of("Jean Pierre", "Dubois");
        assertThat(a.asciiFull()).isEqualTo("dubois jean pierre");
        assertThat(a.sortedTokens()).isEqualTo(b.sortedTokens()).isEqualTo("dubois jean pierre");
    }

    @Test
    void articlesAndParticlesAreNotCompared() {
        assertThat(NameForms.of("Al-Hassan", "Mohamed").sortedTokens()).isEqualTo("hassan mohamed");
        assertThat(NameForms.of("El Sayed", "Ahmad").sortedTokens()).isEqualTo("ahmad sayed");
        assertThat(NameForms.of("ar-Rashid", "Haroun").sortedTokens()).isEqualTo("haroun rashid");
        assertThat(NameForms.of("Al-Hashimi", "Khalid bin Saleh").sortedTokens()).isEqualTo("hashimi khalid saleh");
        assertThat(NameForms.of("van der Berg", "Pieter").sortedTokens()).isEqualTo("berg pieter");
        // the Arabic article written together with the noun
        assertThat(NameForms.of("الحسن", null).sortedTokens()).isEqualTo("hsn");
        // still in the ASCII form used for trigram search
        assertThat(NameForms.of("Al-Hassan", "Mohamed").asciiFull()).isEqualTo("al hassan mohamed");
        // a name that is only a particle keeps it
        assertThat(NameForms.of("Al", null).sortedTokens()).isEqualTo("al");
    }

    @Test
    void arabicCompoundNamesAreOneWord() {
        assertThat(NameForms.of("Abd Allah", null).sortedTokens()).isEqualTo("abdallah");
        assertThat(NameForms.of("Abdel Rahman", null).sortedTokens()).isEqualTo("abdelrahman");
        assertThat(NameForms.of("Abd al-Aziz", null).sortedTokens()).isEqualTo("abdalaziz");
        assertThat(NameForms.of("Abu Bakr", null).sortedTokens()).isEqualTo("abubakr");
        assertThat(skeletonsMeet("Abdullah", "Abdallah")).isTrue();
        assertThat(Phonetics.skeletonDistance(NameForms.of("عبد الله", null).tokens().get(0).skeleton(),
                token("Abdullah").skeleton())).isZero();
        assertThat(Phonetics.skeletonDistance(NameForms.of("عبد الرحمن", null).tokens().get(0).skeleton(),
                token("Abdulrahman").skeleton())).isZero();
    }

    @Test
    void qAndHardCAreK() {
        assertThat(phonetic("Qasim")).isEqualTo(phonetic("Kasim"));
        assertThat(phonetic("Cristina")).isEqualTo(phonetic("Kristina"));
        assertThat(phonetic("Marcel")).isEqualTo(phonetic("Marsel"));
        assertThat(phonetic("Maxim")).isEqualTo(phonetic("Maksim"));
    }

    @Test
    void khChAndHMeet() {
        assertThat(phonetic("Khristos")).isEqualTo(phonetic("Christos")).isEqualTo(phonetic("Hristos"));
        assertThat(phonetic("Mikhail")).isEqualTo(phonetic("Michail")).isEqualTo(phonetic("Mihail"));
        assertThat(phonetic("Chernov")).isEqualTo(phonetic("Tchernov")).isEqualTo(phonetic("Tschernow"));
        // Greek χ
        assertThat(token("Χατζηδάκης").phonetic()).isEqualTo(phonetic("Hatzidakis"));
    }

    @Test
    void aGreekNameInCapitalsIsTheSameNameAsInLowerCase() {
        // UN/ELOT reads ευ as ef before a voiceless letter; ICU applied the rule to lower case only: "ELEUTHERIA"
        NameForms capitals = NameForms.of("ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ", "ΕΛΕΥΘΕΡΙΑ");
        NameForms lower = NameForms.of("Κωνσταντινίδου", "Ελευθερία");
        assertThat(capitals.asciiFull()).isEqualTo(lower.asciiFull()).isEqualTo("konstantinidou eleftheria");
        assertThat(NameMatcher.score(capitals, NameForms.of("Konstantinidou", "Eleftheria")).score()).isEqualTo(1.0);
        assertThat(NameForms.of("ΑΥΓΕΡΙΝΟΣ", "ΕΥΑΓΓΕΛΟΣ").asciiFull()).isEqualTo(NameForms.of("Αυγερινός", "Ευάγγελος").asciiFull())
                .isEqualTo("avgerinos evangelos");
        // each word keeps its case in the Latin rendering
        assertThat(Transliteration.recase("ΠΑΠΑΔΟΠΟΥΛΟΣ-Νικολάου Ευα", "papadopoulos-nikolaou eva")).isEqualTo("PAPADOPOULOS-Nikolaou Eva");
        assertThat(Transliteration.recase("Α Β", "a")).as("words that do not line up: lower case").isEqualTo("a");
    }

    @Test
    void shZhAndTsSpellingsMeet() {
        assertThat(phonetic("Sharif")).isEqualTo(phonetic("Šarif")).isEqualTo(phonetic("Scharif"));
        assertThat(phonetic("Shcherbakov")).isEqualTo(phonetic("Szczerbakow"));
        assertThat(phonetic("Zhukov")).isEqualTo(phonetic("Žukov")).isEqualTo(phonetic("Zukov"));
        assertThat(phonetic("Tsvetkov")).isEqualTo(phonetic("Tzvetkov"));
        assertThat(phonetic("Dzhamal")).isEqualTo(phonetic("Djamal")).isEqualTo(phonetic("Jamal"));
    }

    @Test
    void yJAndIAtTheStartOfAWordMeet() {
        assertThat(phonetic("Yuri")).isEqualTo(phonetic("Iouri")).isEqualTo(phonetic("Yury")).isEqualTo(phonetic("Yurii"));
        assertThat(token("Юрий").phonetic()).isEqualTo(phonetic("Yuri"));
        assertThat(phonetic("Yusupov")).isEqualTo(phonetic("Iusupov"));
        assertThat(phonetic("Yevgeny")).isEqualTo(phonetic("Evgeny")).isEqualTo(phonetic("Jewgeni"));
        assertThat(phonetic("Ioannis")).isEqualTo(phonetic("Yoannis"));
        assertThat(phonetic("Giannis")).isEqualTo(phonetic("Yannis"));
        // j as the consonant y in German/Slavic spellings: the skeleton lets them meet
        assertThat(skeletonsMeet("Jurij", "Yuri")).isTrue();
    }

    @Test
    void iyYAndIEndingsMeet() {
        assertThat(phonetic("Dmitriy")).isEqualTo(phonetic("Dmitry")).isEqualTo(phonetic("Dmitri")).isEqualTo(phonetic("Dmitrij"));
        assertThat(phonetic("Sergey")).isEqualTo(phonetic("Sergei")).isEqualTo(phonetic("Sergej"));
        assertThat(phonetic("Zelenskyy")).isEqualTo(phonetic("Zelensky")).isEqualTo(phonetic("Zelenskiy"));
        assertThat(phonetic("Aliyev")).isEqualTo(phonetic("Aliev"));
        assertThat(phonetic("Ilya")).isEqualTo(phonetic("Ilia")).isEqualTo(phonetic("Ilja"));
    }

    @Test
    void yoAndEMeet() {
        assertThat(token("Фёдор").ascii()).isEqualTo("fedor");
        assertThat(token("Фёдор").phonetic()).isEqualTo(token("Федор").phonetic()).isEqualTo(phonetic("Fyodor"));
        assertThat(phonetic("Pyotr")).isEqualTo(phonetic("Piotr")).isEqualTo(phonetic("Petr"));
        assertThat(phonetic("Artyom")).isEqualTo(phonetic("Artem"));
    }

    @Test
    void doubledLettersAreSingle() {
        assertThat(phonetic("Hassan")).isEqualTo(phonetic("Hasan"));
        assertThat(phonetic("Mohammed")).isEqualTo(phonetic("Mohamed"));
        assertThat(phonetic("Giovanni")).isEqualTo(phonetic("Giovani"));
    }

    @Test
    void diphthongsEiAyAiMeet() {
        assertThat(phonetic("Hussein")).isEqualTo(phonetic("Husain")).isEqualTo(phonetic("Husayn")).isEqualTo(phonetic("Hussain"));
        assertThat(phonetic("Nikolay")).isEqualTo(phonetic("Nikolai")).isEqualTo(phonetic("Nikolaj"));
        assertThat(phonetic("Haidar")).isEqualTo(phonetic("Heidar")).isEqualTo(phonetic("Haydar"));
    }

    @Test
    void ouOoEeAndWSpellingsMeet() {
        assertThat(phonetic("Kouznetsov")).isEqualTo(phonetic("Kuznetsov"));
        assertThat(phonetic("Mahmood")).isEqualTo(phonetic("Mahmud")).isEqualTo(phonetic("Mahmoud"));
        assertThat(phonetic("Waleed")).isEqualTo(phonetic("Walid"));
        assertThat(phonetic("Iwanow")).isEqualTo(phonetic("Ivanov"));
        assertThat(phonetic("Philippe")).isEqualTo(phonetic("Filipe"));
    }

    @Test
    void greekSpellingConventionsMeet() {
        assertThat(phonetic("Evaggelos")).isEqualTo(phonetic("Evangelos"));
        assertThat(phonetic("Mpakogiannis")).isEqualTo(phonetic("Bakogiannis"));
        assertThat(phonetic("Theodoros")).isEqualTo(phonetic("Teodoros"));
    }

    @Test
    void arabicScriptMeetsItsLatinSpellingsInTheSkeleton() {
        for (String latin : List.of("Mohammed", "Muhammad", "Mohamed", "Mohamad", "Muhammed")) {
            assertThat(skeletonsMeet("محمد", latin)).as(latin).isTrue();
        }
        assertThat(skeletonsMeet("حسين", "Hussein")).isTrue();
        assertThat(skeletonsMeet("حسين", "Husain")).isTrue();
        assertThat(skeletonsMeet("حسين", "Hassan")).isFalse();
        assertThat(skeletonsMeet("حسن", "Hassan")).isTrue();
        assertThat(skeletonsMeet("حسن", "Hussein")).isFalse();
        assertThat(skeletonsMeet("محمود", "Mahmoud")).isTrue();
        assertThat(skeletonsMeet("محمود", "Mohammed")).isFalse();
        assertThat(skeletonsMeet("يوسف", "Youssef")).isTrue();
        assertThat(skeletonsMeet("يوسف", "Yusuf")).isTrue();
        assertThat(skeletonsMeet("وليد", "Walid")).isTrue();
        assertThat(skeletonsMeet("وليد", "Waleed")).isTrue();
        assertThat(skeletonsMeet("خالد", "Khalid")).isTrue();
        assertThat(skeletonsMeet("خالد", "Khaled")).isTrue();
        assertThat(skeletonsMeet("سعيد", "Said")).isTrue();
        assertThat(skeletonsMeet("سعيد", "Saeed")).isTrue();
        assertThat(skeletonsMeet("سعيد", "Saad")).isFalse();
        assertThat(skeletonsMeet("علي", "Ali")).isTrue();
        assertThat(skeletonsMeet("عيسى", "Issa")).isTrue();
        assertThat(skeletonsMeet("نجيب", "Naguib")).isTrue();
        assertThat(skeletonsMeet("جمال", "Gamal")).isTrue();
        assertThat(skeletonsMeet("جمال", "Jamal")).isTrue();
        assertThat(skeletonsMeet("حداد", "Haddad")).isTrue();
        assertThat(skeletonsMeet("الزهراني", "Zahrani")).isTrue();
    }

    @Test
    void theDatabaseSkeletonKeyIsTheSameForTransliterationVariants() {
        assertThat(NameForms.of("Mohammed", "Ali").skeletonKey())
                .isEqualTo(NameForms.of("Muhammad", "Aly").skeletonKey())
                .isEqualTo(NameForms.of("محمد", "علي").skeletonKey())
                .isEqualTo("l mhmd");
    }

    @Test
    void emptyAndNullPartsAreAllowed() {
        NameForms f = NameForms.of(null, "  ");
        assertThat(f.tokens()).isEmpty();
        assertThat(f.asciiFull()).isEmpty();
        assertThat(f.script()).isEqualTo(Script.NONE);
        assertThat(NameForms.of("Suharto", null).tokens()).hasSize(1);
    }

    @Test
    void otherScriptsGoThroughAnyLatin() {
        assertThat(NameForms.of("王", "伟").asciiFull()).isEqualTo("wang wei");
        assertThat(NameForms.of("王", "伟").script()).isEqualTo(Script.OTHER);
    }

    @Test
    void formsAreValuesOfTheOriginalName() {
        assertThat(NameForms.of("Иванов", "Сергей")).isEqualTo(NameForms.of(" Иванов ", "Сергей"))
                .hasSameHashCodeAs(NameForms.of("Иванов", "Сергей"));
        assertThat(NameForms.of("Иванов", "Сергей")).isNotEqualTo(NameForms.of("Ivanov", "Sergey"));
    }
}
