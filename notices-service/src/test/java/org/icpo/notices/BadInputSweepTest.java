package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every write endpoint, called by a caller allowed to use it, with bodies that are not what it takes:
 * each answer is a 4xx problem document and nothing is written.
 */
@QuarkusTest
class BadInputSweepTest extends NoticesTestBase {

    record Endpoint(String method, String path, String token) {
    }

    @Test
    void everyWriteEndpointRefusesMalformedBodiesWithAProblemAndWritesNothing() {
        String notice = file("FR", Bodies.red());
        String diffusion = diffuse("FR", Bodies.ofType("BLUE"));
        String ccfId = as(Tokens.ccf()).body(Bodies.map("recordId", notice, "kind", "ACCESS", "applicant", "a", "grounds", "g",
                "receivedOn", java.time.LocalDate.now().toString())).post("/ccf-requests").then().statusCode(201).extract().path("id");
        Number indicator = as(gs()).body(Bodies.map("term", "sweep-term", "language", "en", "category", "RACIAL"))
                .post("/screening-indicators").then().statusCode(201).extract().path("id");
        String refugeeId = as(ncb("DE")).body(Bodies.map("familyName", "SWEEP", "forename", "Sam", "countryFled", "RU", "recognizedOn", "2024-01-01", "reference", "R"))
                .post("/refugee-statuses").then().statusCode(201).extract().path("id");
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/refugee-statuses/" + refugeeId + "/withdrawal", gs()),
                new Endpoint("POST", "/notice-requests", ncb("FR")),
                new Endpoint("POST", "/diffusions", ncb("FR")),
                new Endpoint("POST", "/notice-requests/" + notice + "/reviews", gs()),
                new Endpoint("POST", "/diffusions/" + diffusion + "/reviews", gs()),
                new Endpoint("POST", "/notice-requests/" + notice + "/answer", ncb("FR")),
                new Endpoint("POST", "/notice-requests/" + notice + "/cancellation", ncb("FR")),
                new Endpoint("POST", "/diffusions/" + diffusion + "/cancellation", ncb("FR")),
                new Endpoint("POST", "/notice-requests/" + notice + "/renewal", ncb("FR")),
                new Endpoint("POST", "/notice-requests/" + notice + "/outcomes", gs()),
                new Endpoint("POST", "/screening-indicators", gs()),
                new Endpoint("PUT", "/screening-indicators/" + indicator, gs()),
                new Endpoint("POST", "/refugee-statuses", ncb("DE")),
                new Endpoint("POST", "/ccf-requests", Tokens.ccf()),
                new Endpoint("POST", "/ccf-requests/" + ccfId + "/admissibility", Tokens.ccf()),
                new Endpoint("POST", "/ccf-requests/" + ccfId + "/decision", Tokens.ccf()));
        List<String> bodies = List.of("", "{}", "[]", "null", "{\"unknown\": 1}", "{\"broken\": ", "42", "\"text\"");
        String before = data.fingerprint();
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (String body : bodies) {
                var response = RestAssured.given().auth().oauth2(e.token()).contentType("application/json").body(body)
                        .request(e.method(), e.path()).then().extract();
                boolean ok = response.statusCode() >= 400 && response.statusCode() < 500
                        && response.contentType().startsWith("application/problem+json");
                if (!ok) {
                    wrong.add(e.method() + " " + e.path() + " with '" + body + "': " + response.statusCode() + " " + response.asString());
                }
            }
        }
        // unknown ids
        for (String path : List.of("/notice-requests/" + UUID.randomUUID() + "/cancellation", "/diffusions/" + UUID.randomUUID() + "/answer",
                "/ccf-requests/" + UUID.randomUUID() + "/decision")) {
            String token = path.startsWith("/ccf") ? Tokens.ccf() : ncb("FR");
            int status = as(token).body(Bodies.map("reason", "r", "answer", "a")).post(path).then().extract().statusCode();
            if (status != 404 && status != 400) {
                wrong.add(path + ": " + status);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, data.fingerprint());
    }

    /**
     * Path parameters that do not convert (a UUID, a number) are validation problems naming the parameter, like query
     * parameters, not a bare bad-request; nothing is written.
     */
    @Test
    void pathParametersThatDoNotConvertAreValidationProblemsNamingThem() {
        String notice = file("FR", Bodies.red());
        String before = data.fingerprint();
        List<String> wrong = new ArrayList<>();
        invalidParameter(as(gs()).get("/notice-requests/not-a-uuid"), "id", "is not a UUID", wrong);
        invalidParameter(as(gs()).get("/notice-requests/1-2-3-4-5"), "id", "is not a UUID", wrong);
        invalidParameter(as(gs()).get("/diffusions/123"), "id", "is not a UUID", wrong);
        invalidParameter(as(gs()).get("/notice-requests/" + notice + "/photos/xyz"), "photoId", "is not a UUID", wrong);
        invalidParameter(as(ncb("FR")).body(Bodies.map("reason", "r")).post("/notice-requests/abc/cancellation"), "id", "is not a UUID", wrong);
        invalidParameter(as(Tokens.ccf()).body(Bodies.map("outcome", "ACCESS_GRANTED", "reason", "r")).post("/ccf-requests/abc/decision"), "id", "is not a UUID", wrong);
        invalidParameter(as(Tokens.ccf()).urlEncodingEnabled(false).get("/ccf-requests/%20"), "id", "must not be blank", wrong);
        invalidParameter(as(gs()).body(Bodies.map("reason", "r")).post("/refugee-statuses/abc/withdrawal"), "id", "is not a UUID", wrong);
        invalidParameter(as(gs()).body(Bodies.map("term", "x", "language", "en", "category", "RACIAL", "active", true, "version", 0))
                .put("/screening-indicators/one"), "id", "is not a whole number", wrong);
        invalidParameter(as(gs()).get("/screening-indicators?active=yes"), "active", "is not true or false", wrong);
        invalidParameter(as(Tokens.ccf()).get("/ccf-requests?overdue=1"), "overdue", "is not true or false", wrong);
        assertEquals(List.of(), wrong);
        assertEquals(before, data.fingerprint());
    }

    /** A 400 validation problem naming {@code field} and saying why. */
    private static void invalidParameter(io.restassured.response.Response r, String field, String message, List<String> wrong) {
        boolean ok = r.statusCode() == 400 && r.contentType().startsWith("application/problem+json")
                && "https://icpo.example/problems/validation".equals(r.jsonPath().getString("type"))
                && field.equals(r.jsonPath().getString("violations[0].field"))
                && r.jsonPath().getString("violations[0].message").contains(message);
        if (!ok) {
            wrong.add(field + ": " + r.statusCode() + " " + r.asString());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNulCharacterIsRefusedWhereverItComesAndNothingIsWritten() {
        String notice = file("FR", Bodies.red());
        String before = data.fingerprint();
        List<String> wrong = new ArrayList<>();
        // in bodies: a field, a list's element, a nested object's field (PostgreSQL stores none of them)
        Map<String, Object> inName = Bodies.red("DU\u0000PONT", "Jean");
        Map<String, Object> inList = Bodies.red();
        ((Map<String, Object>) inList.get("subject")).put("nationalities", List.of("FR", "B\u0000E"));
        Map<String, Object> inNested = Bodies.red();
        ((Map<String, Object>) ((Map<String, Object>) inNested.get("red")).get("warrant")).put("authority", "Tribunal\u0000");
        refusedWithNul(as(ncb("FR")).body(inName).post("/notice-requests"), "subject.familyName", wrong);
        refusedWithNul(as(ncb("FR")).body(inList).post("/notice-requests"), "subject.nationalities[1]", wrong);
        refusedWithNul(as(ncb("FR")).body(inNested).post("/notice-requests"), "red.warrant.authority", wrong);
        refusedWithNul(as(ncb("FR")).body("{\"reason\": \"a\\u0000b\"}").post("/notice-requests/" + notice + "/cancellation"), "reason", wrong);
        refusedWithNul(as(gs()).body("{\"term\": \"t\\u0000\", \"language\": \"en\", \"category\": \"RACIAL\"}")
                .post("/screening-indicators"), "term", wrong);
        // in query parameters (the member search's name, an audit filter, the public API's filter) and in the path
        var plain = as(ncb("FR")).urlEncodingEnabled(false);
        refusedWithNul(plain.get("/notices/search?name=DU%00PONT"), "name", wrong);
        refusedWithNul(as(gs()).urlEncodingEnabled(false).get("/audit/notices?page=1&actor=a%00b"), "actor", wrong);
        refusedWithNul(RestAssured.given().urlEncodingEnabled(false).get("/notices/v1/red?forename=J%00&name=DUPONT"), "forename", wrong);
        refusedWithNul(plain.get("/notice-requests/" + notice + "%00"), "path", wrong);
        assertEquals(List.of(), wrong);
        // nothing written, and the search with the name without it still works
        assertEquals(before, data.fingerprint());
        as(ncb("FR")).get("/notices/search?name=DUPONT").then().statusCode(200);
    }

    /** A 400 problem naming {@code field} and saying why. */
    private static void refusedWithNul(io.restassured.response.Response r, String field, List<String> wrong) {
        boolean ok = r.statusCode() == 400 && r.contentType().startsWith("application/problem+json")
                && r.jsonPath().getString("detail").contains("must not contain the NUL character (U+0000)")
                && field.equals(r.jsonPath().getString("violations[0].field"));
        if (!ok) {
            wrong.add(field + ": " + r.statusCode() + " " + r.asString());
        }
    }

    @Test
    void theFourEyesRuleIsAlsoADatabaseConstraint() {
        MembershipStub.set("RU", MembershipStub.Mode.HEIGHTENED_SUPERVISION);
        java.util.Map<String, Object> body = Bodies.red();
        body.put("justification", Bodies.justification());
        String id = file("RU", body);
        review(gs(), "/notice-requests", id, "PUBLISH", null, "first").statusCode(200);
        review(gs2(), "/notice-requests", id, "PUBLISH", null, "second").statusCode(200);
        assertEquals("23514", data.violateFourEyes(UUID.fromString(id)));
    }
}
