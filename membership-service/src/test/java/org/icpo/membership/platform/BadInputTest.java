package org.icpo.membership.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.icpo.membership.TestData;
import org.icpo.testing.TestClock;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every write endpoint: malformed JSON, wrong top-level type, empty body, unknown
 * fields, each required field missing, each field of the wrong type, oversize strings, unknown
 * enum values and a wrong Content-Type. Every one must be a 4xx problem and must write nothing.
 */
@QuarkusTest
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(9000);

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    private final String gs = Tokens.secretariat();
    private final String elections = Tokens.service("svc-elections");

    record Endpoint(String method, String path, String token, String validBody, List<String> required,
                    Map<String, String> wrongTypes, List<String> sizedStrings, List<String> enums) {
    }

    private final List<Endpoint> endpoints = new ArrayList<>();

    @BeforeEach
    void setUp() {
        data.reset();
        clock.set(LocalDate.of(2026, 6, 1));
        String app = given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"stateName\":\"Kosovo\",\"isoCode\":\"XK\",\"region\":\"EUROPE\",\"policeBody\":\"Kosovo Police\",\"statehoodStatement\":\"s\",\"acceptsConstitution\":true}")
                .post("/applications").then().statusCode(201).extract().path("id");
        String scheduled = given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"stateName\":\"Tuvalu\",\"isoCode\":\"TV\",\"region\":\"ASIA_SOUTH_PACIFIC\",\"policeBody\":\"Tuvalu Police\",\"statehoodStatement\":\"s\",\"acceptsConstitution\":true}")
                .post("/applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":94}").post("/applications/" + scheduled + "/schedule").then().statusCode(200);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2025,\"amountDue\":10}").post("/members/FR/contributions").then().statusCode(201);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2026,\"amountDue\":10}").post("/members/FR/contributions").then().statusCode(201);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2025,\"amountDue\":10}").post("/members/BE/contributions").then().statusCode(201);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2026,\"amountDue\":10}").post("/members/BE/contributions").then().statusCode(201);
        String appeal = given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"grounds\":\"g\"}").post("/members/FR/arrears-appeals").then().statusCode(201).extract().path("id");
        String measure = given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2026-01-01\"}")
                .post("/members/RU/measures").then().statusCode(201).extract().path("id");

        endpoints.add(new Endpoint("POST", "/applications", gs,
                "{\"stateName\":\"Niue\",\"isoCode\":\"NU\",\"region\":\"ASIA_SOUTH_PACIFIC\",\"policeBody\":\"Niue Police\",\"statehoodStatement\":\"s\",\"acceptsConstitution\":true,\"submittedOn\":\"2026-01-10\"}",
                List.of("stateName", "isoCode", "region", "policeBody", "statehoodStatement", "acceptsConstitution"),
                Map.of("stateName", "{}", "isoCode", "12", "region", "7", "acceptsConstitution", "\"maybe\"", "submittedOn", "\"10/01/2026\""),
                List.of("stateName", "policeBody", "statehoodStatement"), List.of("region")));
        endpoints.add(new Endpoint("POST", "/applications/" + app + "/schedule", gs, "{\"session\":94}",
                List.of("session"), Map.of("session", "\"ninety\"", "assemblySession", "\"ninety\""), List.of(), List.of()));
        endpoints.add(new Endpoint("POST", "/applications/" + app + "/withdraw", gs, "{\"reason\":\"r\",\"withdrawnOn\":\"2026-06-01\"}",
                List.of("reason"), Map.of("reason", "[]", "withdrawnOn", "\"yesterday\""), List.of("reason"), List.of()));
        endpoints.add(new Endpoint("PUT", "/applications/" + scheduled + "/outcome", elections,
                "{\"decision\":\"ADMITTED\",\"ballotId\":\"b\",\"session\":94,\"decidedOn\":\"2026-06-01\",\"rounds\":[{\"number\":1,\"yes\":100,\"no\":10,\"abstain\":5}]}",
                List.of("decision", "ballotId", "session", "decidedOn", "rounds"),
                Map.of("session", "\"x\"", "rounds", "{\"number\":1}", "decidedOn", "2026"), List.of("ballotId"), List.of("decision")));
        endpoints.add(new Endpoint("POST", "/members/FR/contributions", gs, "{\"financialYear\":2027,\"amountDue\":10,\"assessedOn\":\"2026-05-01\"}",
                List.of("financialYear", "amountDue"), Map.of("financialYear", "\"next\"", "amountDue", "\"ten\"", "assessedOn", "true"), List.of(), List.of()));
        endpoints.add(new Endpoint("POST", "/members/FR/contributions/2026/payments", gs, "{\"amount\":5,\"paidOn\":\"2026-05-01\",\"reference\":\"r\"}",
                List.of("amount"), Map.of("amount", "\"five\"", "paidOn", "{}"), List.of("reference"), List.of()));
        endpoints.add(new Endpoint("POST", "/members/FR/arrears-appeals/" + appeal + "/decision", gs, "{\"outcome\":\"GRANTED\",\"reason\":\"r\"}",
                List.of("outcome", "reason"), Map.of("reason", "1"), List.of("reason"), List.of("outcome")));
        endpoints.add(new Endpoint("POST", "/members/DE/measures", gs,
                "{\"kind\":\"ACCESS_SUSPENSION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2026-01-01\",\"suspendedRights\":[\"RECORD\"]}",
                List.of("kind", "reason", "legalBasis", "decidedBy", "decidedOn"),
                Map.of("decidedOn", "\"1 Jan\"", "suspendedRights", "\"RECORD\"", "reason", "{}"), List.of("reason", "legalBasis", "decidedBy"), List.of("kind")));
        endpoints.add(new Endpoint("POST", "/members/RU/measures/" + measure + "/endorsement", gs, "{\"endorsedOn\":\"2026-02-01\"}",
                List.of("endorsedOn"), Map.of("endorsedOn", "20260201"), List.of(), List.of()));
        endpoints.add(new Endpoint("POST", "/members/RU/measures/" + measure + "/lift", gs, "{\"reason\":\"r\",\"decidedBy\":\"SG\",\"liftedOn\":\"2026-05-01\"}",
                List.of("reason", "decidedBy"), Map.of("liftedOn", "[]"), List.of("reason", "decidedBy"), List.of()));
        // BE is in arrears without a pending appeal, so a valid appeal would be accepted
        endpoints.add(new Endpoint("POST", "/members/BE/arrears-appeals", gs, "{\"grounds\":\"g\",\"financialYear\":2026}",
                List.of("grounds"), Map.of("financialYear", "\"this\"", "lodgedOn", "5"), List.of("grounds"), List.of()));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Response send(Endpoint e, String body, String contentType) {
        var req = given().auth().oauth2(e.token()).contentType(contentType);
        if (body != null) {
            req = req.body(body);
        }
        return e.method().equals("PUT") ? req.put(e.path()) : req.post(e.path());
    }

    private void expectRefused(Endpoint e, String variant, String body, String contentType, int expectedStatus) {
        String before = data.fingerprint();
        Response r = send(e, body, contentType);
        assertThat(r.statusCode()).as(e.method() + " " + e.path() + " with " + variant + ": " + r.asString()).isEqualTo(expectedStatus);
        assertThat(r.contentType()).as(variant).startsWith("application/problem+json");
        assertThat(r.jsonPath().getInt("status")).isEqualTo(expectedStatus);
        assertThat(r.jsonPath().getString("type")).startsWith("https://icpo.example/problems/");
        assertThat(r.jsonPath().getString("detail")).as(variant).isNotBlank();
        assertThat(data.fingerprint()).as("nothing written by " + e.path() + " with " + variant).isEqualTo(before);
    }

    private static String with(String body, String field, String rawValue) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        node.set(field, JSON.readTree(rawValue));
        return JSON.writeValueAsString(node);
    }

    private static String without(String body, String field) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        node.remove(field);
        return JSON.writeValueAsString(node);
    }

    @Test
    void everyWriteEndpointRefusesBadInputWithAProblemAndWritesNothing() throws Exception {
        int cases = 0;
        for (Endpoint e : endpoints) {
            Map<String, String> variants = new LinkedHashMap<>();
            variants.put("malformed JSON", "{\"a\": ");
            variants.put("a JSON array", "[]");
            variants.put("a JSON string", "\"hello\"");
            variants.put("JSON null", "null");
            variants.put("an empty body", "");
            variants.put("an unknown field", with(e.validBody(), "notAField", "1"));
            for (String f : e.required()) {
                variants.put("missing " + f, without(e.validBody(), f));
                variants.put("null " + f, with(e.validBody(), f, "null"));
            }
            for (var w : e.wrongTypes().entrySet()) {
                variants.put("wrong type for " + w.getKey(), with(e.validBody(), w.getKey(), w.getValue()));
            }
            for (String f : e.sizedStrings()) {
                variants.put("oversize " + f, with(e.validBody(), f, JSON.writeValueAsString(LONG)));
                variants.put("blank " + f, with(e.validBody(), f, "\"   \""));
                // PostgreSQL cannot store it: it reached the database and failed there as a 500
                variants.put("the NUL character in " + f, with(e.validBody(), f, JSON.writeValueAsString("a\u0000b")));
            }
            for (String f : e.enums()) {
                variants.put("unknown enum value for " + f, with(e.validBody(), f, "\"NOT_A_VALUE\""));
            }
            for (var v : variants.entrySet()) {
                expectRefused(e, v.getKey(), v.getValue(), "application/json", 400);
                cases++;
            }
            expectRefused(e, "text/plain", e.validBody(), "text/plain", 415);
            cases++;
        }
        assertThat(cases).isGreaterThan(150);
    }

    @Test
    void theValidBodiesAreAcceptedSoTheRefusalsAboveAreAboutTheBadParts() {
        for (Endpoint e : endpoints) {
            Response r = send(e, e.validBody(), "application/json");
            assertThat(r.statusCode()).as(e.path() + ": " + r.asString()).isBetween(200, 201);
        }
    }

    @Test
    void unknownEnumValueNamesTheAllowedValues() {
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"EXPULSION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2026-01-01\"}")
                .post("/members/DE/measures").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("kind"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("[CORRECTIVE_MEASURES, HEIGHTENED_SUPERVISION, ACCESS_SUSPENSION]"));
    }

    @Test
    void theNulCharacterIsNamedWhereItComes() {
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"stateName\":\"Niue\\u0000\",\"isoCode\":\"NU\",\"region\":\"ASIA_SOUTH_PACIFIC\",\"policeBody\":\"Niue Police\",\"statehoodStatement\":\"s\",\"acceptsConstitution\":true}")
                .post("/applications").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("stateName"))
                .body("violations[0].message", org.hamcrest.Matchers.equalTo("must not contain the NUL character (U+0000)"));
        given().auth().oauth2(gs).urlEncodingEnabled(false).get("/audit/membership?targetType=application&actor=a%00b").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", org.hamcrest.Matchers.equalTo("actor"));
        given().auth().oauth2(gs).urlEncodingEnabled(false).get("/members/F%00R").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", org.hamcrest.Matchers.equalTo("path"));
        // refused before the request is matched, yet with its request id, as every problem
        given().auth().oauth2(gs).urlEncodingEnabled(false).header("X-Request-Id", "nul-check-1").get("/members?region=%00").then()
                .statusCode(400).header("X-Request-Id", "nul-check-1").body("requestId", org.hamcrest.Matchers.equalTo("nul-check-1"))
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("region"));
    }

    /**
     * Path parameters that do not convert (a UUID, a year) are validation problems naming the parameter, like query
     * parameters, not a bare bad-request; nothing is written.
     */
    @Test
    void pathParametersThatDoNotConvertAreValidationProblemsNamingThem() {
        String before = data.fingerprint();
        String payment = "{\"amount\":5}";
        String withdrawal = "{\"reason\":\"r\"}";
        String lift = "{\"reason\":\"r\",\"decidedBy\":\"SG\"}";
        String decision = "{\"outcome\":\"GRANTED\",\"reason\":\"r\"}";
        List<String[]> cases = List.of(
                new String[] {"GET", "/applications/not-a-uuid", null, "id", "is not a UUID"},
                new String[] {"GET", "/applications/1-2-3-4-5", null, "id", "is not a UUID"},
                new String[] {"POST", "/applications/xyz/withdraw", withdrawal, "id", "is not a UUID"},
                new String[] {"GET", "/members/RU/measures/123", null, "id", "is not a UUID"},
                new String[] {"POST", "/members/RU/measures/abc/lift", lift, "id", "is not a UUID"},
                new String[] {"POST", "/members/FR/arrears-appeals/abc/decision", decision, "id", "is not a UUID"},
                new String[] {"POST", "/members/FR/contributions/next/payments", payment, "year", "is not a whole number"},
                new String[] {"POST", "/members/FR/contributions/2026.5/payments", payment, "year", "is not a whole number"},
                new String[] {"POST", "/members/FR/contributions/%20/payments", payment, "year", "must not be blank"},
                new String[] {"POST", "/members/FR/contributions/1900/payments", payment, "year", "1914"});
        for (String[] c : cases) {
            var req = given().auth().oauth2(gs).urlEncodingEnabled(false);
            Response r = c[2] == null ? req.get(c[1]) : req.contentType(ContentType.JSON).body(c[2]).post(c[1]);
            String call = c[0] + " " + c[1] + ": " + r.asString();
            assertThat(r.statusCode()).as(call).isEqualTo(400);
            assertThat(r.contentType()).as(call).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("type")).as(call).isEqualTo("https://icpo.example/problems/validation");
            assertThat(r.jsonPath().getString("violations[0].field")).as(call).isEqualTo(c[3]);
            assertThat(r.jsonPath().getString("violations[0].message")).as(call).contains(c[4]);
        }
        assertThat(data.fingerprint()).isEqualTo(before);
    }

    @Test
    void missingFieldsAreAllListed() {
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{}").post("/applications").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("stateName", "isoCode", "region", "policeBody", "statehoodStatement", "acceptsConstitution"));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        given().auth().oauth2(gs).get("/nowhere").then().statusCode(404).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("/nowhere"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{}").delete("/members/FR").then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{}").post("/members/FR").then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(gs).accept("application/xml").get("/members/FR").then().statusCode(406).contentType("application/problem+json");
    }
}
