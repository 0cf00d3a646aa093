package org.icpo.kit.problem;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiExceptionTest {

    @Test
    void anExtensionCannotShadowAMemberOfTheProblemDocument() {
        for (String member : ApiException.STANDARD_MEMBERS) {
            assertThrows(IllegalArgumentException.class, () -> ApiException.conflict("x").with(member, "PUBLISHED"), member);
        }
        ApiException e = ApiException.conflict("x").with("action", "PUBLISH").with("currentStatus", "PUBLISHED");
        assertEquals(Map.of("action", "PUBLISH", "currentStatus", "PUBLISHED"), e.extensions());
    }
}
