package org.icpo.e2e;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each service killed (SIGKILL) and restarted in the middle of a scenario: the gateway answers 503
 * in bounded time meanwhile and recovers, the other services keep working, no data is lost, and the
 * admission outcome decided while membership-service was down is delivered exactly once in effect.
 */
@ExtendWith(SuiteLogsOnFailure.class)
class ResilienceE2eTest {

    static final int SESSION = Assembly.SESSION;

    private static long millis(Runnable r) {
        Instant t0 = Instant.now();
        r.run();
        return Duration.between(t0, Instant.now()).toMillis();
    }

    private static void eventually(String what, Supplier<Boolean> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        while (Instant.now().isBefore(deadline)) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("not within 45 s: " + what);
    }

    private static void answers503Quickly(String role, String path) {
        long took = millis(() -> {
            Response r = Suite.as(role).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(503);
            assertThat(r.contentType()).contains("application/problem+json");
        });
        assertThat(took).as("503 for " + path + " in bounded time").isLessThan(3000);
    }

    @Test
    void servicesKilledAndRestartedLoseNothingAndTheOutboxDelivers() throws Exception {
        var suite = Suite.get();
        Assembly.session();
        List<String> present = Assembly.votingMembers(100, Set.of());
        // the ballot's voters use their own identities; this scenario's reads use the CCF and assembly roles
        Assembly.registerPresent(SESSION, present);
        String application = Suite.as("secretariat").body(Map.of("stateName", "Niue", "isoCode", "NU", "region", "ASIA_SOUTH_PACIFIC",
                        "policeBody", "Niue Police", "statehoodStatement", "Self-governing state in free association",
                        "acceptsConstitution", true, "submittedOn", LocalDate.now().withDayOfYear(10).toString()))
                .post("/applications").then().statusCode(201).extract().path("id");
        Suite.as("secretariat").body(Map.of("session", SESSION)).post("/applications/" + application + "/schedule").then().statusCode(200);
        String ballot = Suite.as("assembly").body(Map.of("session", SESSION, "kind", "ADMISSION", "applicationId", application))
                .post("/ballots").then().statusCode(201).extract().path("id");
        int round = Assembly.openRound(ballot);
        Assembly.votes(ballot, round, present, new String[]{"YES", "NO", "ABSTAIN"}, new int[]{80, 5, 5});

        // membership-service dies: its paths answer 503 quickly, elections keeps working and decides anyway
        suite.kill("membership");
        answers503Quickly("ccf", "/members/FR");
        Suite.as("ccf").get("/ballots/" + ballot).then().statusCode(200);
        Assembly.close(ballot, round);
        Suite.as("ccf").get("/ballots/" + ballot).then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("outcomeDelivery.status", equalTo("PENDING"));

        suite.restart("membership", Duration.ofSeconds(120));
        eventually("the gateway routes to membership again", () -> Suite.as("ccf").get("/members/FR").statusCode() == 200);
        eventually("the outbox delivered the admission", () -> Suite.as("ccf").get("/members/NU").statusCode() == 200);
        Suite.as("ccf").get("/applications/" + application).then().body("status", equalTo("ADMITTED"));
        Suite.as("ccf").get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("DELIVERED"));
        Suite.as("ccf").get("/audit/membership?targetType=application&targetId=" + application).then().statusCode(200)
                .body("items.findAll { it.action == 'application.decided' }.size()", equalTo(1));

        // elections-service dies: 503 meanwhile, membership unaffected, everything still there afterwards (the session is
        // shared with the other scenarios: its attendance is what it was before)
        int presentBefore = Suite.as("ccf").get("/sessions/" + SESSION + "/attendance").then().statusCode(200).extract().path("present");
        assertThat(presentBefore).isGreaterThanOrEqualTo(present.size());
        suite.kill("elections");
        answers503Quickly("ccf", "/sessions/" + SESSION);
        Suite.as("ccf").get("/members/NU").then().statusCode(200);
        suite.restart("elections", Duration.ofSeconds(120));
        eventually("the gateway routes to elections again", () -> Suite.as("ccf").get("/sessions/" + SESSION).statusCode() == 200);
        Suite.as("ccf").get("/sessions/" + SESSION + "/attendance").then().body("present", equalTo(presentBefore));
        Suite.as("ccf").get("/ballots/" + ballot).then().body("status", equalTo("DECIDED")).body("outcome", equalTo("ADMITTED"));

        // notices-service dies with a request in its queue: nothing lost
        String notice = Suite.as("ncb", "BE").body(Map.of("type", "BLUE", "caseSummary", "Identify a witness of a fraud",
                        "subject", Map.of("familyName", "JANSSENS", "forename", "Pieter", "sex", "M", "dateOfBirth", "1980",
                                "nationalities", List.of("BE"))))
                .post("/notice-requests").then().statusCode(201).extract().path("id");
        suite.kill("notices");
        answers503Quickly("ccf", "/notice-requests/" + notice);
        Suite.as("ccf").get("/sessions/" + SESSION).then().statusCode(200);
        suite.restart("notices", Duration.ofSeconds(120));
        eventually("the gateway routes to notices again", () -> Suite.as("ccf").get("/notice-requests/" + notice).statusCode() == 200);
        Suite.as("ccf").get("/notice-requests/" + notice).then().body("status", equalTo("PROCESSING"));
    }
}
