package org.icpo.local;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalSuiteTest {

    @Test
    void tokensAreMintedForTheSuitesRolesOnly() {
        for (String role : List.of("secretariat", "ccf", "assembly", "svc-elections", "svc-notices")) {
            assertNull(LocalSuite.tokenProblem(role, null), role);
        }
        assertNull(LocalSuite.tokenProblem("ncb", "FR"));
        assertTrue(LocalSuite.tokenProblem("foo", null).startsWith("unknown role 'foo'"));
        assertTrue(LocalSuite.tokenProblem("admin", "FR").contains("ncb, secretariat, ccf, assembly, svc-elections, svc-notices"));
        assertTrue(LocalSuite.tokenProblem("ncb", null).contains("needs the member's country"));
        assertTrue(LocalSuite.tokenProblem("ncb", "FRA").contains("ISO 3166-1 alpha-2"));
    }

    @Test
    void onlyNamesComponentsOfTheSuite() {
        assertNull(LocalSuite.onlyProblem(List.of("membership", "gateway")));
        assertTrue(LocalSuite.onlyProblem(List.of("membership", "postgres")).endsWith("not postgres"));
        assertTrue(LocalSuite.onlyProblem(List.of()).endsWith("not nothing"));
    }
}
