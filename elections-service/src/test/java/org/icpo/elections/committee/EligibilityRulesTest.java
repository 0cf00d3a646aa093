package org.icpo.elections.committee;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityRulesTest {

    final EligibilityRules rules = new EligibilityRules(Period.ofYears(1));

    static final LocalDate START = LocalDate.of(2018, 11, 21);
    static final LocalDate END = LocalDate.of(2021, 11, 21);

    static EligibilityRules.Seat seat(Office office, Region region) {
        return new EligibilityRules.Seat(office, region, START, END);
    }

    static EligibilityRules.Nominee good(String country, String person, Region region) {
        return new EligibilityRules.Nominee(country, person, region, true, true, List.of(), true, List.of());
    }

    static EligibilityRules.Holder holder(Office office, Region region, String country, String person, String start, String end) {
        return new EligibilityRules.Holder(office, region, country, person, LocalDate.parse(start), LocalDate.parse(end));
    }

    List<String> codes(EligibilityRules.Seat seat, EligibilityRules.Nominee n, List<EligibilityRules.Holder> holders) {
        return rules.check(seat, n, holders).stream().map(EligibilityRules.Refusal::code).toList();
    }

    @Test
    void eligibleCandidate() {
        assertEquals(List.of(), codes(seat(Office.DELEGATE, Region.EUROPE), good("FR", "Jean Dupont", Region.EUROPE), List.of()));
        assertEquals(List.of(), codes(seat(Office.PRESIDENT, null), good("KE", "Jane Doe", Region.AFRICA), List.of()));
    }

    @Test
    void notAMember() {
        EligibilityRules.Nominee n = new EligibilityRules.Nominee("XK", "A Person", null, false, false, List.of(), false, List.of());
        List<EligibilityRules.Refusal> r = rules.check(seat(Office.PRESIDENT, null), n, List.of());
        assertEquals(1, r.size());
        assertEquals("NOT_A_MEMBER", r.get(0).code());
        assertEquals("XK is not a member of the Organization; only members nominate candidates", r.get(0).message());
    }

    @Test
    void notInGoodStanding() {
        EligibilityRules.Nominee n = new EligibilityRules.Nominee("FR", "Jean Dupont", Region.EUROPE, true, false, List.of("Arrears 2017-2018"),
                true, List.of());
        List<EligibilityRules.Refusal> r = rules.check(seat(Office.DELEGATE, Region.EUROPE), n, List.of());
        assertEquals(List.of("NOT_IN_GOOD_STANDING"), r.stream().map(EligibilityRules.Refusal::code).toList());
        assertEquals("FR is not a member in good standing (Arrears 2017-2018); a candidate's country must be in good standing", r.get(0).message());
    }

    @Test
    void notEligibleForOffice() {
        EligibilityRules.Nominee n = new EligibilityRules.Nominee("FR", "Jean Dupont", Region.EUROPE, true, true, List.of(), false,
                List.of("Arrears"));
        List<EligibilityRules.Refusal> r = rules.check(seat(Office.DELEGATE, Region.EUROPE), n, List.of());
        assertEquals(List.of("NOT_ELIGIBLE_FOR_OFFICE"), r.stream().map(EligibilityRules.Refusal::code).toList());
        assertEquals("FR may not stand for the Executive Committee (Arrears)", r.get(0).message());
    }

    @Test
    void wrongRegion() {
        List<EligibilityRules.Refusal> r = rules.check(seat(Office.VICE_PRESIDENT, Region.EUROPE), good("KE", "Jane Doe", Region.AFRICA), List.of());
        assertEquals("WRONG_REGION", r.get(0).code());
        assertEquals("The seat Vice-President for Europe is for a candidate from Europe; KE is in Africa", r.get(0).message());
        assertEquals(List.of("WRONG_REGION"), codes(seat(Office.DELEGATE, Region.AMERICAS), good("KE", "Jane Doe", Region.AFRICA), List.of()));
    }

    @Test
    void outgoingHolderMayNotBeReElectedToTheSamePost() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.VICE_PRESIDENT, Region.EUROPE, "FR", "Jean Dupont", "2015-11-05", "2018-11-21"));
        List<EligibilityRules.Refusal> r = rules.check(seat(Office.VICE_PRESIDENT, Region.EUROPE), good("FR", "Jean  DUPONT", Region.EUROPE), h);
        assertEquals(List.of("IMMEDIATE_REELECTION"), r.stream().map(EligibilityRules.Refusal::code).toList());
        assertEquals("Jean  DUPONT (FR) is the outgoing Vice-President for Europe (term 2015-11-05 to 2018-11-21); there is no immediate "
                + "re-election to the same post or as a Delegate", r.get(0).message());
    }

    @Test
    void outgoingHolderMayNotBecomeADelegate() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.PRESIDENT, Region.EUROPE, "FR", "Jean Dupont", "2014-11-05", "2018-11-21"));
        assertEquals(List.of("IMMEDIATE_REELECTION"), codes(seat(Office.DELEGATE, Region.EUROPE), good("FR", "Jean Dupont", Region.EUROPE), h));
    }

    @Test
    void outgoingDelegateMayNotBeReElectedAsDelegate() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.DELEGATE, Region.EUROPE, "FR", "Jean Dupont", "2015-11-05", "2018-11-21"));
        assertEquals(List.of("IMMEDIATE_REELECTION"), codes(seat(Office.DELEGATE, Region.EUROPE), good("FR", "Jean Dupont", Region.EUROPE), h));
    }

    @Test
    void outgoingHolderMayStandForAnotherPost() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.DELEGATE, Region.EUROPE, "FR", "Jean Dupont", "2015-11-05", "2018-11-21"));
        assertEquals(List.of(), codes(seat(Office.VICE_PRESIDENT, Region.EUROPE), good("FR", "Jean Dupont", Region.EUROPE), h));
        List<EligibilityRules.Holder> vp = List.of(holder(Office.VICE_PRESIDENT, Region.EUROPE, "FR", "Jean Dupont", "2015-11-05", "2018-11-21"));
        assertEquals(List.of(), codes(seat(Office.PRESIDENT, null), good("FR", "Jean Dupont", Region.EUROPE), vp));
    }

    @Test
    void aFormerHolderOutsideTheWindowMayStandAgain() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.VICE_PRESIDENT, Region.EUROPE, "FR", "Jean Dupont", "2012-11-05", "2015-11-05"));
        assertEquals(List.of(), codes(seat(Office.VICE_PRESIDENT, Region.EUROPE), good("FR", "Jean Dupont", Region.EUROPE), h));
        EligibilityRules wide = new EligibilityRules(Period.ofYears(4));
        assertEquals("IMMEDIATE_REELECTION", wide.check(seat(Office.VICE_PRESIDENT, Region.EUROPE), good("FR", "Jean Dupont", Region.EUROPE), h)
                .get(0).code());
    }

    @Test
    void anotherPersonOfTheSameCountryMayFollowTheOutgoingHolder() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.DELEGATE, Region.EUROPE, "FR", "Jean Dupont", "2015-11-05", "2018-11-21"));
        assertEquals(List.of(), codes(seat(Office.DELEGATE, Region.EUROPE), good("FR", "Marie Curie", Region.EUROPE), h));
    }

    @Test
    void noSecondMemberFromTheSameCountry() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.DELEGATE, Region.EUROPE, "FR", "Jean Dupont", "2017-09-29", "2020-09-29"));
        List<EligibilityRules.Refusal> r = rules.check(seat(Office.VICE_PRESIDENT, Region.EUROPE), good("FR", "Marie Curie", Region.EUROPE), h);
        assertEquals(List.of("SAME_COUNTRY"), r.stream().map(EligibilityRules.Refusal::code).toList());
        assertEquals("FR already has a member on the Executive Committee during this term: Jean Dupont, Delegate for Europe (2017-09-29 to 2020-09-29); "
                + "all 13 members come from different countries", r.get(0).message());
    }

    @Test
    void aSittingMemberMayStandForAnotherSeatHeWouldLeave() {
        // 2018: Kim Jong-yang (KR), Vice-President for Asia, and Alexander Prokopchuk (RU), Vice-President for Europe, stood for President
        List<EligibilityRules.Holder> h = List.of(
                holder(Office.VICE_PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "KR", "Kim Jong-yang", "2015-11-05", "2018-11-21"),
                holder(Office.VICE_PRESIDENT, Region.EUROPE, "RU", "Alexander Prokopchuk", "2016-11-10", "2019-10-17"));
        EligibilityRules.Seat president = new EligibilityRules.Seat(Office.PRESIDENT, null, LocalDate.of(2018, 11, 18), LocalDate.of(2020, 11, 30));
        assertEquals(List.of(), rules.check(president, good("KR", "Kim Jong-yang", Region.ASIA_SOUTH_PACIFIC), h).stream().map(EligibilityRules.Refusal::code).toList());
        assertEquals(List.of(), rules.check(president, good("RU", "Alexander Prokopchuk", Region.EUROPE), h).stream().map(EligibilityRules.Refusal::code).toList());
    }

    @Test
    void aCountryWhoseMemberLeavesBeforeTheTermMayStand() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.DELEGATE, Region.EUROPE, "FR", "Jean Dupont", "2015-11-05", "2018-11-21"));
        assertEquals(List.of(), codes(seat(Office.VICE_PRESIDENT, Region.EUROPE), good("FR", "Marie Curie", Region.EUROPE), h));
    }

    @Test
    void presidentAndVicePresidentsFromFourDifferentRegions() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "Meng Hongwei", "2016-11-10", "2020-11-30"));
        List<EligibilityRules.Refusal> r = rules.check(seat(Office.VICE_PRESIDENT, Region.ASIA_SOUTH_PACIFIC),
                good("JP", "Taro Yamada", Region.ASIA_SOUTH_PACIFIC), h);
        assertEquals(List.of("REGION_TAKEN"), r.stream().map(EligibilityRules.Refusal::code).toList());
        assertEquals("The President and the Vice-Presidents come from four different regions; Asia and South Pacific already has the President "
                + "(Meng Hongwei, CN, to 2020-11-30)", r.get(0).message());
        List<EligibilityRules.Holder> vps = List.of(holder(Office.VICE_PRESIDENT, Region.AFRICA, "KE", "Jane Doe", "2017-09-29", "2020-09-29"));
        assertEquals(List.of("REGION_TAKEN"), codes(seat(Office.PRESIDENT, null), good("NG", "John Roe", Region.AFRICA), vps));
    }

    @Test
    void regionRuleDoesNotApplyToDelegates() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "Meng Hongwei", "2016-11-10", "2020-11-30"));
        assertEquals(List.of(), codes(seat(Office.DELEGATE, Region.ASIA_SOUTH_PACIFIC), good("JP", "Taro Yamada", Region.ASIA_SOUTH_PACIFIC), h));
    }

    @Test
    void aHolderWhoLeftEarlyDoesNotBlockTheRegion() {
        // Meng Hongwei resigned on 7 October 2018: the by-election for President is open to Asia
        List<EligibilityRules.Holder> h = List.of(holder(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "Meng Hongwei", "2016-11-10", "2018-10-07"));
        EligibilityRules.Seat president = new EligibilityRules.Seat(Office.PRESIDENT, null, LocalDate.of(2018, 11, 18), LocalDate.of(2020, 11, 30));
        assertEquals(List.of(), rules.check(president, good("KR", "Kim Jong-yang", Region.ASIA_SOUTH_PACIFIC), h).stream()
                .map(EligibilityRules.Refusal::code).toList());
        // ... but he himself is the outgoing President
        assertEquals(List.of("IMMEDIATE_REELECTION"), rules.check(president, good("CN", "Meng Hongwei", Region.ASIA_SOUTH_PACIFIC), h).stream()
                .map(EligibilityRules.Refusal::code).toList());
    }

    @Test
    void everyRefusalIsReported() {
        List<EligibilityRules.Holder> h = List.of(
                holder(Office.VICE_PRESIDENT, Region.AFRICA, "KE", "Jane Doe", "2015-11-05", "2018-11-21"),
                holder(Office.DELEGATE, Region.AFRICA, "KE", "John Roe", "2017-09-29", "2020-09-29"),
                holder(Office.PRESIDENT, Region.AFRICA, "NG", "Big Boss", "2016-11-10", "2020-11-30"));
        EligibilityRules.Nominee n = new EligibilityRules.Nominee("KE", "Jane Doe", Region.AFRICA, true, false, List.of("arrears"), false, List.of("arrears"));
        List<String> codes = codes(seat(Office.VICE_PRESIDENT, Region.EUROPE), n, h);
        assertEquals(List.of("NOT_IN_GOOD_STANDING", "NOT_ELIGIBLE_FOR_OFFICE", "WRONG_REGION", "IMMEDIATE_REELECTION", "SAME_COUNTRY", "REGION_TAKEN"), codes);
    }

    @Test
    void namesMatchIgnoringCaseAndSpaces() {
        assertTrue(EligibilityRules.samePerson(holder(Office.DELEGATE, Region.EUROPE, "FR", " Jean   Dupont ", "2015-01-01", "2018-01-01"),
                good("FR", "jean dupont", Region.EUROPE)));
    }

    @Test
    void namesMatchWhateverTheirHyphensPunctuationDiacriticsAndCompatibilityForms() {
        EligibilityRules.Holder kim = holder(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "KR", "Kim Jong-yang", "2018-11-21", "2020-11-21");
        for (String same : List.of("Kim Jong Yang", "KIM JONG-YANG", "Kim Jong‐yang", "Kim Jong‑yang.", "Kim, Jong-yang",
                "Ｋｉｍ Jong-yang", "  kim   jong - yang ")) {
            assertTrue(EligibilityRules.samePerson(kim, good("KR", same, Region.ASIA_SOUTH_PACIFIC)), same);
        }
        assertTrue(EligibilityRules.samePerson(holder(Office.PRESIDENT, Region.EUROPE, "FR", "probeB Outgoing President", "2018-11-21", "2022-11-21"),
                good("FR", "probeB Outgoing-President", Region.EUROPE)));
        assertTrue(EligibilityRules.samePerson(holder(Office.DELEGATE, Region.EUROPE, "CZ", "Šárka Havránková", "2015-01-01", "2018-01-01"),
                good("CZ", "Sarka Havrankova", Region.EUROPE)), "diacritics");
        assertTrue(EligibilityRules.samePerson(holder(Office.DELEGATE, Region.EUROPE, "CZ", "Šarka Havránková", "2015-01-01", "2018-01-01"),
                good("CZ", "Šárka Havránková", Region.EUROPE)), "decomposed and precomposed");
        assertTrue(EligibilityRules.samePerson(holder(Office.DELEGATE, Region.EUROPE, "DE", "Hans Strauß", "2015-01-01", "2018-01-01"),
                good("DE", "HANS STRAUSS", Region.EUROPE)), "sharp s");
        assertTrue(EligibilityRules.samePerson(holder(Office.DELEGATE, Region.EUROPE, "TR", "İsmail Yılmaz", "2015-01-01", "2018-01-01"),
                good("TR", "Ismail Yilmaz", Region.EUROPE)), "dotted and dotless i");
        // another name, or the same name from another country, is another person
        assertFalse(EligibilityRules.samePerson(kim, good("KR", "Kim Jong-un", Region.ASIA_SOUTH_PACIFIC)));
        assertFalse(EligibilityRules.samePerson(kim, good("KP", "Kim Jong-yang", Region.ASIA_SOUTH_PACIFIC)));
    }

    @Test
    void theOutgoingHolderIsRefusedUnderAnotherSpellingOfHisName() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.PRESIDENT, Region.EUROPE, "FR", "probeB Outgoing President", "2014-11-21", "2018-11-21"));
        assertEquals(List.of("IMMEDIATE_REELECTION"), codes(seat(Office.PRESIDENT, null), good("FR", "probeB Outgoing-President", Region.EUROPE), h));
        assertEquals(List.of("IMMEDIATE_REELECTION"), codes(seat(Office.DELEGATE, Region.EUROPE), good("FR", "PROBEB OUTGOING PRESIDENT.", Region.EUROPE), h));
    }

    @Test
    void aRecordedTermIsOfTheCountrysRegion() {
        assertEquals(null, EligibilityRules.countryRegionProblem(Office.DELEGATE, Region.AFRICA, "KE", true, Region.AFRICA));
        assertEquals(null, EligibilityRules.countryRegionProblem(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", true, Region.ASIA_SOUTH_PACIFIC));
        assertEquals("The seat Delegate for Europe is for a member from Europe; KE is in Africa",
                EligibilityRules.countryRegionProblem(Office.DELEGATE, Region.EUROPE, "KE", true, Region.AFRICA));
        assertEquals("The seat Vice-President for Americas is for a member from Americas; XX is in no known region",
                EligibilityRules.countryRegionProblem(Office.VICE_PRESIDENT, Region.AMERICAS, "XX", true, null));
        assertEquals("The region recorded for the President is the region of his country: CN is in Asia and South Pacific, not Europe",
                EligibilityRules.countryRegionProblem(Office.PRESIDENT, Region.EUROPE, "CN", true, Region.ASIA_SOUTH_PACIFIC));
        assertEquals("XK is not a member of the Organization; the members of the Executive Committee come from member countries",
                EligibilityRules.countryRegionProblem(Office.VICE_PRESIDENT, Region.EUROPE, "XK", false, null));
    }

    @Test
    void regionTakenByAPresidentOrVicePresidentOverlappingTheTerm() {
        List<EligibilityRules.Holder> h = List.of(
                holder(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "Meng Hongwei", "2016-11-10", "2018-10-07"),
                holder(Office.DELEGATE, Region.EUROPE, "IT", "Mario Rossi", "2017-09-29", "2020-09-29"));
        EligibilityRules.Refusal r = EligibilityRules.regionTaken(Region.ASIA_SOUTH_PACIFIC, LocalDate.of(2015, 11, 5), LocalDate.of(2018, 11, 21), h);
        assertEquals("REGION_TAKEN", r.code());
        assertEquals("The President and the Vice-Presidents come from four different regions; Asia and South Pacific already has the "
                + "President (Meng Hongwei, CN, to 2018-10-07)", r.message());
        assertEquals(null, EligibilityRules.regionTaken(Region.ASIA_SOUTH_PACIFIC, LocalDate.of(2018, 10, 7), LocalDate.of(2021, 10, 7), h),
                "after the President left");
        assertEquals(null, EligibilityRules.regionTaken(Region.EUROPE, LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1), h),
                "a Delegate does not take his region");
    }
}
