package org.icpo.elections.ballot;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.elections.ElectionsTestBase;
import org.icpo.elections.Http;
import org.icpo.elections.MembershipStub;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.closeRound;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.ncb;
import static org.icpo.elections.Api.ncbToken;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.icpo.elections.Api.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Who may vote, once, while the round is open; quorum; the frozen roll; concurrency. */
@QuarkusTest
class VotingTest extends ElectionsTestBase {

    String resolution(int session) {
        return createBallot(Map.of("session", session, "kind", "RESOLUTION", "title", "Resolution " + session));
    }

    @Test
    void anNcbVotesForItsOwnCountryOncePerRound() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(100));
        String ballot = resolution(91);
        openRound(ballot);
        vote(ballot, 1, "AD", "yes").then().statusCode(201)
                .body("receipt", matchesPattern("[0-9a-f]{32}")).body("choice", equalTo("YES")).body("round", equalTo(1))
                .body("ballotId", equalTo(ballot));
        vote(ballot, 1, "AD", "NO").then().statusCode(409).body("type", equalTo("https://icpo.example/problems/conflict"))
                .body("detail", equalTo("AD has already voted in round 1 of this ballot; a vote cannot be repeated or changed"));
        assertEquals(1, data.count("select count(*) from sealed_ballot"));
        assertEquals(1, data.count("select count(*) from round_participation"));
        assembly().get("/ballots/" + ballot + "/rounds/1").then().body("votesSoFar", equalTo(1));
    }

    @Test
    void theBoxHoldsSealedBallotsOfOneLengthShowingNeitherReceiptNorChoice() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> delegations = members(100);
        present(91, delegations);
        String ballot = resolution(91);
        openRound(ballot);
        List<String> choices = List.of("YES", "NO", "ABSTAIN");
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            receipts.add(vote(ballot, 1, delegations.get(i), choices.get(i)).then().statusCode(201).extract().path("receipt"));
        }
        List<byte[]> sealed = data.column("select sealed from sealed_ballot");
        assertEquals(3, sealed.size());
        for (byte[] row : sealed) {
            assertEquals(BallotBox.SEALED_LENGTH, row.length, "every sealed ballot has one length, whatever its choice");
            String bytes = new String(row, StandardCharsets.ISO_8859_1);
            for (String receipt : receipts) {
                assertFalse(bytes.contains(receipt), "the receipt in clear");
                assertFalse(bytes.contains(new String(HexFormat.of().parseHex(receipt), StandardCharsets.ISO_8859_1)), "the receipt's bytes");
            }
            for (String choice : choices) {
                assertFalse(bytes.contains(" ".repeat(BallotBox.CHOICE_WIDTH - choice.length()) + choice), "the choice in clear");
            }
        }
        closeRound(ballot, 1).then().statusCode(200);
        io.restassured.RestAssured.given().get("/ballots/" + ballot + "/rounds/1/board").then().statusCode(200)
                .body("counts.YES", equalTo(1)).body("counts.NO", equalTo(1)).body("counts.ABSTAIN", equalTo(1))
                .body("entries.receipt", containsInAnyOrder(receipts.toArray())).body("chain.verified", equalTo(true));
        assertEquals(0, data.count("select count(*) from sealed_ballot"));
    }

    @Test
    void votesInClearFromARoundOpenedBeforeTheBoxWasSealedAreCountedWithTheSealedOnes() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> delegations = members(100);
        present(91, delegations);
        String ballot = resolution(91);
        openRound(ballot);
        vote(ballot, 1, delegations.get(0), "YES").then().statusCode(201);
        vote(ballot, 1, delegations.get(1), "YES").then().statusCode(201);
        // a vote cast before V1.4, when ballot_box held receipts and choices in clear
        String roundId = data.<Object>column("select cast(id as varchar) from ballot_round where ballot_id = cast(?1 as uuid)", ballot).get(0).toString();
        String legacy = "0123456789abcdef0123456789abcdef";
        data.execute("insert into round_participation (round_id, country) values (cast(?1 as uuid), ?2)", roundId, delegations.get(2));
        data.execute("insert into ballot_box (receipt, round_id, choice) values (?1, cast(?2 as uuid), 'NO')", legacy, roundId);
        closeRound(ballot, 1).then().statusCode(200);
        io.restassured.RestAssured.given().get("/ballots/" + ballot + "/rounds/1/board").then().statusCode(200)
                .body("voters", hasSize(3)).body("counts.YES", equalTo(2)).body("counts.NO", equalTo(1))
                .body("entries.receipt", hasItem(legacy)).body("chain.verified", equalTo(true));
        assertEquals(0, data.count("select count(*) from sealed_ballot") + data.count("select count(*) from ballot_box"));
    }

    @Test
    void fiftyConcurrentAttemptsOfOneMemberAcceptExactlyOne() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(100));
        String ballot = resolution(91);
        openRound(ballot);
        List<HttpRequest> attempts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            attempts.add(Http.post("/ballots/" + ballot + "/rounds/1/votes", ncbToken("AE"), Map.of("choice", i % 2 == 0 ? "YES" : "NO")));
        }
        List<HttpResponse<String>> answers = Http.burst(attempts);
        long accepted = answers.stream().filter(r -> r.statusCode() == 201).count();
        long conflicts = answers.stream().filter(r -> r.statusCode() == 409).count();
        assertEquals(1, accepted, () -> answers.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString());
        assertEquals(49, conflicts);
        assertEquals(1, data.count("select count(*) from sealed_ballot"));
        assertEquals(1, data.count("select count(*) from round_participation where country = 'AE'"));
    }

    @Test
    void allMembersVotingAtTheSameMomentAreAccepted() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> all = MembershipStub.seededCodes();
        present(91, all);
        String ballot = resolution(91);
        openRound(ballot);
        List<HttpRequest> votes = new ArrayList<>();
        for (String c : all) {
            votes.add(Http.post("/ballots/" + ballot + "/rounds/1/votes", ncbToken(c), Map.of("choice", c.compareTo("M") < 0 ? "YES" : "NO")));
        }
        // warm the path once, then measure the burst of the other 195
        assertEquals(201, Http.send(votes.subList(0, 1), 1).get(0).statusCode());
        long start = System.nanoTime();
        List<HttpResponse<String>> answers = Http.burst(votes.subList(1, votes.size()));
        long burstMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Collections.nCopies(195, 201), answers.stream().map(HttpResponse::statusCode).toList());
        long t0 = System.nanoTime();
        closeRound(ballot, 1).then().statusCode(200).body("rounds[0].voters", equalTo(196));
        long closeMs = (System.nanoTime() - t0) / 1_000_000;
        long serverSpanMs = data.count("select cast(extract(epoch from max(occurred_at) - min(occurred_at)) * 1000 as bigint) from audit_log "
                + "where action = 'vote.cast' and target_id = ?1 and (details ->> 'country') <> ?2", ballot, all.get(0));
        System.out.printf("MEASURE 195 concurrent votes accepted in %d ms (client burst; first to last vote recorded on the server: %d ms); "
                + "closing request with tally of 196 votes took %d ms (round trip)%n", burstMs, serverSpanMs, closeMs);
        assertEquals(196, data.count("select count(*) from board_entry"));
        assertEquals(0, data.count("select count(*) from sealed_ballot"));
    }

    @Test
    void closingWhileVotesArriveCountsExactlyTheAcceptedVotes() throws Exception {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> delegations = members(150);
        present(91, delegations);
        String ballot = resolution(91);
        openRound(ballot);
        List<HttpRequest> requests = new ArrayList<>();
        for (String c : delegations) {
            requests.add(Http.post("/ballots/" + ballot + "/rounds/1/votes", ncbToken(c), Map.of("choice", "YES")));
        }
        requests.add(Http.post("/ballots/" + ballot + "/rounds/1/close", org.icpo.elections.Api.assemblyToken(), Map.of()));
        Collections.shuffle(requests.subList(75, requests.size()));
        List<HttpResponse<String>> answers = Http.burst(requests);
        List<String> accepted = answers.stream().filter(r -> r.statusCode() == 201).map(r -> (String) Http.json(r).get("receipt")).toList();
        long refused = answers.stream().filter(r -> r.statusCode() == 409).count();
        long closed = answers.stream().filter(r -> r.statusCode() == 200).count();
        assertEquals(1, closed, "the close request succeeded");
        assertEquals(150, accepted.size() + refused, () -> answers.stream().map(HttpResponse::statusCode).toList().toString());
        io.restassured.path.json.JsonPath board = io.restassured.RestAssured.given().get("/ballots/" + ballot + "/rounds/1/board")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(accepted.size(), board.getList("voters").size());
        assertEquals(accepted.size(), board.getInt("counts.YES"));
        assertEquals(new java.util.TreeSet<>(accepted), new java.util.TreeSet<>(board.<String>getList("entries.receipt")));
        assertEquals(true, board.getBoolean("chain.verified"));
        assertEquals(0, data.count("select count(*) from sealed_ballot"));
    }

    @Test
    void noVoteAfterTheRoundCloses() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(100));
        String ballot = resolution(91);
        openRound(ballot);
        vote(ballot, 1, "AD", "YES").then().statusCode(201);
        closeRound(ballot, 1).then().statusCode(200);
        vote(ballot, 1, "AE", "YES").then().statusCode(409)
                .body("detail", equalTo("Round 1 of this ballot is closed; votes are no longer accepted"));
        closeRound(ballot, 1).then().statusCode(409).body("detail", equalTo("Round 1 is already closed"));
        vote(ballot, 2, "AE", "YES").then().statusCode(404);
    }

    @Test
    void aMemberNotPresentWhenTheRoundOpenedCannotVote() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(100));
        String ballot = resolution(91);
        openRound(ballot);
        vote(ballot, 1, "ZW", "YES").then().statusCode(403).body("type", equalTo("https://icpo.example/problems/forbidden"))
                .body("detail", equalTo("ZW is not on the voter roll of round 1: its delegation was not registered as present when the round opened"));
        // registering now does not change the frozen roll
        present(91, List.of("ZW"));
        vote(ballot, 1, "ZW", "YES").then().statusCode(403);
        assertEquals(0, data.count("select count(*) from sealed_ballot"));
    }

    @Test
    void aMemberWithoutVotingRightsIsOnTheRollButCannotVote() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        MembershipStub.arrears("AF");
        present(91, members(100));
        String ballot = resolution(91);
        openRound(ballot);
        assembly().get("/ballots/" + ballot + "/rounds/1").then().body("presentCount", equalTo(100)).body("rollSize", equalTo(99));
        assembly().get("/ballots/" + ballot + "/rounds/1/roll").then().statusCode(200).body("$", hasSize(100))
                .body("find { it.country == 'AF' }.mayVote", equalTo(false))
                .body("find { it.country == 'AF' }.reason", containsString("Statutory contributions unpaid"));
        vote(ballot, 1, "AF", "YES").then().statusCode(403)
                .body("detail", containsString("AF has no voting rights in round 1: Statutory contributions unpaid"));
    }

    @Test
    void theRollIsFrozenWhenTheRoundOpens() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(100));
        String ballot = resolution(91);
        openRound(ballot);
        // a later change of standing does not alter the open round ...
        MembershipStub.arrears("AD");
        vote(ballot, 1, "AD", "YES").then().statusCode(201);
        MembershipStub.restoreRights("AD");
        MembershipStub.arrears("AE");
        vote(ballot, 1, "AE", "YES").then().statusCode(201);
        closeRound(ballot, 1);
        // ... but the next round's roll is read afresh
        String next = resolution(91);
        openRound(next);
        vote(next, 1, "AE", "YES").then().statusCode(403).body("detail", containsString("no voting rights"));
        vote(next, 1, "AD", "YES").then().statusCode(201);
    }

    @Test
    void aRoundOpensOnlyWithAQuorum() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(98));
        String ballot = resolution(91);
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(422)
                .body("type", equalTo("https://icpo.example/problems/rule-violation"))
                .body("detail", equalTo("Quorum not reached: 98 of 196 members present; at least 99 must be registered as present (more than 1/2 of the members)"))
                .body("present", equalTo(98)).body("required", equalTo(99));
        assertEquals(0, data.count("select count(*) from ballot_round"));
        present(91, List.of("ZW"));
        assertEquals(1, openRound(ballot));
        assembly().get("/ballots/" + ballot + "/rounds/1").then().body("presentCount", equalTo(99));
    }

    @Test
    void aDelegationThatLeftIsNotOnLaterRolls() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(101));
        assembly().delete("/sessions/91/attendance/AD").then().statusCode(204);
        String ballot = resolution(91);
        openRound(ballot);
        vote(ballot, 1, "AD", "YES").then().statusCode(403);
    }

    @Test
    void theChoiceMustBeOneOfTheRound() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(100));
        String ballot = resolution(91);
        openRound(ballot);
        vote(ballot, 1, "AD", "MAYBE").then().statusCode(400).body("type", equalTo("https://icpo.example/problems/validation"))
                .body("violations[0].field", equalTo("choice")).body("violations[0].message", equalTo("'MAYBE' is not one of [YES, NO, ABSTAIN]"));
        ncb("AD").body("{\"choice\": 1}").post("/ballots/" + ballot + "/rounds/1/votes").then().statusCode(400);
        ncb("AD").body("{}").post("/ballots/" + ballot + "/rounds/1/votes").then().statusCode(400).body("violations[0].field", equalTo("choice"));
        ncb("AD").body("{\"choice\": \"YES\", \"country\": \"FR\"}").post("/ballots/" + ballot + "/rounds/1/votes").then().statusCode(400)
                .body("violations[0].field", equalTo("country"));
        assertEquals(0, data.count("select count(*) from round_participation"));
        vote(ballot, 1, "AD", "ABSTAIN").then().statusCode(201);
    }

    @Test
    void anNcbTokenWithoutCountryCannotVote() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        present(91, members(100));
        String ballot = resolution(91);
        openRound(ballot);
        org.icpo.elections.Api.as(org.icpo.testing.Tokens.ncbWithoutCountry()).body(Map.of("choice", "YES"))
                .post("/ballots/" + ballot + "/rounds/1/votes").then().statusCode(403).body("detail", containsString("country"));
    }
}
