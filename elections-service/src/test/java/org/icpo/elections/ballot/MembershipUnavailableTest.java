package org.icpo.elections.ballot;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.elections.ElectionsTestBase;
import org.icpo.elections.MembershipStub;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.castVotes;
import static org.icpo.elections.Api.closeRound;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.figures;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.nominate;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** When membership-service cannot be reached: clear 503s where it is needed, votes on an open round keep working. */
@QuarkusTest
class MembershipUnavailableTest extends ElectionsTestBase {

    static final String UNAVAILABLE = "https://icpo.example/problems/upstream-unavailable";

    @Test
    void nominatingAndOpeningARoundFailWith503WhileVotingGoesOn() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> delegations = members(120);
        present(91, delegations);
        String election = createBallot(Map.of("session", 91, "kind", "OFFICE", "office", "DELEGATE", "region", "EUROPE"));
        nominate(election, "FR", "Marie Curie");
        String resolution = createBallot(Map.of("session", 91, "kind", "RESOLUTION", "title", "Resolution"));
        openRound(resolution);
        castVotes(resolution, 1, delegations, figures("YES", 30));

        MembershipStub.down(true);
        String before = data.fingerprint();
        assembly().body(Map.of("country", "DE", "personName", "Hans Muster")).post("/ballots/" + election + "/candidates").then()
                .statusCode(503).contentType("application/problem+json").body("type", equalTo(UNAVAILABLE))
                .body("detail", containsString("membership-service could not provide standings (HTTP 503)"));
        assembly().post("/ballots/" + election + "/rounds").then().statusCode(503).body("type", equalTo(UNAVAILABLE));
        assembly().body(Map.of("session", 91, "kind", "ADMISSION", "applicationId", UUID.randomUUID().toString()))
                .post("/ballots").then().statusCode(503).body("type", equalTo(UNAVAILABLE));
        assertEquals(before, data.fingerprint(), "nothing written");

        // the open round's roll is frozen: votes go on, and the round closes
        castVotes(resolution, 1, delegations.subList(30, 120), figures("YES", 40, "NO", 30, "ABSTAIN", 20));
        closeRound(resolution, 1).then().statusCode(200).body("outcome", equalTo("ADOPTED")).body("rounds[0].voters", equalTo(120));

        MembershipStub.down(false);
        assembly().body(Map.of("country", "DE", "personName", "Hans Muster")).post("/ballots/" + election + "/candidates").then().statusCode(201);
    }
}
