package org.icpo.elections.session;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SessionRulesTest {

    static final SessionRules.Existing DUBAI = new SessionRules.Existing(87, 2018, "Dubai", LocalDate.of(2018, 11, 18), LocalDate.of(2018, 11, 21));
    static final SessionRules.Existing ISTANBUL = new SessionRules.Existing(89, 2021, "Istanbul", LocalDate.of(2021, 11, 23), LocalDate.of(2021, 11, 25));

    @Test
    void theAssemblyMeetsOnceAYear() {
        assertNull(SessionRules.secondSessionOfTheYear(88, 2019, List.of(DUBAI, ISTANBUL)));
        assertEquals("The General Assembly meets once a year: session 87 (Dubai, 2018-11-18 to 2018-11-21) is the session of 2018; "
                + "session 172 cannot be a second one", SessionRules.secondSessionOfTheYear(172, 2018, List.of(DUBAI, ISTANBUL)));
    }

    @Test
    void sessionsAreNumberedInTheOrderTheyMeet() {
        List<SessionRules.Existing> existing = List.of(DUBAI, ISTANBUL);
        // Santiago 2019 between them; no session in 2020; later ones after
        assertNull(SessionRules.outOfOrder(88, LocalDate.of(2019, 10, 15), LocalDate.of(2019, 10, 18), existing));
        assertNull(SessionRules.outOfOrder(90, LocalDate.of(2022, 10, 18), LocalDate.of(2022, 10, 21), existing));
        assertNull(SessionRules.outOfOrder(86, LocalDate.of(2017, 9, 26), LocalDate.of(2017, 9, 29), existing));
        assertEquals("Sessions are numbered in the order they meet: session 87 (Dubai, 2018-11-18 to 2018-11-21) comes after session 86, "
                        + "which must end before it starts, not on 2019-10-18",
                SessionRules.outOfOrder(86, LocalDate.of(2019, 10, 15), LocalDate.of(2019, 10, 18), existing));
        assertEquals("Sessions are numbered in the order they meet: session 89 (Istanbul, 2021-11-23 to 2021-11-25) comes before session 90, "
                        + "which must start after it ends, not on 2017-09-26",
                SessionRules.outOfOrder(90, LocalDate.of(2017, 9, 26), LocalDate.of(2017, 9, 29), existing));
        // a session running into the next year must end before the next one starts
        assertEquals("Sessions are numbered in the order they meet: session 87 (Dubai, 2018-11-18 to 2018-11-21) comes after session 86, "
                        + "which must end before it starts, not on 2018-11-18",
                SessionRules.outOfOrder(86, LocalDate.of(2017, 12, 20), LocalDate.of(2018, 11, 18), existing));
    }

    @Test
    void theHostCountryIsAnAssignedCode() {
        SessionRules rules = new SessionRules(Set.of("XK"));
        assertNull(rules.hostCountryProblem("AE"));
        assertNull(rules.hostCountryProblem("XK"), "recognized beyond the standard list, as in membership-service");
        assertEquals("'ZZ' is not an assigned ISO 3166-1 alpha-2 code", rules.hostCountryProblem("ZZ"));
        assertEquals("'XK' is not an assigned ISO 3166-1 alpha-2 code", new SessionRules(Set.of()).hostCountryProblem("XK"));
    }
}
