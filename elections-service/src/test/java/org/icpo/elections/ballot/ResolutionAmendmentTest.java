package org.icpo.elections.ballot;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.elections.ElectionsTestBase;
import org.icpo.elections.MembershipStub;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.castVotes;
import static org.icpo.elections.Api.closeRound;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.figures;
import static org.icpo.elections.Api.ncb;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;

/** Resolutions (simple majority of votes cast) and constitutional amendments (two-thirds of all members). */
@QuarkusTest
class ResolutionAmendmentTest extends ElectionsTestBase {

    static Map<String, Object> amendment(String circulatedOn) {
        return Map.of("session", 91, "kind", "CONSTITUTIONAL_AMENDMENT", "title", "Amendment of article 4", "text", "New text",
                "circulatedOn", circulatedOn);
    }

    @Test
    void amendmentNeedsTwoThirdsOfAllMembersNotOfVotesCast() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> all = MembershipStub.seededCodes();
        present(91, all.subList(0, 150));
        String first = createBallot(amendment("2023-08-01"));
        openRound(first);
        castVotes(first, 1, all, figures("YES", 130, "NO", 10, "ABSTAIN", 5));
        closeRound(first, 1).then().statusCode(200).body("outcome", equalTo("NOT_ADOPTED"))
                .body("rounds[0].majorityRule", equalTo("TWO_THIRDS_OF_ALL_MEMBERS")).body("rounds[0].membersTotal", equalTo(196))
                .body("rounds[0].threshold", equalTo(131));
        assembly().post("/ballots/" + first + "/rounds").then().statusCode(409).body("detail", containsString("decided"));
        String second = createBallot(amendment("2023-08-28"));
        openRound(second);
        castVotes(second, 1, all, figures("YES", 131, "NO", 15));
        closeRound(second, 1).then().statusCode(200).body("outcome", equalTo("ADOPTED")).body("rounds[0].threshold", equalTo(131));
    }

    @Test
    void amendmentMustBeCirculatedThreeMonthsBefore() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        assembly().body(amendment("2023-08-29")).post("/ballots").then().statusCode(422)
                .body("detail", equalTo("A proposed amendment must be circulated at least 3 months before the session votes on it; circulated on "
                        + "2023-08-29, it can be voted on from 2023-11-29, after the session starts (2023-11-28)"));
        assembly().body(Map.of("session", 91, "kind", "CONSTITUTIONAL_AMENDMENT", "title", "A")).post("/ballots").then().statusCode(400)
                .body("violations[0].field", equalTo("circulatedOn"));
    }

    @Test
    void resolutionBySimpleMajorityInOneRound() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> all = MembershipStub.seededCodes();
        present(91, all.subList(0, 120));
        String ballot = createBallot(Map.of("session", 91, "kind", "RESOLUTION", "title", "Resolution on cybercrime"));
        openRound(ballot);
        ncb("AD").get("/ballots/" + ballot + "/rounds/1").then().body("choices", contains("YES", "NO", "ABSTAIN"))
                .body("majorityRule", equalTo("SIMPLE_MAJORITY_OF_VOTES_CAST"));
        castVotes(ballot, 1, all, figures("YES", 50, "NO", 50, "ABSTAIN", 20));
        closeRound(ballot, 1).then().body("outcome", equalTo("NOT_ADOPTED")).body("rounds[0].threshold", equalTo(51));
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(409);
        ncb("AD").queryParam("session", 91).queryParam("kind", "resolution").get("/ballots").then().statusCode(200)
                .body("items[0].rounds[0].counts.YES", equalTo(50)).body("total", equalTo(1));
    }
}
