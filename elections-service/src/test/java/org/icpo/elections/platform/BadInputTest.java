package org.icpo.elections.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.icpo.elections.ElectionsTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.ncb;
import static org.icpo.elections.Api.nominate;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input on every endpoint: a 4xx problem with a precise detail, never a 500, and nothing written. */
@QuarkusTest
class BadInputTest extends ElectionsTestBase {

    String resolution;
    String election;
    String candidate;
    String term;

    @BeforeEach
    void fixture() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(100));
        resolution = createBallot(Map.of("session", 91, "kind", "RESOLUTION", "title", "R"));
        openRound(resolution);
        election = createBallot(Map.of("session", 91, "kind", "OFFICE", "office", "DELEGATE", "region", "EUROPE"));
        candidate = nominate(election, "FR", "Marie Curie");
        term = assembly().body(Map.of("office", "DELEGATE", "region", "AFRICA", "country", "KE", "personName", "Jane Doe", "termStart", "2022-10-21"))
                .post("/executive-committee/terms").then().statusCode(201).extract().path("id");
        assembly().body(Map.of("office", "PRESIDENT", "region", "AMERICAS", "country", "BR", "personName", "Presidente", "termStart", "2022-10-21"))
                .post("/executive-committee/terms").then().statusCode(201);
    }

    void refused(int status, Supplier<Response> request) {
        Response r = request.get();
        assertEquals(status, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(status, r.jsonPath().getInt("status"));
        assertTrue(r.jsonPath().getString("type").startsWith("https://icpo.example/problems/"));
        assertTrue(r.jsonPath().getString("detail") != null && !r.jsonPath().getString("detail").isBlank());
    }

    static Map<String, Object> with(Map<String, Object> base, Object... kv) {
        Map<String, Object> m = new HashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                m.remove((String) kv[i]);
            } else {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    static RequestSpecification raw(String json) {
        return assembly().body(json);
    }

    @Test
    void everyEndpointRefusesBadInputWithoutWriting() {
        String before = data.fingerprint();
        Map<String, Object> session = Map.of("number", 92, "year", 2024, "city", "Glasgow", "hostCountry", "GB", "startsOn", "2024-11-04", "endsOn", "2024-11-07");
        // sessions
        refused(400, () -> raw("{\"number\": 92,").post("/sessions"));
        refused(400, () -> raw("").post("/sessions"));
        refused(400, () -> raw("[]").post("/sessions"));
        refused(400, () -> assembly().body(with(session, "colour", "red")).post("/sessions"));
        refused(400, () -> assembly().body(with(session, "number", 0)).post("/sessions"));
        refused(400, () -> assembly().body(with(session, "number", "ninety")).post("/sessions"));
        refused(400, () -> assembly().body(with(session, "hostCountry", "gb")).post("/sessions"));
        refused(400, () -> assembly().body(with(session, "city", " ")).post("/sessions"));
        refused(400, () -> assembly().body(with(session, "startsOn", "2024-13-01")).post("/sessions"));
        refused(400, () -> assembly().body(with(session, "endsOn", "2024-11-01")).post("/sessions"));
        refused(400, () -> assembly().body(with(session, "startsOn", "2023-11-04")).post("/sessions"));
        refused(400, () -> assembly().body(with(session, "year", null)).post("/sessions"));
        refused(400, () -> assembly().header("Idempotency-Key", "k".repeat(256)).body(session).post("/sessions"));
        refused(415, () -> assembly().contentType("text/plain").body("hello").post("/sessions"));
        refused(400, () -> assembly().body(with(session, "hostCountry", "ZZ")).post("/sessions"));
        refused(422, () -> assembly().body(with(session, "year", 2023, "startsOn", "2023-12-04", "endsOn", "2023-12-07")).post("/sessions"));
        refused(409, () -> assembly().body(with(session, "number", 90)).post("/sessions"));
        refused(409, () -> assembly().post("/sessions/91/close"));
        refused(400, () -> assembly().post("/sessions/abc/open"));
        refused(400, () -> assembly().post("/sessions/0/open"));
        refused(404, () -> assembly().post("/sessions/500/open"));
        refused(400, () -> assembly().post("/sessions/1000/close"));
        refused(400, () -> assembly().queryParam("page", 0).get("/sessions"));
        refused(400, () -> assembly().queryParam("size", 201).get("/sessions"));
        refused(404, () -> assembly().post("/sessions/500/close"));
        // attendance
        refused(404, () -> assembly().get("/sessions/500/attendance"));
        refused(400, () -> assembly().body(Map.of("country", "fra")).post("/sessions/91/attendance"));
        refused(400, () -> assembly().body(Map.of()).post("/sessions/91/attendance"));
        refused(400, () -> assembly().body(Map.of("country", "FR", "present", true)).post("/sessions/91/attendance"));
        refused(404, () -> assembly().body(Map.of("country", "FR")).post("/sessions/500/attendance"));
        refused(400, () -> assembly().delete("/sessions/91/attendance/f1"));
        refused(400, () -> assembly().delete("/sessions/91/attendance/fra"));
        refused(404, () -> assembly().delete("/sessions/91/attendance/ZW"));
        // ballots
        refused(400, () -> assembly().body(Map.of("session", 91)).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "REFERENDUM")).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("kind", "RESOLUTION", "title", "T")).post("/ballots"));
        refused(404, () -> assembly().body(Map.of("session", 500, "kind", "RESOLUTION", "title", "T")).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "RESOLUTION")).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "RESOLUTION", "title", "x".repeat(301))).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "RESOLUTION", "title", "T", "office", "DELEGATE")).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "ADMISSION")).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "ADMISSION", "applicationId", "not-a-uuid")).post("/ballots"));
        refused(422, () -> assembly().body(Map.of("session", 91, "kind", "ADMISSION", "applicationId", UUID.randomUUID().toString())).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "OFFICE")).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "OFFICE", "office", "PRESIDENT", "region", "EUROPE")).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "OFFICE", "office", "DELEGATE")).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "OFFICE", "office", "DELEGATE", "region", "OCEANIA")).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "OFFICE", "office", "PRESIDENT", "byElection", true)).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "OFFICE", "office", "PRESIDENT", "termStart", "2023-11-30",
                "termEnd", "2023-11-01")).post("/ballots"));
        refused(409, () -> assembly().body(Map.of("session", 91, "kind", "OFFICE", "office", "PRESIDENT")).post("/ballots"));
        refused(422, () -> assembly().body(Map.of("session", 91, "kind", "OFFICE", "office", "VICE_PRESIDENT", "region", "AMERICAS")).post("/ballots"));
        refused(400, () -> assembly().queryParam("kind", "REFERENDUM").get("/ballots"));
        refused(400, () -> assembly().queryParam("session", 0).get("/ballots"));
        refused(400, () -> assembly().get("/ballots/123"));
        refused(404, () -> assembly().get("/ballots/" + UUID.randomUUID()));
        // candidates
        refused(404, () -> assembly().get("/ballots/" + UUID.randomUUID() + "/candidates"));
        refused(400, () -> assembly().body(Map.of("country", "F", "personName", "X")).post("/ballots/" + election + "/candidates"));
        refused(400, () -> assembly().body(Map.of("country", "DE", "personName", "")).post("/ballots/" + election + "/candidates"));
        refused(400, () -> assembly().body(Map.of("country", "DE", "personName", "x".repeat(201))).post("/ballots/" + election + "/candidates"));
        refused(404, () -> assembly().body(Map.of("country", "DE", "personName", "X")).post("/ballots/" + UUID.randomUUID() + "/candidates"));
        refused(409, () -> assembly().body(Map.of("country", "DE", "personName", "X")).post("/ballots/" + resolution + "/candidates"));
        refused(404, () -> assembly().post("/ballots/" + election + "/candidates/" + UUID.randomUUID() + "/withdrawal"));
        refused(400, () -> assembly().post("/ballots/" + election + "/candidates/xyz/withdrawal"));
        // rounds and votes
        refused(404, () -> assembly().post("/ballots/" + UUID.randomUUID() + "/rounds"));
        refused(409, () -> assembly().post("/ballots/" + resolution + "/rounds"));
        refused(400, () -> assembly().get("/ballots/" + resolution + "/rounds/0"));
        refused(404, () -> assembly().get("/ballots/" + resolution + "/rounds/2"));
        refused(404, () -> assembly().post("/ballots/" + resolution + "/rounds/9/close"));
        refused(409, () -> assembly().post("/ballots/" + resolution + "/conclude"));
        refused(404, () -> assembly().post("/ballots/" + UUID.randomUUID() + "/conclude"));
        refused(404, () -> assembly().get("/ballots/" + resolution + "/rounds/5/roll"));
        refused(400, () -> assembly().get("/ballots/" + resolution + "/rounds/-1/roll"));
        refused(400, () -> ncb("AD").body(Map.of("choice", "PERHAPS")).post("/ballots/" + resolution + "/rounds/1/votes"));
        refused(400, () -> ncb("AD").body(Map.of("choice", "Y E S")).post("/ballots/" + resolution + "/rounds/1/votes"));
        refused(400, () -> ncb("AD").body("{\"choice\": null}").post("/ballots/" + resolution + "/rounds/1/votes"));
        refused(400, () -> ncb("AD").body("not json").post("/ballots/" + resolution + "/rounds/1/votes"));
        refused(400, () -> ncb("AD").body(Map.of("choice", "YES")).post("/ballots/" + resolution + "/rounds/0/votes"));
        refused(404, () -> ncb("AD").body(Map.of("choice", "YES")).post("/ballots/" + UUID.randomUUID() + "/rounds/1/votes"));
        refused(403, () -> ncb("ZW").body(Map.of("choice", "YES")).post("/ballots/" + resolution + "/rounds/1/votes"));
        refused(409, () -> assembly().get("/ballots/" + resolution + "/rounds/1/board"));
        // Executive Committee
        Map<String, Object> t = Map.of("office", "DELEGATE", "region", "EUROPE", "country", "FR", "personName", "X", "termStart", "2022-10-21");
        refused(400, () -> assembly().body(with(t, "office", "SECRETARY")).post("/executive-committee/terms"));
        refused(400, () -> assembly().body(with(t, "region", null)).post("/executive-committee/terms"));
        refused(400, () -> assembly().body(with(t, "termEnd", "2022-10-01")).post("/executive-committee/terms"));
        refused(400, () -> assembly().body(with(t, "termEnd", "2030-01-01")).post("/executive-committee/terms"));
        refused(400, () -> assembly().body(with(t, "country", "France")).post("/executive-committee/terms"));
        refused(400, () -> assembly().body(Map.of("endedOn", "2030-01-01", "reason", "Resigned")).post("/executive-committee/terms/" + term + "/end"));
        refused(400, () -> assembly().body(Map.of("endedOn", "2023-01-01")).post("/executive-committee/terms/" + term + "/end"));
        refused(404, () -> assembly().body(Map.of("endedOn", "2023-01-01", "reason", "R")).post("/executive-committee/terms/" + UUID.randomUUID() + "/end"));
        refused(400, () -> assembly().queryParam("asOf", "yesterday").get("/executive-committee"));
        // audit
        refused(400, () -> org.icpo.elections.Api.as(org.icpo.testing.Tokens.secretariat()).queryParam("size", 0).get("/audit/elections"));
        // the NUL character, which PostgreSQL cannot store (it failed there as a 500): in every text field and parameter
        String nul = "a\u0000b";
        refused(400, () -> assembly().body(with(session, "city", nul)).post("/sessions"));
        refused(400, () -> assembly().body(Map.of("session", 91, "kind", "RESOLUTION", "title", nul)).post("/ballots"));
        refused(400, () -> assembly().body(Map.of("country", "DE", "personName", nul)).post("/ballots/" + election + "/candidates"));
        refused(400, () -> assembly().body(with(t, "personName", nul)).post("/executive-committee/terms"));
        refused(400, () -> assembly().body(Map.of("endedOn", "2023-01-01", "reason", nul)).post("/executive-committee/terms/" + term + "/end"));
        refused(400, () -> org.icpo.elections.Api.as(org.icpo.testing.Tokens.secretariat()).urlEncodingEnabled(false).get("/audit/elections?actor=a%00b"));
        refused(400, () -> assembly().urlEncodingEnabled(false).post("/sessions/9%001/open"));
        Response named = assembly().body(with(session, "city", nul)).post("/sessions");
        assertEquals("city", named.jsonPath().getString("violations[0].field"));
        assertEquals("must not contain the NUL character (U+0000)", named.jsonPath().getString("violations[0].message"));
        assertEquals(before, data.fingerprint(), "a refused request wrote nothing");
    }

    /** A 400 validation problem naming the parameter, like a query parameter's, not a bare bad-request. */
    void invalidParameter(String field, String message, Supplier<Response> request) {
        refused(400, request);
        Response r = request.get();
        assertEquals("https://icpo.example/problems/validation", r.jsonPath().getString("type"), r.asString());
        assertEquals(field, r.jsonPath().getString("violations[0].field"), r.asString());
        assertTrue(r.jsonPath().getString("violations[0].message").contains(message), r.asString());
    }

    @Test
    void pathParametersThatDoNotConvertAreValidationProblemsNamingThem() {
        String before = data.fingerprint();
        invalidParameter("number", "is not a whole number", () -> assembly().get("/sessions/abc"));
        invalidParameter("number", "is not a whole number", () -> assembly().post("/sessions/abc/open"));
        invalidParameter("number", "is not a whole number", () -> assembly().post("/sessions/1.5/close"));
        invalidParameter("number", "is not a whole number", () -> assembly().get("/sessions/99999999999/attendance"));
        invalidParameter("number", "is not a whole number", () -> assembly().body(Map.of("country", "FR")).post("/sessions/x/attendance"));
        invalidParameter("number", "is not a whole number", () -> assembly().delete("/sessions/x/attendance/FR"));
        invalidParameter("number", "must not be blank", () -> assembly().urlEncodingEnabled(false).post("/sessions/%20/open"));
        invalidParameter("id", "is not a UUID", () -> assembly().get("/ballots/123"));
        invalidParameter("id", "is not a UUID", () -> assembly().get("/ballots/1-2-3-4-5"));
        invalidParameter("id", "is not a UUID", () -> assembly().post("/ballots/abc/conclude"));
        invalidParameter("candidateId", "is not a UUID", () -> assembly().post("/ballots/" + election + "/candidates/xyz/withdrawal"));
        invalidParameter("number", "is not a whole number", () -> assembly().get("/ballots/" + resolution + "/rounds/first"));
        invalidParameter("number", "is not a whole number", () -> ncb("AD").body(Map.of("choice", "YES")).post("/ballots/" + resolution + "/rounds/one/votes"));
        invalidParameter("id", "is not a UUID", () -> assembly().body(Map.of("endedOn", "2023-01-01", "reason", "R")).post("/executive-committee/terms/t/end"));
        // out of range stays a Bean Validation problem naming the parameter
        invalidParameter("number", "999", () -> assembly().post("/sessions/1000/close"));
        assertEquals(before, data.fingerprint(), "a refused request wrote nothing");
    }
}
