package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Challenges before the Commission for the Control of Files: admissibility, deadlines, binding decisions. */
@QuarkusTest
class CcfTest extends NoticesTestBase {

    static String ccf() {
        return Tokens.ccf();
    }

    String challenge(String recordId, String kind, String receivedOn) {
        return as(ccf()).body(Bodies.map("recordId", recordId, "kind", kind, "applicant", "Counsel for the person", "grounds",
                "The prosecution is politically motivated", "receivedOn", receivedOn)).post("/ccf-requests").then().statusCode(201)
                .body("status", equalTo("RECEIVED")).extract().path("id");
    }

    void admissible(String id, String on) {
        as(ccf()).body(Bodies.map("admissible", true, "decidedOn", on, "reason", "Complete and within the CCF's remit"))
                .post("/ccf-requests/" + id + "/admissibility").then().statusCode(200).body("status", equalTo("ADMISSIBLE"));
    }

    String publishedNotice(String country, String family) {
        String id = file(country, Bodies.red(family, "Ali"));
        publish(id);
        return id;
    }

    /** A Red Notice for {@code family} Ali born 1975-04-12, published on 2025-02-01 and deleted by the CCF the same day. */
    String deletedByCcf(String country, String family) {
        clock.set(LocalDate.of(2025, 2, 1));
        String notice = publishedNotice(country, family);
        String req = challenge(notice, "DELETION", "2025-02-01");
        admissible(req, "2025-02-01");
        as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", "Article 3: predominantly political"))
                .post("/ccf-requests/" + req + "/decision").then().statusCode(200).body("outcome", equalTo("DELETION_ORDERED"));
        return notice;
    }

    @Test
    void deadlinesAreFourMonthsForAccessAndNineForCorrectionAndDeletionAndOverdueIsReported() {
        clock.set(LocalDate.of(2025, 1, 2));
        String notice = publishedNotice("TR", "KAYA");
        clock.set(LocalDate.of(2025, 1, 5));
        String access = challenge(notice, "ACCESS", "2025-01-02");
        String deletion = challenge(notice, "DELETION", "2025-01-03");
        String correction = challenge(notice, "CORRECTION", "2025-01-04");
        admissible(access, "2025-01-05");
        admissible(deletion, "2025-01-05");
        admissible(correction, "2025-01-05");
        as(ccf()).get("/ccf-requests/" + access).then().body("deadline", equalTo("2025-05-05")).body("overdue", equalTo(false));
        as(ccf()).get("/ccf-requests/" + deletion).then().body("deadline", equalTo("2025-10-05"));
        as(ccf()).get("/ccf-requests/" + correction).then().body("deadline", equalTo("2025-10-05"));
        clock.set(LocalDate.of(2025, 5, 5));
        as(ccf()).get("/ccf-requests?overdue=true").then().body("total", equalTo(0));
        clock.set(LocalDate.of(2025, 5, 6));
        as(ccf()).get("/ccf-requests?overdue=true").then().body("items.id", equalTo(List.of(access)))
                .body("items[0].daysLeft", equalTo(-1)).body("items[0].overdue", equalTo(true));
        as(gs()).get("/ccf-requests?overdue=false").then().body("items.id", not(hasItem(access)));
        // only true or false: overdue=1 listed the requests NOT overdue
        for (String v : List.of("1", "yes", "0")) {
            as(ccf()).get("/ccf-requests?overdue=" + v).then().statusCode(400).contentType(problemJson())
                    .body("type", equalTo("https://icpo.example/problems/validation"))
                    .body("violations[0].field", equalTo("overdue"));
        }
        as(ccf()).get("/ccf-requests?overdue=TRUE").then().statusCode(200).body("items.id", equalTo(List.of(access)));
        clock.set(LocalDate.of(2025, 10, 6));
        as(ccf()).get("/ccf-requests?overdue=true").then().body("total", equalTo(3));
        // a decision ends the overdue report
        as(ccf()).body(Bodies.map("outcome", "ACCESS_GRANTED", "reason", "Data communicated to the applicant"))
                .post("/ccf-requests/" + access + "/decision").then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("overdue", equalTo(false)).body("daysLeft", nullValue());
        as(ccf()).get("/ccf-requests?overdue=true").then().body("total", equalTo(2));
        as(gs()).get("/audit/notices?targetId=" + access).then().body("items[0].details.withinDeadline", equalTo(false));
    }

    @Test
    void deletionCancelsTheNoticeAndBlocksAnIdenticalRequestWithoutNewFacts() {
        String notice = deletedByCcf("TR", "DEMIR");
        as(gs()).get("/notice-requests/" + notice).then().body("status", equalTo("CANCELLED"))
                .body("closeReason", containsString("Article 3: predominantly political"))
                .body("history[-1].action", equalTo("CCF_DELETE")).body("history[-1].actorRole", equalTo("CCF"));
        as(ncb("DE")).get("/notice-requests/" + notice).then().statusCode(404);
        // the same member files the same person again: refused without new facts
        String before = data.fingerprint();
        as(ncb("TR")).body(Bodies.red("Demir", "ALI")).post("/notice-requests").then().statusCode(422)
                .body("failedChecks.code", equalTo(List.of("CCF_DELETION_BLOCK")))
                .body("failedChecks[0].reason", containsString("newFacts"));
        assertEquals(before, data.fingerprint());
        // with new facts it goes to the queue, flagged
        Map<String, Object> again = Bodies.red("DEMIR", "Ali");
        again.put("newFacts", "New arrest warrant after new evidence of fraud");
        String second = file("TR", again);
        as(gs()).get("/notice-requests/" + second).then().body("risk.flags.code", hasItem("REPEAT_AFTER_CCF_DELETION"))
                .body("checks.find { it.code == 'CCF_DELETION_BLOCK' }.outcome", equalTo("PASSED"));
        // another member asking for the same person is flagged, not blocked
        String other = file("AZ", Bodies.red("DEMIR", "Ali"));
        as(gs()).get("/notice-requests/" + other).then().body("risk.flags.code", hasItem("REPEAT_AFTER_CCF_DELETION"))
                .body("checks.code", not(hasItem("CCF_DELETION_BLOCK")));
        // a different person is not affected
        String unrelated = file("TR", Bodies.red("DEMIR", "Mehmet"));
        as(gs()).get("/notice-requests/" + unrelated).then().body("risk.flags.code", not(hasItem("REPEAT_AFTER_CCF_DELETION")));
    }

    @Test
    void aDeletionBlocksTheSamePersonWrittenInFullwidthLettersOrAnotherCaseFolding() {
        deletedByCcf("TR", "STRAßE");
        for (String family : List.of("STRASSE", "\uFF33\uFF34\uFF32\uFF21\uFF33\uFF33\uFF25")) {
            as(ncb("TR")).body(Bodies.red(family, "ALI")).post("/notice-requests").then().statusCode(422)
                    .body("failedChecks.code", equalTo(List.of("CCF_DELETION_BLOCK")));
        }
        // an invisible character is not a new name: the Latin field refuses it
        as(ncb("TR")).body(Bodies.red("STRA\u00ADSSE", "ALI")).post("/notice-requests").then().statusCode(400)
                .body("violations[0].field", equalTo("subject.familyName"));
    }

    @Test
    void aDeletionBlocksTheSamePersonFiledAgainWithoutForename() {
        deletedByCcf("TR", "YILMAZ");
        // a Blue Notice names no forename: the same family name and date of birth (1975-04-12) are the deleted person
        String before = data.fingerprint();
        as(ncb("TR")).body(blue("YILMAZ", "1975-04-12")).post("/notice-requests").then().statusCode(422)
                .body("failedChecks.code", equalTo(List.of("CCF_DELETION_BLOCK")));
        assertEquals(before, data.fingerprint());
        // another date of birth, or none (nothing known besides the family name), is not that person
        String otherDate = file("TR", blue("YILMAZ", "1980-01-01"));
        String noDate = file("TR", blue("YILMAZ", null));
        for (String id : List.of(otherDate, noDate)) {
            as(gs()).get("/notice-requests/" + id).then().body("checks.code", not(hasItem("CCF_DELETION_BLOCK")))
                    .body("risk.flags.code", not(hasItem("REPEAT_AFTER_CCF_DELETION")));
        }
    }

    static Map<String, Object> blue(String family, String dateOfBirth) {
        Map<String, Object> body = Bodies.ofType("BLUE");
        Map<String, Object> subject = Bodies.subject(family, null);
        subject.remove("forename");
        if (dateOfBirth == null) {
            subject.remove("dateOfBirth");
        } else {
            subject.put("dateOfBirth", dateOfBirth);
        }
        body.put("subject", subject);
        return body;
    }

    @Test
    void aDeletionDecisionWithTheLongestReasonIsStoredInFull() {
        clock.set(LocalDate.of(2025, 2, 1));
        String notice = publishedNotice("TR", "UZUN");
        String deletion = challenge(notice, "DELETION", "2025-02-01");
        admissible(deletion, "2025-02-01");
        String reason = ReviewTest.text("The request is predominantly political (Article 3); the data are deleted. ", 8000);
        String before = data.fingerprint();
        as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", reason + "x")).post("/ccf-requests/" + deletion + "/decision")
                .then().statusCode(400).contentType(problemJson());
        assertEquals(before, data.fingerprint());
        as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", reason)).post("/ccf-requests/" + deletion + "/decision")
                .then().statusCode(200).body("status", equalTo("DECIDED")).body("decisionReason", equalTo(reason));
        String closeReason = "Deleted by decision of the CCF of 2025-02-01 (request " + deletion + "): " + reason;
        as(gs()).get("/notice-requests/" + notice).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("closeReason", equalTo(closeReason))
                .body("history[-1].action", equalTo("CCF_DELETE")).body("history[-1].reason", equalTo(closeReason));
        // the block it creates names the decision in full too
        Map<String, Object> again = Bodies.red("UZUN", "Ali");
        as(ncb("TR")).body(again).post("/notice-requests").then().statusCode(422)
                .body("detail", containsString("CCF_DELETION_BLOCK")).body("detail", containsString(reason));
    }

    @Test
    void readsOfCcfRequestsAreAudited() {
        clock.set(LocalDate.of(2025, 2, 1));
        String notice = publishedNotice("TR", "OKUR");
        String request = challenge(notice, "ACCESS", "2025-02-01");
        long lists = data.auditCount("ccf-request.listed", "list");
        assertEquals(0, data.auditCount("ccf-request.read", request));
        as(ccf()).header("X-Request-Id", "ccf-read-" + request).get("/ccf-requests/" + request).then().statusCode(200)
                .body("applicant", equalTo("Counsel for the person"));
        assertEquals(1, data.auditCount("ccf-request.read", request));
        as(gs()).header("X-Request-Id", "ccf-list-" + request).get("/ccf-requests?status=RECEIVED").then().statusCode(200)
                .body("items.id", equalTo(List.of(request)));
        assertEquals(lists + 1, data.auditCount("ccf-request.listed", "list"));
        // who, what, which request: the newest entry of the log
        as(gs()).get("/audit/notices?targetType=ccf-request&targetId=list").then().statusCode(200)
                .body("items[0].action", equalTo("ccf-request.listed")).body("items[0].actor", equalTo("gs-reviewer-1"))
                .body("items[0].details.ids", equalTo(List.of(request))).body("items[0].details.status", equalTo("RECEIVED"))
                .body("items[0].requestId", equalTo("ccf-list-" + request));
        as(gs()).get("/audit/notices?targetId=" + request).then().statusCode(200)
                .body("items[0].action", equalTo("ccf-request.read")).body("items[0].actor", equalTo("ccf-member"))
                .body("items[0].details.status", equalTo("RECEIVED")).body("items[0].requestId", equalTo("ccf-read-" + request));
        // a request that does not exist is not read: 404, no entry
        String unknown = java.util.UUID.randomUUID().toString();
        as(ccf()).get("/ccf-requests/" + unknown).then().statusCode(404);
        assertEquals(0, data.auditCount("ccf-request.read", unknown));
    }

    @Test
    void rejectedDeletionAndCorrectionLeaveTheNotice() {
        String notice = publishedNotice("FR", "LEROY");
        String del = challenge(notice, "DELETION", LocalDate.now().toString());
        admissible(del, LocalDate.now().toString());
        as(ccf()).body(Bodies.map("outcome", "DELETION_REJECTED", "reason", "Conditions met")).post("/ccf-requests/" + del + "/decision")
                .then().statusCode(200);
        String cor = challenge(notice, "CORRECTION", LocalDate.now().toString());
        admissible(cor, LocalDate.now().toString());
        as(ccf()).body(Bodies.map("outcome", "CORRECTION_ORDERED", "reason", "Wrong date of birth")).post("/ccf-requests/" + cor + "/decision")
                .then().statusCode(400).body("violations[0].field", equalTo("correction"));
        as(ccf()).body(Bodies.map("outcome", "CORRECTION_ORDERED", "reason", "Wrong date of birth", "correction", "Date of birth is 1976-04-12"))
                .post("/ccf-requests/" + cor + "/decision").then().statusCode(200).body("correction", equalTo("Date of birth is 1976-04-12"));
        assertEquals(1, data.auditCount("notice.correction-ordered", notice));
        as(gs()).get("/notice-requests/" + notice).then().body("status", equalTo("PUBLISHED"));
    }

    @Test
    void theCcfStateMachineAndBadInput() {
        String notice = publishedNotice("FR", "MOREAU");
        String today = LocalDate.now().toString();
        String req = challenge(notice, "ACCESS", today);
        String before = data.fingerprint();
        // no decision before admissibility
        as(ccf()).body(Bodies.map("outcome", "ACCESS_GRANTED", "reason", "x")).post("/ccf-requests/" + req + "/decision").then().statusCode(409);
        // outcome of another kind
        admissible(req, today);
        String afterAdmissible = data.fingerprint();
        as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", "x")).post("/ccf-requests/" + req + "/decision").then().statusCode(400);
        as(ccf()).body(Bodies.map("outcome", "ACCESS_GRANTED", "reason", "x", "decidedOn", "2999-01-01")).post("/ccf-requests/" + req + "/decision")
                .then().statusCode(400);
        as(ccf()).body(Bodies.map("admissible", false, "reason", "again")).post("/ccf-requests/" + req + "/admissibility").then().statusCode(409);
        assertEquals(afterAdmissible, data.fingerprint());
        String inadmissible = challenge(notice, "DELETION", today);
        as(ccf()).body(Bodies.map("admissible", false, "reason", "Anonymous request")).post("/ccf-requests/" + inadmissible + "/admissibility")
                .then().statusCode(200).body("status", equalTo("INADMISSIBLE")).body("deadline", nullValue());
        as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", "x")).post("/ccf-requests/" + inadmissible + "/decision").then().statusCode(409);
        String b2 = data.fingerprint();
        as(ccf()).body(Bodies.map("recordId", java.util.UUID.randomUUID().toString(), "kind", "ACCESS", "applicant", "a", "grounds", "g",
                "receivedOn", today)).post("/ccf-requests").then().statusCode(400).body("violations[0].field", equalTo("recordId"));
        as(ccf()).body(Bodies.map("recordId", notice, "kind", "ERASURE", "applicant", "a", "grounds", "g", "receivedOn", today))
                .post("/ccf-requests").then().statusCode(400);
        as(ccf()).body(Bodies.map("recordId", notice, "kind", "ACCESS", "applicant", " ", "grounds", "g", "receivedOn", today))
                .post("/ccf-requests").then().statusCode(400);
        as(ccf()).body(Bodies.map("recordId", notice, "kind", "ACCESS", "applicant", "a", "grounds", "g", "receivedOn", "2999-01-01"))
                .post("/ccf-requests").then().statusCode(400);
        as(ccf()).body(Bodies.map("admissible", true, "decidedOn", "2000-01-01", "reason", "x"))
                .post("/ccf-requests/" + challengeNoCheck() + "/admissibility").then().statusCode(404);
        as(ccf()).get("/ccf-requests?status=LOST").then().statusCode(400);
        as(ncb("FR")).body(Bodies.map("recordId", notice, "kind", "ACCESS", "applicant", "a", "grounds", "g", "receivedOn", today))
                .post("/ccf-requests").then().statusCode(403);
        as(gs()).body(Bodies.map("recordId", notice, "kind", "ACCESS", "applicant", "a", "grounds", "g", "receivedOn", today))
                .post("/ccf-requests").then().statusCode(403);
        as(ncb("FR")).get("/ccf-requests").then().statusCode(403);
        as(gs()).body(Bodies.map("admissible", true, "reason", "x")).post("/ccf-requests/" + req + "/admissibility").then().statusCode(403);
        assertEquals(b2, data.fingerprint());
        assertEquals(before.split(",").length, b2.split(",").length);
    }

    /** The refusal of a CCF date that comes before what it follows: a 400 naming the field, and nothing written. */
    void refusedDate(io.restassured.response.Response r, String field, String message) {
        r.then().statusCode(400).contentType(problemJson()).body("type", equalTo("https://icpo.example/problems/validation"))
                .body("violations.field", equalTo(List.of(field))).body("violations[0].message", containsString(message));
    }

    @Test
    void ccfDatesFollowOneAnotherFromTheDayTheRecordWasFiled() {
        clock.set(LocalDate.of(2026, 11, 26));
        String notice = publishedNotice("TR", "ONCE");
        String before = data.fingerprint();
        // a request about a record cannot have been received before the record existed
        for (String receivedOn : List.of("2025-12-30", "0001-01-01", "2026-11-25")) {
            refusedDate(as(ccf()).body(Bodies.map("recordId", notice, "kind", "DELETION", "applicant", "Counsel", "grounds", "political",
                    "receivedOn", receivedOn)).post("/ccf-requests"), "receivedOn", "must not be before the notice request was filed (2026-11-26)");
        }
        assertEquals(before, data.fingerprint());
        // the day it was filed is the earliest
        String req = challenge(notice, "DELETION", "2026-11-26");
        clock.set(LocalDate.of(2026, 12, 10));
        String received = data.fingerprint();
        refusedDate(as(ccf()).body(Bodies.map("admissible", true, "decidedOn", "2026-11-25", "reason", "ok"))
                .post("/ccf-requests/" + req + "/admissibility"), "decidedOn", "must not be before the request was received (2026-11-26)");
        assertEquals(received, data.fingerprint());
        admissible(req, "2026-11-30");
        String admitted = data.fingerprint();
        refusedDate(as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "decidedOn", "2026-11-29", "reason", "Article 3"))
                .post("/ccf-requests/" + req + "/decision"), "decidedOn", "must not be before admissibility (2026-11-30)");
        assertEquals(admitted, data.fingerprint());
        as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "decidedOn", "2026-11-30", "reason", "Article 3"))
                .post("/ccf-requests/" + req + "/decision").then().statusCode(200).body("decidedOn", equalTo("2026-11-30"));
        // so the member's figures of the year before show nothing of a record it filed after
        io.restassured.RestAssured.get("/statistics/notices/members/TR?year=2025").then().statusCode(200)
                .body("ccfRequestsByKind", equalTo(Map.of("ACCESS", 0, "CORRECTION", 0, "DELETION", 0)))
                .body("ccfDecisionsByOutcome.DELETION_ORDERED", equalTo(0)).body("deletedByCcf", equalTo(0));
        io.restassured.RestAssured.get("/statistics/notices/members/TR?year=2026").then().statusCode(200)
                .body("ccfRequestsByKind.DELETION", equalTo(1)).body("ccfDecisionsByOutcome.DELETION_ORDERED", equalTo(1))
                .body("deletedByCcf", equalTo(1));
    }

    /** A 409 refusing {@code action} on a record in {@code status}; the problem names both. */
    static void refusedClosed(io.restassured.response.Response r, String action, String status) {
        r.then().statusCode(409).contentType(problemJson()).body("type", equalTo("https://icpo.example/problems/conflict"))
                .body("action", equalTo(action)).body("currentStatus", equalTo(status)).body("detail", containsString(status));
    }

    Map<String, Object> ccfBody(String recordId, String kind) {
        return Bodies.map("recordId", recordId, "kind", kind, "applicant", "Counsel for the person", "grounds", "Wrong data",
                "receivedOn", LocalDate.now(clock).toString());
    }

    @Test
    void noDeletionOrCorrectionIsRegisteredAboutARecordThatIsClosed() {
        String deleted = deletedByCcf("TR", "SILINDI");
        clock.set(LocalDate.of(2025, 3, 1));
        String refused = file("TR", Bodies.red("RED", "Ali"));
        review(gs(), "/notice-requests", refused, "REFUSE", "ARTICLE_3", "predominantly political").statusCode(200);
        String cancelled = publishedNotice("TR", "IPTAL");
        as(ncb("TR")).body(Bodies.map("reason", "person arrested")).post("/notice-requests/" + cancelled + "/cancellation").then().statusCode(200);
        String withdrawn = diffuse("TR", Bodies.ofType("BLUE"));
        review(gs(), "/diffusions", withdrawn, "REFUSE", "ARTICLE_3", "political character").statusCode(200).body("status", equalTo("WITHDRAWN"));
        clock.set(LocalDate.of(2025, 3, 2));
        Map<String, String> closed = Map.of(refused, "REFUSED", cancelled, "CANCELLED", withdrawn, "WITHDRAWN", deleted, "CANCELLED");
        String before = data.fingerprint();
        for (Map.Entry<String, String> record : closed.entrySet()) {
            for (String kind : List.of("DELETION", "CORRECTION")) {
                refusedClosed(as(ccf()).body(ccfBody(record.getKey(), kind)).post("/ccf-requests"), kind, record.getValue());
            }
        }
        assertEquals(before, data.fingerprint());
        // the data are still held: the person may still ask for access to them
        for (String record : closed.keySet()) {
            as(ccf()).body(ccfBody(record, "ACCESS")).post("/ccf-requests").then().statusCode(201);
        }
        // the refused request was not deleted: no block, the member files the person again (to be reviewed again)
        file("TR", Bodies.red("RED", "Ali"));
    }

    @Test
    void anOrderAboutARecordClosedSinceTheRequestIsRefusedAndTheFiguresMatch() {
        clock.set(LocalDate.of(2025, 4, 1));
        String notice = publishedNotice("TR", "KAPALI");
        String deletion = challenge(notice, "DELETION", "2025-04-01");
        String again = challenge(notice, "DELETION", "2025-04-01");
        String correction = challenge(notice, "CORRECTION", "2025-04-01");
        for (String req : List.of(deletion, again, correction)) {
            admissible(req, "2025-04-01");
        }
        // the first order deletes the notice
        as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", "Article 3")).post("/ccf-requests/" + deletion + "/decision")
                .then().statusCode(200);
        as(gs()).get("/notice-requests/" + notice).then().body("status", equalTo("CANCELLED"));
        String before = data.fingerprint();
        // a second deletion or a correction of the deleted notice would be counted and change nothing
        refusedClosed(as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", "Article 3")).post("/ccf-requests/" + again + "/decision"),
                "DELETION_ORDERED", "CANCELLED");
        refusedClosed(as(ccf()).body(Bodies.map("outcome", "CORRECTION_ORDERED", "reason", "Wrong date of birth", "correction", "Born 1976"))
                .post("/ccf-requests/" + correction + "/decision"), "CORRECTION_ORDERED", "CANCELLED");
        assertEquals(before, data.fingerprint());
        as(gs()).get("/notice-requests/" + notice).then().body("history.action", equalTo(List.of("FILE", "PUBLISH", "CCF_DELETE")));
        // the requests are closed with the outcome that leaves the record as it is, saying why
        as(ccf()).body(Bodies.map("outcome", "DELETION_REJECTED", "reason", "Deleted by the decision on request " + deletion))
                .post("/ccf-requests/" + again + "/decision").then().statusCode(200).body("status", equalTo("DECIDED"));
        as(ccf()).body(Bodies.map("outcome", "CORRECTION_REJECTED", "reason", "The notice was deleted"))
                .post("/ccf-requests/" + correction + "/decision").then().statusCode(200);
        // a request whose record its requester cancelled meanwhile: no order either
        String other = publishedNotice("TR", "GERI");
        String pending = challenge(other, "DELETION", "2025-04-01");
        admissible(pending, "2025-04-01");
        as(ncb("TR")).body(Bodies.map("reason", "person arrested")).post("/notice-requests/" + other + "/cancellation").then().statusCode(200);
        String cancelled = data.fingerprint();
        refusedClosed(as(ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", "Article 3")).post("/ccf-requests/" + pending + "/decision"),
                "DELETION_ORDERED", "CANCELLED");
        assertEquals(cancelled, data.fingerprint());
        // every deletion ordered is a deletion
        io.restassured.RestAssured.get("/statistics/notices?year=2025").then().statusCode(200)
                .body("ccfDecisionsByOutcome.DELETION_ORDERED", equalTo(1)).body("deletedByCcf", equalTo(1))
                .body("ccfDecisionsByOutcome.DELETION_REJECTED", equalTo(1)).body("ccfDecisionsByOutcome.CORRECTION_ORDERED", equalTo(0));
    }

    static String challengeNoCheck() {
        return java.util.UUID.randomUUID().toString();
    }

    @Test
    void admissibilityBeforeReceptionIsRefused() {
        String notice = publishedNotice("FR", "PETIT");
        String req = challenge(notice, "ACCESS", LocalDate.now().toString());
        as(ccf()).body(Bodies.map("admissible", true, "decidedOn", LocalDate.now().minusDays(1).toString(), "reason", "x"))
                .post("/ccf-requests/" + req + "/admissibility").then().statusCode(400).body("violations[0].field", equalTo("decidedOn"));
    }
}
