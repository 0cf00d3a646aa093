package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class SmokeTest extends NoticesTestBase {

    @Test
    void healthAndOpenApi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/notice-requests'", notNullValue())
                .body("paths.'/review-queue'", notNullValue());
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void everyRuleWordedForAConstraintNamesOneOfTheDatabase() throws Exception {
        org.icpo.testing.ConstraintRules.assertWordedAndKnown(dataSource, "screening_indicator_term_uq");
    }

    @Test
    void filesARedNotice() {
        String id = file("FR", Bodies.red());
        as(gs()).get("/notice-requests/" + id).then().statusCode(200)
                .body("status", equalTo("PROCESSING"))
                .body("checks.code", hasItem("RED_PENALTY_THRESHOLD"));
    }
}
