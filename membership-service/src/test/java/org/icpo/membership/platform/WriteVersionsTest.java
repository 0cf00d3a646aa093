package org.icpo.membership.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.icpo.membership.MembershipTestBase;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.icpo.testing.WriteVersionChecks.answeredVersion;

/**
 * Every write endpoint answers with the version its change produced, the one a read right after returns, so that a
 * client can send its next change with it. Changes of an existing row answered the version from before the change
 * (0 where a read said 1), because Hibernate raises it as it flushes, at commit, after the answer was built.
 */
@QuarkusTest
class WriteVersionsTest extends MembershipTestBase {


    private final String gs = Tokens.secretariat();
    private final String elections = Tokens.service("svc-elections");

    private JsonPath post(String path, String body, int status) {
        return given().auth().oauth2(gs).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(status).extract().jsonPath();
    }

    private JsonPath read(String path) {
        return given().auth().oauth2(gs).get(path).then().statusCode(200).extract().jsonPath();
    }


    private static long versionOf(JsonPath list, String idField, Object id) {
        List<Map<String, Object>> items = list.getList("");
        return items.stream().filter(i -> id.equals(i.get(idField))).map(i -> ((Number) i.get("version")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void applicationChangesAnswerTheVersionTheyProduced() {
        String application = "{\"stateName\":\"Kosovo\",\"isoCode\":\"XK\",\"region\":\"EUROPE\",\"policeBody\":\"Kosovo Police\","
                + "\"statehoodStatement\":\"s\",\"acceptsConstitution\":true,\"submittedOn\":\"2026-01-10\"}";
        JsonPath submitted = post("/applications", application, 201);
        String id = submitted.getString("id");
        assertThat(submitted.getLong("version")).isEqualTo(read("/applications/" + id).getLong("version")).isZero();

        JsonPath scheduled = post("/applications/" + id + "/schedule", "{\"session\":94}", 200);
        long v = answeredVersion("schedule", scheduled, read("/applications/" + id).getLong("version"), 0);

        JsonPath decided = given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body("{\"decision\":\"REJECTED\",\"ballotId\":\"b-94\",\"session\":94,\"decidedOn\":\"2026-05-30\","
                        + "\"rounds\":[{\"number\":1,\"yes\":10,\"no\":100,\"abstain\":5}]}")
                .put("/applications/" + id + "/outcome").then().statusCode(200).extract().jsonPath();
        answeredVersion("outcome", decided, read("/applications/" + id).getLong("version"), v);

        String other = post("/applications", application.replace("XK", "TV").replace("Kosovo", "Tuvalu"), 201).getString("id");
        JsonPath withdrawn = post("/applications/" + other + "/withdraw", "{\"reason\":\"bid withdrawn\"}", 200);
        answeredVersion("withdraw", withdrawn, read("/applications/" + other).getLong("version"), 0);
    }

    @Test
    void anAdmissionAnswersTheVersionItProduced() {
        String id = post("/applications", "{\"stateName\":\"Tuvalu\",\"isoCode\":\"TV\",\"region\":\"ASIA_SOUTH_PACIFIC\",\"policeBody\":\"Tuvalu Police\","
                + "\"statehoodStatement\":\"s\",\"acceptsConstitution\":true,\"submittedOn\":\"2026-01-10\"}", 201).getString("id");
        long v = post("/applications/" + id + "/schedule", "{\"session\":94}", 200).getLong("version");
        JsonPath admitted = given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body("{\"decision\":\"ADMITTED\",\"ballotId\":\"b-94\",\"session\":94,\"decidedOn\":\"2026-05-30\","
                        + "\"rounds\":[{\"number\":1,\"yes\":100,\"no\":10,\"abstain\":5}]}")
                .put("/applications/" + id + "/outcome").then().statusCode(200).extract().jsonPath();
        answeredVersion("admission", admitted, read("/applications/" + id).getLong("version"), v);
    }

    @Test
    void contributionPaymentAndAppealChangesAnswerTheVersionTheyProduced() {
        JsonPath assessed = post("/members/KE/contributions", "{\"financialYear\":2025,\"amountDue\":100,\"assessedOn\":\"2025-01-10\"}", 201);
        assertThat(assessed.getLong("version")).isEqualTo(versionOf(read("/members/KE/contributions"), "id", assessed.getString("id"))).isZero();
        String current = post("/members/KE/contributions", "{\"financialYear\":2026,\"amountDue\":100,\"assessedOn\":\"2026-01-10\"}", 201)
                .getString("id");

        JsonPath paid = post("/members/KE/contributions/2025/payments", "{\"amount\":40,\"paidOn\":\"2026-02-01\"}", 201);
        long v = answeredVersion("payment", paid, versionOf(read("/members/KE/contributions"), "id", paid.getString("id")), 0);
        JsonPath paidAgain = post("/members/KE/contributions/2025/payments", "{\"amount\":10,\"paidOn\":\"2026-02-02\"}", 201);
        answeredVersion("second payment", paidAgain, versionOf(read("/members/KE/contributions"), "id", paid.getString("id")), v);
        assertThat(versionOf(read("/members/KE/contributions"), "id", current)).isZero();

        JsonPath lodged = post("/members/KE/arrears-appeals", "{\"grounds\":\"treasury closed\",\"lodgedOn\":\"2026-03-01\"}", 201);
        String appeal = lodged.getString("id");
        assertThat(lodged.getLong("version")).isEqualTo(versionOf(read("/members/KE/arrears-appeals"), "id", appeal)).isZero();
        JsonPath decided = post("/members/KE/arrears-appeals/" + appeal + "/decision",
                "{\"outcome\":\"GRANTED\",\"decidedOn\":\"2026-04-01\",\"reason\":\"force majeure\"}", 200);
        answeredVersion("appeal decision", decided, versionOf(read("/members/KE/arrears-appeals"), "id", appeal), 0);
    }

    @Test
    void measureChangesAnswerTheVersionTheyProduced() {
        JsonPath imposed = post("/members/VE/measures", "{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\","
                + "\"decidedBy\":\"SG\",\"decidedOn\":\"2026-01-01\"}", 201);
        String id = imposed.getString("id");
        assertThat(imposed.getLong("version")).isEqualTo(read("/members/VE/measures/" + id).getLong("version")).isZero();
        JsonPath endorsed = post("/members/VE/measures/" + id + "/endorsement", "{\"endorsedOn\":\"2026-02-01\"}", 200);
        long v = answeredVersion("endorsement", endorsed, read("/members/VE/measures/" + id).getLong("version"), 0);
        JsonPath lifted = post("/members/VE/measures/" + id + "/lift", "{\"reason\":\"conditions met\",\"decidedBy\":\"SG\",\"liftedOn\":\"2026-05-01\"}", 200);
        answeredVersion("lift", lifted, read("/members/VE/measures/" + id).getLong("version"), v);
    }
}
