package org.icpo.elections.ballot;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.icpo.elections.ElectionsTestBase;
import org.icpo.elections.Http;
import org.icpo.kit.persistence.AdvisoryLocks;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.assemblyToken;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.nominate;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes that meet a round being opened. Opening a round of an election reads the ballot, its session and its
 * candidates, then waits for the Executive Committee's lock; each test holds that lock itself, so that the opening is
 * known to be past its reads when the other change arrives, and lets it go on once the other change has answered or
 * waits too. Without the locks and versions these tests check, each of them ended with a round that should not exist.
 */
@QuarkusTest
class ConcurrentChangesTest extends ElectionsTestBase {

    static final String CONFLICT = "https://icpo.example/problems/conflict";
    static final String CHANGED_MEANWHILE = "https://icpo.example/problems/concurrent-modification";

    @Inject
    AgroalDataSource db;

    @Test
    void aCandidacyWithdrawnWhileTheFirstRoundOpensIsNotOnItsBallotPaper() throws Exception {
        String ballot = delegateForAfricaElection();
        nominate(ballot, "KE", "Jane Doe");
        String ng = nominate(ballot, "NG", "John Roe");
        HttpResponse<String> opening;
        try (CommitteeLock lock = new CommitteeLock()) {
            CompletableFuture<HttpResponse<String>> open = Http.async(Http.post("/ballots/" + ballot + "/rounds", assemblyToken(), Map.of()));
            lock.awaitWaiters(1);
            assembly().post("/ballots/" + ballot + "/candidates/" + ng + "/withdrawal").then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN"));
            lock.release();
            opening = open.get(30, TimeUnit.SECONDS);
        }
        // the opening read the candidates before the withdrawal: it is refused, and opens from what is current when sent again
        assertEquals(409, opening.statusCode(), opening.body());
        assertEquals(CHANGED_MEANWHILE, Http.json(opening).get("type"));
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(201).body("choices", contains("KE", "ABSTAIN"));
    }

    @Test
    void aNominationSentWhileTheFirstRoundOpensEitherStandsInItOrIsRefused() throws Exception {
        String ballot = delegateForAfricaElection();
        nominate(ballot, "KE", "Jane Doe");
        nominate(ballot, "NG", "John Roe");
        HttpResponse<String> opening;
        HttpResponse<String> nomination;
        try (CommitteeLock lock = new CommitteeLock()) {
            CompletableFuture<HttpResponse<String>> open = Http.async(Http.post("/ballots/" + ballot + "/rounds", assemblyToken(), Map.of()));
            lock.awaitWaiters(1);
            CompletableFuture<HttpResponse<String>> nominate = Http.async(Http.post("/ballots/" + ballot + "/candidates", assemblyToken(),
                    Map.of("country", "GH", "personName", "Kofi Mensah")));
            lock.awaitWaiters(2);
            lock.release();
            opening = open.get(30, TimeUnit.SECONDS);
            nomination = nominate.get(30, TimeUnit.SECONDS);
        }
        // whichever took the lock first wins; the other read the ballot before it changed and is refused
        assertEquals(1, List.of(opening, nomination).stream().filter(r -> r.statusCode() == 201).count(),
                opening.statusCode() + " " + opening.body() + " / " + nomination.statusCode() + " " + nomination.body());
        HttpResponse<String> refused = opening.statusCode() == 201 ? nomination : opening;
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals(CHANGED_MEANWHILE, Http.json(refused).get("type"));
        if (opening.statusCode() != 201) {
            assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(201);
        }
        // the first round's choices are exactly the candidates standing: nobody nominated after it opened
        List<String> standing = assembly().get("/ballots/" + ballot).then().statusCode(200).extract()
                .jsonPath().getList("candidates.findAll { it.status == 'STANDING' }.country", String.class);
        List<String> choices = assembly().get("/ballots/" + ballot + "/rounds/1").then().statusCode(200).extract()
                .jsonPath().getList("choices", String.class);
        assertEquals(standing.size() + 1, choices.size(), "choices " + choices + ", standing " + standing);
        assertTrue(choices.containsAll(standing), "choices " + choices + ", standing " + standing);
    }

    @Test
    void aSessionIsNotClosedUnderARoundBeingOpened() throws Exception {
        String ballot = delegateForAfricaElection();
        nominate(ballot, "KE", "Jane Doe");
        HttpResponse<String> opening;
        HttpResponse<String> closing;
        try (CommitteeLock lock = new CommitteeLock()) {
            CompletableFuture<HttpResponse<String>> open = Http.async(Http.post("/ballots/" + ballot + "/rounds", assemblyToken(), Map.of()));
            lock.awaitWaiters(1);
            CompletableFuture<HttpResponse<String>> close = Http.async(Http.post("/sessions/90/close", assemblyToken(), Map.of()));
            // the closing waits for the opening's hold on the session (a second lock waited for); before, it closed at once
            lock.awaitWaitersOr(2, close);
            lock.release();
            opening = open.get(30, TimeUnit.SECONDS);
            closing = close.get(30, TimeUnit.SECONDS);
        }
        assertEquals(201, opening.statusCode(), opening.body());
        assertEquals(409, closing.statusCode(), closing.body());
        assertEquals("Session 90 has 1 ballot(s) with a round still open; close them first", Http.json(closing).get("detail"));
        assembly().get("/sessions/90").then().body("status", equalTo("OPEN"));
        assembly().get("/ballots/" + ballot).then().body("status", equalTo("ROUND_OPEN"));
    }

    @Test
    void aRoundIsNotOpenedInASessionClosedMeanwhile() {
        String ballot = delegateForAfricaElection();
        nominate(ballot, "KE", "Jane Doe");
        assembly().post("/sessions/90/close").then().statusCode(200);
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(409).body("type", equalTo(CONFLICT))
                .body("detail", equalTo("Session 90 is CLOSED; this needs an OPEN session"));
    }

    private static String delegateForAfricaElection() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        present(90, members(110));
        return assembly().body(Map.of("session", 90, "kind", "OFFICE", "office", "DELEGATE", "region", "AFRICA"))
                .post("/ballots").then().statusCode(201).extract().path("id");
    }

    /** The Executive Committee's advisory lock, held by the test's own transaction until {@link #release}. */
    private final class CommitteeLock implements AutoCloseable {

        private final Connection holder;
        private boolean held;

        CommitteeLock() throws SQLException {
            holder = db.getConnection();
            holder.setAutoCommit(false);
            try (PreparedStatement ps = holder.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                ps.setInt(1, AdvisoryLocks.EXECUTIVE_COMMITTEE);
                ps.setInt(2, 0);
                ps.execute();
            }
            held = true;
        }

        /** Waits until {@code n} locks are waited for in the database (the requests sent are past their reads). */
        void awaitWaiters(int n) throws Exception {
            awaitWaitersOr(n, null);
            assertTrue(waiters() >= n, "expected " + n + " requests waiting for a lock, found " + waiters());
        }

        /** The same, or until {@code answered} completes (a request that waited for nothing). */
        void awaitWaitersOr(int n, CompletableFuture<?> answered) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (waiters() < n && (answered == null || !answered.isDone()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }

        private long waiters() throws SQLException {
            try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from pg_locks where not granted");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        void release() throws SQLException {
            if (held) {
                holder.commit();
                held = false;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                release();
            } finally {
                holder.close();
            }
        }
    }
}
