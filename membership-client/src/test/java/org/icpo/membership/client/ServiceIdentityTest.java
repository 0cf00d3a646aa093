package org.icpo.membership.client;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceIdentityTest {

    static ServiceIdentity identity(String keyId) {
        ServiceIdentity identity = new ServiceIdentity();
        identity.role = "svc-elections";
        identity.keyId = Optional.ofNullable(keyId);
        identity.keyLocation = "test-jwt/privateKey.pem";
        identity.issuer = "https://auth.icpo.example";
        identity.audience = "icpo";
        return identity;
    }

    static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
    }

    @Test
    void theTokenIsSignedUnderTheRoleOrTheConfiguredKeyIdThatNamesIt() {
        assertEquals("svc-elections", identity(null).keyId());
        assertEquals("svc-elections", identity(" ").keyId());
        assertTrue(header(identity(null).token()).contains("\"kid\":\"svc-elections\""), header(identity(null).token()));
        ServiceIdentity rotated = identity("svc-elections.2026-11");
        assertEquals("svc-elections.2026-11", rotated.keyId());
        assertTrue(header(rotated.token()).contains("\"kid\":\"svc-elections.2026-11\""), header(rotated.token()));
    }

    @Test
    void aKeyIdNamingAnotherRoleStopsTheStart() {
        for (String wrong : new String[]{"svc-notices", "svc-notices.2", "elections-2026", "svc-elections."}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> identity(wrong).checkKeyId(null));
            assertTrue(e.getMessage().contains("svc-elections.<suffix>"), e.getMessage());
        }
    }
}
