package org.icpo.notices.screening;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every screening flag, raised and not raised, with its reason; scoring and levels. */
class ScreeningTest {

    static final Screening.Weights WEIGHTS = new Screening.Weights(40, 60, 15, 30, 50, 20, 50);
    static final Screening SCREENING = new Screening(WEIGHTS);
    static final List<Screening.Indicator> INDICATORS = List.of(
            new Screening.Indicator("extremis", "en", Article3Category.POLITICAL),
            new Screening.Indicator("insulting the authorities", "en", Article3Category.POLITICAL),
            new Screening.Indicator("экстремизм", "ru", Article3Category.POLITICAL),
            new Screening.Indicator("desertion", "en", Article3Category.MILITARY),
            new Screening.Indicator("blasphème", "fr", Article3Category.RELIGIOUS),
            new Screening.Indicator("ethnic origin", "en", Article3Category.RACIAL));

    static Screening.Input input(String requester, String text) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("caseSummary", text);
        return new Screening.Input(requester, texts, List.of(), List.of(), List.of());
    }

    static List<String> codes(Screening.Assessment a) {
        return a.flags().stream().map(Screening.Flag::code).toList();
    }

    @Test
    void ordinaryCrimeRaisesNoFlag() {
        Screening.Assessment a = SCREENING.assess(input("FR", "Armed robbery of a bank; two employees injured."), INDICATORS);
        assertEquals(List.of(), a.flags());
        assertEquals(0, a.score());
        assertEquals(Screening.Level.LOW, a.level());
    }

    @Test
    void article3IndicatorsInSeveralLanguagesAndCategories() {
        assertEquals(List.of("ARTICLE3_POLITICAL"), codes(SCREENING.assess(input("RU", "Charged with EXTREMISM and insulting the authorities"), INDICATORS)));
        assertEquals(List.of("ARTICLE3_POLITICAL"), codes(SCREENING.assess(input("RU", "Обвиняется в экстремизме"), INDICATORS)));
        assertEquals(List.of("ARTICLE3_MILITARY"), codes(SCREENING.assess(input("XX", "desertion from unit 123"), INDICATORS)));
        // accents and case folded: "Blasphème" matches "blasphème", and so does "BLASPHEME"
        assertEquals(List.of("ARTICLE3_RELIGIOUS"), codes(SCREENING.assess(input("XX", "accusé de BLASPHEME"), INDICATORS)));
        assertEquals(List.of("ARTICLE3_RACIAL"), codes(SCREENING.assess(input("XX", "targeted for his ethnic origin"), INDICATORS)));
    }

    @Test
    void theReasonNamesTermLanguageAndField() {
        Screening.Assessment a = SCREENING.assess(input("RU", "extremist community"), INDICATORS);
        Screening.Flag f = a.flags().get(0);
        assertTrue(f.reason().contains("\"extremis\" (en) in caseSummary"), f.reason());
        assertEquals(40, f.weight());
    }

    @Test
    void termsMatchAtTheStartOfAWordOnly() {
        // "desertion" inside another word does not count
        assertEquals(List.of(), codes(SCREENING.assess(input("XX", "antidesertionist movement"), INDICATORS)));
        assertEquals(List.of("ARTICLE3_MILITARY"), codes(SCREENING.assess(input("XX", "(desertion)"), INDICATORS)));
    }

    @Test
    void scriptsWithoutWordSpacingOrWithCliticsMatchInsideWords() {
        List<Screening.Indicator> list = List.of(new Screening.Indicator("颠覆国家政权", "zh", Article3Category.POLITICAL),
                new Screening.Indicator("التطرف", "ar", Article3Category.POLITICAL));
        assertEquals(List.of("ARTICLE3_POLITICAL"), codes(SCREENING.assess(input("CN", "涉嫌颠覆国家政权罪"), list)));
        assertEquals(List.of("ARTICLE3_POLITICAL"), codes(SCREENING.assess(input("XX", "متهم بالتطرف"), list)));
        assertEquals(List.of(), codes(SCREENING.assess(input("CN", "涉嫌诈骗罪"), list)));
    }

    @Test
    void refugeeFromTheRequestingCountry() {
        Screening.Input in = new Screening.Input("RU", Map.of("caseSummary", "fraud"), List.of(),
                List.of(new Screening.RefugeeRecord("RU", "DE", "BAMF-1")), List.of());
        Screening.Assessment a = SCREENING.assess(in, INDICATORS);
        assertEquals(List.of("REFUGEE_FROM_REQUESTER"), codes(a));
        assertTrue(a.flags().get(0).reason().contains("DE") && a.flags().get(0).reason().contains("BAMF-1"));
        assertEquals(Screening.Level.HIGH, a.level());
    }

    @Test
    void refugeeFromAnotherCountryIsOnlyNoted() {
        Screening.Input in = new Screening.Input("FR", Map.of("caseSummary", "fraud"), List.of(),
                List.of(new Screening.RefugeeRecord("RU", "CCF", "CCF-7")), List.of());
        Screening.Assessment a = SCREENING.assess(in, INDICATORS);
        assertEquals(List.of("REFUGEE_STATUS_KNOWN"), codes(a));
        assertEquals(15, a.score());
        assertEquals(Screening.Level.LOW, a.level());
    }

    @Test
    void requesterUnderSupervision() {
        Screening.Input in = new Screening.Input("RU", Map.of("caseSummary", "fraud"), List.of("HEIGHTENED_SUPERVISION"), List.of(), List.of());
        Screening.Assessment a = SCREENING.assess(in, INDICATORS);
        assertEquals(List.of("REQUESTER_UNDER_SUPERVISION"), codes(a));
        assertTrue(a.flags().get(0).reason().contains("HEIGHTENED_SUPERVISION"));
        assertEquals(Screening.Level.MEDIUM, a.level());
    }

    @Test
    void repeatedRequestAfterCcfDeletion() {
        Screening.Input same = new Screening.Input("TR", Map.of("caseSummary", "fraud"), List.of(), List.of(),
                List.of(new Screening.CcfDeletion("TR", "CCF decision of 2024-01-01")));
        Screening.Assessment a = SCREENING.assess(same, INDICATORS);
        assertEquals(List.of("REPEAT_AFTER_CCF_DELETION"), codes(a));
        assertTrue(a.flags().get(0).reason().contains("the same member"));
        Screening.Input other = new Screening.Input("FR", Map.of("caseSummary", "fraud"), List.of(), List.of(),
                List.of(new Screening.CcfDeletion("TR", "CCF decision of 2024-01-01")));
        assertTrue(SCREENING.assess(other, INDICATORS).flags().get(0).reason().contains("TR"));
    }

    @Test
    void scoresAddUpToACapOf100AndFlagsAreOrderedByWeight() {
        Screening.Input in = new Screening.Input("RU", Map.of("caseSummary", "extremism and desertion"), List.of("HEIGHTENED_SUPERVISION"),
                List.of(new Screening.RefugeeRecord("RU", "DE", "B-1")), List.of());
        Screening.Assessment a = SCREENING.assess(in, INDICATORS);
        assertEquals(100, a.score());
        assertEquals(Screening.Level.HIGH, a.level());
        assertEquals("REFUGEE_FROM_REQUESTER", a.flags().get(0).code());
        assertEquals(List.of("REFUGEE_FROM_REQUESTER", "ARTICLE3_MILITARY", "ARTICLE3_POLITICAL", "REQUESTER_UNDER_SUPERVISION"), codes(a));
    }

    @Test
    void compatibleDatesOfBirth() {
        assertTrue(Screening.compatibleDates("1975", "1975-04-12"));
        assertTrue(Screening.compatibleDates("1975-04-12", "1975-04"));
        assertTrue(Screening.compatibleDates(null, "1975"));
        assertFalse(Screening.compatibleDates("1975-04-12", "1975-04-13"));
        assertFalse(Screening.compatibleDates("1976", "1975-04"));
    }

    @Test
    void aDeletedRecordMatchesARequestSharingAKnownForenameOrDateOfBirthWithNoneContradicting() {
        // the same forename and date; or an unknown forename on one side with the same date; or an unknown date with the same forename
        assertTrue(Screening.samePersonAsDeleted("ali", "1975-04-12", "ali", "1975-04-12"));
        assertTrue(Screening.samePersonAsDeleted("ali", "1975-04-12", "", "1975-04-12"));
        assertTrue(Screening.samePersonAsDeleted("", "1975-04-12", "ali", "1975"));
        assertTrue(Screening.samePersonAsDeleted("ali", null, "ali", "1975-04-12"));
        // a contradiction on either
        assertFalse(Screening.samePersonAsDeleted("ali", "1975-04-12", "mehmet", "1975-04-12"));
        assertFalse(Screening.samePersonAsDeleted("ali", "1975-04-12", "", "1980-01-01"));
        // nothing known on both sides besides the family name
        assertFalse(Screening.samePersonAsDeleted("ali", null, "", "1975-04-12"));
        assertFalse(Screening.samePersonAsDeleted("", null, "", null));
        assertFalse(Screening.samePersonAsDeleted("ali", "1975-04-12", null, null));
    }

    @Test
    void anUnknownForenameIsCompatibleWithAnyAsAnUnknownDateIs() {
        assertTrue(Screening.compatibleForenames("oleg", "oleg"));
        assertTrue(Screening.compatibleForenames("", "oleg"));
        assertTrue(Screening.compatibleForenames("oleg", ""));
        assertTrue(Screening.compatibleForenames(null, "oleg"));
        assertTrue(Screening.compatibleForenames("", ""));
        assertFalse(Screening.compatibleForenames("oleg", "olga"));
    }

    @Test
    void aRefugeeIsNamedByAForenameOrADateOfBirthBesidesTheFamilyName() {
        assertNull(Screening.refugeeIdentificationProblem("Oleg", null));
        assertNull(Screening.refugeeIdentificationProblem(null, "1980-02-03"));
        assertNull(Screening.refugeeIdentificationProblem(" ", "1980"));
        assertTrue(Screening.refugeeIdentificationProblem(null, null).startsWith("a refugee status names the person by a forename or a date"));
        assertTrue(Screening.refugeeIdentificationProblem("  ", "").contains("a family name alone would hold every request"));
    }
}
