package org.icpo.elections.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.icpo.elections.ElectionsTestBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.castVotes;
import static org.icpo.elections.Api.figures;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.nominate;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.icpo.testing.WriteVersionChecks.answeredVersion;

/**
 * Every write endpoint whose answer carries a version answers the version its change produced, the one a read right
 * after returns, so that a client can send its next change with it. Changes of an existing row answered the version
 * from before the change (0 where a read said 1), because Hibernate raises it as it flushes, at commit, after the
 * answer was built.
 */
@QuarkusTest
class WriteVersionsTest extends ElectionsTestBase {

    private static JsonPath post(String path, Object body, int status) {
        var request = assembly();
        if (body != null) {
            request.body(body);
        }
        return request.post(path).then().statusCode(status).extract().jsonPath();
    }

    private static long version(String path) {
        return assembly().get(path).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** The version of the Executive Committee's term {@code id}, as its history reads it. */
    private static long termVersion(String id) {
        return assembly().get("/executive-committee/history").then().statusCode(200).extract().jsonPath().param("term", id)
                .getLong("find { it.id == term }.version");
    }


    @Test
    void sessionChangesAnswerTheVersionTheyProduced() {
        clock.set(LocalDate.of(2018, 11, 19));
        JsonPath planned = post("/sessions", Map.of("number", 87, "year", 2018, "city", "Dubai", "hostCountry", "AE",
                "startsOn", "2018-11-18", "endsOn", "2018-11-21"), 201);
        assertThat(planned.getLong("version")).isEqualTo(version("/sessions/87")).isZero();

        long opened = answeredVersion("open", post("/sessions/87/open", null, 200), version("/sessions/87"), 0);
        // an election not put to the vote: the closing calls it off in the same transaction
        String election = post("/ballots", Map.of("session", 87, "kind", "OFFICE", "office", "DELEGATE", "region", "EUROPE"), 201).getString("id");
        answeredVersion("close", post("/sessions/87/close", null, 200), version("/sessions/87"), opened);
        assertThat(version("/ballots/" + election)).isEqualTo(1);
    }

    @Test
    void ballotChangesAnswerTheVersionTheyProduced() {
        clock.set(LocalDate.of(2022, 10, 20));
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        List<String> delegations = members(100);
        present(90, delegations);

        JsonPath resolution = post("/ballots", Map.of("session", 90, "kind", "RESOLUTION", "title", "Budget 2023"), 201);
        String question = resolution.getString("id");
        assertThat(resolution.getLong("version")).isEqualTo(version("/ballots/" + question)).isZero();
        openRound(question);
        long beforeDecision = version("/ballots/" + question);
        castVotes(question, 1, delegations, figures("YES", 70, "NO", 20, "ABSTAIN", 5));
        answeredVersion("round closed, ballot decided", post("/ballots/" + question + "/rounds/1/close", null, 200),
                version("/ballots/" + question), beforeDecision);

        String election = post("/ballots", Map.of("session", 90, "kind", "OFFICE", "office", "VICE_PRESIDENT", "region", "AFRICA"), 201)
                .getString("id");
        nominate(election, "KE", "Jane Doe");
        nominate(election, "NG", "John Roe");
        openRound(election);
        long beforeTally = version("/ballots/" + election);
        castVotes(election, 1, delegations, figures("KE", 50, "NG", 50));
        JsonPath between = post("/ballots/" + election + "/rounds/1/close", null, 200);
        assertThat(between.getString("status")).isEqualTo("BETWEEN_ROUNDS");
        long tallied = answeredVersion("round closed, no winner", between, version("/ballots/" + election), beforeTally);
        JsonPath concluded = post("/ballots/" + election + "/conclude", null, 200);
        assertThat(concluded.getString("outcome")).isEqualTo("NOT_ELECTED");
        answeredVersion("conclude", concluded, version("/ballots/" + election), tallied);

        String calledOff = post("/ballots", Map.of("session", 90, "kind", "OFFICE", "office", "DELEGATE", "region", "EUROPE"), 201).getString("id");
        answeredVersion("call off", post("/ballots/" + calledOff + "/conclude", null, 200), version("/ballots/" + calledOff), 0);
    }

    @Test
    void committeeTermChangesAnswerTheVersionTheyProduced() {
        clock.set(LocalDate.of(2018, 11, 1));
        JsonPath recorded = post("/executive-committee/terms", Map.of("office", "PRESIDENT", "region", "ASIA_SOUTH_PACIFIC", "country", "CN",
                "personName", "Meng Hongwei", "termStart", "2016-11-10", "termEnd", "2020-11-10"), 201);
        String term = recorded.getString("id");
        assertThat(recorded.getLong("version")).isEqualTo(termVersion(term)).isZero();
        JsonPath ended = post("/executive-committee/terms/" + term + "/end", Map.of("endedOn", "2018-10-07", "reason", "Resigned"), 200);
        answeredVersion("end", ended, termVersion(term), 0);
    }
}
