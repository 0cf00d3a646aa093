package org.icpo.membership;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SmokeTest {
    @Test
    void membersAreSeeded() {
        given().auth().oauth2(Tokens.secretariat()).get("/members?size=200").then().log().ifValidationFails().statusCode(200).body("total", equalTo(196));
    }
}
