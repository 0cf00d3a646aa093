package org.icpo.notices;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Transparency statistics over a known set of requests. */
@QuarkusTest
class StatisticsTest extends NoticesTestBase {

    @Test
    void figuresPerYearOrganizationWideAndPerMember() {
        // a notice of 2020 that expires in 2025
        clock.set(LocalDate.of(2020, 2, 1));
        Map<String, Object> old = Bodies.red("OLDCASE", "Jean");
        Bodies.sub(Bodies.sub(old, "red"), "warrant").put("issuedOn", "2019-06-01");
        publish(file("FR", old));

        Instant t0 = Instant.parse("2025-01-10T12:00:00Z");
        clock.set(t0);
        String fr1 = file("FR", Bodies.red("ONE", "Jean"));
        String fr2 = file("FR", Bodies.red("TWO", "Jean"));
        String fr3 = file("FR", Bodies.red("THREE", "Jean"));
        String de1 = as(ncb("DE")).body(Bodies.ofType("YELLOW")).post("/notice-requests").then().statusCode(201).extract().path("id");
        diffuse("FR", Bodies.ofType("BLUE"));
        clock.set(t0.plus(Duration.ofHours(6)));
        review(gs(), "/notice-requests", de1, "REFUSE", "INSUFFICIENT_DATA", "no photograph, no description").statusCode(200);
        clock.set(t0.plus(Duration.ofHours(12)));
        publish(fr3);
        clock.set(t0.plus(Duration.ofHours(24)));
        publish(fr1);
        clock.set(t0.plus(Duration.ofHours(48)));
        review(gs(), "/notice-requests", fr2, "REFUSE", "ARTICLE_3", "predominantly political").statusCode(200);
        clock.set(LocalDate.of(2025, 1, 20));
        as(ncb("FR")).body(Bodies.map("reason", "person arrested")).post("/notice-requests/" + fr3 + "/cancellation").then().statusCode(200);
        clock.set(LocalDate.of(2025, 2, 2));
        as(gs()).post("/notice-lifecycle/runs").then().statusCode(200);
        String deletion = as(Tokens.ccf()).body(Bodies.map("recordId", fr1, "kind", "DELETION", "applicant", "Counsel", "grounds", "political",
                "receivedOn", "2025-02-02")).post("/ccf-requests").then().statusCode(201).extract().path("id");
        as(Tokens.ccf()).body(Bodies.map("admissible", true, "decidedOn", "2025-02-02", "reason", "ok"))
                .post("/ccf-requests/" + deletion + "/admissibility").then().statusCode(200);
        as(Tokens.ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "reason", "Article 3"))
                .post("/ccf-requests/" + deletion + "/decision").then().statusCode(200);
        String access = as(Tokens.ccf()).body(Bodies.map("recordId", fr1, "kind", "ACCESS", "applicant", "Anonymous", "grounds", "none",
                "receivedOn", "2025-02-02")).post("/ccf-requests").then().statusCode(201).extract().path("id");
        as(Tokens.ccf()).body(Bodies.map("admissible", false, "decidedOn", "2025-02-02", "reason", "anonymous"))
                .post("/ccf-requests/" + access + "/admissibility").then().statusCode(200);

        // organization-wide, no token
        RestAssured.get("/statistics/notices?year=2025").then().statusCode(200)
                .body("year", equalTo(2025)).body("$", not(hasKey("country"))).body("$", not(hasKey("member")))
                .body("noticeRequestsByType.RED", equalTo(3)).body("noticeRequestsByType.YELLOW", equalTo(1))
                .body("noticeRequestsByType.SILVER", equalTo(0)).body("diffusionsByType.BLUE", equalTo(1))
                .body("noticesPublished", equalTo(2)).body("diffusionsConfirmed", equalTo(0))
                .body("refusedByGround", equalTo(Map.of("ARTICLE_2", 0, "ARTICLE_3", 1, "CONDITIONS_NOT_MET", 0, "INSUFFICIENT_DATA", 1, "REFUGEE", 0)))
                .body("cancelledByRequester", equalTo(1)).body("deletedByCcf", equalTo(1)).body("expired", equalTo(1))
                .body("ccfRequestsByKind", equalTo(Map.of("ACCESS", 1, "CORRECTION", 0, "DELETION", 1))).body("ccfInadmissible", equalTo(1))
                .body("ccfDecisionsByOutcome.DELETION_ORDERED", equalTo(1)).body("ccfDecisionsByOutcome.ACCESS_GRANTED", equalTo(0))
                // review times of the notices decided in 2025: 6, 12, 24, 48 hours
                .body("medianReviewHours", equalTo(18.0f));
        RestAssured.get("/statistics/notices/members/FR?year=2025").then().statusCode(200).body("country", equalTo("FR"))
                .body("member", equalTo("FR")) // its former name, deprecated
                .body("noticeRequestsByType.RED", equalTo(3)).body("noticeRequestsByType.YELLOW", equalTo(0))
                .body("noticesPublished", equalTo(2)).body("refusedByGround.ARTICLE_3", equalTo(1)).body("refusedByGround.INSUFFICIENT_DATA", equalTo(0))
                .body("cancelledByRequester", equalTo(1)).body("deletedByCcf", equalTo(1)).body("expired", equalTo(1))
                .body("ccfRequestsByKind.DELETION", equalTo(1)).body("medianReviewHours", equalTo(24.0f));
        // the member code in either case, as in membership-service
        RestAssured.get("/statistics/notices/members/fr?year=2025").then().statusCode(200).body("country", equalTo("FR"))
                .body("noticeRequestsByType.RED", equalTo(3)).body("noticesPublished", equalTo(2));
        RestAssured.get("/statistics/notices/members/DE?year=2025").then().statusCode(200)
                .body("noticeRequestsByType.YELLOW", equalTo(1)).body("refusedByGround.INSUFFICIENT_DATA", equalTo(1))
                .body("noticesPublished", equalTo(0)).body("ccfRequestsByKind.DELETION", equalTo(0)).body("medianReviewHours", equalTo(6.0f));
        RestAssured.get("/statistics/notices?year=2020").then().body("noticeRequestsByType.RED", equalTo(1)).body("noticesPublished", equalTo(1))
                .body("expired", equalTo(0)).body("medianReviewHours", equalTo(0.0f));
        // null, not left out: every figure of the public statistics is in every answer
        RestAssured.get("/statistics/notices?year=2024").then().statusCode(200).body("noticesPublished", equalTo(0))
                .body("$", hasKey("medianReviewHours")).body("medianReviewHours", nullValue());
        // the current year by default
        clock.set(LocalDate.of(2025, 6, 1));
        RestAssured.get("/statistics/notices").then().statusCode(200).body("year", equalTo(2025)).body("noticesPublished", equalTo(2));
        // only aggregates: no record, no name
        String body = RestAssured.get("/statistics/notices/members/FR?year=2025").then().extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("ONE") || body.contains(fr1));
    }

    @Test
    void aCcfDeletionCountsInTheYearOfTheDecisionThatOrderedIt() {
        clock.set(LocalDate.of(2025, 12, 20));
        String notice = file("FR", Bodies.red("DECEMBRE", "Jean"));
        publish(notice);
        clock.set(LocalDate.of(2025, 12, 23));
        String deletion = as(Tokens.ccf()).body(Bodies.map("recordId", notice, "kind", "DELETION", "applicant", "Counsel", "grounds", "political",
                "receivedOn", "2025-12-22")).post("/ccf-requests").then().statusCode(201).extract().path("id");
        as(Tokens.ccf()).body(Bodies.map("admissible", true, "decidedOn", "2025-12-23", "reason", "ok"))
                .post("/ccf-requests/" + deletion + "/admissibility").then().statusCode(200);
        // decided on the last day of the year, recorded (and the notice cancelled) after the new year
        clock.set(LocalDate.of(2026, 1, 5));
        as(Tokens.ccf()).body(Bodies.map("outcome", "DELETION_ORDERED", "decidedOn", "2025-12-31", "reason", "Article 3"))
                .post("/ccf-requests/" + deletion + "/decision").then().statusCode(200);
        as(gs()).get("/notice-requests/" + notice).then().body("status", equalTo("CANCELLED"));
        for (String path : new String[]{"/statistics/notices?year=", "/statistics/notices/members/FR?year="}) {
            RestAssured.get(path + 2025).then().statusCode(200)
                    .body("ccfDecisionsByOutcome.DELETION_ORDERED", equalTo(1)).body("deletedByCcf", equalTo(1));
            RestAssured.get(path + 2026).then().statusCode(200)
                    .body("ccfDecisionsByOutcome.DELETION_ORDERED", equalTo(0)).body("deletedByCcf", equalTo(0));
        }
    }

    @Test
    void aCodeNoMemberCanHaveIs400ButAMemberThatFiledNothingHasZeros() {
        for (String code : new String[]{"XX", "xx", "AA", "QM", "ZZ", "UK", "EU"}) {
            RestAssured.get("/statistics/notices/members/" + code + "?year=2025").then().statusCode(400).contentType(problemJson())
                    .body("type", equalTo("https://icpo.example/problems/validation"))
                    .body("violations.field", equalTo(java.util.List.of("code")))
                    .body("violations[0].message", equalTo("'" + code.toUpperCase() + "' is not an assigned ISO 3166-1 alpha-2 code: no member has it"));
        }
        // an assigned code that filed nothing (in the year, or ever), and XK, which the Organization recognizes beyond ISO 3166-1
        for (String code : new String[]{"LI", "li", "XK"}) {
            RestAssured.get("/statistics/notices/members/" + code + "?year=2025").then().statusCode(200)
                    .body("country", equalTo(code.toUpperCase())).body("noticeRequestsByType.RED", equalTo(0)).body("noticesPublished", equalTo(0));
        }
        // a code records were filed under always answers, though ISO 3166-1 no longer assigns it (AN, Netherlands Antilles)
        clock.set(LocalDate.of(2025, 3, 1));
        file("AN", Bodies.red("ANTILLES", "Jan"));
        RestAssured.get("/statistics/notices/members/AN?year=2025").then().statusCode(200).body("country", equalTo("AN"))
                .body("noticeRequestsByType.RED", equalTo(1));
        RestAssured.get("/statistics/notices/members/an?year=2024").then().statusCode(200).body("noticeRequestsByType.RED", equalTo(0));
    }

    @Test
    void invalidParametersAre400() {
        for (String path : new String[]{"/statistics/notices?year=abc", "/statistics/notices?year=1800", "/statistics/notices?year=3000",
                "/statistics/notices/members/F1?year=2025", "/statistics/notices/members/FRA"}) {
            RestAssured.get(path).then().statusCode(400).contentType(problemJson());
        }
        RestAssured.get("/statistics/notices/members/fra").then().statusCode(400).body("violations[0].field", equalTo("code"));
    }
}
