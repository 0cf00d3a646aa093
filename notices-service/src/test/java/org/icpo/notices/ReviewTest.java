package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review by the General Secretariat: the queue, decisions, requests for information, and every move per role. */
@QuarkusTest
class ReviewTest extends NoticesTestBase {

    @Test
    void publishRecordsReviewerReasonAndValidity() {
        clock.set(Instant.parse("2025-03-01T10:00:00Z"));
        String id = file("FR", Bodies.red());
        review(gs(), "/notice-requests", id, "PUBLISH", null, "All conditions met").statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("review.reviewedBy", equalTo("gs-reviewer-1"))
                .body("review.decisionReason", equalTo("All conditions met"))
                .body("validUntil", equalTo("2030-02-28")) // 5 years: 2025-03-01 to 2030-02-28, both included
                .body("history.action", equalTo(List.of("FILE", "PUBLISH")))
                .body("history[1].actor", equalTo("gs-reviewer-1"));
        assertEquals(1, data.auditCount("notice.reviewed", id));
    }

    @Test
    void twoReviewersDecidingAtOnceMakeOneDecision() {
        // one publishes while the other refuses, at the same moment, on each of five requests: one decision stands, the
        // other reviewer is told the request changed (409), and the history and the audit hold the one decision only
        List<java.util.logging.LogRecord> narayana = ConsoleLog.recordedBy("com.arjuna.ats.arjuna", this::fiveRaces);
        // a loser's transaction that fails as it commits (the other decision's version already there) is a 409 told to the
        // client; Narayana's WARN about it, with its stack trace, does not reach the console (ExpectedConflictLogFilter)
        for (java.util.logging.LogRecord r : narayana) {
            assertFalse(ConsoleLog.shown(r), r.getMessage() + " " + r.getThrown());
        }
    }

    @Test
    void theConsoleDropsNarayanasWarningOfAConflictAndKeepsItForAnythingElse() {
        String message = "ARJUNA012125: TwoPhaseCoordinator.beforeCompletion - failed for SynchronizationImple< 0:ffff7f000001 >";
        assertFalse(ConsoleLog.shown(ConsoleLog.warning("com.arjuna.ats.arjuna", message,
                new jakarta.persistence.OptimisticLockException(new org.hibernate.StaleObjectStateException("NoticeRecord", 1)))));
        assertTrue(ConsoleLog.shown(ConsoleLog.warning("com.arjuna.ats.arjuna", message, new IllegalStateException("a defect"))));
        assertTrue(ConsoleLog.shown(ConsoleLog.warning("org.icpo.notices", "something else", new jakarta.persistence.OptimisticLockException())));
    }

    private void fiveRaces() {
        for (int i = 0; i < 5; i++) {
            String id = file("FR", Bodies.red());
            List<io.restassured.response.Response> answers = org.icpo.testing.AtOnce.run(List.of(
                    () -> as(gs()).body(Bodies.map("decision", "PUBLISH", "reason", "conditions met")).post("/notice-requests/" + id + "/reviews"),
                    () -> as(gs2()).body(Bodies.map("decision", "REFUSE", "ground", "ARTICLE_3", "reason", "political"))
                            .post("/notice-requests/" + id + "/reviews")));
            io.restassured.response.Response published = answers.get(0);
            io.restassured.response.Response refused = answers.get(1);
            List<Integer> codes = List.of(published.statusCode(), refused.statusCode());
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), "one decision: " + codes + " " + published.asString() + " " + refused.asString());
            io.restassured.response.Response loser = published.statusCode() == 200 ? refused : published;
            assertEquals(409, loser.statusCode(), loser.asString());
            assertEquals(problemJson(), loser.contentType().split(";")[0]);
            String status = published.statusCode() == 200 ? "PUBLISHED" : "REFUSED";
            as(gs()).get("/notice-requests/" + id).then().body("status", equalTo(status))
                    .body("history.action", equalTo(List.of("FILE", status.equals("PUBLISHED") ? "PUBLISH" : "REFUSE")));
            assertEquals(1, data.auditCount("notice.reviewed", id));
        }
    }

    @Test
    void refuseNeedsAGroundWhichIsRecorded() {
        String id = file("FR", Bodies.red());
        String before = data.fingerprint();
        review(gs(), "/notice-requests", id, "REFUSE", null, "political").statusCode(400).body("violations[0].field", equalTo("ground"));
        review(gs(), "/notice-requests", id, "REFUSE", "ARTICLE_9", "political").statusCode(400);
        review(gs(), "/notice-requests", id, "PUBLISH", "ARTICLE_3", "x").statusCode(400);
        as(gs()).body(Bodies.map("decision", "PUBLISH")).post("/notice-requests/" + id + "/reviews").then().statusCode(400);
        assertEquals(before, data.fingerprint());
        for (String ground : List.of("ARTICLE_3")) {
            review(gs(), "/notice-requests", id, "REFUSE", ground, "Predominantly political character").statusCode(200)
                    .body("status", equalTo("REFUSED")).body("review.refusalGround", equalTo(ground));
        }
        // the requester sees the ground and reason, not who reviewed
        as(ncb("FR")).get("/notice-requests/" + id).then().statusCode(200)
                .body("review.refusalGround", equalTo("ARTICLE_3"))
                .body("review.decisionReason", equalTo("Predominantly political character"))
                .body("review.reviewedBy", nullValue());
        // final
        review(gs(), "/notice-requests", id, "PUBLISH", null, "changed my mind").statusCode(409);
    }

    /** {@code n} characters of text (the reasons of the tests of long input). */
    static String text(String words, int n) {
        return words.repeat(n / words.length() + 1).substring(0, n);
    }

    @Test
    void aRefusalWithTheLongestReasonIsStoredInFull() {
        String id = file("FR", Bodies.red());
        String reason = text("The charges are of a predominantly political character; ", 4000);
        String before = data.fingerprint();
        review(gs(), "/notice-requests", id, "REFUSE", "ARTICLE_3", reason + "x").statusCode(400).contentType(problemJson())
                .body("violations[0].field", containsString("reason"));
        assertEquals(before, data.fingerprint());
        // stored with its ground as the close reason: longer than the 4,000 characters the client may send
        review(gs(), "/notice-requests", id, "REFUSE", "ARTICLE_3", reason).statusCode(200).body("status", equalTo("REFUSED"))
                .body("review.decisionReason", equalTo(reason)).body("closeReason", equalTo("ARTICLE_3: " + reason));
        as(gs()).get("/notice-requests/" + id).then().statusCode(200)
                .body("review.decisionReason", equalTo(reason))
                .body("closeReason", equalTo("ARTICLE_3: " + reason))
                .body("history[-1].action", equalTo("REFUSE")).body("history[-1].reason", equalTo(reason));
        as(ncb("FR")).get("/notice-requests/" + id).then().statusCode(200).body("review.decisionReason", equalTo(reason));
    }

    @Test
    void everyRefusalGroundIsAccepted() {
        for (String ground : List.of("ARTICLE_2", "ARTICLE_3", "CONDITIONS_NOT_MET", "INSUFFICIENT_DATA", "REFUGEE")) {
            String id = file("FR", Bodies.red("P" + ground.replaceAll("[^A-Z]", ""), "X"));
            review(gs(), "/notice-requests", id, "REFUSE", ground, "reason " + ground).statusCode(200).body("review.refusalGround", equalTo(ground));
        }
    }

    @Test
    void requestForInformationGoesBackToTheRequesterAndReturnsToTheQueue() {
        String id = file("FR", Bodies.red());
        review(gs(), "/notice-requests", id, "REQUEST_INFO", null, "Please send the arrest warrant").statusCode(200)
                .body("status", equalTo("INFO_REQUESTED"));
        as(gs()).get("/review-queue").then().body("total", equalTo(0));
        // only the requester answers
        as(ncb("DE")).body(Bodies.map("answer", "x")).post("/notice-requests/" + id + "/answer").then().statusCode(404);
        as(gs()).body(Bodies.map("answer", "x")).post("/notice-requests/" + id + "/answer").then().statusCode(403);
        as(ncb("FR")).body(Bodies.map("answer", " ")).post("/notice-requests/" + id + "/answer").then().statusCode(400);
        as(ncb("FR")).body(Bodies.map("answer", "Warrant AW-2024-001 attached to the file")).post("/notice-requests/" + id + "/answer").then()
                .statusCode(200).body("status", equalTo("PROCESSING"))
                .body("history.action", equalTo(List.of("FILE", "REQUEST_INFO", "ANSWER")))
                .body("history[1].reason", equalTo("Please send the arrest warrant"));
        as(gs()).get("/review-queue").then().body("items.id", equalTo(List.of(id)));
        // answering twice is not possible
        as(ncb("FR")).body(Bodies.map("answer", "again")).post("/notice-requests/" + id + "/answer").then().statusCode(409);
    }

    @Test
    void anAnswerIsScreenedToo() {
        String id = file("FR", Bodies.red());
        review(gs(), "/notice-requests", id, "REQUEST_INFO", null, "What is the context?").statusCode(200);
        as(ncb("FR")).body(Bodies.map("answer", "He also took part in an unauthorized assembly")).post("/notice-requests/" + id + "/answer")
                .then().statusCode(200);
        as(gs()).get("/notice-requests/" + id).then().body("risk.flags.code", hasItem("ARTICLE3_POLITICAL"))
                .body("risk.flags[0].reason", containsString("answer"));
    }

    @Test
    void queueIsOrderedByRiskThenAge() {
        clock.set(Instant.parse("2025-03-01T08:00:00Z"));
        String oldLow = file("FR", Bodies.red("AAA", "One"));
        clock.advance(Duration.ofHours(1));
        Map<String, Object> political = Bodies.red("BBB", "Two");
        political.put("caseSummary", "Charged with extremism after an unauthorized assembly in the capital");
        String highRisk = file("FR", political);
        clock.advance(Duration.ofHours(1));
        String newLow = file("FR", Bodies.red("CCC", "Three"));
        clock.advance(Duration.ofHours(24));
        as(gs()).get("/review-queue").then().statusCode(200)
                .body("items.id", equalTo(List.of(highRisk, oldLow, newLow)))
                .body("items[0].flags", hasItem("ARTICLE3_POLITICAL"))
                .body("items[0].riskLevel", equalTo("MEDIUM"))
                .body("items[1].ageHours", equalTo(26))
                .body("items[1].beyondTarget", equalTo(true))
                .body("items[2].beyondTarget", equalTo(false));
        as(gs()).get("/review-queue?kind=DIFFUSION").then().body("total", equalTo(0));
        as(gs()).get("/review-queue?kind=LETTER").then().statusCode(400);
        as(ncb("FR")).get("/review-queue").then().statusCode(403);
        as(Tokens.ccf()).get("/review-queue").then().statusCode(403);
    }

    @Test
    void movesPerRole() {
        String id = file("FR", Bodies.red());
        // NCBs and the CCF cannot review
        review(ncb("FR"), "/notice-requests", id, "PUBLISH", null, "self-service").statusCode(403);
        review(Tokens.ccf(), "/notice-requests", id, "PUBLISH", null, "x").statusCode(403);
        // the secretariat cannot cancel, renew or answer for the requester
        as(gs()).body(Bodies.map("reason", "x")).post("/notice-requests/" + id + "/cancellation").then().statusCode(403);
        as(gs()).body(Bodies.map("reasons", "x")).post("/notice-requests/" + id + "/renewal").then().statusCode(403);
        // another NCB cannot cancel what it cannot see
        as(ncb("DE")).body(Bodies.map("reason", "x")).post("/notice-requests/" + id + "/cancellation").then().statusCode(404);
        // the requester cannot renew what is not marked for renewal, nor answer a question never asked
        as(ncb("FR")).body(Bodies.map("reasons", "x")).post("/notice-requests/" + id + "/renewal").then().statusCode(409)
                .body("detail", containsString("RENEWAL_DUE"));
        as(ncb("FR")).body(Bodies.map("answer", "x")).post("/notice-requests/" + id + "/answer").then().statusCode(409);
        publish(id);
        // another NCB sees it now, but may not cancel it
        as(ncb("DE")).body(Bodies.map("reason", "x")).post("/notice-requests/" + id + "/cancellation").then().statusCode(403)
                .body("detail", containsString("requesting NCB"));
        review(gs(), "/notice-requests", id, "PUBLISH", null, "twice").statusCode(409)
                .body("type", equalTo("https://icpo.example/problems/conflict"))
                .body("action", equalTo("PUBLISH")).body("currentStatus", equalTo("PUBLISHED")).body("status", equalTo(409));
        review(gs(), "/notice-requests", id, "REFUSE", "ARTICLE_3", "too late").statusCode(409);
        review(gs(), "/notice-requests", id, "REQUEST_INFO", null, "too late").statusCode(409);
        as(ncb("FR")).body(Bodies.map("reason", "Person arrested")).post("/notice-requests/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("closeReason", equalTo("Person arrested"));
        as(ncb("DE")).get("/notice-requests/" + id).then().statusCode(404);
        as(ncb("FR")).body(Bodies.map("reason", "again")).post("/notice-requests/" + id + "/cancellation").then().statusCode(409);
        review(gs(), "/notice-requests", java.util.UUID.randomUUID().toString(), "PUBLISH", null, "x").statusCode(404);
    }

    @Test
    void diffusionsAndNoticesAreReviewedUnderTheirOwnPath() {
        String notice = file("FR", Bodies.red());
        review(gs(), "/diffusions", notice, "PUBLISH", null, "x").statusCode(404);
        as(gs()).get("/diffusions/" + notice).then().statusCode(404);
        as(gs()).get("/notice-requests/" + notice).then().statusCode(200).body("review", notNullValue());
    }
}
