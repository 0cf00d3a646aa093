package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
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
        String refugeeId = as(ncb("DE")).body(Bodies.map("familyName", "SWEEP", "countryFled", "RU", "recognizedOn", "2024-01-01", "reference", "R"))
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
