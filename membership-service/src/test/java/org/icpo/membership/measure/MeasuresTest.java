package org.icpo.membership.measure;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.icpo.membership.MembershipTestBase;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class MeasuresTest extends MembershipTestBase {


    private final String gs = Tokens.secretariat();

    private String impose(String code, String kind, String decidedOn, String extra) {
        return given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"" + kind + "\",\"reason\":\"reason " + kind + "\",\"legalBasis\":\"RPD art. 131\",\"decidedBy\":\"Secretary General\",\"decidedOn\":\"" + decidedOn + "\"" + extra + "}")
                .post("/members/" + code + "/measures").then().statusCode(201).extract().path("id");
    }

    private void lift(String code, String id, String on) {
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"reason\":\"conditions met\",\"decidedBy\":\"Secretary General\",\"liftedOn\":\"" + on + "\"}")
                .post("/members/" + code + "/measures/" + id + "/lift").then().statusCode(200)
                .body("liftedOn", equalTo(on)).body("liftReason", equalTo("conditions met"));
    }

    @Test
    void heightenedSupervisionOfRussiaFrom10March2022() {
        long auditedBefore = data.auditCount("measure.imposed", "RU");
        String id = given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"Risk of misuse of the Organization's channels\",\"legalBasis\":\"Rules on the Processing of Data, art. 131\","
                        + "\"decidedBy\":\"Secretary General\",\"decidedOn\":\"2022-03-10\",\"endorsedOn\":\"2022-03-10\"}")
                .post("/members/RU/measures").then().statusCode(201)
                .header("Location", containsString("/members/RU/measures/"))
                .body("kind", equalTo("HEIGHTENED_SUPERVISION")).body("active", equalTo(true))
                .body("effectiveFrom", equalTo("2022-03-10")).body("recordedBy", equalTo("gs-officer"))
                .extract().path("id");
        given().auth().oauth2(Tokens.service("svc-notices")).get("/members/RU/standing").then().statusCode(200)
                .body("reviewBeforeDistribution", equalTo(true)).body("directDiffusionsAllowed", equalTo(false))
                .body("votingRights.granted", equalTo(true))
                .body("activeMeasures", hasSize(1)).body("activeMeasures[0].id", equalTo(id))
                .body("activeMeasures[0].legalBasis", equalTo("Rules on the Processing of Data, art. 131"));
        given().auth().oauth2(Tokens.ncb("FR")).get("/members/RU/standing?asOf=2022-03-09").then()
                .body("activeMeasures", hasSize(0)).body("directDiffusionsAllowed", equalTo(true));
        assertThat(data.auditCount("measure.imposed", "RU")).isEqualTo(auditedBefore + 1);
    }

    @Test
    void secondActiveMeasureOfTheSameKindIs409ButOtherKindsCombine() {
        impose("SY", "CORRECTIVE_MEASURES", "2012-12-01", "");
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"CORRECTIVE_MEASURES\",\"reason\":\"again\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2013-01-01\"}")
                .post("/members/SY/measures").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already under CORRECTIVE_MEASURES"));
        impose("SY", "ACCESS_SUSPENSION", "2013-01-01", ",\"suspendedRights\":[\"DOWNLOAD\"]");
        given().auth().oauth2(gs).get("/members/SY/standing").then()
                .body("activeMeasures.kind", contains("CORRECTIVE_MEASURES", "ACCESS_SUSPENSION"))
                .body("accessRights.download", equalTo(false)).body("accessRights.consult", equalTo(true)).body("accessRights.record", equalTo(true));
        given().auth().oauth2(gs).get("/members/SY/measures?active=true").then().body("", hasSize(2));
    }

    @Test
    void liftedMeasureStaysInHistoryAndCanBeImposedAgainLater() {
        String first = impose("SY", "CORRECTIVE_MEASURES", "2012-12-01", "");
        lift("SY", first, "2021-09-01");
        given().auth().oauth2(gs).get("/members/SY/standing").then().body("activeMeasures", hasSize(0));
        given().auth().oauth2(gs).get("/members/SY/standing?asOf=2021-08-31").then().body("activeMeasures", hasSize(1));
        // re-imposing over the period already covered is refused (overlap), later is fine
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"CORRECTIVE_MEASURES\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2020-01-01\"}")
                .post("/members/SY/measures").then().statusCode(409);
        String second = impose("SY", "CORRECTIVE_MEASURES", "2024-01-01", "");
        given().auth().oauth2(gs).get("/members/SY/measures").then().body("id", contains(first, second))
                .body("active", contains(false, true));
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"reason\":\"again\",\"decidedBy\":\"SG\"}")
                .post("/members/SY/measures/" + first + "/lift").then().statusCode(409).body("detail", containsString("already lifted"));
    }

    @Test
    void liftingBeforeTheMeasureTookEffectIs400() {
        String id = impose("BY", "HEIGHTENED_SUPERVISION", "2025-01-01", "");
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"reason\":\"r\",\"decidedBy\":\"SG\",\"liftedOn\":\"2024-12-31\"}")
                .post("/members/BY/measures/" + id + "/lift").then().statusCode(400).body("violations[0].field", equalTo("liftedOn"));
    }

    /** A lifting is recorded once decided: a day to come was taken, and then the measure could not be lifted earlier. */
    @Test
    void aLiftingInTheFutureIs400AndTheMeasureStaysInForce() {
        String id = impose("BY", "HEIGHTENED_SUPERVISION", "2025-01-01", "");
        String before = data.fingerprint();
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"reason\":\"r\",\"decidedBy\":\"SG\",\"liftedOn\":\"2026-06-02\"}")
                .post("/members/BY/measures/" + id + "/lift").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("liftedOn")).body("violations[0].message", equalTo("must not be in the future"));
        assertThat(data.fingerprint()).isEqualTo(before);
        given().auth().oauth2(gs).get("/members/BY/measures/" + id).then().body("active", equalTo(true)).body("liftedOn", org.hamcrest.Matchers.nullValue());
        // lifted today (the default), it is no longer in force today
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"reason\":\"r\",\"decidedBy\":\"SG\"}")
                .post("/members/BY/measures/" + id + "/lift").then().statusCode(200).body("liftedOn", equalTo("2026-06-01"))
                .body("active", equalTo(false));
    }

    /** An endorsement in the future was refused by the endorsement endpoint but taken when the measure was imposed. */
    @Test
    void anEndorsementInTheFutureIs400WhenTheMeasureIsImposedToo() {
        String before = data.fingerprint();
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2026-05-01\",\"endorsedOn\":\"2026-06-02\"}")
                .post("/members/IR/measures").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("endorsedOn")).body("violations[0].message", equalTo("must not be in the future"));
        assertThat(data.fingerprint()).isEqualTo(before);
        String id = impose("IR", "HEIGHTENED_SUPERVISION", "2026-05-01", ",\"endorsedOn\":\"2026-06-01\"");
        given().auth().oauth2(gs).get("/members/IR/measures/" + id).then().body("endorsedOn", equalTo("2026-06-01"));
        String other = impose("IR", "ACCESS_SUSPENSION", "2026-05-01", "");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"endorsedOn\":\"2026-06-02\"}")
                .post("/members/IR/measures/" + other + "/endorsement").then().statusCode(400)
                .body("violations[0].field", equalTo("endorsedOn")).body("violations[0].message", equalTo("must not be in the future"));
    }

    @Test
    void suspensionDefaultsToAllRightsAndRightsOnlyApplyToSuspensions() {
        impose("AF", "ACCESS_SUSPENSION", "2026-01-01", "");
        given().auth().oauth2(gs).get("/members/AF/standing").then()
                .body("accessRights.record", equalTo(false)).body("accessRights.consult", equalTo(false)).body("accessRights.download", equalTo(false))
                .body("activeMeasures[0].suspendedRights", containsInAnyOrder("RECORD", "CONSULT", "DOWNLOAD"))
                .body("votingRights.granted", equalTo(true));
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2026-01-01\",\"suspendedRights\":[\"RECORD\"]}")
                .post("/members/AF/measures").then().statusCode(400).body("violations[0].field", equalTo("suspendedRights"));
    }

    @Test
    void futureDecisionAndEndorsementBeforeDecisionAre400() {
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2026-06-02\"}")
                .post("/members/IR/measures").then().statusCode(400).body("violations[0].field", equalTo("decidedOn"));
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2026-01-02\",\"endorsedOn\":\"2026-01-01\"}")
                .post("/members/IR/measures").then().statusCode(400).body("violations[0].field", equalTo("endorsedOn"));
    }

    @Test
    void endorsementIsRecordedOnce() {
        String id = impose("VE", "HEIGHTENED_SUPERVISION", "2026-01-01", "");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"endorsedOn\":\"2026-02-01\"}")
                .post("/members/VE/measures/" + id + "/endorsement").then().statusCode(200).body("endorsedOn", equalTo("2026-02-01"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"endorsedOn\":\"2026-02-02\"}")
                .post("/members/VE/measures/" + id + "/endorsement").then().statusCode(409);
        given().auth().oauth2(gs).get("/members/VE/history").then().body("type", contains("MEASURE_IMPOSED", "MEASURE_ENDORSED"));
    }

    @Test
    void measureOfAnotherMemberIsNotFoundUnderThisOne() {
        String id = impose("VE", "HEIGHTENED_SUPERVISION", "2026-01-01", "");
        given().auth().oauth2(gs).get("/members/CO/measures/" + id).then().statusCode(404);
        given().auth().oauth2(gs).get("/members/VE/measures/" + id).then().statusCode(200).body("country", equalTo("VE"))
                .body("member", equalTo("VE")); // its former name, deprecated
        given().auth().oauth2(gs).get("/measures?active=true").then().statusCode(200).body("country", contains("VE"));
        given().auth().oauth2(gs).get("/measures?kind=ACCESS_SUSPENSION").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void theActiveFilterIsTrueOrFalseOnly() {
        String lifted = impose("SY", "CORRECTIVE_MEASURES", "2012-12-01", "");
        lift("SY", lifted, "2021-09-01");
        String inForce = impose("SY", "HEIGHTENED_SUPERVISION", "2025-01-01", "");
        for (String path : List.of("/members/SY/measures", "/members/sy/measures", "/measures")) {
            given().auth().oauth2(gs).get(path + "?active=true").then().statusCode(200).body("id", contains(inForce));
            given().auth().oauth2(gs).get(path + "?active=False").then().statusCode(200).body("id", contains(lifted));
            given().auth().oauth2(gs).get(path).then().statusCode(200).body("", hasSize(2));
            // anything else was taken as false
            for (String v : List.of("yes", "1", "0", "no")) {
                given().auth().oauth2(gs).get(path + "?active=" + v).then().statusCode(400).contentType("application/problem+json")
                        .body("type", equalTo("https://icpo.example/problems/validation"))
                        .body("violations[0].field", equalTo("active"))
                        .body("violations[0].message", containsString("is not true or false"));
            }
        }
    }

    @Test
    void concurrentImpositionsOfTheSameKindLeaveExactlyOneInForce() {
        List<Integer> codes = new ArrayList<>();
        for (io.restassured.response.Response r : org.icpo.testing.AtOnce.run(8, () -> given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2026-01-01\"}")
                .post("/members/MM/measures"))) {
            codes.add(r.statusCode());
            if (r.statusCode() == 409) {
                // whether it saw the other's measure or met the database's constraint, the refusal says the rule
                assertThat(r.jsonPath().getString("detail")).as(r.asString()).containsAnyOf(
                        "MM is already under HEIGHTENED_SUPERVISION", "The member is already under a measure of this kind");
            }
        }
        assertThat(codes).containsOnly(201, 409);
        assertThat(codes.stream().filter(c -> c == 201).count()).isEqualTo(1);
        // the constraint's rule as this service words it (icpo.constraints.*), else the constraint's name
        assertThat(org.icpo.kit.problem.ProblemMappers.conflictDetail(new java.sql.SQLException(
                "ERROR: duplicate key value violates unique constraint \"measure_one_active_per_kind\"", "23505")))
                .isEqualTo("The member is already under a measure of this kind (constraint measure_one_active_per_kind: recorded by another request meanwhile)");
        assertThat(org.icpo.kit.problem.ProblemMappers.conflictDetail(new java.sql.SQLException(
                "ERROR: duplicate key value violates unique constraint \"unnamed_rule\"", "23505")))
                .isEqualTo("The request conflicts with existing data (constraint unnamed_rule)");
        given().auth().oauth2(gs).get("/members/MM/measures").then().body("", hasSize(1));
    }
}
