package org.icpo.elections.contract;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.testing.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The API may grow; it may not break its clients without a deliberate snapshot update. */
@QuarkusTest
class OpenApiCompatibilityTest {

    @Test
    void noBreakingChangeAgainstTheCommittedSnapshot() throws Exception {
        String current = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(OpenApiSnapshot.breakingChanges("elections-service", current)).isNull();
    }
}
