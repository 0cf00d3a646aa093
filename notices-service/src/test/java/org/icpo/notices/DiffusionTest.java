package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Diffusions: sent to all or chosen members, visible at once, reviewed afterwards, withdrawn when refused. */
@QuarkusTest
class DiffusionTest extends NoticesTestBase {

    @Test
    void toChosenMembersVisibleAtOnceToThemOnly() {
        Map<String, Object> body = Bodies.ofType("BLUE");
        body.put("recipients", List.of("DE", "IT"));
        String id = as(ncb("FR")).body(body).post("/diffusions").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/diffusions/"))
                .body("status", equalTo("CIRCULATING")).body("toAll", equalTo(false)).body("recipients", equalTo(List.of("DE", "IT")))
                .extract().path("id");
        as(ncb("DE")).get("/diffusions/" + id).then().statusCode(200);
        as(ncb("IT")).get("/diffusions").then().body("items.id", equalTo(List.of(id)));
        as(ncb("ES")).get("/diffusions/" + id).then().statusCode(404);
        as(ncb("ES")).get("/diffusions").then().body("total", equalTo(0));
        as(ncb("FR")).get("/diffusions?scope=SENT").then().body("items.id", equalTo(List.of(id)));
        as(ncb("FR")).get("/diffusions?scope=RECEIVED").then().body("total", equalTo(0));
        // in the queue for review afterwards
        as(gs()).get("/review-queue?kind=DIFFUSION").then().body("items.id", equalTo(List.of(id)));
        assertEquals(1, data.auditCount("diffusion.read", id));
    }

    @Test
    void toAllMembers() {
        String id = diffuse("FR", Bodies.ofType("GREEN"));
        as(ncb("JP")).get("/diffusions/" + id).then().statusCode(200).body("toAll", equalTo(true));
    }

    @Test
    void confirmedAfterReviewOrWithdrawnWhenRefused() {
        String ok = diffuse("FR", Bodies.ofType("BLUE"));
        review(gs(), "/diffusions", ok, "PUBLISH", null, "compliant").statusCode(200).body("status", equalTo("PUBLISHED"));
        as(ncb("DE")).get("/diffusions/" + ok).then().statusCode(200);
        Map<String, Object> political = Bodies.red("NAVALNY", "Alexei");
        political.put("caseSummary", "Extremism: organizing an unauthorized assembly");
        political.remove("publicExtract");
        String bad = diffuse("FR", political);
        as(gs()).get("/review-queue").then().body("items[0].id", equalTo(bad)).body("items[0].flags", hasItem("ARTICLE3_POLITICAL"));
        review(gs(), "/diffusions", bad, "REFUSE", "ARTICLE_3", "political character").statusCode(200).body("status", equalTo("WITHDRAWN"));
        as(ncb("DE")).get("/diffusions/" + bad).then().statusCode(404);
        as(ncb("FR")).get("/diffusions/" + bad).then().statusCode(200).body("review.refusalGround", equalTo("ARTICLE_3"));
    }

    @Test
    void diffusionBadInput() {
        String before = data.fingerprint();
        Map<String, Object> empty = Bodies.ofType("BLUE");
        empty.put("recipients", List.of());
        as(ncb("FR")).body(empty).post("/diffusions").then().statusCode(400).body("violations[0].field", equalTo("recipients"));
        Map<String, Object> dup = Bodies.ofType("BLUE");
        dup.put("recipients", List.of("DE", "DE"));
        as(ncb("FR")).body(dup).post("/diffusions").then().statusCode(400);
        Map<String, Object> lower = Bodies.ofType("BLUE");
        lower.put("recipients", List.of("de"));
        as(ncb("FR")).body(lower).post("/diffusions").then().statusCode(400);
        Map<String, Object> pub = Bodies.ofType("BLUE");
        pub.put("publicExtract", true);
        as(ncb("FR")).body(pub).post("/diffusions").then().statusCode(400).body("violations[0].field", equalTo("publicExtract"));
        as(ncb("FR")).get("/diffusions?scope=EVERYTHING").then().statusCode(400);
        as(gs()).body(Bodies.ofType("BLUE")).post("/diffusions").then().statusCode(403);
        as(Tokens.ccf()).body(Bodies.ofType("BLUE")).post("/diffusions").then().statusCode(403);
        assertEquals(before, data.fingerprint());
    }

    @Test
    void recipientsMustBeMembersOfTheOrganization() {
        MembershipStub.set("ZZ", MembershipStub.Mode.NOT_MEMBER);
        MembershipStub.set("XA", MembershipStub.Mode.NOT_MEMBER);
        String before = data.fingerprint();
        Map<String, Object> body = Bodies.ofType("BLUE");
        body.put("recipients", List.of("DE", "ZZ", "IT", "XA"));
        as(ncb("FR")).header("Idempotency-Key", "recipients-1").body(body).post("/diffusions").then().statusCode(422).contentType(problemJson())
                .body("type", equalTo("https://icpo.example/problems/rule-violation"))
                .body("unknownRecipients", equalTo(List.of("ZZ", "XA")))
                .body("detail", containsString("ZZ, XA"))
                .body("violations.field", equalTo(List.of("recipients[1]", "recipients[3]")))
                .body("violations[0].message", containsString("ZZ is not a member"));
        // nothing sent, stored or audited, nor the idempotency key kept
        assertEquals(before, data.fingerprint());
        as(ncb("DE")).get("/diffusions").then().body("total", equalTo(0));
        before = data.fingerprint(); // the list is audited
        // a recipient's standing cannot be read (membership failing, nothing cached): 503, as for the sender's, nothing sent
        MembershipStub.set("IT", MembershipStub.Mode.DOWN);
        body.put("recipients", List.of("DE", "IT"));
        as(ncb("FR")).body(body).post("/diffusions").then().statusCode(503)
                .body("type", equalTo("https://icpo.example/problems/upstream-unavailable"));
        assertEquals(before, data.fingerprint());
        // members are recipients, under a measure or not; the same key, now with members only, sends it
        MembershipStub.set("IT", MembershipStub.Mode.NORMAL);
        MembershipStub.set("RU", MembershipStub.Mode.HEIGHTENED_SUPERVISION);
        MembershipStub.set("AF", MembershipStub.Mode.SUSPENDED);
        body.put("recipients", List.of("DE", "IT", "RU", "AF"));
        as(ncb("FR")).header("Idempotency-Key", "recipients-1").body(body).post("/diffusions").then().statusCode(201)
                .body("status", equalTo("CIRCULATING")).body("recipients", equalTo(List.of("AF", "DE", "IT", "RU")));
        as(ncb("DE")).get("/diffusions").then().body("total", equalTo(1));
    }

    @Test
    void aDiffusionsRecipientsAreAskedOfMembershipInOneCall() {
        Map<String, Object> one = Bodies.ofType("BLUE");
        one.put("recipients", List.of("DE"));
        int before = MembershipStub.calls();
        as(ncb("FR")).body(one).post("/diffusions").then().statusCode(201);
        int forOne = MembershipStub.calls() - before;
        Map<String, Object> eight = Bodies.ofType("BLUE");
        eight.put("recipients", List.of("DE", "IT", "ES", "PT", "BE", "NL", "AT", "PL"));
        before = MembershipStub.calls();
        as(ncb("FR")).body(eight).post("/diffusions").then().statusCode(201).body("recipients", hasSize(8));
        // the tests cache no standing: each filing reads the sender's, and its recipients all in one call
        assertEquals(forOne, MembershipStub.calls() - before);
        assertEquals(2, forOne);
    }

    @Test
    void senderMayCancelACirculatingDiffusion() {
        String id = diffuse("FR", Bodies.ofType("BLUE"));
        as(ncb("DE")).body(Bodies.map("reason", "x")).post("/diffusions/" + id + "/cancellation").then().statusCode(403);
        as(ncb("FR")).body(Bodies.map("reason", "Person found")).post("/diffusions/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(ncb("DE")).get("/diffusions/" + id).then().statusCode(404);
    }
}
