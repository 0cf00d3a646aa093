package org.icpo.elections.attendance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuorumRulesTest {

    final QuorumRules majority = new QuorumRules(new QuorumRules.Policy(true, 1, 2, true));

    @ParameterizedTest(name = "{0} members: {1} must be present")
    @CsvSource({"196,99", "195,98", "194,98", "190,96", "1,1", "2,2", "0,1"})
    void aMajorityOfMembersMustBePresent(int members, int required) {
        assertEquals(required, majority.required(members));
        assertTrue(majority.check(required, members).reached());
        assertFalse(majority.check(required - 1, members).reached());
    }

    @Test
    void messageExplainsAFailedQuorum() {
        QuorumRules.Verdict v = majority.check(98, 196);
        assertFalse(v.reached());
        assertEquals(99, v.required());
        assertEquals("Quorum not reached: 98 of 196 members present; at least 99 must be registered as present (more than 1/2 of the members)", v.message());
        assertEquals("Quorum reached: 99 of 196 members present (99 required)", majority.check(99, 196).message());
    }

    @Test
    void atLeastAShareIsAPolicy() {
        QuorumRules half = new QuorumRules(new QuorumRules.Policy(true, 1, 2, false));
        assertEquals(98, half.required(196));
        assertEquals(98, half.required(195));
        QuorumRules twoThirds = new QuorumRules(new QuorumRules.Policy(true, 2, 3, false));
        assertEquals(131, twoThirds.required(196));
    }

    @Test
    void quorumCanBeSwitchedOff() {
        QuorumRules none = new QuorumRules(new QuorumRules.Policy(false, 1, 2, true));
        assertEquals(0, none.required(196));
        assertTrue(none.check(0, 196).reached());
        assertEquals("No quorum is required", none.check(0, 196).message());
    }

    @Test
    void invalidInput() {
        assertThrows(IllegalArgumentException.class, () -> new QuorumRules.Policy(true, 3, 2, true));
        assertThrows(IllegalArgumentException.class, () -> new QuorumRules.Policy(true, 1, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new QuorumRules.Policy(true, -1, 2, true));
        assertThrows(IllegalArgumentException.class, () -> majority.check(-1, 196));
    }
}
