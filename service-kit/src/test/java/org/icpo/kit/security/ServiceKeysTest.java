package org.icpo.kit.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ServiceKeysTest {

    @Test
    void aKeyIdNamesAServiceRoleAloneOrWithASuffix() {
        assertEquals("svc-elections", ServiceKeys.roleOf("svc-elections"));
        assertEquals("svc-elections", ServiceKeys.roleOf("svc-elections.2026-11"));
        assertEquals("svc-notices", ServiceKeys.roleOf("svc-notices.b"));
        assertNull(ServiceKeys.roleOf(null));
        assertNull(ServiceKeys.roleOf("local-dev"));
        assertNull(ServiceKeys.roleOf("3f1c9a6e-keycloak"));
        assertNull(ServiceKeys.roleOf("svc-"));
        assertNull(ServiceKeys.roleOf("svc-elections."));
    }

    @Test
    void aServiceRoleComesOnlyFromThatServicesKeyAndAServicesKeyGrantsNothingElse() {
        // a service's own token, under its key id or a rotated one
        assertNull(ServiceKeys.problem("svc-elections", Set.of("svc-elections")));
        assertNull(ServiceKeys.problem("svc-elections.2026-11", Set.of("svc-elections")));
        // the identity provider's tokens for people
        assertNull(ServiceKeys.problem("kc-1", Set.of("secretariat")));
        assertNull(ServiceKeys.problem(null, Set.of("ncb")));
        // a service role under another key: the identity provider's, none, another service's
        assertNotNull(ServiceKeys.problem("kc-1", Set.of("svc-elections")));
        assertNotNull(ServiceKeys.problem(null, Set.of("svc-notices")));
        assertNotNull(ServiceKeys.problem("svc-notices", Set.of("svc-elections")));
        assertNotNull(ServiceKeys.problem("svc-notices.2", Set.of("svc-elections")));
        // a service's key claiming more than its role, or another role, or none
        assertNotNull(ServiceKeys.problem("svc-elections", Set.of("svc-elections", "secretariat")));
        assertNotNull(ServiceKeys.problem("svc-elections", Set.of("secretariat")));
        assertNotNull(ServiceKeys.problem("svc-elections", Set.of()));
    }
}
