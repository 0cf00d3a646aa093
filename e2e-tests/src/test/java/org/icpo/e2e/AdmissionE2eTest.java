package org.icpo.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** An admission from application to vote to outcome delivered to membership, ending with the new member voting in the same session. */
@ExtendWith(SuiteLogsOnFailure.class)
class AdmissionE2eTest {

    static final int SESSION = Assembly.SESSION;

    @Test
    void aStateAppliesIsAdmittedAndVotesInTheSameSession() throws Exception {
        Suite.get();
        Assembly.session();
        List<String> present = Assembly.votingMembers(110, Set.of());
        Assembly.registerPresent(SESSION, present);

        String application = Suite.as("secretariat").body(Map.of("stateName", "Tuvalu", "isoCode", "TV", "region", "ASIA_SOUTH_PACIFIC",
                        "policeBody", "Tuvalu Police Force", "statehoodStatement", "Member of the United Nations since 2000",
                        "acceptsConstitution", true, "submittedOn", LocalDate.now().withDayOfYear(15).toString()))
                .post("/applications").then().statusCode(201).extract().path("id");
        Suite.as("secretariat").body(Map.of("session", SESSION)).post("/applications/" + application + "/schedule").then().statusCode(200);

        String ballot = Suite.as("assembly").body(Map.of("session", SESSION, "kind", "ADMISSION", "applicationId", application))
                .post("/ballots").then().statusCode(201).extract().path("id");
        int round = Assembly.openRound(ballot);
        Assembly.votes(ballot, round, present, new String[]{"YES", "NO", "ABSTAIN"}, new int[]{90, 10, 10});
        JsonPath closed = Assembly.close(ballot, round);
        assertThat(closed.getString("status")).isEqualTo("DECIDED");
        assertThat(closed.getString("outcome")).isEqualTo("ADMITTED");

        // the outbox delivers the outcome to membership-service, which creates the member with its vote
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status = 0;
        while (Instant.now().isBefore(deadline) && (status = Suite.as("secretariat").get("/members/TV").statusCode()) != 200) {
            Thread.sleep(250);
        }
        assertThat(status).as("Tuvalu is a member once the outcome is delivered").isEqualTo(200);
        Suite.as("secretariat").get("/applications/" + application).then().body("status", equalTo("ADMITTED"))
                .body("outcome.rounds[0].yes", equalTo(90));
        Suite.as("ncb", "TV").get("/members/TV/standing").then().body("votingRights.granted", equalTo(true));

        // its delegation registers at once and votes on a resolution of the same session
        Suite.as("ncb", "TV").body(Map.of("country", "TV")).post("/sessions/" + SESSION + "/attendance").then().statusCode(201);
        String resolution = Suite.as("assembly").body(Map.of("session", SESSION, "kind", "RESOLUTION",
                        "title", "Resolution on cooperation in the Pacific", "text", "The General Assembly welcomes Tuvalu."))
                .post("/ballots").then().statusCode(201).extract().path("id");
        int r = Assembly.openRound(resolution);
        Suite.as("assembly").get("/ballots/" + resolution + "/rounds/" + r + "/roll").then().statusCode(200)
                .body("findAll { it.country == 'TV' }.size()", equalTo(1));
        Assembly.vote(resolution, r, "TV", "YES");
        Assembly.votes(resolution, r, present, new String[]{"YES", "NO"}, new int[]{60, 20});
        Assembly.close(resolution, r);
        Suite.anonymous().get("/ballots/" + resolution + "/rounds/" + r + "/board").then().statusCode(200)
                .body("voters", hasItem("TV")).body("outcome", equalTo("PASSED"));
    }
}
