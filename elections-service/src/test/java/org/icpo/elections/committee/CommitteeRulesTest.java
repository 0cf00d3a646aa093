package org.icpo.elections.committee;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CommitteeRulesTest {

    static final CommitteeRules.Policy POLICY = new CommitteeRules.Policy(Period.ofYears(4), Period.ofYears(3), 3,
            Map.of(Region.AFRICA, 2, Region.AMERICAS, 2, Region.ASIA_SOUTH_PACIFIC, 2, Region.EUROPE, 3));
    final CommitteeRules rules = new CommitteeRules(POLICY);
    static final LocalDate DAY = LocalDate.of(2018, 11, 21);

    static EligibilityRules.Holder holder(Office office, Region region, String country, String start, String end) {
        return new EligibilityRules.Holder(office, region, country, "Person " + country, LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void termsAreFourYearsForThePresidentThreeForOthers() {
        assertEquals(LocalDate.of(2025, 11, 27), rules.termEnd(Office.PRESIDENT, LocalDate.of(2021, 11, 27)));
        assertEquals(LocalDate.of(2024, 11, 27), rules.termEnd(Office.VICE_PRESIDENT, LocalDate.of(2021, 11, 27)));
        assertEquals(LocalDate.of(2024, 11, 27), rules.termEnd(Office.DELEGATE, LocalDate.of(2021, 11, 27)));
    }

    @Test
    void thirteenSeatsByDefault() {
        int delegates = 0;
        for (Region r : Region.values()) {
            delegates += POLICY.delegates(r);
        }
        assertEquals(9, delegates);
        assertEquals(13, 1 + POLICY.vicePresidents() + delegates);
    }

    @Test
    void presidencyVacantOnlyWithoutASittingPresident() {
        assertNull(rules.seatUnavailable(Office.PRESIDENT, null, DAY, List.of()));
        List<EligibilityRules.Holder> sitting = List.of(holder(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "2016-11-10", "2020-11-30"));
        assertEquals("The office of President is held by Person CN (CN) until 2020-11-30", rules.seatUnavailable(Office.PRESIDENT, null, DAY, sitting));
        List<EligibilityRules.Holder> resigned = List.of(holder(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "2016-11-10", "2018-10-07"));
        assertNull(rules.seatUnavailable(Office.PRESIDENT, null, DAY, resigned));
        List<EligibilityRules.Holder> ending = List.of(holder(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "2014-11-21", "2018-11-21"));
        assertNull(rules.seatUnavailable(Office.PRESIDENT, null, DAY, ending), "a term ending the day the new one starts leaves the seat vacant");
    }

    @Test
    void vicePresidentSeatPerRegionAndThreeAtMost() {
        List<EligibilityRules.Holder> h = List.of(holder(Office.VICE_PRESIDENT, Region.EUROPE, "RU", "2016-11-10", "2019-10-17"));
        assertEquals("The seat Vice-President for Europe is held by Person RU (RU) until 2019-10-17",
                rules.seatUnavailable(Office.VICE_PRESIDENT, Region.EUROPE, DAY, h));
        assertNull(rules.seatUnavailable(Office.VICE_PRESIDENT, Region.AFRICA, DAY, h));
        List<EligibilityRules.Holder> three = List.of(
                holder(Office.VICE_PRESIDENT, Region.EUROPE, "RU", "2016-11-10", "2019-10-17"),
                holder(Office.VICE_PRESIDENT, Region.AFRICA, "KE", "2016-11-10", "2019-10-17"),
                holder(Office.VICE_PRESIDENT, Region.AMERICAS, "US", "2016-11-10", "2019-10-17"));
        assertEquals("All 3 Vice-President seats are filled on 2018-11-21", rules.seatUnavailable(Office.VICE_PRESIDENT, Region.ASIA_SOUTH_PACIFIC, DAY, three));
    }

    @Test
    void delegateSeatsPerRegion() {
        List<EligibilityRules.Holder> h = List.of(
                holder(Office.DELEGATE, Region.AFRICA, "KE", "2016-11-10", "2019-10-17"),
                holder(Office.DELEGATE, Region.AFRICA, "NG", "2017-09-29", "2020-09-29"),
                holder(Office.DELEGATE, Region.EUROPE, "FR", "2017-09-29", "2020-09-29"));
        assertEquals("All 2 seats of Delegate for Africa are filled on 2018-11-21", rules.seatUnavailable(Office.DELEGATE, Region.AFRICA, DAY, h));
        assertNull(rules.seatUnavailable(Office.DELEGATE, Region.EUROPE, DAY, h));
    }

    @Test
    void inOfficeOnADay() {
        List<EligibilityRules.Holder> h = List.of(
                holder(Office.DELEGATE, Region.AFRICA, "KE", "2016-11-10", "2018-11-21"),
                holder(Office.DELEGATE, Region.AFRICA, "NG", "2018-11-21", "2021-11-21"),
                holder(Office.DELEGATE, Region.EUROPE, "FR", "2019-09-29", "2022-09-29"));
        assertEquals(List.of("NG"), CommitteeRules.inOffice(h, DAY).stream().map(EligibilityRules.Holder::country).toList());
    }

    static CommitteeRules.Term term(Office office, Region region, String country, String start, String end, String endedOn) {
        return new CommitteeRules.Term(office, region, country, "Person " + country, LocalDate.parse(start), LocalDate.parse(end),
                endedOn == null ? null : LocalDate.parse(endedOn));
    }

    @Test
    void aRegularTermEndsInTheYearAFullTermEnds() {
        LocalDate start = LocalDate.of(2022, 10, 21);
        assertNull(rules.regularTermEndProblem(Office.DELEGATE, start, LocalDate.of(2025, 10, 21)));
        assertNull(rules.regularTermEndProblem(Office.DELEGATE, start, LocalDate.of(2025, 11, 28)), "the next Assembly may meet on another day");
        assertNull(rules.regularTermEndProblem(Office.PRESIDENT, start, LocalDate.of(2026, 11, 5)));
        assertEquals("a regular term of the Delegate is a full term of 3 years: starting 2022-10-21, it ends in 2025 (by default on 2025-10-21; "
                        + "terms run from Assembly to Assembly, so only the day may differ), not on 2040-10-21. A vacancy for the rest of a term "
                        + "is filled by a by-election",
                rules.regularTermEndProblem(Office.DELEGATE, start, LocalDate.of(2040, 10, 21)));
        assertTrue(rules.regularTermEndProblem(Office.PRESIDENT, start, LocalDate.of(2025, 10, 21)).startsWith(
                "a regular term of the President is a full term of 4 years: starting 2022-10-21, it ends in 2026"));
        assertTrue(rules.regularTermEndProblem(Office.VICE_PRESIDENT, start, LocalDate.of(2024, 12, 31)).contains("it ends in 2025"));
    }

    @Test
    void undecidedElectionsTakeSeatsOnlyForAnOverlappingTermAndWhileTheirSessionCanDecideThem() {
        LocalDate start = LocalDate.of(2101, 11, 23);
        LocalDate end = LocalDate.of(2104, 11, 23);
        CommitteeRules.Undecided otherTerm = new CommitteeRules.Undecided(Office.VICE_PRESIDENT, Region.AFRICA,
                LocalDate.of(2090, 11, 13), LocalDate.of(2093, 11, 13), 172, false);
        CommitteeRules.Undecided closedSession = new CommitteeRules.Undecided(Office.VICE_PRESIDENT, Region.AMERICAS,
                LocalDate.of(2100, 11, 23), LocalDate.of(2103, 11, 23), 177, true);
        CommitteeRules.Undecided overlapping = new CommitteeRules.Undecided(Office.VICE_PRESIDENT, Region.EUROPE,
                LocalDate.of(2100, 11, 23), LocalDate.of(2103, 11, 23), 177, false);
        CommitteeRules.Undecided sameTerm = new CommitteeRules.Undecided(Office.VICE_PRESIDENT, Region.AFRICA, start, end, 178, false);
        CommitteeRules.Undecided delegate = new CommitteeRules.Undecided(Office.DELEGATE, Region.AMERICAS, start, end, 178, false);
        CommitteeRules.Undecided endingWhenItStarts = new CommitteeRules.Undecided(Office.VICE_PRESIDENT, Region.AFRICA,
                LocalDate.of(2098, 11, 23), start, 175, false);
        assertEquals(List.of(overlapping, sameTerm), CommitteeRules.takingSeats(Office.VICE_PRESIDENT, start, end,
                List.of(otherTerm, closedSession, overlapping, sameTerm, delegate, endingWhenItStarts)));
        assertEquals(List.of(delegate), CommitteeRules.takingSeats(Office.DELEGATE, start, end, List.of(otherTerm, delegate)));
        assertEquals("session 178, term 2101-11-23 to 2104-11-23", sameTerm.describe());
    }

    @Test
    void whileATermAPresidentLeftWouldStillRunOnlyAByElectionFillsIt() {
        List<CommitteeRules.Term> terms = List.of(term(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "2016-11-10", "2020-11-30", "2018-10-07"));
        assertEquals("A President who leaves mid-term is replaced by an election for the rest of the term: Person CN (CN) left on 2018-10-07 "
                        + "the term 2016-11-10 to 2020-11-30, which would still run when this term starts (2018-11-21). Put a by-election to "
                        + "the vote (byElection true), for the term to 2020-11-30, or a regular election for a term starting on or after 2020-11-30",
                rules.regularElectionWhileVacatedTermRuns(Office.PRESIDENT, DAY, terms));
        assertNull(rules.regularElectionWhileVacatedTermRuns(Office.PRESIDENT, LocalDate.of(2020, 11, 30), terms), "the term has run out");
        assertNull(rules.regularElectionWhileVacatedTermRuns(Office.PRESIDENT, DAY, List.of(
                term(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "2016-11-10", "2020-11-30", "2018-10-07"),
                term(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "KR", "2018-11-21", "2020-11-30", null))), "filled by a by-election");
        assertNull(rules.regularElectionWhileVacatedTermRuns(Office.PRESIDENT, DAY, List.of(
                term(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "2014-11-21", "2018-11-21", null))), "a term run to its end");
        // the domain says it of the President only
        assertNull(rules.regularElectionWhileVacatedTermRuns(Office.DELEGATE, DAY, List.of(
                term(Office.DELEGATE, Region.AFRICA, "KE", "2017-09-29", "2020-09-29", "2018-01-01"))));
    }

    @Test
    void aRecordedTermIsAtMostAFullTerm() {
        assertNull(rules.recordedTermEndProblem(Office.PRESIDENT, LocalDate.of(2016, 11, 10), LocalDate.of(2020, 11, 30)),
                "terms run from Assembly to Assembly");
        assertNull(rules.recordedTermEndProblem(Office.DELEGATE, LocalDate.of(2017, 9, 29), LocalDate.of(2018, 11, 21)), "shorter");
        assertNull(rules.recordedTermEndProblem(Office.DELEGATE, LocalDate.of(2092, 1, 1), LocalDate.of(2095, 1, 1)));
        assertEquals("a term of the Delegate is at most a full term of 3 years: starting 2092-01-01, it ends in 2095 at the latest (a full "
                        + "term ends on 2095-01-01; terms run from Assembly to Assembly, so only the day may differ), not on 2099-11-23. A "
                        + "shorter term is fine (a by-election, a holder who left)",
                rules.recordedTermEndProblem(Office.DELEGATE, LocalDate.of(2092, 1, 1), LocalDate.of(2099, 11, 23)));
        assertTrue(rules.recordedTermEndProblem(Office.PRESIDENT, LocalDate.of(2016, 11, 10), LocalDate.of(2021, 1, 1))
                .startsWith("a term of the President is at most a full term of 4 years: starting 2016-11-10, it ends in 2020 at the latest"));
        assertTrue(rules.recordedTermEndProblem(Office.VICE_PRESIDENT, LocalDate.of(2016, 11, 10), LocalDate.of(2020, 11, 10))
                .contains("it ends in 2019 at the latest"));
    }

    @Test
    void aByElectionEndsWithTheVacatedTerm() {
        LocalDate start = LocalDate.of(2018, 11, 18);
        List<CommitteeRules.Term> terms = List.of(
                term(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "2016-11-10", "2020-11-30", "2018-10-07"),
                term(Office.VICE_PRESIDENT, Region.EUROPE, "RU", "2016-11-10", "2019-11-10", null));
        assertEquals(new CommitteeRules.ByElectionEnd(LocalDate.of(2020, 11, 30), null),
                rules.byElectionTermEnd(Office.PRESIDENT, null, start, null, terms), "the vacated term's end by default");
        assertEquals(new CommitteeRules.ByElectionEnd(LocalDate.of(2020, 11, 30), null),
                rules.byElectionTermEnd(Office.PRESIDENT, null, start, LocalDate.of(2020, 11, 30), terms));
        assertEquals("a by-election fills the rest of the vacated term: it must end on 2020-11-30 (Person CN (CN) left on 2018-10-07 "
                        + "the term 2016-11-10 to 2020-11-30), not on 2021-11-30",
                rules.byElectionTermEnd(Office.PRESIDENT, null, start, LocalDate.of(2021, 11, 30), terms).problem());
        assertEquals("a by-election fills the rest of a term: it cannot end later than a full term of the President (4 years) from "
                        + "2018-11-18, 2022-11-18; not 2030-11-30",
                rules.byElectionTermEnd(Office.PRESIDENT, null, start, LocalDate.of(2030, 11, 30), terms).problem());
        // a Vice-President's seat is its region's: the President's vacated term is not his
        assertEquals("is required for a by-election: the end of the vacant term (no term of the Vice-President for Asia and South Pacific "
                        + "left before the end is recorded)",
                rules.byElectionTermEnd(Office.VICE_PRESIDENT, Region.ASIA_SOUTH_PACIFIC, start, null, terms).problem());
    }

    @Test
    void withoutARecordedVacatedTermTheEndIsGivenAndAtMostAFullTerm() {
        LocalDate start = LocalDate.of(2018, 11, 18);
        assertEquals(new CommitteeRules.ByElectionEnd(LocalDate.of(2020, 11, 10), null),
                rules.byElectionTermEnd(Office.PRESIDENT, null, start, LocalDate.of(2020, 11, 10), List.of()));
        assertEquals(new CommitteeRules.ByElectionEnd(LocalDate.of(2022, 11, 18), null),
                rules.byElectionTermEnd(Office.PRESIDENT, null, start, LocalDate.of(2022, 11, 18), List.of()), "a full term at most");
        assertEquals("a by-election fills the rest of a term: it cannot end later than a full term of the Delegate (3 years) from "
                        + "2018-11-18, 2021-11-18; not 2021-11-19",
                rules.byElectionTermEnd(Office.DELEGATE, Region.EUROPE, start, LocalDate.of(2021, 11, 19), List.of()).problem());
        assertEquals("is required for a by-election: the end of the vacant term (no term of the President left before the end is recorded)",
                rules.byElectionTermEnd(Office.PRESIDENT, null, start, null, List.of()).problem());
        // a term that ended when it was due, or whose holder left after the new term starts, left nothing vacant
        List<CommitteeRules.Term> notVacated = List.of(
                term(Office.PRESIDENT, Region.EUROPE, "FR", "2012-11-08", "2016-11-10", "2016-11-10"),
                term(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "2016-11-10", "2020-11-30", "2018-12-01"));
        assertEquals(new CommitteeRules.ByElectionEnd(LocalDate.of(2020, 11, 10), null),
                rules.byElectionTermEnd(Office.PRESIDENT, null, start, LocalDate.of(2020, 11, 10), notVacated));
        assertEquals(List.of(), CommitteeRules.vacatedTerms(Office.PRESIDENT, null, start, notVacated));
    }

    @Test
    void aVacancyFilledByAnEarlierByElectionIsNoLongerVacant() {
        List<CommitteeRules.Term> filled = List.of(
                term(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "CN", "2016-11-10", "2020-11-30", "2018-10-07"),
                term(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "KR", "2018-11-21", "2020-11-30", null));
        assertEquals(List.of(), CommitteeRules.vacatedTerms(Office.PRESIDENT, null, LocalDate.of(2019, 10, 15), filled));
        List<CommitteeRules.Term> leftAgain = List.of(filled.get(0),
                term(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "KR", "2018-11-21", "2020-11-30", "2019-06-01"));
        assertEquals(List.of("KR"), CommitteeRules.vacatedTerms(Office.PRESIDENT, null, LocalDate.of(2019, 10, 15), leftAgain)
                .stream().map(CommitteeRules.Term::country).toList());
        assertEquals(LocalDate.of(2020, 11, 30),
                rules.byElectionTermEnd(Office.PRESIDENT, null, LocalDate.of(2019, 10, 15), null, leftAgain).termEnd());
    }

    @Test
    void severalDelegatesLeftEarlyTheByElectionNamesWhichTermItFills() {
        LocalDate start = LocalDate.of(2019, 10, 15);
        List<CommitteeRules.Term> terms = List.of(
                term(Office.DELEGATE, Region.EUROPE, "FR", "2017-09-29", "2020-09-29", "2019-01-10"),
                term(Office.DELEGATE, Region.EUROPE, "IT", "2018-11-21", "2021-11-21", "2019-03-01"),
                term(Office.DELEGATE, Region.AFRICA, "KE", "2018-11-21", "2021-11-21", "2019-03-01"));
        assertEquals("is required: several terms of the Delegate for Europe were left early (Person FR (FR) left on 2019-01-10 the term "
                        + "2017-09-29 to 2020-09-29; Person IT (IT) left on 2019-03-01 the term 2018-11-21 to 2021-11-21); give the end of the "
                        + "one this by-election fills",
                rules.byElectionTermEnd(Office.DELEGATE, Region.EUROPE, start, null, terms).problem());
        assertEquals(LocalDate.of(2021, 11, 21), rules.byElectionTermEnd(Office.DELEGATE, Region.EUROPE, start, LocalDate.of(2021, 11, 21), terms).termEnd());
        assertEquals(LocalDate.of(2020, 9, 29), rules.byElectionTermEnd(Office.DELEGATE, Region.EUROPE, start, LocalDate.of(2020, 9, 29), terms).termEnd());
        assertTrue(rules.byElectionTermEnd(Office.DELEGATE, Region.EUROPE, start, LocalDate.of(2021, 9, 29), terms).problem()
                .startsWith("a by-election fills the rest of the vacated term: it must end on 2020-09-29 or 2021-11-21 ("));
        assertEquals(LocalDate.of(2021, 11, 21), rules.byElectionTermEnd(Office.DELEGATE, Region.AFRICA, start, null, terms).termEnd());
    }

    @Test
    void threeVicePresidentsAtMostCountingUndecidedElections() {
        LocalDate start = LocalDate.of(2022, 10, 21);
        assertNull(rules.vicePresidentsExhausted(start, List.of(), List.of()));
        assertNull(rules.vicePresidentsExhausted(start, List.of(), List.of(Region.AFRICA, Region.AMERICAS)));
        assertEquals("The Executive Committee has 3 Vice-Presidents: 0 sitting on 2022-10-21 and 3 undecided Vice-President elections "
                        + "(Vice-President for Africa, Vice-President for Americas, Vice-President for Europe) already account for all of them; "
                        + "no further Vice-President can be put to the vote",
                rules.vicePresidentsExhausted(start, List.of(), List.of(Region.AFRICA, Region.AMERICAS, Region.EUROPE)));
        List<EligibilityRules.Holder> h = List.of(
                holder(Office.VICE_PRESIDENT, Region.EUROPE, "RU", "2020-11-10", "2023-11-10"),
                holder(Office.VICE_PRESIDENT, Region.AMERICAS, "US", "2019-10-17", "2022-10-21"),
                holder(Office.PRESIDENT, Region.ASIA_SOUTH_PACIFIC, "AE", "2021-11-25", "2025-11-25"));
        assertNull(rules.vicePresidentsExhausted(start, h, List.of(Region.AFRICA)), "the term ending the day the new one starts leaves room");
        assertEquals("The Executive Committee has 3 Vice-Presidents: 1 sitting on 2022-10-21 (Vice-President for Europe: Person RU, RU) and "
                        + "2 undecided Vice-President elections (Vice-President for Africa, Vice-President for Americas) already account for all "
                        + "of them; no further Vice-President can be put to the vote",
                rules.vicePresidentsExhausted(start, h, List.of(Region.AFRICA, Region.AMERICAS)));
    }

    @Test
    void invalidPolicy() {
        assertThrows(IllegalArgumentException.class, () -> new CommitteeRules.Policy(Period.ofYears(4), Period.ofYears(3), 0, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new CommitteeRules.Policy(Period.ofYears(4), Period.ofYears(3), 3, Map.of(Region.EUROPE, -1)));
        assertThrows(NullPointerException.class, () -> new CommitteeRules.Policy(null, Period.ofYears(3), 3, Map.of()));
    }

    @Test
    void seatLabels() {
        assertEquals("President", Office.PRESIDENT.seatLabel(Region.EUROPE));
        assertEquals("Vice-President for Europe", Office.VICE_PRESIDENT.seatLabel(Region.EUROPE));
        assertEquals("Delegate for Asia and South Pacific", Office.DELEGATE.seatLabel(Region.ASIA_SOUTH_PACIFIC));
        assertEquals(Region.AMERICAS, Region.parse("americas").orElseThrow());
        assertEquals(java.util.Optional.empty(), Region.parse("ANTARCTICA"));
        assertEquals(java.util.Optional.empty(), Region.parse(null));
    }
}
