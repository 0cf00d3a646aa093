package org.icpo.kit.persistence;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list's where clause from its optional filters: what is left out adds nothing, what is given comes with its value. */
class ConditionsTest {

    @Test
    void noFilterGivenMatchesEverything() {
        Conditions c = new Conditions().equal("status", "status", null).equal("kind", "kind", null);
        assertEquals("1 = 1", c.where());
        assertTrue(c.parameters().isEmpty());
    }

    @Test
    void oneFilterIsTheConditionItself() {
        Conditions c = new Conditions().equal("status", "status", null).equal("kind", "kind", "RESOLUTION");
        assertEquals("kind = :kind", c.where());
        assertEquals(Map.of("kind", "RESOLUTION"), c.parameters());
    }

    @Test
    void severalFiltersAreEachParenthesizedSoThatAnOrStaysInsideItsCondition() {
        Conditions c = new Conditions()
                .equal("r.kind", "kind", "DIFFUSION")
                .and("r.toAll = true or r.country = :country", "country", "FR")
                .and("r.status in :visible").parameter("visible", List.of("PUBLISHED"));
        assertEquals("(r.kind = :kind) and (r.toAll = true or r.country = :country) and (r.status in :visible)", c.where());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("kind", "DIFFUSION");
        expected.put("country", "FR");
        expected.put("visible", List.of("PUBLISHED"));
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(c.parameters().entrySet()), "the values, in the order given");
    }

    @Test
    void aConditionAddedWithAndIsKeptWhateverItsValue() {
        // what a caller may see must never be dropped as a filter left out would be: with no value it matches nothing
        Conditions c = new Conditions().and("r.requesterCountry = :country", "country", null);
        assertEquals("r.requesterCountry = :country", c.where());
        assertTrue(c.parameters().containsKey("country"));
    }

    @Test
    void aParameterSharedByTwoConditionsMustHaveOneValue() {
        Conditions c = new Conditions().and("a = :x", "x", 1).and("b > :x", "x", 1);
        assertEquals("(a = :x) and (b > :x)", c.where());
        assertEquals(Map.of("x", 1), c.parameters());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.parameter("x", 2));
        assertEquals("parameter :x given two values: 1 and 2", e.getMessage());
    }

    @Test
    void theParametersCannotBeChangedFromOutside() {
        Conditions c = new Conditions().equal("a", "a", 1);
        assertThrows(UnsupportedOperationException.class, () -> c.parameters().put("b", 2));
    }
}
