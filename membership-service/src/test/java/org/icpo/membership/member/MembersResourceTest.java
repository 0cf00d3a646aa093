package org.icpo.membership.member;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.icpo.membership.TestData;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MembersResourceTest {

    @Inject
    TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void all196MembersAreSeededWithTheirRegions() {
        given().auth().oauth2(Tokens.ncb("FR")).get("/members?size=200")
                .then().statusCode(200)
                .body("total", equalTo(196))
                .body("items", hasSize(196))
                .body("items.code", hasItems("FR", "RU", "PS", "PW", "FM", "VA", "CW", "SX", "AW", "SB", "KI", "VU"))
                .body("items.code", not(hasItems("KP", "TV", "XK")));
        for (var region : List.of(new Object[]{"AFRICA", 54}, new Object[]{"AMERICAS", 38},
                new Object[]{"ASIA_SOUTH_PACIFIC", 54}, new Object[]{"EUROPE", 50})) {
            given().auth().oauth2(Tokens.ccf()).get("/members?size=1&region=" + region[0])
                    .then().statusCode(200).body("total", equalTo(region[1]));
        }
    }

    @Test
    void admissionYearsFollowTheRecentAdmissions() {
        for (Object[] c : new Object[][]{{"PS", 2017}, {"SB", 2017}, {"KI", 2018}, {"VU", 2018}, {"FM", 2021}, {"PW", 2023}}) {
            given().auth().oauth2(Tokens.assembly()).get("/members/" + c[0])
                    .then().statusCode(200).body("admissionYear", equalTo(c[1]));
        }
        given().auth().oauth2(Tokens.assembly()).get("/members/FR").then().statusCode(200)
                .body("name", equalTo("France")).body("region", equalTo("EUROPE"))
                .body("status", equalTo("ACTIVE")).body("standing", equalTo("GOOD_STANDING"))
                .body("admissionYear", nullValue());
    }

    @Test
    void codesAreCaseInsensitive() {
        given().auth().oauth2(Tokens.secretariat()).get("/members/fr").then().statusCode(200).body("code", equalTo("FR"));
    }

    @Test
    void pagingReportsTotalsAndPages() {
        given().auth().oauth2(Tokens.secretariat()).get("/members?page=2&size=50")
                .then().statusCode(200)
                .body("page", equalTo(2)).body("size", equalTo(50)).body("total", equalTo(196))
                .body("totalPages", equalTo(4)).body("items", hasSize(50));
        given().auth().oauth2(Tokens.secretariat()).get("/members?page=4&size=50")
                .then().statusCode(200).body("items", hasSize(46));
        given().auth().oauth2(Tokens.secretariat()).get("/members?page=5&size=50")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(196));
    }

    @Test
    void unknownCodeIs404Problem() {
        given().auth().oauth2(Tokens.secretariat()).get("/members/ZZ")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://icpo.example/problems/not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No member with code 'ZZ'"))
                .body("instance", equalTo("/members/ZZ"));
        // Kosovo is not a member: its code is known to the organization, but the member does not exist
        given().auth().oauth2(Tokens.secretariat()).get("/members/XK/standing").then().statusCode(404);
    }

    @Test
    void malformedCodeIs400Problem() {
        for (String bad : List.of("FRA", "1A", "F")) {
            given().auth().oauth2(Tokens.secretariat()).get("/members/" + bad)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://icpo.example/problems/validation"))
                    .body("violations[0].field", equalTo("code"));
        }
    }

    @Test
    void filtersByStatusStandingAndMeasure() {
        String gs = Tokens.secretariat();
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"RPD art. 131\",\"decidedBy\":\"Secretary General\",\"decidedOn\":\"2022-03-10\"}")
                .post("/members/RU/measures").then().statusCode(201);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":" + (java.time.LocalDate.now().getYear() - 1) + ",\"amountDue\":100}")
                .post("/members/KE/contributions").then().statusCode(201);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":" + java.time.LocalDate.now().getYear() + ",\"amountDue\":100}")
                .post("/members/KE/contributions").then().statusCode(201);

        given().auth().oauth2(gs).get("/members?status=UNDER_MEASURES").then().statusCode(200)
                .body("total", equalTo(1)).body("items.code", contains("RU"))
                .body("items[0].activeMeasures", contains("HEIGHTENED_SUPERVISION"));
        given().auth().oauth2(gs).get("/members?status=under_measures&measure=heightened-supervision").then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(gs).get("/members?measure=ACCESS_SUSPENSION").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(gs).get("/members?standing=IN_ARREARS").then().statusCode(200)
                .body("total", equalTo(1)).body("items.code", contains("KE"));
        given().auth().oauth2(gs).get("/members?standing=GOOD_STANDING&size=200").then().statusCode(200).body("total", equalTo(195));
        given().auth().oauth2(gs).get("/members?status=ACTIVE&region=EUROPE&size=200").then().statusCode(200).body("total", equalTo(49));
    }

    @Test
    void invalidFiltersAre400WithAllowedValues() {
        given().auth().oauth2(Tokens.secretariat()).get("/members?region=ANTARCTICA")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("AFRICA"));
        given().auth().oauth2(Tokens.secretariat()).get("/members?page=0").then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.secretariat()).get("/members?size=201").then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.secretariat()).get("/members?size=abc").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void historyListsMeasuresContributionsAndAdmissionInDateOrder() {
        String gs = Tokens.secretariat();
        String id = given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"CORRECTIVE_MEASURES\",\"reason\":\"misuse of channels\",\"legalBasis\":\"RPD\",\"decidedBy\":\"Secretary General\",\"decidedOn\":\"2012-12-01\"}")
                .post("/members/SY/measures").then().statusCode(201).extract().path("id");
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"reason\":\"compliance restored\",\"decidedBy\":\"Secretary General\",\"liftedOn\":\"2021-09-01\"}")
                .post("/members/SY/measures/" + id + "/lift").then().statusCode(200);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2020,\"amountDue\":5000,\"assessedOn\":\"2020-01-15\"}")
                .post("/members/SY/contributions").then().statusCode(201);
        List<String> types = given().auth().oauth2(Tokens.ncb("SY")).get("/members/SY/history")
                .then().statusCode(200).extract().jsonPath().getList("type");
        assertThat(types).containsExactly("MEASURE_IMPOSED", "CONTRIBUTION_ASSESSED", "MEASURE_LIFTED");
        given().auth().oauth2(gs).get("/members/SY/history").then()
                .body("[0].date", equalTo("2012-12-01")).body("[0].reference", equalTo(id))
                .body("[2].summary", org.hamcrest.Matchers.containsString("compliance restored"));
        given().auth().oauth2(gs).get("/members/PW/history").then().statusCode(200)
                .body("[0].type", equalTo("ADMITTED")).body("[0].summary", equalTo("Member since 2023"));
    }
}
