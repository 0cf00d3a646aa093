package org.icpo.membership.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.icpo.membership.TestData;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** The conventions of DESIGN.md: health, metrics, OpenAPI, request ids, the append-only audit log. */
@QuarkusTest
class PlatformTest {

    @Inject
    TestData data;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void everyRuleWordedForAConstraintNamesOneOfTheDatabase() throws Exception {
        org.icpo.testing.ConstraintRules.assertWordedAndKnown(dataSource, "measure_one_active_per_kind", "admission_application_one_open");
    }

    @Inject
    org.icpo.kit.security.VerifiedTokens verifiedTokens;

    @Test
    void aVerifiedTokenIsRememberedUntilItExpiresAndAFailedOneNever() throws InterruptedException {
        String token = Tokens.secretariat("cache-" + java.util.UUID.randomUUID());
        long before = verifiedTokens.verifications();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/members/FR").then().statusCode(200);
        }
        assertThat(verifiedTokens.verifications()).as("verified once, then remembered").isEqualTo(before + 1);

        String tampered = Tokens.tampered();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(tampered).get("/members/FR").then().statusCode(401);
        }
        assertThat(verifiedTokens.verifications()).as("a token that fails is verified every time").isEqualTo(before + 3);

        java.time.Instant exp = java.time.Instant.now().plusSeconds(2);
        String shortLived = Tokens.secretariatExpiringAt("cache-short-" + java.util.UUID.randomUUID(), exp);
        given().auth().oauth2(shortLived).get("/members/FR").then().statusCode(200);
        given().auth().oauth2(shortLived).get("/members/FR").then().statusCode(200);
        assertThat(verifiedTokens.verifications()).isEqualTo(before + 4);
        Thread.sleep(Math.max(0, java.time.Duration.between(java.time.Instant.now(), exp).toMillis()) + 200);
        // past its expiry the token is not answered from memory: it is verified again (and refused once the
        // verifier's clock skew has passed too)
        given().auth().oauth2(shortLived).get("/members/FR");
        assertThat(verifiedTokens.verifications()).as("not remembered past its expiry").isEqualTo(before + 5);
    }

    @Test
    void healthReadinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().auth().oauth2(Tokens.ncb("FR")).get("/members/FR").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/members/{code}\""))
                // the connection pool, for operators sizing it (k8s/README.md "Scale")
                .body(containsString("agroal_active_count{datasource=\"default\"")).body(containsString("agroal_awaiting_count"));
    }

    @Test
    void openApiDocumentsEveryResourceWithProblemsAndBearerAuth() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("ICPO membership-service"))
                .body("paths", org.hamcrest.Matchers.hasKey("/members/{code}/standing"))
                .body("paths", org.hamcrest.Matchers.hasKey("/applications/{id}/outcome"))
                .body("paths", org.hamcrest.Matchers.hasKey("/members/{code}/measures/{id}/lift"))
                .body("paths", org.hamcrest.Matchers.hasKey("/standings"))
                .body("components.schemas.Standing.properties.votingRights", notNullValue())
                .body("components.schemas.NewMeasure.properties.reason.examples", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                // errors are problems (service-kit's OpenApiConventions); a page is named after its items
                .body("paths.'/members/{code}'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties.violations.items.'$ref'", equalTo("#/components/schemas/Violation"))
                .body("paths.'/members'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/MemberPage"))
                .body("components.schemas.MemberPage.properties.items.items.'$ref'", equalTo("#/components/schemas/Member"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void requestIdIsEchoedLoggedInProblemsAndAudited() {
        given().auth().oauth2(Tokens.secretariat()).header("X-Request-Id", "trace-me-42").get("/members/ZZ")
                .then().statusCode(404).header("X-Request-Id", "trace-me-42").body("requestId", equalTo("trace-me-42"));
        given().auth().oauth2(Tokens.secretariat()).get("/members/FR")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().auth().oauth2(Tokens.secretariat()).header("X-Request-Id", "bad id with spaces").get("/members/FR")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().auth().oauth2(Tokens.secretariat()).header("X-Request-Id", "impose-ru-1").contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"r\",\"legalBasis\":\"b\",\"decidedBy\":\"SG\",\"decidedOn\":\"2022-03-10\"}")
                .post("/members/RU/measures").then().statusCode(201);
        given().auth().oauth2(Tokens.ccf()).get("/audit/membership?targetType=member&targetId=RU&size=1").then().statusCode(200)
                .body("items[0].action", equalTo("measure.imposed"))
                .body("items[0].requestId", equalTo("impose-ru-1"))
                .body("items[0].actor", equalTo("gs-officer"))
                .body("items[0].actorRoles", equalTo("secretariat"))
                .body("items[0].details.kind", equalTo("HEIGHTENED_SUPERVISION"));
    }

    @Test
    void readingTheAuditLogIsAuditedInTurn() {
        int read = given().auth().oauth2(Tokens.ccf()).header("X-Request-Id", "read-audit-1")
                .get("/audit/membership?targetType=member&targetId=FR&size=3").then().statusCode(200).extract().path("items.size()");
        given().auth().oauth2(Tokens.secretariat()).get("/audit/membership?targetType=audit-log&size=1").then().statusCode(200)
                .body("items[0].action", equalTo("audit-log.read"))
                .body("items[0].requestId", equalTo("read-audit-1"))
                .body("items[0].actorRoles", equalTo("ccf"))
                .body("items[0].details.targetType", equalTo("member"))
                .body("items[0].details.targetId", equalTo("FR"))
                .body("items[0].details.page", equalTo(1))
                .body("items[0].details.size", equalTo(3))
                .body("items[0].details.entries", equalTo(read));
    }

    @Inject
    org.flywaydb.core.Flyway flyway;

    @Test
    void aReplicaOfThePreviousReleaseStartsOnTheNextReleasesSchema() throws SQLException {
        // in a rolling update the new release migrates first; a replica of the previous one that starts after that (a
        // restart, a scale-up) finds a migration it does not know, the next release's: not a reason to refuse to start
        // (Flyway's default: "Detected applied migration not resolved locally")
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                    + " execution_time, success) select max(installed_rank) + 1, '999.1', 'next release', 'SQL', 'V999.1__next_release.sql', 0,"
                    + " current_user, 1, true from flyway_schema_history");
            try {
                flyway.validate();
                assertThat(flyway.migrate().migrationsExecuted).isZero();
                assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("999.1");
            } finally {
                s.executeUpdate("delete from flyway_schema_history where version = '999.1'");
            }
        }
    }

    @Test
    void theAuditLogIsAppendOnlyInTheDatabase() throws SQLException {
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"financialYear\":2026,\"amountDue\":5}")
                .post("/members/LU/contributions").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_log set actor = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(data.auditCount("contribution.assessed", "LU")).isEqualTo(1);
    }

    @Test
    void aQueryParameterTheOperationDoesNotTakeIsA400NamingIt() {
        // a misspelt filter would otherwise be ignored, and every member read as the ones asked for
        given().auth().oauth2(Tokens.secretariat()).get("/members?regoin=EUROPE").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("regoin"))
                .body("detail", equalTo("regoin: is not a parameter of this operation, which takes measure, page, region, size, standing, status"));
        given().auth().oauth2(Tokens.secretariat()).get("/members/FR?verbose=true").then().statusCode(400)
                .body("detail", equalTo("verbose: is not a parameter of this operation, which takes none"));
        // the operation's own parameters, paging included, and a parameter given twice are still taken
        given().auth().oauth2(Tokens.secretariat()).get("/members?region=EUROPE&page=2&size=5&status=ACTIVE").then().statusCode(200);
        given().auth().oauth2(Tokens.secretariat()).get("/members/FR").then().statusCode(200);
    }

    @Test
    void problemsRenderWhateverTheClientAccepts() {
        given().auth().oauth2(Tokens.secretariat()).accept("application/json").get("/members/ZZ")
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Not found"));
    }
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void everyDatabaseConnectionInUseIsA503ProblemWithRetryAfterAndNothingWritten() throws SQLException {
        String body = "{\"financialYear\":2027,\"amountDue\":7}";
        long audited = data.auditCount("contribution.assessed", "MC");
        java.util.List<Connection> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                held.add(dataSource.getConnection());
            }
            long start = System.nanoTime();
            given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body).post("/members/MC/contributions")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                    .body("type", equalTo("https://icpo.example/problems/busy"))
                    .body("detail", containsString("all of its connections are in use"))
                    .body("requestId", notNullValue());
            // the pool's acquisition timeout (5 s by default), not a hang
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(15));
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertThat(data.auditCount("contribution.assessed", "MC")).as("nothing written").isEqualTo(audited);
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(body).post("/members/MC/contributions")
                .then().statusCode(201);
        assertThat(data.auditCount("contribution.assessed", "MC")).isEqualTo(audited + 1);
    }

    @Test
    void aLostDatabaseConnectionIsA503ProblemAndThePoolDropsItsOtherEndedConnectionsAtOnce() throws Exception {
        given().auth().oauth2(Tokens.secretariat()).get("/members/FR").then().statusCode(200);
        leaveIdleConnections(3);
        try (Connection own = ownConnection()) {
            endPooledConnections(own);
            long idleBefore = dataSource.getMetrics().availableCount();
            long flushedBefore = dataSource.getMetrics().flushCount();
            assertThat(idleBefore).as("ended connections still idle in the pool").isGreaterThanOrEqualTo(3);
            // a change that meets an ended connection: the client is told it may have to read it back or repeat it
            long audited = auditCount(own, "MT");
            given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"financialYear\":2027,\"amountDue\":3}")
                    .post("/members/MT/contributions").then().statusCode(503).header("Retry-After", "5")
                    .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"))
                    .body("detail", containsString("may have been recorded: read it back, or send it again with the same Idempotency-Key"));
            assertThat(auditCount(own, "MT")).as("the statement never reached the database").isEqualTo(audited);
            // the pool validates its idle connections in the background and drops the ended ones: nothing else would
            // (its background validation runs every 2 minutes), so no further request has to meet one
            awaitNoIdleConnection();
            assertThat(dataSource.getMetrics().flushCount() - flushedBefore).as("ended connections dropped, not taken by a request")
                    .isGreaterThanOrEqualTo(idleBefore - 1);
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(Tokens.secretariat()).get("/members/FR").then().statusCode(200);
            }
            given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body("{\"financialYear\":2027,\"amountDue\":3}")
                    .post("/members/MT/contributions").then().statusCode(201);
            assertThat(auditCount(own, "MT")).isEqualTo(audited + 1);
        } finally {
            closePooledConnections();
        }
    }

    @Test
    void afterASwitchoverTheReadinessCheckFailsOnceNotOnceForEachEndedConnection() throws Exception {
        leaveIdleConnections(3);
        try (Connection own = ownConnection()) {
            endPooledConnections(own);
        }
        try {
            assertThat(dataSource.getMetrics().availableCount()).as("ended connections idle in the pool").isGreaterThanOrEqualTo(3);
            // the check validates one idle connection: ended, so the pod is not ready this once
            given().get("/q/health/ready").then().statusCode(503);
            // the pool drops the other ended ones at once; three failures in a row would take the pod out of service
            awaitNoIdleConnection();
            given().get("/q/health/ready").then().statusCode(200);
            given().auth().oauth2(Tokens.secretariat()).get("/members/FR").then().statusCode(200);
        } finally {
            closePooledConnections();
        }
    }

    /**
     * Closes the pool's connections, so that the next tests get connections of their own whatever a failover test left
     * in the pool. Gracefully: the pool flushes in the background, and a flush of ALL also closed a connection the next
     * test had just taken (its data reset then failed on a closed connection); a graceful one closes a connection in use
     * only once it is returned.
     */
    private void closePooledConnections() {
        dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }

    /** Leaves {@code n} connections idle in the service's pool, as after requests answered at once. */
    private void leaveIdleConnections(int n) throws SQLException {
        java.util.List<Connection> opened = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            opened.add(dataSource.getConnection());
        }
        for (Connection c : opened) {
            c.close();
        }
    }

    /** A connection of the test's own, outside the service's pool. */
    private static Connection ownConnection() throws SQLException {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class));
    }

    /** Ends every connection of the service's pool, as a switchover of the primary does. */
    private static void endPooledConnections(Connection own) throws SQLException {
        try (Statement s = own.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()");
        }
    }

    /** Waits up to 5 s for the pool to drop its idle ended connections (nothing else would before 2 minutes). */
    private void awaitNoIdleConnection() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        while (dataSource.getMetrics().availableCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(dataSource.getMetrics().availableCount()).as("idle ended connections dropped").isZero();
    }

    /**
     * {@link TestData#auditCount} on the test's own connection: while the service's pool still holds the ended connections,
     * reading through it would meet one of them.
     */
    private static long auditCount(Connection c, String member) throws SQLException {
        try (var ps = c.prepareStatement("select count(*) from audit_log where action = 'contribution.assessed' and target_id = ?")) {
            ps.setString(1, member);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
