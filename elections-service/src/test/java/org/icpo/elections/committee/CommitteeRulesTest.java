package org.icpo.elections.committee;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
