package org.icpo.elections.outbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.icpo.elections.ElectionsTestBase;
import org.icpo.elections.MembershipStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.icpo.elections.Api.admissionBallot;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.castVotes;
import static org.icpo.elections.Api.closeRound;
import static org.icpo.elections.Api.figures;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outcome of an admission reaches membership-service exactly once in effect, whatever happens on the way. */
@QuarkusTest
class OutboxTest extends ElectionsTestBase {

    @Inject
    OutboxRelay relay;

    @Inject
    io.quarkus.scheduler.Scheduler scheduler;

    @Inject
    jakarta.transaction.TransactionManager transactions;

    String app;
    String ballot;

    /**
     * These scenarios drive the relay themselves and count its attempts: the scheduled relay (every second in tests)
     * would race them for the message (it could lock it under the test's own attempt, or attempt it once more). A
     * poll running at this moment ends long before the scenario's first delivery (its set-up takes hundreds of ms).
     */
    @BeforeEach
    void pauseScheduledRelay() {
        scheduler.pause(OutboxRelay.SCHEDULE);
    }

    @AfterEach
    void resumeScheduledRelay() {
        scheduler.resume(OutboxRelay.SCHEDULE);
    }

    void admissionDecided() {
        clock.set(Instant.parse("2023-11-29T10:00:00Z"));
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        MembershipStub.removeMember("PW");
        app = UUID.randomUUID().toString();
        MembershipStub.application(app, "PW", "Palau", "ASIA_SOUTH_PACIFIC", "SCHEDULED", 91, 2023);
        List<String> delegations = members(110, "PW");
        present(91, delegations);
        ballot = admissionBallot(91, app);
        openRound(ballot);
        castVotes(ballot, 1, delegations, figures("YES", 90, "NO", 10, "ABSTAIN", 5));
    }

    long attempts() {
        return data.count("select attempts from outbox_message where ballot_id = cast(?1 as uuid)", ballot);
    }

    @Test
    void theCallToMembershipRunsWithTheTransactionSuspendedAndResumedAfterIt() {
        int[] during = new int[2];
        int after = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            during[0] = relay.outsideTransaction(this::status);
            // a failed call (membership-service down) leaves the transaction resumed too, for the attempt's bookkeeping
            try {
                relay.outsideTransaction(() -> {
                    during[1] = status();
                    throw org.icpo.kit.problem.ApiException.unavailable("membership-service cannot be reached");
                });
            } catch (org.icpo.kit.problem.ApiException expected) {
                return status();
            }
            return -1;
        });
        assertEquals(jakarta.transaction.Status.STATUS_NO_TRANSACTION, during[0]);
        assertEquals(jakarta.transaction.Status.STATUS_NO_TRANSACTION, during[1]);
        assertEquals(jakarta.transaction.Status.STATUS_ACTIVE, after);
    }

    private int status() {
        try {
            return transactions.getStatus();
        } catch (jakarta.transaction.SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void membershipDownAtClosingThenBack() {
        admissionDecided();
        MembershipStub.down(true);
        // closing needs no membership: the outcome is written to the outbox in the closing transaction
        closeRound(ballot, 1).then().statusCode(200).body("outcome", equalTo("ADMITTED")).body("outcomeDelivery.status", equalTo("PENDING"));
        assertEquals(1, data.count("select count(*) from outbox_message where ballot_id = cast(?1 as uuid) and status = 'PENDING'", ballot));

        relay.deliverDue();
        assertEquals(1, attempts());
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("PENDING"))
                .body("outcomeDelivery.attempts", equalTo(1))
                .body("outcomeDelivery.lastError", containsString("membership-service"))
                .body("outcomeDelivery.nextAttemptAt", equalTo("2023-11-29T10:00:02Z"));
        // not due before the backoff has passed
        clock.advance(Duration.ofSeconds(1));
        relay.deliverDue();
        assertEquals(1, attempts());
        clock.advance(Duration.ofSeconds(1));
        relay.deliverDue();
        assertEquals(2, attempts());
        // the wait doubles
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.nextAttemptAt", equalTo("2023-11-29T10:00:06Z"));

        MembershipStub.down(false);
        clock.advance(Duration.ofSeconds(4));
        relay.deliverDue();
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("DELIVERED"))
                .body("outcomeDelivery.attempts", equalTo(3)).body("outcomeDelivery.deliveredAt", equalTo("2023-11-29T10:00:06Z"));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(0, relay.deliverDue());

        List<Map<String, Object>> reports = MembershipStub.reports(app);
        assertEquals(1, reports.size(), reports::toString);
        assertEquals(200, reports.get(0).get("status"));
        assertEquals("svc-elections", reports.get(0).get("role"));
        assertEquals("ADMITTED", MembershipStub.applicationStatus(app));
        assertTrue(MembershipStub.isMember("PW"));
        assertEquals(1, data.count("select count(*) from audit_log where action = 'outcome.delivered' and target_id = ?1 "
                + "and actor = 'system:elections-outbox' and actor_roles = 'system'", ballot));
    }

    @Test
    void aLostAcknowledgementIsRetriedAndChangesNothingTheSecondTime() {
        admissionDecided();
        MembershipStub.loseAcknowledgements(1);
        closeRound(ballot, 1).then().statusCode(200);
        relay.deliverDue();
        assertEquals(1, attempts());
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("PENDING"));
        clock.advance(Duration.ofSeconds(3));
        relay.deliverDue();
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("DELIVERED"));

        List<Map<String, Object>> reports = MembershipStub.reports(app);
        assertEquals(2, reports.size(), reports::toString);
        assertEquals(List.of(503, 200), reports.stream().map(r -> r.get("status")).toList());
        assertEquals(1, reports.stream().filter(r -> Boolean.TRUE.equals(r.get("changed"))).count(), "applied exactly once");
        assertEquals(reports.get(0).get("body"), reports.get(1).get("body"), "the same outcome both times");
        assertEquals("ADMITTED", MembershipStub.applicationStatus(app));
    }

    @Test
    void aReportThatLostARaceAtMembershipIsRetriedNotTakenForARefusal() {
        // membership answers 409 concurrent-modification when another request changed the application at that moment: it
        // recorded nothing and refused nothing, so the outbox asks again (it kept every 409 as a refusal, never retried)
        admissionDecided();
        MembershipStub.concurrentModifications(1);
        closeRound(ballot, 1).then().statusCode(200);
        relay.deliverDue();
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("PENDING"))
                .body("outcomeDelivery.lastError", containsString("changed by another request meanwhile"));
        clock.advance(Duration.ofSeconds(3));
        relay.deliverDue();
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("DELIVERED"));
        assertEquals(List.of(409, 200), MembershipStub.reports(app).stream().map(r -> r.get("status")).toList());
        assertEquals("ADMITTED", MembershipStub.applicationStatus(app));
        assertEquals(0, data.count("select count(*) from audit_log where action = 'outcome.refused' and target_id = ?1", ballot));
    }

    @Test
    void aRefusalByMembershipIsKeptAndNotRetried() {
        admissionDecided();
        MembershipStub.recordedOutcome(app, "REJECTED", "another-ballot");
        closeRound(ballot, 1).then().statusCode(200).body("outcome", equalTo("ADMITTED"));
        relay.deliverDue();
        assembly().get("/ballots/" + ballot).then().body("outcomeDelivery.status", equalTo("REFUSED"))
                .body("outcomeDelivery.attempts", equalTo(1))
                // with membership's reason, for the operator
                .body("outcomeDelivery.lastError", containsString("as a conflict: A different outcome is already recorded"));
        clock.advance(Duration.ofHours(1));
        relay.deliverDue();
        assertEquals(1, attempts());
        assertEquals(List.of(409), MembershipStub.reports(app).stream().map(r -> r.get("status")).toList());
        assertEquals(1, data.count("select count(*) from audit_log where action = 'outcome.refused' and target_id = ?1", ballot));
    }

    @Test
    void theSchedulerRetriesWithoutHelp() throws InterruptedException {
        scheduler.resume(OutboxRelay.SCHEDULE);
        clock.reset();
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        app = UUID.randomUUID().toString();
        MembershipStub.application(app, "XK", "Kosovo", "EUROPE", "SCHEDULED", 91, 2023);
        List<String> delegations = members(100);
        present(91, delegations);
        ballot = admissionBallot(91, app);
        openRound(ballot);
        castVotes(ballot, 1, delegations, figures("YES", 10, "NO", 90));
        closeRound(ballot, 1).then().body("status", equalTo("BETWEEN_ROUNDS"));
        MembershipStub.down(true);
        assembly().post("/ballots/" + ballot + "/conclude").then().statusCode(200).body("outcome", equalTo("REJECTED"));
        assertEquals(1, attempts(), "the immediate attempt failed");
        MembershipStub.down(false);
        long deadline = System.currentTimeMillis() + 15_000;
        while (MembershipStub.reports(app).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, MembershipStub.reports(app).size());
        assertEquals("REJECTED", MembershipStub.applicationStatus(app));
    }
}
