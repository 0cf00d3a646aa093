package org.icpo.notices.check;

import org.icpo.notices.request.NoticeDtos.Charge;
import org.icpo.notices.request.NoticeDtos.Event;
import org.icpo.notices.request.NoticeDtos.IdentityDocument;
import org.icpo.notices.request.NoticeDtos.Justification;
import org.icpo.notices.request.NoticeDtos.Physical;
import org.icpo.notices.request.NoticeDtos.Purpose;
import org.icpo.notices.request.NoticeDtos.RedData;
import org.icpo.notices.request.NoticeDtos.SubjectData;
import org.icpo.notices.request.NoticeDtos.Submission;
import org.icpo.notices.request.NoticeDtos.Warrant;
import org.icpo.notices.request.NoticeDtos.WarrantKind;
import org.icpo.notices.request.NoticeDtos;
import org.icpo.notices.request.NoticeType;
import org.icpo.notices.request.OffenceCategory;
import org.icpo.notices.request.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every automatic check, passing and failing. */
class MinimumChecksTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final MinimumChecks CHECKS = new MinimumChecks(24, 6);
    static final MinimumChecks.Context PLAIN = new MinimumChecks.Context(TODAY, false, false, null);

    static SubjectData person(String family, String forename, Sex sex, String dob, Physical physical, String marks) {
        return new SubjectData(family, forename, null, null, null, sex, dob, List.of("FR"), "Lyon", "FR", physical, List.of("fra"), marks,
                null, null, null, null, null, null);
    }

    static SubjectData person() {
        return person("DUPONT", "Jean", Sex.M, "1975-04-12", new Physical(182, null, List.of("BRO"), null, null), null);
    }

    static Charge charge(OffenceCategory cat, Integer max, Boolean linked) {
        return new Charge("Armed robbery", "Penal Code art. 311", cat, max, linked);
    }

    static Warrant warrant(WarrantKind kind, LocalDate on) {
        return new Warrant(kind, "Tribunal de Lyon", on, "AW-1");
    }

    static RedData prosecution(Charge... charges) {
        return new RedData(Purpose.PROSECUTION, List.of(charges), null, null, warrant(WarrantKind.ARREST_WARRANT, TODAY.minusMonths(2)));
    }

    static Submission submission(NoticeType type, SubjectData p, RedData red, Event event, String threat, String modus, String un,
                                 String assets, Justification j, String newFacts) {
        return new Submission(type, p, "facts", red, event, threat, modus, un, assets, j, null, newFacts, null, null);
    }

    static Submission red(SubjectData p, RedData red) {
        return submission(NoticeType.RED, p, red, null, null, null, null, null, null, null);
    }

    static CheckResult find(List<CheckResult> results, String code) {
        return results.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not reported in " + results));
    }

    static void assertOutcome(List<CheckResult> results, String code, CheckResult.Outcome outcome) {
        CheckResult r = find(results, code);
        assertEquals(outcome, r.outcome(), code + ": " + r.reason());
        assertFalse(r.reason().isBlank());
    }

    @Test
    void validRedNoticePassesEveryCheck() {
        List<CheckResult> r = CHECKS.run(red(person(), prosecution(charge(OffenceCategory.THEFT_OR_ROBBERY, 240, null))), 0, PLAIN);
        assertTrue(MinimumChecks.failures(r).isEmpty(), r.toString());
        for (String code : List.of("RED_JUDICIAL_DATA", "RED_PENALTY_THRESHOLD", "RED_EXCLUDED_OFFENCE", "RED_SUFFICIENT_IDENTIFIERS")) {
            assertOutcome(r, code, CheckResult.Outcome.PASSED);
        }
    }

    @Test
    void prosecutionPenaltyThresholdIsTwoYears() {
        assertOutcome(CHECKS.run(red(person(), prosecution(charge(OffenceCategory.FRAUD, 24, null))), 0, PLAIN),
                "RED_PENALTY_THRESHOLD", CheckResult.Outcome.PASSED);
        List<CheckResult> below = CHECKS.run(red(person(), prosecution(charge(OffenceCategory.FRAUD, 23, null))), 0, PLAIN);
        assertOutcome(below, "RED_PENALTY_THRESHOLD", CheckResult.Outcome.FAILED);
        assertTrue(find(below, "RED_PENALTY_THRESHOLD").reason().contains("2 years"));
        // the threshold is a policy
        assertOutcome(new MinimumChecks(12, 6).run(red(person(), prosecution(charge(OffenceCategory.FRAUD, 12, null))), 0, PLAIN),
                "RED_PENALTY_THRESHOLD", CheckResult.Outcome.PASSED);
    }

    static CheckResult sentence(MinimumChecks checks, Integer imposed, Integer remaining) {
        Warrant judgment = warrant(WarrantKind.JUDGMENT, TODAY.minusYears(1));
        Charge c = charge(OffenceCategory.FRAUD, null, null);
        return find(checks.run(red(person(), new RedData(Purpose.SENTENCE, List.of(c), imposed, remaining, judgment)), 0, PLAIN),
                "RED_PENALTY_THRESHOLD");
    }

    static void assertSentence(MinimumChecks checks, Integer imposed, Integer remaining, CheckResult.Outcome outcome) {
        CheckResult r = sentence(checks, imposed, remaining);
        assertEquals(outcome, r.outcome(), "imposed " + imposed + ", remaining " + remaining + ": " + r.reason());
        assertFalse(r.reason().isBlank());
    }

    @Test
    void sentenceThresholdIsSixMonthsImposedOrRemainingByDefaultAndRemainingUnderTheStricterPolicy() {
        MinimumChecks remainingRule = new MinimumChecks(24, 6, MinimumChecks.SentenceRule.REMAINING);
        MinimumChecks imposedOrRemaining = new MinimumChecks(24, 6, MinimumChecks.SentenceRule.IMPOSED_OR_REMAINING);
        for (MinimumChecks checks : List.of(CHECKS, imposedOrRemaining, remainingRule)) {
            // 6 months remaining: enough under both rules; the boundary is inclusive
            assertSentence(checks, 36, 6, CheckResult.Outcome.PASSED);
            // nothing served yet: the sentence imposed is what remains
            assertSentence(checks, 6, null, CheckResult.Outcome.PASSED);
            assertSentence(checks, 5, null, CheckResult.Outcome.FAILED);
            // 5 of 5 months imposed: short on both counts
            assertSentence(checks, 5, 5, CheckResult.Outcome.FAILED);
            // remaining cannot exceed imposed
            assertSentence(checks, 12, 13, CheckResult.Outcome.FAILED);
        }
        // DOMAIN section 4 ("at least 6 months imposed or remaining"), the default (CHECKS): 36 imposed is enough, 5 remaining or not
        assertSentence(CHECKS, 36, 5, CheckResult.Outcome.PASSED);
        assertSentence(imposedOrRemaining, 36, 5, CheckResult.Outcome.PASSED);
        assertSentence(imposedOrRemaining, 6, 0, CheckResult.Outcome.PASSED);
        assertSentence(imposedOrRemaining, 6, 5, CheckResult.Outcome.PASSED);
        assertTrue(sentence(imposedOrRemaining, 36, 5).reason().contains("3 years was imposed"), sentence(imposedOrRemaining, 36, 5).reason());
        assertTrue(sentence(imposedOrRemaining, 5, 5).reason().contains("imposed or remain"), sentence(imposedOrRemaining, 5, 5).reason());
        // the stricter policy: what remains to be served counts, whatever was imposed
        assertSentence(remainingRule, 36, 5, CheckResult.Outcome.FAILED);
        assertSentence(remainingRule, 6, 5, CheckResult.Outcome.FAILED);
        assertSentence(remainingRule, 6, 0, CheckResult.Outcome.FAILED);
        assertTrue(sentence(remainingRule, 36, 5).reason().contains("at least 6 months must remain; 5 months remain"),
                sentence(remainingRule, 36, 5).reason());
        // the threshold is a policy too
        assertSentence(new MinimumChecks(24, 12, MinimumChecks.SentenceRule.IMPOSED_OR_REMAINING), 11, 11, CheckResult.Outcome.FAILED);
        assertSentence(new MinimumChecks(24, 12, MinimumChecks.SentenceRule.IMPOSED_OR_REMAINING), 12, 1, CheckResult.Outcome.PASSED);
        // no sentence at all: judicial data and threshold both fail, under either rule
        for (MinimumChecks checks : List.of(imposedOrRemaining, remainingRule)) {
            Warrant judgment = warrant(WarrantKind.JUDGMENT, TODAY.minusYears(1));
            List<CheckResult> noSentence = checks.run(red(person(), new RedData(Purpose.SENTENCE, List.of(charge(OffenceCategory.FRAUD, null, null)),
                    null, null, judgment)), 0, PLAIN);
            assertOutcome(noSentence, "RED_JUDICIAL_DATA", CheckResult.Outcome.FAILED);
            assertOutcome(noSentence, "RED_PENALTY_THRESHOLD", CheckResult.Outcome.FAILED);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OffenceCategory.class, names = {"BEHAVIOURAL_OR_CULTURAL_NORMS", "FAMILY_OR_PRIVATE_MATTER", "PRIVATE_DISPUTE", "ADMINISTRATIVE_LAW_BREACH"})
    void excludedCategoriesFailUnlessLinkedToSeriousCrime(OffenceCategory cat) {
        List<CheckResult> r = CHECKS.run(red(person(), prosecution(charge(cat, 60, null))), 0, PLAIN);
        assertOutcome(r, "RED_EXCLUDED_OFFENCE", CheckResult.Outcome.FAILED);
        assertTrue(find(r, "RED_EXCLUDED_OFFENCE").reason().contains(cat.name()));
        assertOutcome(CHECKS.run(red(person(), prosecution(charge(cat, 60, true))), 0, PLAIN), "RED_EXCLUDED_OFFENCE", CheckResult.Outcome.PASSED);
    }

    @ParameterizedTest
    @EnumSource(value = OffenceCategory.class, names = {"BEHAVIOURAL_OR_CULTURAL_NORMS", "FAMILY_OR_PRIVATE_MATTER", "PRIVATE_DISPUTE", "ADMINISTRATIVE_LAW_BREACH"},
            mode = EnumSource.Mode.EXCLUDE)
    void ordinaryLawCategoriesAreNotExcluded(OffenceCategory cat) {
        assertOutcome(CHECKS.run(red(person(), prosecution(charge(cat, 60, null))), 0, PLAIN), "RED_EXCLUDED_OFFENCE", CheckResult.Outcome.PASSED);
    }

    @Test
    void judicialDataMustBeComplete() {
        assertOutcome(CHECKS.run(red(person(), null), 0, PLAIN), "RED_JUDICIAL_DATA", CheckResult.Outcome.FAILED);
        assertOutcome(CHECKS.run(red(person(), new RedData(Purpose.PROSECUTION, List.of(), null, null,
                warrant(WarrantKind.ARREST_WARRANT, TODAY))), 0, PLAIN), "RED_JUDICIAL_DATA", CheckResult.Outcome.FAILED);
        assertOutcome(CHECKS.run(red(person(), new RedData(Purpose.PROSECUTION, List.of(charge(OffenceCategory.FRAUD, 60, null)), null, null,
                null)), 0, PLAIN), "RED_JUDICIAL_DATA", CheckResult.Outcome.FAILED);
        // a prosecution rests on an arrest warrant, not a judgment
        assertOutcome(CHECKS.run(red(person(), new RedData(Purpose.PROSECUTION, List.of(charge(OffenceCategory.FRAUD, 60, null)), null, null,
                warrant(WarrantKind.JUDGMENT, TODAY))), 0, PLAIN), "RED_JUDICIAL_DATA", CheckResult.Outcome.FAILED);
        // a warrant from the future
        assertOutcome(CHECKS.run(red(person(), new RedData(Purpose.PROSECUTION, List.of(charge(OffenceCategory.FRAUD, 60, null)), null, null,
                warrant(WarrantKind.ARREST_WARRANT, TODAY.plusDays(1)))), 0, PLAIN), "RED_JUDICIAL_DATA", CheckResult.Outcome.FAILED);
        // a charge without its maximum penalty
        assertOutcome(CHECKS.run(red(person(), prosecution(charge(OffenceCategory.FRAUD, 60, null), charge(OffenceCategory.FRAUD, null, null))),
                0, PLAIN), "RED_JUDICIAL_DATA", CheckResult.Outcome.FAILED);
    }

    @Test
    void sufficientIdentifiers() {
        RedData ok = prosecution(charge(OffenceCategory.FRAUD, 60, null));
        assertOutcome(CHECKS.run(red(person(), ok), 0, PLAIN), "RED_SUFFICIENT_IDENTIFIERS", CheckResult.Outcome.PASSED);
        assertOutcome(CHECKS.run(red(person(null, "Jean", Sex.M, "1975", null, "tattoo"), ok), 0, PLAIN), "RED_SUFFICIENT_IDENTIFIERS", CheckResult.Outcome.FAILED);
        assertOutcome(CHECKS.run(red(person("DUPONT", null, Sex.M, "1975", null, "tattoo"), ok), 0, PLAIN), "RED_SUFFICIENT_IDENTIFIERS", CheckResult.Outcome.FAILED);
        assertOutcome(CHECKS.run(red(person("DUPONT", "Jean", Sex.U, "1975", null, "tattoo"), ok), 0, PLAIN), "RED_SUFFICIENT_IDENTIFIERS", CheckResult.Outcome.FAILED);
        assertOutcome(CHECKS.run(red(person("DUPONT", "Jean", Sex.M, null, null, "tattoo"), ok), 0, PLAIN), "RED_SUFFICIENT_IDENTIFIERS", CheckResult.Outcome.FAILED);
        // name, sex and year of birth, but nothing else to recognize the person by
        List<CheckResult> bare = CHECKS.run(red(person("DUPONT", "Jean", Sex.M, "1975", null, null), ok), 0, PLAIN);
        assertOutcome(bare, "RED_SUFFICIENT_IDENTIFIERS", CheckResult.Outcome.FAILED);
        assertTrue(find(bare, "RED_SUFFICIENT_IDENTIFIERS").reason().contains("photograph"));
        // ... which a photograph or an identity document completes
        assertOutcome(CHECKS.run(red(person("DUPONT", "Jean", Sex.M, "1975", null, null), ok), 1, PLAIN), "RED_SUFFICIENT_IDENTIFIERS", CheckResult.Outcome.PASSED);
        SubjectData withDoc = new SubjectData("DUPONT", "Jean", null, null, null, Sex.M, "1975", null, null, null, null, null, null,
                List.of(new IdentityDocument("PASSPORT", "12AB34567", "FR")), null, null, null, null, null);
        assertOutcome(CHECKS.run(red(withDoc, ok), 0, PLAIN), "RED_SUFFICIENT_IDENTIFIERS", CheckResult.Outcome.PASSED);
    }

    @Test
    void allFailuresAreReportedTogether() {
        List<CheckResult> r = CHECKS.run(red(person(null, null, null, null, null, null),
                new RedData(Purpose.PROSECUTION, List.of(charge(OffenceCategory.PRIVATE_DISPUTE, 12, null)), null, null, null)), 0, PLAIN);
        assertEquals(List.of("RED_JUDICIAL_DATA", "RED_PENALTY_THRESHOLD", "RED_EXCLUDED_OFFENCE", "RED_SUFFICIENT_IDENTIFIERS"),
                MinimumChecks.failures(r).stream().map(CheckResult::code).toList());
    }

    @Test
    void namesInOriginalScriptNeedTheirLatinForm() {
        SubjectData cyrillicOnly = new SubjectData(null, null, "ПРОКОПЧУК", "Иван", "Cyrl", Sex.M, "1975", null, null, null, null, null,
                "scar", null, null, null, null, null, null);
        List<CheckResult> r = CHECKS.run(submission(NoticeType.BLUE, cyrillicOnly, null, null, null, null, null, null, null, null), 0, PLAIN);
        assertOutcome(r, "NAMES_LATIN_SCRIPT", CheckResult.Outcome.FAILED);
        SubjectData both = new SubjectData("PROKOPCHUK", "Ivan", "ПРОКОПЧУК", "Иван", "Cyrl", Sex.M, "1975", null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertOutcome(CHECKS.run(submission(NoticeType.BLUE, both, null, null, null, null, null, null, null, null), 0, PLAIN),
                "NAMES_LATIN_SCRIPT", CheckResult.Outcome.PASSED);
        // no original script: nothing to check
        assertTrue(CHECKS.run(submission(NoticeType.BLUE, person(), null, null, null, null, null, null, null, null), 0, PLAIN).stream()
                .noneMatch(c -> c.code().equals("NAMES_LATIN_SCRIPT")));
    }

    static final SubjectData NOBODY = new SubjectData(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);
    static final Event EVENT = new Event("2024-05-01", "Marseille", "FR");

    @Test
    void yellowNotice() {
        List<CheckResult> ok = CHECKS.run(submission(NoticeType.YELLOW, person(), null, EVENT, null, null, null, null, null, null), 1, PLAIN);
        assertOutcome(ok, "YELLOW_IDENTITY", CheckResult.Outcome.PASSED);
        assertOutcome(ok, "YELLOW_DISAPPEARANCE", CheckResult.Outcome.PASSED);
        assertOutcome(ok, "YELLOW_PHOTO", CheckResult.Outcome.PASSED);
        List<CheckResult> bad = CHECKS.run(submission(NoticeType.YELLOW, NOBODY, null, new Event(null, "Marseille", null), null, null, null,
                null, null, null), 0, PLAIN);
        assertOutcome(bad, "YELLOW_IDENTITY", CheckResult.Outcome.FAILED);
        assertOutcome(bad, "YELLOW_DISAPPEARANCE", CheckResult.Outcome.FAILED);
        assertOutcome(bad, "YELLOW_PHOTO", CheckResult.Outcome.WARNING);
    }

    @Test
    void blueNotice() {
        assertOutcome(CHECKS.run(submission(NoticeType.BLUE, person(), null, null, null, null, null, null, null, null), 0, PLAIN),
                "BLUE_IDENTIFIERS", CheckResult.Outcome.PASSED);
        assertOutcome(CHECKS.run(submission(NoticeType.BLUE, NOBODY, null, null, null, null, null, null, null, null), 1, PLAIN),
                "BLUE_IDENTIFIERS", CheckResult.Outcome.PASSED);
        assertOutcome(CHECKS.run(submission(NoticeType.BLUE, NOBODY, null, null, null, null, null, null, null, null), 0, PLAIN),
                "BLUE_IDENTIFIERS", CheckResult.Outcome.FAILED);
    }

    @Test
    void blackNotice() {
        List<CheckResult> ok = CHECKS.run(submission(NoticeType.BLACK, NOBODY, null, EVENT, null, null, null, null, null, null), 1, PLAIN);
        assertOutcome(ok, "BLACK_DISCOVERY", CheckResult.Outcome.PASSED);
        assertOutcome(ok, "BLACK_DESCRIPTION", CheckResult.Outcome.PASSED);
        List<CheckResult> bad = CHECKS.run(submission(NoticeType.BLACK, NOBODY, null, null, null, null, null, null, null, null), 0, PLAIN);
        assertOutcome(bad, "BLACK_DISCOVERY", CheckResult.Outcome.FAILED);
        assertOutcome(bad, "BLACK_DESCRIPTION", CheckResult.Outcome.FAILED);
    }

    @Test
    void greenNotice() {
        assertOutcome(CHECKS.run(submission(NoticeType.GREEN, person(), null, null, null, null, null, null, null, null), 0, PLAIN),
                "GREEN_IDENTITY", CheckResult.Outcome.PASSED);
        assertOutcome(CHECKS.run(submission(NoticeType.GREEN, person("X", null, Sex.M, "1970", null, null), null, null, null, null, null,
                null, null, null), 0, PLAIN), "GREEN_IDENTITY", CheckResult.Outcome.FAILED);
    }

    @Test
    void orangePurpleUnAndSilverNotices() {
        assertOutcome(CHECKS.run(submission(NoticeType.ORANGE, NOBODY, null, null, "parcel bombs", null, null, null, null, null), 0, PLAIN),
                "ORANGE_THREAT", CheckResult.Outcome.PASSED);
        assertOutcome(CHECKS.run(submission(NoticeType.ORANGE, NOBODY, null, null, " ", null, null, null, null, null), 0, PLAIN),
                "ORANGE_THREAT", CheckResult.Outcome.FAILED);
        assertOutcome(CHECKS.run(submission(NoticeType.PURPLE, NOBODY, null, null, null, "fake vans", null, null, null, null), 0, PLAIN),
                "PURPLE_MODUS_OPERANDI", CheckResult.Outcome.PASSED);
        assertOutcome(CHECKS.run(submission(NoticeType.PURPLE, NOBODY, null, null, null, null, null, null, null, null), 0, PLAIN),
                "PURPLE_MODUS_OPERANDI", CheckResult.Outcome.FAILED);
        List<CheckResult> un = CHECKS.run(submission(NoticeType.UN_SPECIAL, person(), null, null, null, null, "QDi.430", null, null, null), 0, PLAIN);
        assertOutcome(un, "UN_REFERENCE", CheckResult.Outcome.PASSED);
        assertOutcome(un, "UN_IDENTITY", CheckResult.Outcome.PASSED);
        List<CheckResult> unBad = CHECKS.run(submission(NoticeType.UN_SPECIAL, NOBODY, null, null, null, null, null, null, null, null), 0, PLAIN);
        assertOutcome(unBad, "UN_REFERENCE", CheckResult.Outcome.FAILED);
        assertOutcome(unBad, "UN_IDENTITY", CheckResult.Outcome.FAILED);
        List<CheckResult> silver = CHECKS.run(submission(NoticeType.SILVER, person(), null, null, null, null, null, "villa", null, null), 0, PLAIN);
        assertOutcome(silver, "SILVER_ASSETS", CheckResult.Outcome.PASSED);
        assertOutcome(silver, "SILVER_IDENTITY", CheckResult.Outcome.PASSED);
        List<CheckResult> silverBad = CHECKS.run(submission(NoticeType.SILVER, NOBODY, null, null, null, null, null, null, null, null), 0, PLAIN);
        assertOutcome(silverBad, "SILVER_ASSETS", CheckResult.Outcome.FAILED);
        assertOutcome(silverBad, "SILVER_IDENTITY", CheckResult.Outcome.FAILED);
    }

    @Test
    void supervisedMembersMustJustify() {
        MinimumChecks.Context supervised = new MinimumChecks.Context(TODAY, true, false, null);
        Submission without = red(person(), prosecution(charge(OffenceCategory.FRAUD, 60, null)));
        assertOutcome(CHECKS.run(without, 0, supervised), "SUPERVISION_JUSTIFICATION", CheckResult.Outcome.FAILED);
        Submission noDocs = submission(NoticeType.RED, person(), prosecution(charge(OffenceCategory.FRAUD, 60, null)), null, null, null, null,
                null, new Justification("evidence", List.of()), null);
        assertOutcome(CHECKS.run(noDocs, 0, supervised), "SUPERVISION_JUSTIFICATION", CheckResult.Outcome.FAILED);
        Submission with = submission(NoticeType.RED, person(), prosecution(charge(OffenceCategory.FRAUD, 60, null)), null, null, null, null,
                null, new Justification("evidence", List.of("warrant")), null);
        assertOutcome(CHECKS.run(with, 0, supervised), "SUPERVISION_JUSTIFICATION", CheckResult.Outcome.PASSED);
        assertTrue(CHECKS.run(without, 0, PLAIN).stream().noneMatch(c -> c.code().equals("SUPERVISION_JUSTIFICATION")));
    }

    @Test
    void ccfDeletionBlocksAnIdenticalRequestWithoutNewFacts() {
        MinimumChecks.Context blocked = new MinimumChecks.Context(TODAY, false, true, "CCF decision of 2025-01-01");
        Submission again = red(person(), prosecution(charge(OffenceCategory.FRAUD, 60, null)));
        assertOutcome(CHECKS.run(again, 0, blocked), "CCF_DELETION_BLOCK", CheckResult.Outcome.FAILED);
        Submission withFacts = submission(NoticeType.RED, person(), prosecution(charge(OffenceCategory.FRAUD, 60, null)), null, null, null,
                null, null, null, "A new warrant was issued after new evidence");
        assertOutcome(CHECKS.run(withFacts, 0, blocked), "CCF_DELETION_BLOCK", CheckResult.Outcome.PASSED);
        assertTrue(CHECKS.run(again, 0, PLAIN).stream().noneMatch(c -> c.code().equals("CCF_DELETION_BLOCK")));
    }

    @Test
    void fieldsOfAnotherTypeAreMisplaced() {
        Submission s = new Submission(NoticeType.BLUE, person(), "facts", prosecution(charge(OffenceCategory.FRAUD, 60, null)), EVENT, "t",
                "m", "u", "a", null, null, null, List.of("DE"), NoticeDtos.UnListing.ENTITY);
        assertEquals(List.of("red", "event", "threatDescription", "modusOperandi", "unReference", "unListedAs", "assetsDescription", "recipients"),
                List.copyOf(MinimumChecks.misplacedFields(s, false).keySet()));
        assertTrue(MinimumChecks.misplacedFields(submission(NoticeType.RED, person(), prosecution(charge(OffenceCategory.FRAUD, 60, null)),
                null, null, null, null, null, null, null), false).isEmpty());
        Submission silverPublic = new Submission(NoticeType.SILVER, person(), "f", null, null, null, null, null, "a", null, true, null, null, null);
        assertTrue(MinimumChecks.misplacedFields(silverPublic, false).containsKey("publicExtract"));
    }
}
