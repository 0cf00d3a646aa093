package org.icpo.e2e;

import io.restassured.response.Response;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** The real gateway in front of the real services: routing, authentication, roles, limits, request ids, one OpenAPI. */
@ExtendWith(SuiteLogsOnFailure.class)
class GatewayE2eTest {

    @BeforeAll
    static void suite() {
        Suite.get();
    }

    @Test
    void routesEveryServiceUnderOneHost() {
        Suite.as("secretariat").get("/members/FR").then().statusCode(200).body("name", equalTo("France"));
        Suite.as("assembly").get("/sessions").then().statusCode(200).body("items", notNullValue());
        Suite.as("secretariat").get("/review-queue").then().statusCode(200);
        Suite.as("secretariat").get("/nowhere").then().statusCode(404).contentType(containsString("application/problem+json"));
    }

    @Test
    void refusesMissingAndBrokenTokensBeforeAnyService() {
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("expired", Tokens.expired());
        broken.put("not yet valid", Tokens.notYetValid());
        broken.put("wrong issuer", Tokens.wrongIssuer());
        broken.put("wrong audience", Tokens.wrongAudience());
        broken.put("signed by another key", Tokens.signedByOtherKey());
        broken.put("alg none", Tokens.algNone());
        broken.put("tampered", Tokens.tampered());
        Suite.anonymous().get("/members/FR").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .contentType(containsString("application/problem+json"));
        for (var b : broken.entrySet()) {
            Response r = Suite.anonymous().header("Authorization", "Bearer " + b.getValue()).get("/members/FR");
            assertThat(r.statusCode()).as(b.getKey()).isEqualTo(401);
            assertThat(r.contentType()).as(b.getKey()).contains("application/problem+json");
        }
    }

    @Test
    void eachServiceStillChecksRoles() {
        String measure = "{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2024-01-01\"}";
        Suite.as("ncb", "FR").body(measure).post("/members/DE/measures").then().statusCode(403);
        Suite.as("ccf").body("{\"number\":120,\"year\":2030,\"city\":\"Lyon\",\"hostCountry\":\"FR\",\"startsOn\":\"2030-11-01\",\"endsOn\":\"2030-11-04\"}")
                .post("/sessions").then().statusCode(403);
        Suite.as("assembly").get("/review-queue").then().statusCode(403);
        Suite.as("ncb", "FR").get("/audit/membership").then().statusCode(403);
        Suite.as("secretariat").get("/audit/elections").then().statusCode(200);
        Suite.as("ccf").get("/audit/notices").then().statusCode(200);
    }

    @Test
    void publicPathsNeedNoToken() {
        Suite.anonymous().get("/ballots/00000000-0000-0000-0000-000000000000/rounds/1/board").then()
                .statusCode(404).contentType(containsString("application/problem+json"));
        Suite.anonymous().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void requestTargetsAndHeadersUpToTheGatewaysLimitsAreTakenByTheServicesAndLargerOnesAreProblems() {
        // the gateway forwards up to 4,000 bytes of request target and 16 KB of headers: within what the services' own
        // HTTP servers take (4,096 bytes a request line, 20 KB of headers), which would refuse more with an empty answer
        String start = "/notices/v1/red?forename=";
        // reaches notices-service, whose filters take 200 characters: its own validation problem, not an empty answer
        Suite.anonymous().get(start + "a".repeat(4000 - start.length())).then().statusCode(400)
                .body("type", equalTo("https://icpo.example/problems/validation"))
                .body("violations[0].field", equalTo("forename"));
        Suite.anonymous().get(start + "a".repeat(4001 - start.length())).then().statusCode(414)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://icpo.example/problems/uri-too-long"));
        Suite.as("secretariat").header("X-Note", "n".repeat(15_000)).get("/members/FR").then().statusCode(200)
                .body("name", equalTo("France"));
        Suite.as("secretariat").header("X-Note", "n".repeat(17_000)).get("/members/FR").then().statusCode(431)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://icpo.example/problems/headers-too-large"));
    }

    @Test
    void requestIdsReachTheServicesAndTheirAuditLog() {
        String gs = Suite.token("secretariat", null);
        Suite.anonymous().header("Authorization", "Bearer " + gs).header("X-Request-Id", "e2e-contribution-1")
                .body("{\"financialYear\":" + (java.time.LocalDate.now().getYear() + 1) + ",\"amountDue\":10}").post("/members/LU/contributions")
                .then().statusCode(201).header("X-Request-Id", "e2e-contribution-1");
        Suite.as("secretariat").get("/audit/membership?targetType=member&targetId=LU&size=5").then().statusCode(200)
                .body("items[0].action", equalTo("contribution.assessed"))
                .body("items[0].requestId", equalTo("e2e-contribution-1"));
        Suite.as("secretariat").get("/members/LU").then().statusCode(200).header("X-Request-Id", notNullValue())
                .header("traceparent", notNullValue());
    }

    @Test
    void oneOpenApiDocumentHasEveryServicesPaths() {
        Suite.anonymous().get("/openapi").then().statusCode(200)
                .body("paths", hasKey("/members/{code}/standing"))
                .body("paths", hasKey("/ballots/{id}/rounds/{number}/votes"))
                .body("paths", hasKey("/notice-requests"));
        Suite.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyOperationThatAnswers401SaysItNeedsTheBearerTokenAndNoOtherDoes() {
        Map<String, Map<String, Object>> paths = Suite.anonymous().get("/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> undocumented = new ArrayList<>();
        List<String> open = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            // a path item holds its operations and, beside them, the parameters they share (a list)
            if (!(value instanceof Map<?, ?> op) || !op.containsKey("responses")) {
                return;
            }
            boolean answers401 = ((Map<?, ?>) op.get("responses")).containsKey("401");
            // [{bearer=[]}], or with the roles allowed as its scopes ([{bearer=[secretariat]}])
            boolean bearer = op.get("security") instanceof List<?> requirements && !requirements.isEmpty()
                    && requirements.stream().allMatch(r -> r instanceof Map<?, ?> schemes && schemes.containsKey("bearer"));
            if (answers401 != bearer) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
            if (!bearer) {
                open.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(undocumented).isEmpty();
        // what a client may call without a token: the public notices API, its statistics and the ballots' public boards
        assertThat(open).isNotEmpty().allMatch(o -> o.startsWith("GET /notices/v1")
                || o.startsWith("GET /statistics/notices") || o.equals("GET /ballots/{id}/rounds/{number}/board"));
    }

    @Test
    void rateLimitsPerIdentityAnswer429WithRetryAfter() throws Exception {
        String token = Suite.token("ncb", "IS");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Response>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                calls.add(pool.submit(() -> Suite.anonymous().header("Authorization", "Bearer " + token).get("/members/IS")));
            }
            int ok = 0;
            Response limited = null;
            for (Future<Response> f : calls) {
                Response r = f.get();
                if (r.statusCode() == 200) {
                    ok++;
                } else if (r.statusCode() == 429) {
                    limited = r;
                }
            }
            assertThat(limited).as("some of 300 quick calls of one identity are limited").isNotNull();
            assertThat(limited.header("Retry-After")).isNotBlank();
            assertThat(limited.contentType()).contains("application/problem+json");
            assertThat(ok).isGreaterThanOrEqualTo(60);
        } finally {
            pool.shutdown();
        }
        // another identity is not affected
        Suite.as("ncb", "NO").get("/members/NO").then().statusCode(200);
    }
    @Test
    void eachServiceKeepsAtMostTheMachinesCoresPlusOneConnectionsToTheLocalDatabase() throws Exception {
        int pool = org.icpo.local.SuiteLauncher.localPoolSize();
        ExecutorService threads = Executors.newFixedThreadPool(24);
        List<Future<Response>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 96; i++) {
                String token = Suite.token("pool-" + i, "secretariat", null);
                calls.add(threads.submit(() -> Suite.anonymous().header("Authorization", "Bearer " + token).get("/members/FR/history")));
            }
            for (Future<Response> f : calls) {
                assertThat(f.get().statusCode()).as("answered, waiting for a connection in the pool if need be").isEqualTo(200);
            }
        } finally {
            threads.shutdown();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(Suite.get().jdbcUrl("membership"), "membership",
                org.icpo.local.SuiteLauncher.databasePassword("membership"));
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from pg_stat_activity where datname = current_database() and usename = current_user and pid <> pg_backend_pid()")) {
            rs.next();
            assertThat(rs.getInt(1)).as("membership-service's connections after 96 requests, 24 at once").isBetween(1, pool);
        }
    }
}
