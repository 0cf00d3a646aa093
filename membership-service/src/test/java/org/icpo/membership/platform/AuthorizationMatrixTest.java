package org.icpo.membership.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.icpo.membership.TestData;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every role, no token and every kind of broken token. Writes target a
 * member or application that does not exist, so an authorized caller gets 404 (past the security
 * check) and nothing is changed, while an unauthorized one gets 403 and an unauthenticated one 401.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String NO_APP = "/applications/00000000-0000-0000-0000-000000000001";
    private static final String NO_ID = "00000000-0000-0000-0000-000000000002";

    @Inject
    TestData data;

    record Call(String method, String path, String body, Set<String> allowed, int allowedStatus) {
    }

    private static final Set<String> EVERYONE = Set.of("ncb", "secretariat", "ccf", "assembly", "svc-elections", "svc-notices");
    private static final Set<String> SECRETARIAT = Set.of("secretariat");

    private final Map<String, String> roleTokens = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        data.reset();
        roleTokens.put("ncb", Tokens.ncb("FR"));
        roleTokens.put("secretariat", Tokens.secretariat());
        roleTokens.put("ccf", Tokens.ccf());
        roleTokens.put("assembly", Tokens.assembly());
        roleTokens.put("svc-elections", Tokens.service("svc-elections"));
        roleTokens.put("svc-notices", Tokens.service("svc-notices"));
    }

    private List<Call> calls() {
        String app = "{\"stateName\":\"Kosovo\",\"isoCode\":\"FR\",\"region\":\"EUROPE\",\"policeBody\":\"p\",\"statehoodStatement\":\"s\",\"acceptsConstitution\":true}";
        String outcome = "{\"decision\":\"REJECTED\",\"ballotId\":\"b\",\"session\":87,\"decidedOn\":\"2018-11-20\",\"rounds\":[{\"number\":1,\"yes\":1,\"no\":2,\"abstain\":0}]}";
        String measure = "{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2022-03-10\"}";
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("GET", "/members", null, EVERYONE, 200));
        calls.add(new Call("GET", "/members/FR", null, EVERYONE, 200));
        calls.add(new Call("GET", "/members/FR/history", null, EVERYONE, 200));
        calls.add(new Call("GET", "/members/FR/standing", null, EVERYONE, 200));
        calls.add(new Call("GET", "/standings?countries=FR,DE", null, EVERYONE, 200));
        calls.add(new Call("GET", "/members/FR/contributions", null, EVERYONE, 200));
        calls.add(new Call("GET", "/members/FR/arrears-appeals", null, EVERYONE, 200));
        calls.add(new Call("GET", "/members/FR/measures", null, EVERYONE, 200));
        calls.add(new Call("GET", "/members/FR/measures/" + NO_ID, null, EVERYONE, 404));
        calls.add(new Call("GET", "/measures", null, EVERYONE, 200));
        calls.add(new Call("GET", "/applications", null, EVERYONE, 200));
        calls.add(new Call("GET", NO_APP, null, EVERYONE, 404));
        calls.add(new Call("GET", "/audit/membership", null, Set.of("secretariat", "ccf"), 200));
        // writes: the targets do not exist (or the applicant is already a member), so allowed callers get 404/409
        calls.add(new Call("POST", "/applications", app, SECRETARIAT, 409));
        calls.add(new Call("POST", NO_APP + "/schedule", "{\"session\":87}", SECRETARIAT, 404));
        calls.add(new Call("POST", NO_APP + "/withdraw", "{\"reason\":\"r\"}", SECRETARIAT, 404));
        calls.add(new Call("PUT", NO_APP + "/outcome", outcome, Set.of("svc-elections"), 404));
        calls.add(new Call("POST", "/members/ZZ/contributions", "{\"financialYear\":2026,\"amountDue\":1}", SECRETARIAT, 404));
        calls.add(new Call("POST", "/members/ZZ/contributions/2026/payments", "{\"amount\":1}", SECRETARIAT, 404));
        calls.add(new Call("POST", "/members/ZZ/arrears-appeals", "{\"grounds\":\"g\"}", SECRETARIAT, 404));
        calls.add(new Call("POST", "/members/ZZ/arrears-appeals/" + NO_ID + "/decision", "{\"outcome\":\"GRANTED\",\"reason\":\"r\"}", SECRETARIAT, 404));
        calls.add(new Call("POST", "/members/ZZ/measures", measure, SECRETARIAT, 404));
        calls.add(new Call("POST", "/members/ZZ/measures/" + NO_ID + "/endorsement", "{\"endorsedOn\":\"2022-03-10\"}", SECRETARIAT, 404));
        calls.add(new Call("POST", "/members/ZZ/measures/" + NO_ID + "/lift", "{\"reason\":\"r\",\"decidedBy\":\"SG\"}", SECRETARIAT, 404));
        return calls;
    }

    private Response send(Call c, String token) {
        var req = given().contentType("application/json");
        if (token != null) {
            req = req.header("Authorization", "Bearer " + token);
        }
        if (c.body() != null) {
            req = req.body(c.body());
        }
        return req.request(c.method(), c.path());
    }

    @Test
    void everyEndpointAgainstEveryRole() {
        String before = data.fingerprintBesidesAuditReads();
        long auditReads = data.auditCount("audit-log.read", "read");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Call c : calls()) {
            for (var role : roleTokens.entrySet()) {
                int expected = c.allowed().contains(role.getKey()) ? c.allowedStatus() : 403;
                Response r = send(c, role.getValue());
                checked++;
                if (r.statusCode() != expected) {
                    failures.add(c.method() + " " + c.path() + " as " + role.getKey() + ": expected " + expected + " got " + r.statusCode() + " " + r.asString());
                } else if (expected == 403) {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.jsonPath().getString("type")).isEqualTo("https://icpo.example/problems/forbidden");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isEqualTo(calls().size() * 6);
        // the audit log is written only by real changes, and by the reads of the audit log itself (one for each of the two
        // roles allowed to read it); nothing above changed anything
        assertThat(data.fingerprintBesidesAuditReads()).isEqualTo(before);
        assertThat(data.auditCount("audit-log.read", "read")).isEqualTo(auditReads + 2);
    }

    @Test
    void everyEndpointRefusesMissingAndBrokenTokens() {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("no token", null);
        broken.put("expired", Tokens.expired());
        broken.put("not yet valid", Tokens.notYetValid());
        // the services allow the gateway's 30 s of clock skew, not smallrye-jwt's default 60 s
        java.time.Instant now = java.time.Instant.now();
        broken.put("expired 45 s ago", Tokens.secretariatValidBetween(now.minusSeconds(600), now.minusSeconds(45)));
        broken.put("valid in 45 s", Tokens.secretariatValidBetween(now.plusSeconds(45), now.plusSeconds(600)));
        broken.put("wrong issuer", Tokens.wrongIssuer());
        broken.put("wrong audience", Tokens.wrongAudience());
        broken.put("signed by another key", Tokens.signedByOtherKey());
        broken.put("alg none", Tokens.algNone());
        broken.put("tampered", Tokens.tampered());
        broken.put("garbage", "not.a.jwt");
        // the service roles are bound to their keys (ServiceKeys): validly signed, yet not a service's identity
        broken.put("svc-elections signed under svc-notices' key id", Tokens.underKeyId("svc-notices", "svc-elections", Set.of("svc-elections")));
        broken.put("svc-elections from the identity provider's key", Tokens.underKeyId("keycloak-rsa-1", "svc-elections", Set.of("svc-elections")));
        broken.put("svc-elections with no key id", Tokens.withRoles("svc-elections", Set.of("svc-elections")));
        broken.put("secretariat under svc-elections' key id", Tokens.underKeyId("svc-elections", "gs-officer", Set.of("secretariat")));
        broken.put("svc-elections and secretariat under svc-elections' key id",
                Tokens.underKeyId("svc-elections", "svc-elections", Set.of("svc-elections", "secretariat")));
        List<String> failures = new ArrayList<>();
        for (Call c : calls()) {
            for (var b : broken.entrySet()) {
                Response r = send(c, b.getValue());
                if (r.statusCode() != 401) {
                    failures.add(c.method() + " " + c.path() + " with " + b.getKey() + ": " + r.statusCode());
                } else {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void tokensWithinTheGatewaysClockSkewAreAccepted() {
        java.time.Instant now = java.time.Instant.now();
        given().auth().oauth2(Tokens.secretariatValidBetween(now.minusSeconds(600), now.minusSeconds(15))).get("/members/FR")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.secretariatValidBetween(now.plusSeconds(15), now.plusSeconds(600))).get("/members/FR")
                .then().statusCode(200);
    }

    @Test
    void aServiceKeyPublishedBesideTheOldOneForARotationActsAsTheService() {
        // kid svc-elections.2026-11: elections-service's new key during a rotation (k8s/README.md, "Rotate keys")
        String outcome = "{\"decision\":\"REJECTED\",\"ballotId\":\"b\",\"session\":87,\"decidedOn\":\"2018-11-20\",\"rounds\":[{\"number\":1,\"yes\":1,\"no\":2,\"abstain\":0}]}";
        String rotated = Tokens.underKeyId("svc-elections.2026-11", "svc-elections", Set.of("svc-elections"));
        given().auth().oauth2(rotated).contentType("application/json").body(outcome).put(NO_APP + "/outcome").then().statusCode(404);
        String notices = Tokens.underKeyId("svc-notices.2026-11", "svc-notices", Set.of("svc-notices"));
        given().auth().oauth2(notices).contentType("application/json").body(outcome).put(NO_APP + "/outcome").then().statusCode(403);
        given().auth().oauth2(notices).get("/members/FR/standing").then().statusCode(200);
    }

    @Test
    void anyAuthenticatedCallerReadsButAnUnknownRoleCannotWrite() {
        given().auth().oauth2(Tokens.withRoles("stranger", Set.of("visitor"))).get("/members/FR").then().statusCode(200);
        given().auth().oauth2(Tokens.withRoles("stranger", Set.of("visitor"))).contentType("application/json")
                .body("{\"financialYear\":2026,\"amountDue\":1}").post("/members/FR/contributions").then().statusCode(403);
    }
}
