package org.icpo.membership.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.icpo.membership.MembershipTestBase;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates are YYYY-MM-DD with a year from 0001 to 9999, in bodies and parameters alike. ISO 8601's expanded years
 * (+99999999-01-01), which {@code LocalDate.parse} reads, overflowed the date arithmetic or PostgreSQL's date type as
 * 500s; they are 400 problems naming the field and the accepted form, and write nothing.
 */
@QuarkusTest
class ExtremeDatesTest extends MembershipTestBase {

    private static final List<String> OUTSIDE = List.of("+99999999-01-01", "+999999999-12-01", "-999999999-01-01",
            "+10000-01-01", "-0001-01-01", "0000-01-01");


    private final String gs = Tokens.secretariat();

    @Test
    void standingAsOfAYearOutsideFourDigitsIsRefused() {
        for (String asOf : OUTSIDE) {
            // sent percent-encoded (a '+' in a query string is read as a space)
            Response r = given().auth().oauth2(Tokens.ncb("FR")).queryParam("asOf", asOf).get("/members/FR/standing");
            assertProblem(r, "asOf", asOf);
        }
        given().auth().oauth2(Tokens.ncb("FR")).queryParam("asOf", "9999-12-31").get("/members/FR/standing").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.ncb("FR")).queryParam("asOf", "0001-01-01").get("/members/FR/standing").then()
                .statusCode(200);
    }

    @Test
    void aBodyDateOutsideFourDigitYearsIsRefusedAndWritesNothing() {
        String before = data.fingerprint();
        for (String assessedOn : OUTSIDE) {
            Response r = given().auth().oauth2(gs).contentType(ContentType.JSON)
                    .body("{\"financialYear\":2026,\"amountDue\":10,\"assessedOn\":\"" + assessedOn + "\"}")
                    .post("/members/FR/contributions");
            assertProblem(r, "assessedOn", assessedOn);
        }
        assertThat(data.fingerprint()).as("nothing written").isEqualTo(before);
        given().auth().oauth2(gs).get("/members/FR/contributions").then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));

        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"financialYear\":2026,\"amountDue\":10,\"assessedOn\":\"0001-01-01\"}")
                .post("/members/FR/contributions").then().statusCode(201);
    }

    private static void assertProblem(Response r, String field, String value) {
        assertThat(r.statusCode()).as(field + "=" + value + ": " + r.asString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("https://icpo.example/problems/validation");
        assertThat(r.jsonPath().getList("violations.field")).as(value).containsExactly(field);
        assertThat(r.jsonPath().getString("violations[0].message")).as(value)
                .contains(value).contains("YYYY-MM-DD, year 0001 to 9999");
        assertThat(r.jsonPath().getString("detail")).startsWith(field + ": ");
    }
}
