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
     * Every write endpoint that takes a JSON body, sent the body it takes declared as another media type: a 415 problem,
     * and nothing written (the requester's answer and cancellation took it and moved the record).
     */
    @Test
    void everyWriteEndpointRefusesAnotherMediaTypeWithA415AndWritesNothing() {
        String notice = file("FR", Bodies.red());
        review(gs(), "/notice-requests", notice, "REQUEST_INFO", null, "Send the warrant").statusCode(200);
        String published = file("FR", Bodies.red("MEDIA", "Type"));
        publish(published);
        String diffusion = diffuse("FR", Bodies.ofType("BLUE"));
        String ccfId = as(Tokens.ccf()).body(Bodies.map("recordId", published, "kind", "ACCESS", "applicant", "a", "grounds", "g",
                "receivedOn", java.time.LocalDate.now(clock).toString())).post("/ccf-requests").then().statusCode(201).extract().path("id");
        Map<String, Object> answer = Bodies.map("answer", "The warrant is attached");
        Map<String, Object> cancellation = Bodies.map("reason", "Person arrested");
        List<Object[]> calls = List.of(
                new Object[]{"/notice-requests/" + notice + "/answer", ncb("FR"), answer},
                new Object[]{"/diffusions/" + diffusion + "/answer", ncb("FR"), answer},
                new Object[]{"/notice-requests/" + published + "/cancellation", ncb("FR"), cancellation},
                new Object[]{"/diffusions/" + diffusion + "/cancellation", ncb("FR"), cancellation},
                new Object[]{"/notice-requests/" + published + "/renewal", ncb("FR"), Bodies.map("reasons", "still at large")},
                new Object[]{"/notice-requests/" + published + "/reviews", gs(), Bodies.map("decision", "REQUEST_INFO", "reason", "r")},
                new Object[]{"/notice-requests", ncb("FR"), Bodies.red("OTHER", "Type")},
                new Object[]{"/ccf-requests/" + ccfId + "/admissibility", Tokens.ccf(), Bodies.map("admissible", true, "reason", "ok")});
        String before = data.fingerprint();
        List<String> wrong = new ArrayList<>();
        for (Object[] call : calls) {
            for (String mediaType : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
                var response = RestAssured.given().auth().oauth2((String) call[1]).contentType(mediaType)
                        .body(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(call[2]).toString()).post((String) call[0]).then().extract();
                boolean ok = response.statusCode() == 415 && response.contentType().startsWith("application/problem+json")
                        && "https://icpo.example/problems/unsupported-media-type".equals(response.jsonPath().getString("type"));
                if (!ok) {
                    wrong.add(call[0] + " as " + mediaType + ": " + response.statusCode() + " " + response.asString());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, data.fingerprint());
        as(gs()).get("/notice-requests/" + notice).then().body("status", org.hamcrest.Matchers.equalTo("INFO_REQUESTED"));
        as(gs()).get("/notice-requests/" + published).then().body("status", org.hamcrest.Matchers.equalTo("PUBLISHED"));
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
