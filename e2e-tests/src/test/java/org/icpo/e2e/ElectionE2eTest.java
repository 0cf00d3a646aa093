package org.icpo.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * An Executive Committee election over several rounds: an ineligible candidate refused, nobody
 * elected in round 1, the last-placed candidate drops out, a winner in round 2; the test recomputes
 * each round's outcome and hash chain from the public board alone.
 */
@ExtendWith(SuiteLogsOnFailure.class)
class ElectionE2eTest {

    static final int SESSION = Assembly.SESSION;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void delegateForAfricaElectedInTheSecondRoundAndBoardsRecomputed() throws Exception {
        Suite.get();
        // South Africa falls into arrears: it may not stand for the Executive Committee
        int year = LocalDate.now().getYear();
        for (int y : new int[]{year - 1, year}) {
            Suite.as("secretariat").body(Map.of("financialYear", y, "amountDue", 1000)).post("/members/ZA/contributions").then().statusCode(201);
        }
        Assembly.session();
        List<String> present = Assembly.votingMembers(120, Set.of("ZA"));
        Assembly.registerPresent(SESSION, present);

        String ballot = Suite.as("assembly").body(Map.of("session", SESSION, "kind", "OFFICE", "office", "DELEGATE", "region", "AFRICA"))
                .post("/ballots").then().statusCode(201).extract().path("id");
        Suite.as("assembly").body(Map.of("country", "ZA", "personName", "Candidate of South Africa"))
                .post("/ballots/" + ballot + "/candidates").then().statusCode(422)
                .contentType(containsString("application/problem+json"));
        for (String[] c : new String[][]{{"KE", "Candidate of Kenya"}, {"NG", "Candidate of Nigeria"}, {"GH", "Candidate of Ghana"}}) {
            Suite.as("assembly").body(Map.of("country", c[0], "personName", c[1])).post("/ballots/" + ballot + "/candidates").then().statusCode(201);
        }

        int r1 = Assembly.openRound(ballot);
        Assembly.votes(ballot, r1, present, new String[]{"KE", "NG", "GH"}, new int[]{50, 45, 25});
        JsonPath afterRound1 = Assembly.close(ballot, r1);
        assertThat(afterRound1.getString("status")).isNotEqualTo("DECIDED");
        JsonNode board1 = board(ballot, r1);
        assertThat(recomputedWinner(board1)).isNull();
        assertThat(board1.path("outcome").asText()).isEqualTo("NO_WINNER");

        int r2 = Assembly.openRound(ballot);
        Suite.as("ncb", "GH").body(Map.of("choice", "GH")).post("/ballots/" + ballot + "/rounds/" + r2 + "/votes").then().statusCode(400);
        Assembly.votes(ballot, r2, present, new String[]{"KE", "NG"}, new int[]{64, 56});
        JsonPath decided = Assembly.close(ballot, r2);
        assertThat(decided.getString("status")).isEqualTo("DECIDED");
        JsonNode board2 = board(ballot, r2);
        assertThat(recomputedWinner(board2)).isEqualTo("KE");
        assertThat(board2.path("elected").asText()).isEqualTo("KE");

        // the term starts on the last day of the session
        Suite.as("ncb", "FR").get("/executive-committee?asOf=" + LocalDate.now().plusDays(2)).then().statusCode(200)
                .body("members.findAll { it.seat == 'Delegate for Africa' && it.country == 'KE' }.size()", equalTo(1));
    }

    private static JsonNode board(String ballot, int round) throws Exception {
        String json = Suite.anonymous().get("/ballots/" + ballot + "/rounds/" + round + "/board").then().statusCode(200).extract().asString();
        JsonNode board = JSON.readTree(json);
        verifyChain(ballot, round, board);
        return board;
    }

    /** Counts the entries, checks them against the published counts, and applies a simple majority of votes cast. */
    private static String recomputedWinner(JsonNode board) {
        Map<String, Integer> counted = new TreeMap<>();
        for (JsonNode e : board.path("entries")) {
            counted.merge(e.path("choice").asText(), 1, Integer::sum);
        }
        Map<String, Integer> published = new TreeMap<>();
        board.path("counts").fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                published.put(e.getKey(), e.getValue().asInt());
            }
        });
        assertThat(counted).as("counts recomputed from the entries").isEqualTo(published);
        assertThat(board.path("entries").size()).as("one entry per voter").isEqualTo(board.path("voters").size());
        int cast = counted.entrySet().stream().filter(e -> !e.getKey().equals("ABSTAIN")).mapToInt(Map.Entry::getValue).sum();
        assertThat(board.path("votesCast").asInt()).isEqualTo(cast);
        assertThat(board.path("threshold").asInt()).isEqualTo(cast / 2 + 1);
        return counted.entrySet().stream().filter(e -> e.getValue() >= cast / 2 + 1).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Recomputes the hash chain with the rule the board publishes and compares it with the sealed head. */
    private static void verifyChain(String ballot, int round, JsonNode board) throws Exception {
        String h = sha256("ICPO-BOARD-V1|" + ballot + "|" + round);
        assertThat(board.path("chain").path("genesis").asText()).isEqualTo(h);
        for (JsonNode v : board.path("voters")) {
            h = sha256(h + "|VOTER|" + v.asText());
        }
        for (JsonNode e : board.path("entries")) {
            h = sha256(h + "|VOTE|" + e.path("receipt").asText() + "|" + e.path("choice").asText());
            assertThat(e.path("hash").asText()).isEqualTo(h);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = board.path("counts").fields();
        it.forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        StringBuilder c = new StringBuilder();
        counts.forEach((k, v) -> c.append(c.isEmpty() ? "" : ",").append(k).append('=').append(v));
        String head = sha256(h + "|RESULT|" + c + "|" + board.path("votesCast").asInt() + "|" + board.path("threshold").asInt()
                + "|" + board.path("outcome").asText());
        assertThat(head).as("head hash recomputed from the board").isEqualTo(board.path("chain").path("headHash").asText());
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
