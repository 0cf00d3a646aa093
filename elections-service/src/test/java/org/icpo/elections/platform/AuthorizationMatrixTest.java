package org.icpo.elections.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.icpo.elections.ElectionsTestBase;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.icpo.elections.Api.castVotes;
import static org.icpo.elections.Api.closeRound;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.figures;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may call what: sessions, ballots, nominations and closing are the Assembly's; voting is the NCBs';
 * results are readable by every authenticated role; the board of a closed round by anyone; the audit log
 * by the General Secretariat and the CCF. Mutating calls use invalid bodies or states so that an allowed
 * caller gets a business answer (never 401/403) without changing anything.
 */
@QuarkusTest
class AuthorizationMatrixTest extends ElectionsTestBase {

    static final String ANON = "anonymous";
    static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("ncb", Tokens.ncb("ZW"));
        CALLERS.put("assembly", Tokens.assembly());
        CALLERS.put("secretariat", Tokens.secretariat());
        CALLERS.put("ccf", Tokens.ccf());
        CALLERS.put("svc-elections", Tokens.service("svc-elections"));
        CALLERS.put("svc-notices", Tokens.service("svc-notices"));
    }

    static final Set<String> AUTHENTICATED = Set.of("ncb", "assembly", "secretariat", "ccf", "svc-elections", "svc-notices");

    record Call(String method, String path, String body, Set<String> allowed) {
    }

    static RequestSpecification as(String caller) {
        RequestSpecification r = given().contentType(ContentType.JSON);
        return caller.equals(ANON) ? r : r.auth().oauth2(CALLERS.get(caller));
    }

    static Response send(String caller, Call c) {
        RequestSpecification r = as(caller);
        if (c.body() != null) {
            r = r.body(c.body());
        }
        return switch (c.method()) {
            case "GET" -> r.get(c.path());
            case "POST" -> r.post(c.path());
            case "DELETE" -> r.delete(c.path());
            default -> throw new IllegalArgumentException(c.method());
        };
    }

    @Test
    void everyEndpointForEveryRole() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> delegations = members(100);
        present(91, delegations);
        String closed = createBallot(Map.of("session", 91, "kind", "RESOLUTION", "title", "Closed"));
        openRound(closed);
        castVotes(closed, 1, delegations, figures("YES", 2));
        closeRound(closed, 1).then().statusCode(200);
        String open = createBallot(Map.of("session", 91, "kind", "RESOLUTION", "title", "Open"));
        openRound(open);
        String before = data.fingerprintBesidesAuditReads();
        long auditReads = data.count("select count(*) from audit_log where action = 'audit-log.read'");

        Set<String> assembly = Set.of("assembly");
        List<Call> calls = new ArrayList<>(List.of(
                new Call("GET", "/sessions", null, AUTHENTICATED),
                new Call("GET", "/sessions/91", null, AUTHENTICATED),
                new Call("POST", "/sessions", "{}", assembly),
                new Call("POST", "/sessions/91/open", null, assembly),
                new Call("POST", "/sessions/500/close", null, assembly),
                new Call("GET", "/sessions/91/attendance", null, AUTHENTICATED),
                new Call("POST", "/sessions/91/attendance", "{}", Set.of("assembly", "ncb")),
                new Call("DELETE", "/sessions/91/attendance/ZW", null, Set.of("assembly", "ncb")),
                new Call("GET", "/ballots", null, AUTHENTICATED),
                new Call("GET", "/ballots/" + closed, null, AUTHENTICATED),
                new Call("POST", "/ballots", "{}", assembly),
                new Call("GET", "/ballots/" + closed + "/candidates", null, AUTHENTICATED),
                new Call("POST", "/ballots/" + closed + "/candidates", "{}", assembly),
                new Call("POST", "/ballots/" + closed + "/candidates/" + java.util.UUID.randomUUID() + "/withdrawal", null, assembly),
                new Call("POST", "/ballots/" + closed + "/rounds", null, assembly),
                new Call("GET", "/ballots/" + closed + "/rounds/1", null, AUTHENTICATED),
                new Call("GET", "/ballots/" + closed + "/rounds/1/roll", null, AUTHENTICATED),
                new Call("POST", "/ballots/" + closed + "/rounds/1/close", null, assembly),
                new Call("POST", "/ballots/" + closed + "/conclude", null, assembly),
                new Call("POST", "/ballots/" + open + "/rounds/1/votes", "{}", Set.of("ncb")),
                new Call("GET", "/ballots/" + closed + "/rounds/1/board", null, Set.of(ANON, "ncb", "assembly", "secretariat", "ccf", "svc-elections", "svc-notices")),
                new Call("GET", "/executive-committee", null, AUTHENTICATED),
                new Call("GET", "/executive-committee/history", null, AUTHENTICATED),
                new Call("POST", "/executive-committee/terms", "{}", assembly),
                new Call("POST", "/executive-committee/terms/" + java.util.UUID.randomUUID() + "/end", "{}", assembly),
                new Call("GET", "/audit/elections", null, Set.of("secretariat", "ccf"))));

        List<String> wrong = new ArrayList<>();
        for (Call c : calls) {
            List<String> callers = new ArrayList<>(CALLERS.keySet());
            callers.add(0, ANON);
            for (String caller : callers) {
                Response r = send(caller, c);
                int status = r.statusCode();
                boolean allowed = c.allowed().contains(caller);
                int expected = allowed ? -1 : caller.equals(ANON) ? 401 : 403;
                boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == expected;
                if (!ok) {
                    wrong.add(c.method() + " " + c.path() + " as " + caller + ": " + status + " " + r.asString());
                }
                if (!allowed) {
                    assertTrue(r.contentType().startsWith("application/problem+json"), c.path() + " " + caller);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(before, data.fingerprintBesidesAuditReads(), "no call changed state");
        // reading the audit log is audited: one entry for each of the two roles allowed to read it
        assertEquals(auditReads + 2, data.count("select count(*) from audit_log where action = 'audit-log.read'"));
    }

    @Test
    void brokenTokensAreRefused() {
        for (String token : List.of(Tokens.expired(), Tokens.notYetValid(), Tokens.wrongIssuer(), Tokens.wrongAudience(),
                Tokens.signedByOtherKey(), Tokens.algNone(), Tokens.tampered(), "garbage")) {
            given().auth().oauth2(token).get("/sessions").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                    .contentType("application/problem+json");
        }
        given().get("/sessions").then().statusCode(401);
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/ballots/{id}/rounds/{number}/votes"))
                .body("paths", org.hamcrest.Matchers.hasKey("/ballots/{id}/rounds/{number}/board"))
                .body("paths", org.hamcrest.Matchers.hasKey("/executive-committee"))
                .body("paths", org.hamcrest.Matchers.hasKey("/audit/elections"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
