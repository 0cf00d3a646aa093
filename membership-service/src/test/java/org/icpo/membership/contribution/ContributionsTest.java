package org.icpo.membership.contribution;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.icpo.membership.MembershipTestBase;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ContributionsTest extends MembershipTestBase {


    private final String gs = Tokens.secretariat();

    private void assess(String code, int year, String amount) {
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"financialYear\":" + year + ",\"amountDue\":" + amount + ",\"assessedOn\":\"" + year + "-01-10\"}")
                .post("/members/" + code + "/contributions").then().statusCode(201)
                .body("country", equalTo(code)).body("member", equalTo(code)) // member: its former name, deprecated
                .body("financialYear", equalTo(year)).body("currency", equalTo("EUR")).body("paid", equalTo(Boolean.valueOf(amount.equals("0"))));
    }

    private void pay(String code, int year, String amount, String on) {
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"amount\":" + amount + ",\"paidOn\":\"" + on + "\",\"reference\":\"TR-" + on + "\"}")
                .post("/members/" + code + "/contributions/" + year + "/payments").then().statusCode(201);
    }

    private io.restassured.response.ValidatableResponse standing(String code, String asOf) {
        return given().auth().oauth2(Tokens.ncb("FR")).get("/members/" + code + "/standing" + (asOf == null ? "" : "?asOf=" + asOf)).then().statusCode(200);
    }

    @Test
    void unpaidCurrentAndPreviousYearsCostTheVoteUntilPaid() {
        assess("KE", 2025, "1000.00");
        assess("KE", 2026, "1000.00");
        standing("KE", null).body("inGoodStanding", equalTo(false))
                .body("votingRights.granted", equalTo(false))
                .body("votingRights.reasons[0].code", equalTo("ARREARS"))
                .body("eligibleForOffice.granted", equalTo(false))
                .body("arrears.unpaidYears", contains(2025, 2026));
        given().auth().oauth2(gs).get("/members/KE").then().body("standing", equalTo("IN_ARREARS"));

        pay("KE", 2026, "400.00", "2026-05-01");
        standing("KE", null).body("votingRights.granted", equalTo(false));
        pay("KE", 2026, "600.00", "2026-05-20");
        standing("KE", null).body("votingRights.granted", equalTo(true)).body("votingRights.reasons", hasSize(0))
                .body("eligibleForOffice.granted", equalTo(true)).body("arrears.unpaidYears", contains(2025));
        // the vote came back on the day of the last payment, not before
        standing("KE", "2026-05-19").body("votingRights.granted", equalTo(false));
        standing("KE", "2026-05-20").body("votingRights.granted", equalTo(true));
        given().auth().oauth2(gs).get("/members/KE/contributions").then().statusCode(200)
                .body("financialYear", contains(2025, 2026))
                .body("[1].amountPaid", equalTo(1000.0f)).body("[1].outstanding", equalTo(0.0f)).body("[1].paid", equalTo(true))
                .body("[1].payments", hasSize(2));
    }

    @Test
    void arrearsAcrossTheYearBoundary() {
        assess("GH", 2024, "10");
        assess("GH", 2025, "10");
        pay("GH", 2024, "10", "2024-03-01");
        // 2025 unpaid but 2024 paid: in good standing all through 2025
        standing("GH", "2025-12-31").body("votingRights.granted", equalTo(true));
        // 2026 not assessed yet on 1 January: still in good standing
        standing("GH", "2026-01-01").body("votingRights.granted", equalTo(true));
        assess("GH", 2026, "10");
        // 2026 assessed on 10 January: from that day 2025 and 2026 are unpaid and the vote is lost, not before
        standing("GH", "2026-01-09").body("votingRights.granted", equalTo(true)).body("arrears.unpaidYears", contains(2025));
        standing("GH", "2026-01-10").body("votingRights.granted", equalTo(false)).body("arrears.unpaidYears", contains(2025, 2026));
        standing("GH", "2025-12-31").body("votingRights.granted", equalTo(true));
    }

    @Test
    void anAssessmentIsRecordedOnceMadeNotAhead() {
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2027,\"amountDue\":800,\"assessedOn\":\"2026-06-02\"}")
                .post("/members/TO/contributions").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("assessedOn")).body("violations[0].message", equalTo("must not be in the future"));
        given().auth().oauth2(gs).get("/members/TO/contributions").then().statusCode(200).body("$", hasSize(0));
    }

    /**
     * A contribution is for a financial year of membership: financial year 2020 was recorded for Palau (admitted in 2023),
     * and 2999 for anyone. Not before the year of admission (422), not after next year (400).
     */
    @Test
    void aContributionIsForAYearOfMembershipNotBeforeTheAdmissionNorAfterNextYear() {
        String before = data.fingerprint();
        for (int year : new int[]{2020, 2022}) {
            given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":" + year + ",\"amountDue\":10,\"assessedOn\":\"2026-01-10\"}")
                    .post("/members/PW/contributions").then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://icpo.example/problems/rule-violation")).body("financialYear", equalTo(year))
                    .body("detail", equalTo("PW has been a member since 2023 (admitted in 2023): no statutory contribution is due for financial year "
                            + year + ", before its admission"));
        }
        for (int year : new int[]{2999, 2028}) {
            given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":" + year + ",\"amountDue\":10}")
                    .post("/members/FR/contributions").then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("financialYear"))
                    .body("violations[0].message", equalTo("must not be after 2027: a contribution is assessed at most 1 financial year(s) after"
                            + " the current one (2026; icpo.membership.arrears.assessment-years-ahead)"));
        }
        assertThat(data.fingerprint()).as("nothing written").isEqualTo(before);
        assess("PW", 2023, "10");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2027,\"amountDue\":10}")
                .post("/members/FR/contributions").then().statusCode(201).body("financialYear", equalTo(2027));
        // a founding member (no year of admission known): any year up to the next one
        assess("FR", 1990, "10");
    }

    /** An appeal for financial year 2027 lodged in 2026 was recorded: a year to come, neither assessed nor lost yet. */
    @Test
    void anAppealIsForAYearAlreadyAssessedNotAfterTheYearItIsLodgedIn() {
        assess("KE", 2025, "1000.00");
        assess("KE", 2026, "1000.00");
        String before = data.fingerprint();
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2027,\"lodgedOn\":\"2026-05-10\",\"grounds\":\"g\"}")
                .post("/members/KE/arrears-appeals").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("financialYear"))
                .body("violations[0].message", equalTo("must not be after the year the appeal is lodged in (2026): an appeal is for a financial"
                        + " year already assessed"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2020,\"lodgedOn\":\"2026-05-10\",\"grounds\":\"g\"}")
                .post("/members/KE/arrears-appeals").then().statusCode(422).contentType("application/problem+json")
                .body("financialYear", equalTo(2020))
                .body("detail", equalTo("No contribution of KE for financial year 2020 was assessed by 2026-05-10; an appeal is for a financial year"
                        + " already assessed"));
        assertThat(data.fingerprint()).as("nothing written").isEqualTo(before);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2025,\"lodgedOn\":\"2026-05-10\",\"grounds\":\"g\"}")
                .post("/members/KE/arrears-appeals").then().statusCode(201).body("financialYear", equalTo(2025));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"lodgedOn\":\"2026-05-10\",\"grounds\":\"g\"}")
                .post("/members/KE/arrears-appeals").then().statusCode(201).body("financialYear", equalTo(2026));
    }

    @Test
    void duplicateYearIs409AndOverpaymentIs422() {
        assess("NG", 2026, "500");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":2026,\"amountDue\":1}")
                .post("/members/NG/contributions").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already recorded"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"amount\":500.01}")
                .post("/members/NG/contributions/2026/payments").then().statusCode(422)
                .body("type", equalTo("https://icpo.example/problems/rule-violation"))
                .body("detail", containsString("exceeds the outstanding 500.00"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"amount\":5}")
                .post("/members/NG/contributions/2019/payments").then().statusCode(404);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"amount\":5,\"paidOn\":\"2026-06-02\"}")
                .post("/members/NG/contributions/2026/payments").then().statusCode(400).body("violations[0].field", equalTo("paidOn"));
    }

    @Test
    void grantedAppealRestoresRightsAndDismissedDoesNot() {
        assess("CD", 2025, "10");
        assess("CD", 2026, "10");
        String appeal = given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"grounds\":\"civil war disrupted the treasury\",\"lodgedOn\":\"2026-03-01\"}")
                .post("/members/CD/arrears-appeals").then().statusCode(201).body("country", equalTo("CD")).body("member", equalTo("CD"))
                .body("outcome", equalTo("PENDING")).body("financialYear", equalTo(2026)).extract().path("id");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"grounds\":\"again\"}")
                .post("/members/CD/arrears-appeals").then().statusCode(409);
        standing("CD", null).body("votingRights.granted", equalTo(false));
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"outcome\":\"GRANTED\",\"decidedOn\":\"2026-04-01\",\"reason\":\"force majeure\"}")
                .post("/members/CD/arrears-appeals/" + appeal + "/decision").then().statusCode(200).body("outcome", equalTo("GRANTED"));
        standing("CD", null).body("votingRights.granted", equalTo(true)).body("arrears.inArrears", equalTo(true))
                .body("arrears.restoredByAppeal", equalTo(true));
        standing("CD", "2026-03-31").body("votingRights.granted", equalTo(false));
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"outcome\":\"DISMISSED\",\"reason\":\"changed mind\"}")
                .post("/members/CD/arrears-appeals/" + appeal + "/decision").then().statusCode(409);

        assess("CF", 2025, "10");
        assess("CF", 2026, "10");
        String other = given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"grounds\":\"g\"}")
                .post("/members/CF/arrears-appeals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"outcome\":\"DISMISSED\",\"reason\":\"no grounds\"}")
                .post("/members/CF/arrears-appeals/" + other + "/decision").then().statusCode(200);
        standing("CF", null).body("votingRights.granted", equalTo(false));
        given().auth().oauth2(gs).get("/members/CF/arrears-appeals").then().statusCode(200).body("outcome", contains("DISMISSED"));
    }

    /**
     * An appeal is for one financial year: granted after that year has ended, it restores nothing, neither before its
     * decision nor in the year it is decided in; the member appeals again for the new year.
     */
    @Test
    void appealGrantedAfterItsYearRestoresNothingAndANewAppealIsLodgedForTheNewYear() {
        clock.set(LocalDate.of(2025, 1, 11));
        assess("CD", 2023, "10");
        assess("CD", 2024, "10");
        assess("CD", 2025, "10");
        standing("CD", "2024-12-31").body("votingRights.granted", equalTo(false)).body("arrears.restoredByAppeal", equalTo(false));
        String appeal = given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"financialYear\":2024,\"lodgedOn\":\"2024-12-20\",\"grounds\":\"treasury closed by the floods\"}")
                .post("/members/CD/arrears-appeals").then().statusCode(201)
                .body("financialYear", equalTo(2024)).body("lodgedOn", equalTo("2024-12-20")).extract().path("id");
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"outcome\":\"GRANTED\",\"decidedOn\":\"2025-01-10\",\"reason\":\"force majeure\"}")
                .post("/members/CD/arrears-appeals/" + appeal + "/decision").then().statusCode(200)
                .body("outcome", equalTo("GRANTED")).body("financialYear", equalTo(2024)).body("decidedOn", equalTo("2025-01-10"));

        // 2024-12-31: the decision was not yet taken, the standing of that day is unchanged
        standing("CD", "2024-12-31").body("votingRights.granted", equalTo(false)).body("eligibleForOffice.granted", equalTo(false))
                .body("arrears.inArrears", equalTo(true)).body("arrears.restoredByAppeal", equalTo(false));
        // 2025-01-11: the appeal was for 2024, so the vote of 2025 is not restored
        standing("CD", "2025-01-11").body("votingRights.granted", equalTo(false)).body("eligibleForOffice.granted", equalTo(false))
                .body("arrears.unpaidYears", contains(2024, 2025)).body("arrears.restoredByAppeal", equalTo(false));

        // an appeal for 2025 is lodged (the granted one for 2024 does not stand in its way) and, granted, restores 2025
        String next = given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"grounds\":\"floods again\"}")
                .post("/members/CD/arrears-appeals").then().statusCode(201)
                .body("financialYear", equalTo(2025)).body("lodgedOn", equalTo("2025-01-11")).body("outcome", equalTo("PENDING"))
                .extract().path("id");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"outcome\":\"GRANTED\",\"reason\":\"force majeure\"}")
                .post("/members/CD/arrears-appeals/" + next + "/decision").then().statusCode(200).body("decidedOn", equalTo("2025-01-11"));
        standing("CD", "2025-01-11").body("votingRights.granted", equalTo(true)).body("arrears.restoredByAppeal", equalTo(true));
        standing("CD", "2024-12-31").body("votingRights.granted", equalTo(false));
        given().auth().oauth2(gs).get("/members/CD/arrears-appeals").then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void appealWithoutArrearsIsRefused() {
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"grounds\":\"g\"}")
                .post("/members/FR/arrears-appeals").then().statusCode(422).body("detail", containsString("not in arrears"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponse() {
        String body = "{\"financialYear\":2026,\"amountDue\":42}";
        String first = given().auth().oauth2(gs).contentType(ContentType.JSON).header("Idempotency-Key", "k-42").body(body)
                .post("/members/BE/contributions").then().statusCode(201).header("Idempotent-Replayed", (String) null).extract().path("id");
        given().auth().oauth2(gs).contentType(ContentType.JSON).header("Idempotency-Key", "k-42").body(body)
                .post("/members/BE/contributions").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(gs).contentType(ContentType.JSON).header("Idempotency-Key", "k-42").body("{\"financialYear\":2026,\"amountDue\":43}")
                .post("/members/BE/contributions").then().statusCode(422)
                .body("type", equalTo("https://icpo.example/problems/idempotency-key-reused"));
        given().auth().oauth2(gs).get("/members/BE/contributions").then().body("", hasSize(1));
    }
}
