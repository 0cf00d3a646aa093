package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Members under measures, as membership-service reports them: supervision (justify, held, four-eyes) and suspension (403, audited). */
@QuarkusTest
class SupervisionTest extends NoticesTestBase {

    static Map<String, Object> justified(Map<String, Object> body) {
        body.put("justification", Bodies.justification());
        return body;
    }

    @Test
    void supervisedMemberMustJustifyEveryRequest() {
        for (MembershipStub.Mode mode : List.of(MembershipStub.Mode.HEIGHTENED_SUPERVISION, MembershipStub.Mode.CORRECTIVE_MEASURES)) {
            MembershipStub.set("RU", mode);
            String before = data.fingerprint();
            as(ncb("RU")).body(Bodies.red()).post("/notice-requests").then().statusCode(422)
                    .body("failedChecks.code", equalTo(List.of("SUPERVISION_JUSTIFICATION")));
            as(ncb("RU")).body(Bodies.ofType("BLUE")).post("/diffusions").then().statusCode(422)
                    .body("failedChecks.code", equalTo(List.of("SUPERVISION_JUSTIFICATION")));
            assertEquals(before, data.fingerprint());
            String id = file("RU", justified(Bodies.red("P" + (char) ('A' + mode.ordinal()), "X")));
            as(gs()).get("/notice-requests/" + id).then()
                    .body("risk.flags.code", hasItem("REQUESTER_UNDER_SUPERVISION"))
                    .body("risk.measuresAtFiling", equalTo(List.of(mode.name())))
                    .body("risk.fourEyes", equalTo(true));
        }
    }

    @Test
    void publicationNeedsTwoDifferentReviewers() {
        MembershipStub.set("RU", MembershipStub.Mode.HEIGHTENED_SUPERVISION);
        String id = file("RU", justified(Bodies.red()));
        review(gs(), "/notice-requests", id, "PUBLISH", null, "first approval").statusCode(200)
                .body("status", equalTo("PENDING_SECOND_REVIEW"))
                .body("review.firstReviewer", equalTo("gs-reviewer-1"));
        // still invisible to other members
        as(ncb("DE")).get("/notice-requests/" + id).then().statusCode(404);
        review(gs(), "/notice-requests", id, "PUBLISH", null, "approving again").statusCode(409)
                .body("detail", containsString("different reviewer"));
        review(gs2(), "/notice-requests", id, "PUBLISH", null, "second approval").statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("review.firstReviewer", equalTo("gs-reviewer-1"))
                .body("review.reviewedBy", equalTo("gs-reviewer-2"));
        as(ncb("DE")).get("/notice-requests/" + id).then().statusCode(200);
    }

    @Test
    void oneOfficerWhateverTheCaseOfHisNameIsNotTwoReviewers() {
        MembershipStub.set("RU", MembershipStub.Mode.HEIGHTENED_SUPERVISION);
        String id = file("RU", justified(Bodies.red()));
        review(gs(), "/notice-requests", id, "PUBLISH", null, "first approval").statusCode(200).body("status", equalTo("PENDING_SECOND_REVIEW"));
        for (String sameOfficer : List.of("GS-REVIEWER-1", "Gs-Reviewer-1", " gs-reviewer-1 ", "\uFF47\uFF53-reviewer-1")) {
            review(org.icpo.testing.Tokens.secretariat(sameOfficer), "/notice-requests", id, "PUBLISH", null, "approving again").statusCode(409)
                    .body("detail", containsString("different reviewer"));
        }
        as(gs()).get("/notice-requests/" + id).then().body("status", equalTo("PENDING_SECOND_REVIEW"));
        review(gs2(), "/notice-requests", id, "PUBLISH", null, "second approval").statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aMemberSuspendedSinceGetsNoReplayOfWhatItFiled() {
        Map<String, Object> body = Bodies.red("REPLAY", "Request");
        String id = as(ncb("LU")).header("Idempotency-Key", "lu-1").body(body).post("/notice-requests").then().statusCode(201)
                .extract().path("id");
        as(ncb("LU")).header("Idempotency-Key", "lu-1").body(body).post("/notice-requests").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        publish(id);
        Map<String, Object> outcome = Bodies.map("kind", "LOCATED", "occurredOn", java.time.LocalDate.now().toString(), "country", "LU");
        as(ncb("LU")).header("Idempotency-Key", "lu-2").body(outcome).post("/notice-requests/" + id + "/outcomes").then().statusCode(201);
        MembershipStub.set("LU", MembershipStub.Mode.SUSPENDED);
        long refused = data.auditCount("access.refused");
        as(ncb("LU")).header("Idempotency-Key", "lu-1").body(body).post("/notice-requests").then().statusCode(403).contentType(problemJson())
                .body("suspendedRight", equalTo("RECORD"));
        as(ncb("LU")).header("Idempotency-Key", "lu-2").body(outcome).post("/notice-requests/" + id + "/outcomes").then().statusCode(403)
                .body("measure", equalTo("ACCESS_SUSPENSION"));
        assertEquals(refused + 2, data.auditCount("access.refused"));
    }

    @Test
    void secondReviewerMayRefuseOrAskAndAnAnswerNeedsTwoApprovalsAgain() {
        MembershipStub.set("RU", MembershipStub.Mode.CORRECTIVE_MEASURES);
        String id = file("RU", justified(Bodies.red()));
        review(gs(), "/notice-requests", id, "PUBLISH", null, "first").statusCode(200);
        review(gs2(), "/notice-requests", id, "REQUEST_INFO", null, "Which court?").statusCode(200).body("status", equalTo("INFO_REQUESTED"));
        as(ncb("RU")).body(Bodies.map("answer", "Moscow City Court")).post("/notice-requests/" + id + "/answer").then().statusCode(200);
        review(gs2(), "/notice-requests", id, "PUBLISH", null, "first again").statusCode(200).body("status", equalTo("PENDING_SECOND_REVIEW"));
        review(gs(), "/notice-requests", id, "REFUSE", "ARTICLE_3", "political").statusCode(200).body("status", equalTo("REFUSED"));
    }

    @Test
    void measuresImposedAfterFilingStillRequireFourEyes() {
        String id = file("RU", Bodies.red());
        MembershipStub.set("RU", MembershipStub.Mode.HEIGHTENED_SUPERVISION);
        review(gs(), "/notice-requests", id, "PUBLISH", null, "first").statusCode(200).body("status", equalTo("PENDING_SECOND_REVIEW"));
        // membership unreachable: no publication decided blind
        String other = file("FR", Bodies.red("OTHER", "One"));
        MembershipStub.all(MembershipStub.Mode.DOWN);
        review(gs(), "/notice-requests", other, "PUBLISH", null, "x").statusCode(503);
        MembershipStub.all(MembershipStub.Mode.NORMAL);
        as(gs()).get("/notice-requests/" + other).then().body("status", equalTo("PROCESSING"));
    }

    @Test
    void diffusionsOfASupervisedMemberAreHeldUntilReviewed() {
        MembershipStub.set("RU", MembershipStub.Mode.HEIGHTENED_SUPERVISION);
        Map<String, Object> body = justified(Bodies.ofType("BLUE"));
        body.put("recipients", List.of("DE"));
        String id = as(ncb("RU")).body(body).post("/diffusions").then().statusCode(201).body("status", equalTo("PROCESSING"))
                .extract().path("id");
        as(ncb("DE")).get("/diffusions/" + id).then().statusCode(404);
        as(ncb("DE")).get("/diffusions").then().body("total", equalTo(0));
        review(gs(), "/diffusions", id, "PUBLISH", null, "first").statusCode(200).body("status", equalTo("PENDING_SECOND_REVIEW"));
        as(ncb("DE")).get("/diffusions/" + id).then().statusCode(404);
        review(gs2(), "/diffusions", id, "PUBLISH", null, "second").statusCode(200).body("status", equalTo("PUBLISHED"));
        as(ncb("DE")).get("/diffusions/" + id).then().statusCode(200);
    }

    @Test
    void suspendedMemberCanNeitherFileNorReadNorListAndEveryAttemptIsAudited() {
        String published = file("FR", Bodies.red());
        publish(published);
        String own = file("RU", Bodies.red("OWN", "Request"));
        MembershipStub.set("RU", MembershipStub.Mode.SUSPENDED);
        long refusedBefore = data.auditCount("access.refused");
        String before = data.fingerprint();
        as(ncb("RU")).body(Bodies.red()).post("/notice-requests").then().statusCode(403)
                .contentType(problemJson())
                .body("measure", equalTo("ACCESS_SUSPENSION"))
                .body("suspendedRight", equalTo("RECORD"))
                .body("measureId", equalTo("6f1c1d38-4d4e-4a43-9d65-0a1f6d1e2b3c"))
                .body("detail", containsString("ACCESS_SUSPENSION"));
        as(ncb("RU")).body(Bodies.ofType("BLUE")).post("/diffusions").then().statusCode(403).body("measure", equalTo("ACCESS_SUSPENSION"));
        as(ncb("RU")).get("/notice-requests/" + published).then().statusCode(403).body("suspendedRight", equalTo("CONSULT"));
        as(ncb("RU")).get("/notice-requests/" + own).then().statusCode(403);
        as(ncb("RU")).get("/notice-requests?scope=PUBLISHED").then().statusCode(403).body("measure", equalTo("ACCESS_SUSPENSION"));
        as(ncb("RU")).get("/diffusions").then().statusCode(403);
        as(ncb("RU")).body(Bodies.map("reason", "x")).post("/notice-requests/" + own + "/cancellation").then().statusCode(403);
        // nothing but the audit records of the refused attempts was written
        assertEquals(refusedBefore + 7, data.auditCount("access.refused"));
        String after = data.fingerprint();
        assertEquals(before.substring(0, before.lastIndexOf(',')), after.substring(0, after.lastIndexOf(',')));
        assertTrue(data.auditCount("access.refused", published) >= 1);
    }
}
