package org.icpo.elections.board;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.icpo.elections.ElectionsTestBase;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.icpo.elections.Api.castVotes;
import static org.icpo.elections.Api.closeRound;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.figures;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public board: anyone (no token) recomputes the outcome and the hash chain from it, independently
 * of the service's code; altering any entry breaks the chain.
 */
@QuarkusTest
class BoardTest extends ElectionsTestBase {

    String ballot;
    Map<String, String> receipts;
    List<String> voters;

    void palestineLikeRound() {
        openSession(86, 2017, "Beijing", "CN", "2017-09-26", "2017-09-29");
        List<String> delegations = members(140);
        present(86, delegations);
        org.icpo.elections.MembershipStub.removeMember("PS");
        String app = UUID.randomUUID().toString();
        org.icpo.elections.MembershipStub.application(app, "PS", "Palestine", "ASIA_SOUTH_PACIFIC", "SCHEDULED", 86, 2017);
        ballot = createBallot(Map.of("session", 86, "kind", "ADMISSION", "applicationId", app));
        openRound(ballot);
        receipts = castVotes(ballot, 1, delegations, figures("YES", 75, "NO", 24, "ABSTAIN", 34));
        voters = delegations.subList(0, 133);
        closeRound(ballot, 1).then().statusCode(200);
    }

    static JsonPath board(String ballot, int round) {
        return given().get("/ballots/" + ballot + "/rounds/" + round + "/board").then().statusCode(200).extract().jsonPath();
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** The head hash as anyone can compute it from the published board and rule. */
    static String recomputeHead(JsonPath b, List<Map<String, Object>> entries) throws Exception {
        String h = sha256("ICPO-BOARD-V1|" + b.getString("ballotId") + "|" + b.getInt("round"));
        for (String v : b.<String>getList("voters")) {
            h = sha256(h + "|VOTER|" + v);
        }
        for (Map<String, Object> e : entries) {
            h = sha256(h + "|VOTE|" + e.get("receipt") + "|" + e.get("choice"));
        }
        StringBuilder counts = new StringBuilder();
        for (Map<String, Object> c : b.<Map<String, Object>>getList("choices")) {
            String choice = (String) c.get("choice");
            if (!counts.isEmpty()) {
                counts.append(',');
            }
            counts.append(choice).append('=').append(entries.stream().filter(e -> choice.equals(e.get("choice"))).count());
        }
        return sha256(h + "|RESULT|" + counts + "|" + b.getInt("votesCast") + "|" + b.getInt("threshold") + "|" + b.getString("outcome"));
    }

    @Test
    void anyoneRecomputesTheOutcomeFromTheBoard() throws Exception {
        palestineLikeRound();
        JsonPath b = board(ballot, 1);
        List<Map<String, Object>> entries = b.getList("entries");
        // the roll of members who voted, and as many ballots as voters
        assertEquals(voters.stream().sorted().toList(), b.getList("voters"));
        assertEquals(133, entries.size());
        // every receipt handed to a voter is on the board with its choice
        Map<String, String> published = new LinkedHashMap<>();
        entries.forEach(e -> published.put((String) e.get("receipt"), (String) e.get("choice")));
        assertEquals(receipts, published.entrySet().stream().filter(e -> receipts.containsKey(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals(receipts.keySet(), published.keySet());
        // in receipt order, unrelated to the order of voting
        List<String> order = new ArrayList<>(published.keySet());
        assertEquals(order.stream().sorted().toList(), order);
        assertNotEquals(new ArrayList<>(receipts.keySet()), order);
        // recount and apply the admission rule: two-thirds of the votes cast, abstentions excluded
        long yes = entries.stream().filter(e -> "YES".equals(e.get("choice"))).count();
        long no = entries.stream().filter(e -> "NO".equals(e.get("choice"))).count();
        long abstain = entries.stream().filter(e -> "ABSTAIN".equals(e.get("choice"))).count();
        assertEquals(List.of(75L, 24L, 34L), List.of(yes, no, abstain));
        assertEquals(Map.of("YES", 75, "NO", 24, "ABSTAIN", 34), b.getMap("counts"));
        long cast = yes + no;
        long threshold = (2 * cast + 2) / 3;
        assertEquals(cast, b.getInt("votesCast"));
        assertEquals(66, threshold);
        assertEquals(threshold, b.getInt("threshold"));
        assertEquals(yes * 3 >= cast * 2 ? "PASSED" : "FAILED", b.getString("outcome"));
        assertEquals("PASSED", b.getString("outcome"));
        assertEquals("TWO_THIRDS_OF_VOTES_CAST", b.getString("majorityRule"));
        // the hash chain, recomputed independently, ends at the published head
        assertEquals(b.getString("chain.headHash"), recomputeHead(b, entries));
        assertTrue(b.getBoolean("chain.verified"));
        assertTrue(b.getBoolean("countsMatchEntries"));
    }

    @Test
    void alteringAnyEntryBreaksTheChain() throws Exception {
        palestineLikeRound();
        JsonPath b = board(ballot, 1);
        List<Map<String, Object>> entries = b.getList("entries");
        String head = b.getString("chain.headHash");
        // a reader altering one published entry cannot match the head
        for (int i : new int[]{0, 66, entries.size() - 1}) {
            List<Map<String, Object>> altered = new ArrayList<>();
            for (Map<String, Object> e : entries) {
                altered.add(new LinkedHashMap<>(e));
            }
            altered.get(i).put("choice", "YES".equals(altered.get(i).get("choice")) ? "NO" : "YES");
            assertNotEquals(head, recomputeHead(b, altered));
        }
        // and when someone alters the stored board, the service reports it on the next read
        String receipt = (String) entries.get(10).get("receipt");
        String choice = (String) entries.get(10).get("choice");
        data.execute("update board_entry set choice = ?1 where receipt = ?2", "YES".equals(choice) ? "NO" : "YES", receipt);
        JsonPath tampered = board(ballot, 1);
        assertEquals(false, tampered.getBoolean("chain.verified"));
        assertEquals(false, tampered.getBoolean("countsMatchEntries"));
        assertEquals(head, tampered.getString("chain.headHash"));
        assertNotEquals(head, tampered.getString("chain.recomputedHeadHash"));
        assertNotEquals(head, recomputeHead(tampered, tampered.getList("entries")));
    }

    @Test
    void removingAVoteFromTheBoardIsDetected() {
        palestineLikeRound();
        String receipt = (String) board(ballot, 1).<Map<String, Object>>getList("entries").get(5).get("receipt");
        data.execute("delete from board_entry where receipt = ?1", receipt);
        JsonPath b = board(ballot, 1);
        assertEquals(false, b.getBoolean("chain.verified"));
        assertEquals(false, b.getBoolean("countsMatchEntries"));
    }

    @Test
    void theBoardOfAnOpenRoundIsNotPublished() {
        openSession(86, 2017, "Beijing", "CN", "2017-09-26", "2017-09-29");
        present(86, members(100));
        String b = createBallot(Map.of("session", 86, "kind", "RESOLUTION", "title", "R"));
        openRound(b);
        given().get("/ballots/" + b + "/rounds/1/board").then().statusCode(409)
                .body("detail", equalTo("Round 1 is still open; its board is published when it closes"));
        given().get("/ballots/" + b + "/rounds/2/board").then().statusCode(404);
        given().get("/ballots/" + UUID.randomUUID() + "/rounds/1/board").then().statusCode(404);
        given().get("/ballots/not-a-uuid/rounds/1/board").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theBallotBoxKeepsNoVoterNoTimeNoSequence() {
        List<String> columns = new ArrayList<>();
        for (String table : new String[]{"sealed_ballot", "ballot_box", "board_entry"}) {
            assertEquals(0, data.count("select count(*) from information_schema.columns where table_name = ?1 and "
                    + "(data_type like 'timestamp%' or data_type = 'date' or column_name like '%country%' or column_name like '%voter%' "
                    + "or column_default like 'nextval%')", table), table);
        }
        assertEquals(0, data.count("select count(*) from information_schema.columns where table_name = 'round_participation' "
                + "and column_name not in ('round_id', 'country')"));
        assertTrue(columns.isEmpty());
    }
}
