package org.icpo.elections.session;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.elections.ElectionsTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.ncb;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SessionAttendanceTest extends ElectionsTestBase {

    static Map<String, Object> dubai() {
        return Map.of("number", 87, "year", 2018, "city", "Dubai", "hostCountry", "AE", "startsOn", "2018-11-18", "endsOn", "2018-11-21");
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void everyRuleWordedForAConstraintNamesOneOfTheDatabase() throws Exception {
        org.icpo.testing.ConstraintRules.assertWordedAndKnown(dataSource, "attendance_pkey");
    }

    @Test
    void aSessionIsPlannedOpenedAndClosed() {
        assembly().body(dubai()).post("/sessions").then().statusCode(201).header("Location", endsWith("/sessions/87"))
                .body("number", equalTo(87)).body("status", equalTo("PLANNED")).body("city", equalTo("Dubai"));
        assembly().body(dubai()).post("/sessions").then().statusCode(409).body("detail", equalTo("Session number 87 already exists"));
        ncb("FR").get("/sessions/87").then().statusCode(200).body("hostCountry", equalTo("AE"));
        assembly().post("/sessions/87/close").then().statusCode(409).body("detail", containsString("PLANNED and cannot become CLOSED"));
        assembly().post("/sessions/87/open").then().statusCode(200).body("status", equalTo("OPEN"));
        assembly().post("/sessions/87/open").then().statusCode(409);
        assembly().post("/sessions/87/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        assembly().get("/sessions").then().statusCode(200).body("items.number", contains(87)).body("total", equalTo(1));
        assembly().get("/sessions/99").then().statusCode(404).body("detail", equalTo("No session number 99 of the General Assembly"));
    }

    @Test
    void creatingASessionIsIdempotentWithAKey() {
        assembly().header("Idempotency-Key", "s-87").body(dubai()).post("/sessions").then().statusCode(201);
        assembly().header("Idempotency-Key", "s-87").body(dubai()).post("/sessions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("number", equalTo(87));
        assembly().header("Idempotency-Key", "s-87").body(Map.of("number", 88, "year", 2019, "city", "Santiago", "hostCountry", "CL",
                "startsOn", "2019-10-15", "endsOn", "2019-10-18")).post("/sessions").then().statusCode(422)
                .body("type", equalTo("https://icpo.example/problems/idempotency-key-reused"));
        assertEquals(1, data.count("select count(*) from assembly_session"));
    }

    @Test
    void aSessionWithAnOpenRoundCannotClose() {
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        present(87, members(100));
        String ballot = createBallot(Map.of("session", 87, "kind", "RESOLUTION", "title", "R"));
        openRound(ballot);
        assembly().post("/sessions/87/close").then().statusCode(409).body("detail", containsString("round still open"));
    }

    @Test
    void delegationsRegisterAsPresent() {
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        ncb("FR").body(Map.of("country", "FR")).post("/sessions/87/attendance").then().statusCode(201)
                .header("Location", endsWith("/sessions/87/attendance/FR")).body("country", equalTo("FR")).body("registeredBy", equalTo("ncb-fr"));
        ncb("FR").body(Map.of("country", "DE")).post("/sessions/87/attendance").then().statusCode(403)
                .body("detail", equalTo("An NCB registers only its own country's delegation (FR)"));
        assembly().body(Map.of("country", "DE")).post("/sessions/87/attendance").then().statusCode(201).body("registeredBy", equalTo("assembly-president"));
        ncb("FR").body(Map.of("country", "FR")).post("/sessions/87/attendance").then().statusCode(409)
                .body("detail", equalTo("The delegation of FR is already registered as present at session 87"));
        assembly().body(Map.of("country", "XK")).post("/sessions/87/attendance").then().statusCode(422)
                .body("detail", equalTo("XK is not a member of the Organization; only members have delegations at the Assembly"));
        ncb("FR").get("/sessions/87/attendance").then().statusCode(200).body("present", equalTo(2))
                .body("delegations.country", contains("DE", "FR"));
        ncb("FR").delete("/sessions/87/attendance/DE").then().statusCode(403);
        ncb("FR").delete("/sessions/87/attendance/de").then().statusCode(403);
        // the country code in either case, as in membership-service
        ncb("FR").delete("/sessions/87/attendance/fr").then().statusCode(204);
        ncb("FR").delete("/sessions/87/attendance/FR").then().statusCode(404);
        ncb("FR").delete("/sessions/87/attendance/Fr").then().statusCode(404)
                .body("detail", equalTo("The delegation of FR is not registered as present at session 87"));
        assembly().get("/sessions/87/attendance").then().body("delegations", hasSize(1));
        assembly().post("/sessions/87/close").then().statusCode(200);
        assembly().body(Map.of("country", "IT")).post("/sessions/87/attendance").then().statusCode(409).body("detail", containsString("CLOSED"));
        assertEquals(List.of(1L), List.of(data.count("select count(*) from attendance")));
    }

    @Test
    void roundsNeedAnOpenSession() {
        assembly().body(dubai()).post("/sessions").then().statusCode(201);
        present(87, members(100));
        String ballot = createBallot(Map.of("session", 87, "kind", "RESOLUTION", "title", "R"));
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(409)
                .body("detail", equalTo("Session 87 is PLANNED; this needs an OPEN session"));
    }
}
