package org.icpo.notices.contract;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.testing.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The API may grow; it may not break its clients without a deliberate snapshot update (contracts/openapi/notices-service.json). */
@QuarkusTest
class OpenApiCompatibilityTest {

    @Test
    void noBreakingChangeAgainstTheCommittedSnapshot() throws Exception {
        String current = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertNull(OpenApiSnapshot.breakingChanges("notices-service", current));
    }
}
