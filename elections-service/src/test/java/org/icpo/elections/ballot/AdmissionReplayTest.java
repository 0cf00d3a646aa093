package org.icpo.elections.ballot;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.icpo.elections.ElectionsTestBase;
import org.icpo.elections.MembershipStub;
import org.icpo.elections.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.icpo.elections.Api.admissionBallot;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.castVotes;
import static org.icpo.elections.Api.closeRound;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.figures;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.icpo.elections.Api.vote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replays of real admission votes (DOMAIN section 1) with their exact figures. */
@QuarkusTest
class AdmissionReplayTest extends ElectionsTestBase {

    @Inject
    OutboxRelay relay;

    @Test
    void kosovo2018RejectedAfterTwoFailingRounds() {
        clock.set(LocalDate.of(2018, 11, 20));
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        String app = UUID.randomUUID().toString();
        MembershipStub.application(app, "XK", "Kosovo", "EUROPE", "SCHEDULED", 87, 2018);
        List<String> delegations = members(160);
        present(87, delegations);
        String ballot = admissionBallot(87, app);
        assembly().get("/ballots/" + ballot).then().statusCode(200)
                .body("title", equalTo("Admission of Kosovo")).body("applicantCountry", equalTo("XK")).body("status", equalTo("PENDING"));

        assertEquals(1, openRound(ballot));
        assembly().get("/ballots/" + ballot + "/rounds/1").then().statusCode(200)
                .body("majorityRule", equalTo("TWO_THIRDS_OF_VOTES_CAST")).body("membersTotal", equalTo(196))
                .body("presentCount", equalTo(160)).body("rollSize", equalTo(160)).body("choices", contains("YES", "NO", "ABSTAIN"));
        castVotes(ballot, 1, delegations, figures("YES", 76, "NO", 56, "ABSTAIN", 22));
        assembly().get("/ballots/" + ballot + "/rounds/1").then().body("votesSoFar", equalTo(154));
        closeRound(ballot, 1).then().statusCode(200)
                .body("status", equalTo("BETWEEN_ROUNDS")).body("outcome", nullValue())
                .body("rounds[0].counts.YES", equalTo(76)).body("rounds[0].counts.NO", equalTo(56)).body("rounds[0].counts.ABSTAIN", equalTo(22))
                .body("rounds[0].votesCast", equalTo(132)).body("rounds[0].threshold", equalTo(88)).body("rounds[0].outcome", equalTo("FAILED"))
                .body("rounds[0].voters", equalTo(154));

        assertEquals(2, openRound(ballot));
        castVotes(ballot, 2, delegations, figures("YES", 68, "NO", 51, "ABSTAIN", 16));
        closeRound(ballot, 2).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("outcome", equalTo("REJECTED")).body("decidedOn", equalTo("2018-11-20"))
                .body("rounds[1].votesCast", equalTo(119)).body("rounds[1].threshold", equalTo(80)).body("rounds[1].outcome", equalTo("FAILED"))
                .body("outcomeDelivery.status", equalTo("PENDING"));
        // at most two rounds
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(409).body("detail", containsString("decided"));

        relay.deliverDue();
        List<Map<String, Object>> reports = awaitReports(app, 1);
        Map<String, Object> report = reports.get(0);
        assertEquals("svc-elections", report.get("role"));
        assertEquals(200, report.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) report.get("body");
        assertEquals("REJECTED", body.get("decision"));
        assertEquals(ballot, body.get("ballotId"));
        assertEquals(87, body.get("session"));
        assertEquals("2018-11-20", body.get("decidedOn"));
        assertEquals(List.of(Map.of("number", 1, "yes", 76, "no", 56, "abstain", 22), Map.of("number", 2, "yes", 68, "no", 51, "abstain", 16)),
                body.get("rounds"));
        assertEquals("REJECTED", MembershipStub.applicationStatus(app));
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("DELIVERED"));
    }

    @Test
    void anApplicationWithdrawnOrMovedSinceItsBallotWasCreatedIsNotPutToTheVote() {
        clock.set(LocalDate.of(2018, 11, 20));
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        String app = UUID.randomUUID().toString();
        MembershipStub.application(app, "XK", "Kosovo", "EUROPE", "SCHEDULED", 87, 2018);
        present(87, members(160));
        String ballot = admissionBallot(87, app);
        // withdrawn in membership-service after the ballot was created: a vote would decide an application that is gone
        MembershipStub.application(app, "XK", "Kosovo", "EUROPE", "WITHDRAWN", 87, 2018);
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("detail", containsString("the application of Kosovo is WITHDRAWN in membership-service"))
                .body("applicationStatus", equalTo("WITHDRAWN"));
        // moved to another session
        MembershipStub.application(app, "XK", "Kosovo", "EUROPE", "SCHEDULED", 88, 2018);
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(422)
                .body("detail", containsString("is scheduled for session 88, not session 87"));
        assembly().get("/ballots/" + ballot).then().body("status", equalTo("PENDING")).body("rounds", org.hamcrest.Matchers.empty());
        // scheduled for this session again: the round opens
        MembershipStub.application(app, "XK", "Kosovo", "EUROPE", "SCHEDULED", 87, 2018);
        assertEquals(1, openRound(ballot));
    }

    @Test
    void palestine2017AdmittedAndVotesAtOnce() {
        clock.set(LocalDate.of(2017, 9, 27));
        MembershipStub.removeMember("PS");
        openSession(86, 2017, "Beijing", "CN", "2017-09-26", "2017-09-29");
        String app = UUID.randomUUID().toString();
        MembershipStub.application(app, "PS", "Palestine", "ASIA_SOUTH_PACIFIC", "SCHEDULED", 86, 2017);
        List<String> delegations = members(140, "PS");
        present(86, delegations);
        String ballot = admissionBallot(86, app);
        openRound(ballot);
        castVotes(ballot, 1, delegations, figures("YES", 75, "NO", 24, "ABSTAIN", 34));
        closeRound(ballot, 1).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("outcome", equalTo("ADMITTED"))
                .body("rounds", hasSize(1)).body("rounds[0].membersTotal", equalTo(195))
                .body("rounds[0].votesCast", equalTo(99)).body("rounds[0].threshold", equalTo(66)).body("rounds[0].outcome", equalTo("PASSED"));

        // delivered as soon as the closing transaction committed, before the answer
        assertEquals(1, MembershipStub.reports(app).size());
        assertTrue(MembershipStub.isMember("PS"), "membership admitted Palestine on the delivered outcome");
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("DELIVERED"))
                .body("outcomeDelivery.attempts", equalTo(1));

        // a new member's rights, including voting in the rest of the session, start at once
        present(86, List.of("PS"));
        String resolution = createBallot(Map.of("session", 86, "kind", "RESOLUTION", "title", "Resolution on cooperation"));
        openRound(resolution);
        vote(resolution, 1, "PS", "YES").then().statusCode(201);
    }

    @Test
    void aBallotRecordedAfterItsSessionIsDecidedOnTheSessionsLastDay() {
        // the clock is today's (2026); session 88 was in 2019
        openSession(88, 2019, "Santiago", "CL", "2019-10-15", "2019-10-18");
        String app = UUID.randomUUID().toString();
        MembershipStub.application(app, "XK", "Kosovo", "EUROPE", "SCHEDULED", 88, 2019);
        List<String> delegations = members(110);
        present(88, delegations);
        String ballot = admissionBallot(88, app);
        openRound(ballot);
        castVotes(ballot, 1, delegations, figures("YES", 100, "NO", 10));
        closeRound(ballot, 1).then().body("outcome", equalTo("ADMITTED")).body("decidedOn", equalTo("2019-10-18"));
    }

    @Test
    void secondRoundMayBeSkippedAndTheApplicationIsThenRejected() {
        openSession(88, 2019, "Santiago", "CL", "2019-10-15", "2019-10-18");
        String app = UUID.randomUUID().toString();
        MembershipStub.application(app, "XK", "Kosovo", "EUROPE", "SCHEDULED", 88, 2019);
        List<String> delegations = members(110);
        present(88, delegations);
        String ballot = admissionBallot(88, app);
        openRound(ballot);
        castVotes(ballot, 1, delegations, figures("YES", 50, "NO", 50));
        closeRound(ballot, 1).then().body("status", equalTo("BETWEEN_ROUNDS"));
        assembly().post("/ballots/" + ballot + "/conclude").then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("outcome", equalTo("REJECTED")).body("outcomeDelivery.status", equalTo("PENDING"));
        assembly().post("/ballots/" + ballot + "/conclude").then().statusCode(409);
    }

    @Test
    void anApplicationReceivedAfter31JanuaryIsNotVotedOnThatYear() {
        clock.set(LocalDate.of(2018, 11, 20));
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        String app = UUID.randomUUID().toString();
        // received on 1 February 2018 or later: membership-service gives it to the Assembly of 2019
        MembershipStub.application(app, "XK", "Kosovo", "EUROPE", "SCHEDULED", 87, 2019);
        assembly().body(Map.of("session", 87, "kind", "ADMISSION", "applicationId", app)).post("/ballots").then().statusCode(422)
                .body("type", equalTo("https://icpo.example/problems/rule-violation"))
                .body("detail", equalTo("The application of Kosovo arrived after the deadline (31 January) for the Assembly of 2018: "
                        + "it may be voted on by the Assembly of 2019 at the earliest, not session 87 (2018)"));
        assembly().get("/ballots?session=87").then().body("items", hasSize(0));
    }

    private static List<Map<String, Object>> awaitReports(String app, int n) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<Map<String, Object>> r = MembershipStub.reports(app);
            if (r.size() >= n) {
                return r;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("membership stub did not receive " + n + " report(s) for " + app + ": " + MembershipStub.reports(app));
    }
}
