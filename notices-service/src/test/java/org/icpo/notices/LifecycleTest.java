package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.icpo.notices.lifecycle.LifecycleJob;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Validity, renewal, expiry and outcomes, with the controllable clock. */
@QuarkusTest
class LifecycleTest extends NoticesTestBase {

    @Inject
    LifecycleJob job;

    String publishedOn(LocalDate day, String family) {
        clock.set(day);
        String id = file("FR", Bodies.red(family, "Jean"));
        publish(id);
        return id;
    }

    static void runLifecycle(List<String> marked, List<String> expired) {
        as(gs()).post("/notice-lifecycle/runs").then().statusCode(200)
                .body("markedForRenewal", equalTo(marked)).body("expired", equalTo(expired));
    }

    @Test
    void markedForRenewalSixMonthsBeforeExpiryThenRenewedForFiveYears() {
        String id = publishedOn(LocalDate.of(2025, 1, 10), "RENEWED");
        // 5 years: 2025-01-10 to 2030-01-09, both included
        as(gs()).get("/notice-requests/" + id).then().body("validUntil", equalTo("2030-01-09"));
        // valid through 2030-01-09, it expires on 2030-01-10: marked six months before that day
        clock.set(LocalDate.of(2029, 7, 9));
        runLifecycle(List.of(), List.of());
        clock.set(LocalDate.of(2029, 7, 10));
        runLifecycle(List.of(id), List.of());
        as(ncb("FR")).get("/notice-requests?status=RENEWAL_DUE").then().body("items.id", equalTo(List.of(id)));
        // still valid and visible while the requester decides
        as(ncb("DE")).get("/notice-requests/" + id).then().statusCode(200).body("status", equalTo("RENEWAL_DUE"))
                .body("renewalRequestedAt", notNullValue());
        runLifecycle(List.of(), List.of());
        String before = data.fingerprint();
        as(ncb("FR")).body(Bodies.map("reasons", "")).post("/notice-requests/" + id + "/renewal").then().statusCode(400);
        as(ncb("FR")).body("{}").post("/notice-requests/" + id + "/renewal").then().statusCode(400);
        assertEquals(before, data.fingerprint());
        as(ncb("DE")).body(Bodies.map("reasons", "x")).post("/notice-requests/" + id + "/renewal").then().statusCode(403);
        as(ncb("FR")).body(Bodies.map("reasons", "Still at large; warrant in force")).post("/notice-requests/" + id + "/renewal").then()
                .statusCode(200).body("status", equalTo("PUBLISHED")).body("validUntil", equalTo("2035-01-09"))
                .body("history[-1].action", equalTo("RENEW")).body("history[-1].reason", equalTo("Still at large; warrant in force"));
        clock.set(LocalDate.of(2030, 1, 10));
        runLifecycle(List.of(), List.of());
    }

    @Test
    void expiresWithoutRenewal() {
        String id = publishedOn(LocalDate.of(2025, 1, 10), "EXPIRING");
        clock.set(LocalDate.of(2029, 12, 1));
        runLifecycle(List.of(id), List.of());
        clock.set(LocalDate.of(2030, 1, 9));
        runLifecycle(List.of(), List.of());
        clock.set(LocalDate.of(2030, 1, 10));
        runLifecycle(List.of(), List.of(id));
        as(gs()).get("/notice-requests/" + id).then().body("status", equalTo("EXPIRED"))
                .body("closeReason", containsString("2030-01-09"));
        as(ncb("DE")).get("/notice-requests/" + id).then().statusCode(404);
        as(ncb("FR")).body(Bodies.map("reasons", "too late")).post("/notice-requests/" + id + "/renewal").then().statusCode(409);
    }

    @Test
    void aNoticeIsValidThroughItsValidUntilDayAndExpiresTheDayAfter() {
        // the job agrees with the reads (public API and member search: valid_until >= today)
        String id = publishedOn(LocalDate.of(2025, 1, 10), "LASTDAY");
        as(gs()).get("/notice-requests/" + id).then().body("validUntil", equalTo("2030-01-09"));
        clock.set(LocalDate.of(2030, 1, 9));
        // its last valid day: due for renewal (first run since publication), not expired
        runLifecycle(List.of(id), List.of());
        as(gs()).get("/notice-requests/" + id).then().body("status", equalTo("RENEWAL_DUE")).body("closedAt", nullValue());
        PublicApiTest.anon().get("/notices/v1/red").then().statusCode(200).body("total", equalTo(1))
                .body("_embedded.notices[0].name", equalTo("LASTDAY"));
        as(ncb("DE")).get("/notices/search?name=LASTDAY").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        as(ncb("DE")).get("/notice-requests/" + id).then().statusCode(200);
        assertEquals(0, data.auditCount("notice.expired", id));
        clock.set(LocalDate.of(2030, 1, 10));
        runLifecycle(List.of(), List.of(id));
        as(gs()).get("/notice-requests/" + id).then().body("status", equalTo("EXPIRED"))
                .body("closeReason", equalTo("validity ended on 2030-01-09 without renewal"))
                .body("history[-1].action", equalTo("EXPIRE"));
        PublicApiTest.anon().get("/notices/v1/red").then().statusCode(200).body("total", equalTo(0));
        as(ncb("DE")).get("/notices/search?name=LASTDAY").then().statusCode(200).body("items", hasSize(0));
        assertEquals(1, data.auditCount("notice.expired", id));
        runLifecycle(List.of(), List.of());
    }

    @Test
    void aNoticeMissedByTheJobStillExpires() {
        String id = publishedOn(LocalDate.of(2025, 1, 10), "MISSED");
        clock.set(LocalDate.of(2031, 1, 1));
        runLifecycle(List.of(), List.of(id));
    }

    @Test
    void aBacklogLargerThanABatchIsMovedInOneRunABatchPerTransaction() {
        // the test profile moves 2 notices per transaction (icpo.notices.lifecycle.batch)
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(publishedOn(LocalDate.of(2025, 1, 10 + i), "BACKLOG" + (char) ('A' + i)));
        }
        clock.set(LocalDate.of(2029, 12, 1));
        runLifecycle(ids, List.of());
        List<String> tx = data.lastWriters(ids);
        assertEquals(tx.get(0), tx.get(1));
        assertEquals(tx.get(2), tx.get(3));
        assertEquals(3, new java.util.HashSet<>(tx).size(), "three transactions: " + tx);
        clock.set(LocalDate.of(2030, 2, 1));
        runLifecycle(List.of(), ids);
        as(gs()).get("/notice-requests?status=EXPIRED").then().body("items.id", org.hamcrest.Matchers.hasItems(ids.toArray(new String[0])));
        for (String id : ids) {
            assertEquals(1, data.auditCount("notice.expired", id));
        }
    }

    @Test
    void runsOfSeveralReplicasAtOnceShareTheNoticesDueEachMovedOnce() throws Exception {
        // every replica of the service runs the job; here four runs start together (two notices per transaction)
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (int i = 0; i < 7; i++) {
            ids.add(publishedOn(LocalDate.of(2025, 1, 10 + i), "REPLICA" + (char) ('A' + i)));
        }
        clock.set(LocalDate.of(2030, 2, 1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return as(gs()).post("/notice-lifecycle/runs").then().statusCode(200).extract().jsonPath().getList("expired", String.class);
                }));
            }
            start.countDown();
            List<String> expired = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<List<String>> run : runs) {
                expired.addAll(run.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(List.copyOf(ids), expired.stream().sorted().toList(), "every notice due expired by exactly one run: " + expired);
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            assertEquals(1, data.auditCount("notice.expired", id));
            as(gs()).get("/notice-requests/" + id).then().body("status", equalTo("EXPIRED"))
                    .body("history.findAll { it.action == 'EXPIRE' }", hasSize(1));
        }
        runLifecycle(List.of(), List.of());
    }

    @Test
    void aRunPassesOverANoticeLockedByAnotherTransactionAndTheNextRunMovesIt() throws Exception {
        String locked = publishedOn(LocalDate.of(2025, 1, 10), "LOCKED");
        String free = publishedOn(LocalDate.of(2025, 1, 11), "FREE");
        clock.set(LocalDate.of(2030, 2, 1));
        try (AutoCloseable lock = data.lockRow(locked)) {
            // a member's renewal of that notice, say, in progress: the run does not wait for it
            assertEquals(List.of(free), within(10, () -> as(gs()).post("/notice-lifecycle/runs").then().statusCode(200)
                    .extract().jsonPath().getList("expired", String.class)), "the run passes over the locked notice, without waiting");
        }
        as(gs()).get("/notice-requests/" + locked).then().body("status", equalTo("PUBLISHED"));
        runLifecycle(List.of(), List.of(locked));
    }

    @Test
    void theScheduledJobDoesTheSameUnderTheServiceName() {
        String id = publishedOn(LocalDate.of(2025, 1, 10), "SCHEDULED");
        clock.set(LocalDate.of(2029, 8, 1));
        job.run();
        as(gs()).get("/notice-requests/" + id).then().body("status", equalTo("RENEWAL_DUE"))
                .body("history[-1].actor", equalTo("system:notices-lifecycle"))
                .body("history[-1].actorRole", equalTo("SYSTEM"));
        as(gs()).get("/audit/notices?targetId=" + id + "&actor=system:notices-lifecycle").then()
                .body("items[0].action", equalTo("notice.renewal-requested"));
    }

    @Test
    void onlyTheSecretariatTriggersARun() {
        as(ncb("FR")).post("/notice-lifecycle/runs").then().statusCode(403);
        as(Tokens.ccf()).post("/notice-lifecycle/runs").then().statusCode(403);
    }

    @Test
    void outcomesAreRecordedWithDatesAndCountries() {
        String id = publishedOn(LocalDate.of(2025, 1, 10), "WANTED");
        clock.set(LocalDate.of(2025, 6, 30));
        as(ncb("ES")).body(Bodies.map("kind", "LOCATED", "occurredOn", "2025-06-01", "country", "ES")).post("/notice-requests/" + id + "/outcomes")
                .then().statusCode(201).body("recordedCountry", equalTo("ES"));
        as(ncb("ES")).body(Bodies.map("kind", "ARRESTED", "occurredOn", "2025-06-02", "country", "ES", "details", "Arrested in Madrid"))
                .post("/notice-requests/" + id + "/outcomes").then().statusCode(201);
        as(gs()).body(Bodies.map("kind", "EXTRADITED", "occurredOn", "2025-06-29", "country", "ES", "toCountry", "FR"))
                .post("/notice-requests/" + id + "/outcomes").then().statusCode(201).body("toCountry", equalTo("FR"));
        as(ncb("FR")).get("/notice-requests/" + id + "/outcomes").then().statusCode(200).body("kind", equalTo(List.of("LOCATED", "ARRESTED", "EXTRADITED")));
        String before = data.fingerprint();
        String path = "/notice-requests/" + id + "/outcomes";
        as(ncb("ES")).body(Bodies.map("kind", "EXTRADITED", "occurredOn", "2025-06-29", "country", "ES")).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("toCountry"));
        as(ncb("ES")).body(Bodies.map("kind", "LOCATED", "occurredOn", "2025-06-29", "country", "ES", "toCountry", "FR")).post(path).then().statusCode(400);
        as(ncb("ES")).body(Bodies.map("kind", "LOCATED", "occurredOn", "2025-07-01", "country", "ES")).post(path).then().statusCode(400);
        as(ncb("ES")).body(Bodies.map("kind", "LOCATED", "occurredOn", "2024-07-01", "country", "ES")).post(path).then().statusCode(400);
        as(ncb("ES")).body(Bodies.map("kind", "SEEN", "occurredOn", "2025-06-01", "country", "ES")).post(path).then().statusCode(400);
        as(ncb("ES")).body(Bodies.map("kind", "LOCATED", "occurredOn", "2025-06-01", "country", "Spain")).post(path).then().statusCode(400);
        as(Tokens.ccf()).body(Bodies.map("kind", "LOCATED", "occurredOn", "2025-06-01", "country", "ES")).post(path).then().statusCode(403);
        assertEquals(before, data.fingerprint());
        // not on a request that is not published
        String pending = file("FR", Bodies.red("PENDING", "One"));
        as(ncb("ES")).body(Bodies.map("kind", "LOCATED", "occurredOn", "2025-06-01", "country", "ES")).post("/notice-requests/" + pending + "/outcomes")
                .then().statusCode(404);
        as(gs()).body(Bodies.map("kind", "LOCATED", "occurredOn", "2025-06-30", "country", "ES")).post("/notice-requests/" + pending + "/outcomes")
                .then().statusCode(409);
        as(gs()).get("/notice-requests/" + pending + "/outcomes").then().statusCode(200).body("$", hasSize(0));
    }
}
