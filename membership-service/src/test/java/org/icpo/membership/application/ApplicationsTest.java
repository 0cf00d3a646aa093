package org.icpo.membership.application;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.icpo.membership.MembershipTestBase;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ApplicationsTest extends MembershipTestBase {

    static final String KOSOVO_2018 = "{\"decision\":\"REJECTED\",\"ballotId\":\"ballot-87-1\",\"session\":87,\"decidedOn\":\"2018-11-20\","
            + "\"rounds\":[{\"number\":1,\"yes\":76,\"no\":56,\"abstain\":22},{\"number\":2,\"yes\":68,\"no\":51,\"abstain\":16}]}";


    private final String gs = Tokens.secretariat();
    private final String elections = Tokens.service("svc-elections");

    static String application(String code, String name, String region, String submittedOn) {
        return "{\"stateName\":\"" + name + "\",\"isoCode\":\"" + code + "\",\"region\":\"" + region + "\","
                + "\"policeBody\":\"" + name + " Police\",\"statehoodStatement\":\"Recognised by many states\","
                + "\"acceptsConstitution\":true" + (submittedOn == null ? "" : ",\"submittedOn\":\"" + submittedOn + "\"") + "}";
    }

    private String submit(String body) {
        return given().auth().oauth2(gs).contentType(ContentType.JSON).body(body).post("/applications")
                .then().statusCode(201).extract().path("id");
    }

    private void schedule(String id, int session) {
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":" + session + "}")
                .post("/applications/" + id + "/schedule").then().statusCode(200).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void deadlineOnThirtyFirstJanuaryVersusFirstFebruary() {
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("XK", "Kosovo", "EUROPE", "2018-01-31"))
                .post("/applications").then().statusCode(201)
                .header("Location", containsString("/applications/"))
                .body("assemblyYear", equalTo(2018)).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("TV", "Tuvalu", "ASIA_SOUTH_PACIFIC", "2018-02-01"))
                .post("/applications").then().statusCode(201).body("assemblyYear", equalTo(2019));
    }

    @Test
    void kosovo2018IsRejectedAndTheSameReportTwiceChangesNothing() {
        String id = submit(application("XK", "Kosovo", "EUROPE", "2018-01-15"));
        schedule(id, 87);
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(KOSOVO_2018)
                .put("/applications/" + id + "/outcome").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("outcome.decision", equalTo("REJECTED"))
                .body("outcome.rounds.yes", contains(76, 68)).body("outcome.rounds.no", contains(56, 51)).body("outcome.rounds.abstain", contains(22, 16));
        String before = data.fingerprint();
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(KOSOVO_2018)
                .put("/applications/" + id + "/outcome").then().statusCode(200).body("status", equalTo("REJECTED"));
        assertThat(data.fingerprint()).isEqualTo(before);
        assertThat(data.auditCount("application.decided", id)).isEqualTo(1);
        // a conflicting outcome for the same application is refused
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(KOSOVO_2018.replace("REJECTED", "ADMITTED"))
                .put("/applications/" + id + "/outcome").then().statusCode(409).body("detail", containsString("different outcome"));
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(KOSOVO_2018.replace("\"no\":51", "\"no\":52"))
                .put("/applications/" + id + "/outcome").then().statusCode(409);
        given().auth().oauth2(gs).get("/members/XK").then().statusCode(404);
    }

    @Test
    void theSameOutcomeReportedTwiceAtOnceIsRecordedOnceAndBothAreAnswered() {
        // elections-service sends the outcome again when its first delivery timed out: the two may arrive together, and
        // the second must be answered as a repeat (200), not as a conflict that elections-service would take for a refusal
        String admitted = "{\"decision\":\"ADMITTED\",\"ballotId\":\"b-94\",\"session\":94,\"decidedOn\":\"2026-05-30\","
                + "\"rounds\":[{\"number\":1,\"yes\":120,\"no\":20,\"abstain\":10}]}";
        long admittedBefore = data.auditCount("member.admitted", "TV");
        for (String[] state : new String[][]{{"TV", "Tuvalu", admitted}, {"XK", "Kosovo", KOSOVO_2018.replace("\"session\":87", "\"session\":94").replace("2018-11-20", "2026-05-30")}}) {
            String id = submit(application(state[0], state[1], "EUROPE", "2026-01-10"));
            schedule(id, 94);
            for (io.restassured.response.Response r : org.icpo.testing.AtOnce.run(4,
                    () -> given().auth().oauth2(elections).contentType(ContentType.JSON).body(state[2]).put("/applications/" + id + "/outcome"))) {
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
            }
            assertThat(data.auditCount("application.decided", id)).isEqualTo(1);
        }
        given().auth().oauth2(gs).get("/members/TV").then().statusCode(200);
        assertThat(data.auditCount("member.admitted", "TV")).as("admitted once (the audit log is append-only)").isEqualTo(admittedBefore + 1);
        given().auth().oauth2(gs).get("/members/XK").then().statusCode(404);
    }

    @Test
    void admissionCreatesTheMemberWithVotingRightsAtOnce() {
        String id = submit(application("PW", "Palau", "ASIA_SOUTH_PACIFIC", "2023-01-10").replace("PW", "TV").replace("Palau", "Tuvalu"));
        schedule(id, 94);
        given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body("{\"decision\":\"ADMITTED\",\"ballotId\":\"b-94\",\"session\":94,\"decidedOn\":\"2026-05-30\",\"rounds\":[{\"number\":1,\"yes\":120,\"no\":20,\"abstain\":10}]}")
                .put("/applications/" + id + "/outcome").then().statusCode(200).body("status", equalTo("ADMITTED"));
        given().auth().oauth2(gs).get("/members/TV").then().statusCode(200)
                .body("region", equalTo("ASIA_SOUTH_PACIFIC")).body("admissionYear", equalTo(2026)).body("admittedOn", equalTo("2026-05-30"))
                .body("policeBody", equalTo("Tuvalu Police"));
        given().auth().oauth2(Tokens.service("svc-elections")).get("/members/TV/standing").then().statusCode(200)
                .body("votingRights.granted", equalTo(true)).body("eligibleForOffice.granted", equalTo(true));
        given().auth().oauth2(gs).get("/members?size=1").then().body("total", equalTo(197));
        // not a member before the day it was admitted: no standing then, and not among the members of that day
        given().auth().oauth2(gs).get("/members/TV/standing?asOf=2026-05-29").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("TV was not a member of the Organization on 2026-05-29 (admitted on 2026-05-30)"));
        given().auth().oauth2(gs).get("/standings?asOf=2026-05-29").then().statusCode(200).body("$", hasSize(196))
                .body("country", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("TV")));
        given().auth().oauth2(gs).get("/standings?asOf=2026-01-01&countries=TV,FR").then().statusCode(404)
                .body("unknownCountries", contains("TV"));
        given().auth().oauth2(gs).get("/standings?asOf=2026-05-30&countries=TV").then().statusCode(200).body("[0].country", equalTo("TV"))
                .body("[0].votingRights.granted", equalTo(true));
        given().auth().oauth2(gs).get("/standings?asOf=2026-05-30").then().statusCode(200).body("$", hasSize(197));
        given().auth().oauth2(gs).get("/members/TV/history").then().body("type", contains("APPLICATION_SUBMITTED", "ADMITTED"));
        assertThat(data.auditCount("member.admitted", "TV")).isEqualTo(1);
    }

    @Test
    void withdrawnApplicationsKeepTheirHistoryAndTheStateAppliesAgainLater() {
        String y2017 = submit(application("XK", "Kosovo", "EUROPE", "2017-01-10"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"reason\":\"bid withdrawn\",\"withdrawnOn\":\"2017-09-20\"}")
                .post("/applications/" + y2017 + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawnOn", equalTo("2017-09-20"));
        // the same Assembly year again is refused
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("XK", "Kosovo", "EUROPE", "2017-01-20"))
                .post("/applications").then().statusCode(409).body("detail", containsString("Assembly of 2017"));
        String y2018 = submit(application("XK", "Kosovo", "EUROPE", "2018-01-15"));
        given().auth().oauth2(gs).get("/applications?isoCode=xk").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(y2018, y2017));
        given().auth().oauth2(gs).get("/applications?assemblyYear=2017&status=WITHDRAWN").then().body("items.id", contains(y2017));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .post("/applications/" + y2017 + "/withdraw").then().statusCode(409);
    }

    /** A withdrawal is recorded once received, as a submission is: a day to come made the application WITHDRAWN at once. */
    @Test
    void aWithdrawalInTheFutureIs400AndTheApplicationStaysOpen() {
        String id = submit(application("XK", "Kosovo", "EUROPE", "2026-01-05"));
        String before = data.fingerprint();
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"reason\":\"bid withdrawn\",\"withdrawnOn\":\"2026-06-02\"}")
                .post("/applications/" + id + "/withdraw").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("withdrawnOn")).body("violations[0].message", equalTo("must not be in the future"));
        assertThat(data.fingerprint()).isEqualTo(before);
        given().auth().oauth2(gs).get("/applications/" + id).then().body("status", equalTo("SUBMITTED")).body("withdrawnOn", nullValue());
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"reason\":\"bid withdrawn\",\"withdrawnOn\":\"2026-06-01\"}")
                .post("/applications/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aNonMemberApplyingTwiceInOneYearIsRefused() {
        submit(application("XK", "Kosovo", "EUROPE", "2026-01-05"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("XK", "Kosovo", "EUROPE", "2026-01-06"))
                .post("/applications").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already has an open application")).body("applicationId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void membersCannotApply() {
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("FR", "France", "EUROPE", null))
                .post("/applications").then().statusCode(409).body("detail", equalTo("FR is already a member of the Organization"));
    }

    @Test
    void theHistoricalAdmissionOfAMemberIsRecordedWithoutADuplicate() {
        // Kiribati: a member since 2018; its 2018 application and the Dubai vote are recorded as history
        String id = submit(application("KI", "Kiribati", "ASIA_SOUTH_PACIFIC", "2018-01-25"));
        schedule(id, 87);
        given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body("{\"decision\":\"ADMITTED\",\"ballotId\":\"b-ki\",\"session\":87,\"decidedOn\":\"2018-11-20\",\"rounds\":[{\"number\":1,\"yes\":120,\"no\":10,\"abstain\":5}]}")
                .put("/applications/" + id + "/outcome").then().statusCode(200).body("status", equalTo("ADMITTED"));
        given().auth().oauth2(gs).get("/members?size=1").then().body("total", equalTo(196));
        given().auth().oauth2(gs).get("/members/KI/history").then().body("type", contains("APPLICATION_SUBMITTED", "ADMITTED"));
        assertThat(data.auditCount("member.admission-recorded", "KI")).isEqualTo(1);
        // a decision in another year than the member's admission is a conflict
        String later = submit(application("PW", "Palau", "ASIA_SOUTH_PACIFIC", "2023-01-10"));
        schedule(later, 91);
        given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body("{\"decision\":\"ADMITTED\",\"ballotId\":\"b-pw\",\"session\":91,\"decidedOn\":\"2024-11-20\",\"rounds\":[{\"number\":1,\"yes\":120,\"no\":10,\"abstain\":5}]}")
                .put("/applications/" + later + "/outcome").then().statusCode(409).body("detail", containsString("admitted 2023"));
        // a member of an earlier year cannot apply
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("PW", "Palau", "ASIA_SOUTH_PACIFIC", "2024-01-10"))
                .post("/applications").then().statusCode(409);
    }

    /**
     * A member whose day of admission is known has a standing from that day, not from 1 January of its year: Kiribati,
     * admitted in Dubai on 21 November 2018, had the vote on 1 January 2018. Where only the year is known (the seeded
     * members), the year still decides.
     */
    @Test
    void aMemberHasAStandingFromTheDayItWasAdmittedWhenThatDayIsKnown() {
        given().auth().oauth2(gs).get("/members/KI/standing?asOf=2018-01-01").then().statusCode(200);
        String id = submit(application("KI", "Kiribati", "ASIA_SOUTH_PACIFIC", "2018-01-25"));
        schedule(id, 87);
        given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body("{\"decision\":\"ADMITTED\",\"ballotId\":\"b-ki\",\"session\":87,\"decidedOn\":\"2018-11-21\",\"rounds\":[{\"number\":1,\"yes\":130,\"no\":12,\"abstain\":12}]}")
                .put("/applications/" + id + "/outcome").then().statusCode(200).body("status", equalTo("ADMITTED"));
        for (String before : new String[]{"2018-01-01", "2018-11-20"}) {
            given().auth().oauth2(gs).get("/members/KI/standing?asOf=" + before).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("KI was not a member of the Organization on " + before + " (admitted on 2018-11-21)"));
        }
        given().auth().oauth2(gs).get("/members/KI/standing?asOf=2018-11-21").then().statusCode(200).body("votingRights.granted", equalTo(true));
        given().auth().oauth2(gs).get("/members/KI").then().body("admissionYear", equalTo(2018)).body("admittedOn", equalTo("2018-11-21"));
        // on 20 November 2018: 196 less Micronesia (2021), Palau (2023) and Kiribati (its day known); Vanuatu (its year only) counted
        given().auth().oauth2(gs).get("/standings?asOf=2018-11-20").then().statusCode(200).body("$", hasSize(193))
                .body("country", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("KI"))).body("country", org.hamcrest.Matchers.hasItem("VU"));
        given().auth().oauth2(gs).get("/standings?asOf=2018-11-21").then().statusCode(200).body("$", hasSize(194));
        given().auth().oauth2(gs).get("/members/VU").then().body("admissionYear", equalTo(2018)).body("admittedOn", nullValue());
        given().auth().oauth2(gs).get("/members/VU/standing?asOf=2018-01-01").then().statusCode(200);
        given().auth().oauth2(gs).get("/members/PW/standing?asOf=2022-12-31").then().statusCode(404)
                .body("detail", equalTo("PW was not a member of the Organization on 2022-12-31 (admitted in 2023)"));
        given().auth().oauth2(gs).get("/members/PW/standing?asOf=2023-01-01").then().statusCode(200);
        given().auth().oauth2(gs).get("/members/KI/history").then().body("type", contains("APPLICATION_SUBMITTED", "ADMITTED"))
                .body("[1].date", equalTo("2018-11-21"));
    }

    /**
     * A member's own application records the application that led to its admission: in the member's region, and decided
     * by its admission. A rejection in the year it was admitted showed an active member as ADMISSION_REJECTED in its
     * history; a rejection in an earlier year is its history (a state applies again after a rejection).
     */
    @Test
    void aMembersOwnApplicationIsInItsRegionAndNotRejectedInTheYearItWasAdmitted() {
        String rejected = "{\"decision\":\"REJECTED\",\"ballotId\":\"b-%s\",\"session\":%d,\"decidedOn\":\"%s\","
                + "\"rounds\":[{\"number\":1,\"yes\":10,\"no\":100,\"abstain\":5}]}";
        String earlier = submit(application("PW", "Palau", "ASIA_SOUTH_PACIFIC", "2022-01-10"));
        schedule(earlier, 90);
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(rejected.formatted("90", 90, "2022-10-20"))
                .put("/applications/" + earlier + "/outcome").then().statusCode(200).body("status", equalTo("REJECTED"));

        String before = data.fingerprint();
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("PW", "Palau", "EUROPE", "2023-01-10"))
                .post("/applications").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("region"))
                .body("violations[0].message", equalTo("must be ASIA_SOUTH_PACIFIC, the region of the member PW (a member's application records its own admission)"));
        assertThat(data.fingerprint()).isEqualTo(before);
        String id = submit(application("PW", "Palau", "ASIA_SOUTH_PACIFIC", "2023-01-10"));
        schedule(id, 91);
        before = data.fingerprint();
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(rejected.formatted("91", 91, "2023-11-28"))
                .put("/applications/" + id + "/outcome").then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("PW is a member of the Organization (admitted in 2023): its application cannot have been rejected on"
                        + " 2023-11-28; a member's application records its admission, or a rejection in an earlier year"));
        assertThat(data.fingerprint()).isEqualTo(before);
        given().auth().oauth2(gs).get("/applications/" + id).then().body("status", equalTo("SCHEDULED")).body("outcome", nullValue());
        given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body(rejected.formatted("91", 91, "2023-11-28").replace("REJECTED", "ADMITTED").replace("\"yes\":10,\"no\":100", "\"yes\":100,\"no\":10"))
                .put("/applications/" + id + "/outcome").then().statusCode(200).body("status", equalTo("ADMITTED"));
        given().auth().oauth2(gs).get("/members/PW/history").then()
                .body("type", contains("APPLICATION_SUBMITTED", "ADMISSION_REJECTED", "APPLICATION_SUBMITTED", "ADMITTED"))
                .body("date", contains("2022-01-10", "2022-10-20", "2023-01-10", "2023-11-28"));
        given().auth().oauth2(gs).get("/members/PW").then().body("region", equalTo("ASIA_SOUTH_PACIFIC"));
    }

    /** A member is a state: Antarctica, Bouvet Island or Heard Island were taken as applicants and could be admitted. */
    @Test
    void territoriesWithoutAPermanentPopulationCannotApply() {
        String before = data.fingerprint();
        for (String code : new String[]{"AQ", "BV", "HM", "GS", "UM", "TF"}) {
            given().auth().oauth2(gs).contentType(ContentType.JSON).body(application(code, "Territory " + code, "EUROPE", "2026-01-10"))
                    .post("/applications").then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://icpo.example/problems/rule-violation"))
                    .body("isoCode", equalTo(code))
                    .body("detail", containsString(code + " ("))
                    .body("detail", containsString("is a territory without a permanent population, not a state: only a state can apply for membership"));
        }
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("AQ", "Antarctica", "EUROPE", "2026-01-10"))
                .post("/applications").then().statusCode(422)
                .body("detail", equalTo("AQ (Antarctica) is a territory without a permanent population, not a state: only a state can apply"
                        + " for membership (icpo.membership.non-state-iso-codes)"));
        assertThat(data.fingerprint()).isEqualTo(before);
        given().auth().oauth2(gs).get("/applications?isoCode=AQ").then().body("total", equalTo(0));
    }

    @Test
    void unknownOrMalformedIsoCodesAre400() {
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("ZZ", "Zedland", "EUROPE", null))
                .post("/applications").then().statusCode(400).body("violations[0].field", equalTo("isoCode"))
                .body("violations[0].message", containsString("not an assigned ISO 3166-1"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("xk", "Kosovo", "EUROPE", null))
                .post("/applications").then().statusCode(400).body("violations[0].field", equalTo("isoCode"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body(application("XK", "Kosovo", "EUROPE", "2026-06-02"))
                .post("/applications").then().statusCode(400).body("violations[0].field", equalTo("submittedOn"));
    }

    @Test
    void outcomeNeedsAScheduledApplicationAndConsistentRounds() {
        String id = submit(application("XK", "Kosovo", "EUROPE", "2026-01-05"));
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(KOSOVO_2018.replace("2018-11-20", "2026-05-20"))
                .put("/applications/" + id + "/outcome").then().statusCode(409).body("detail", containsString("only a SCHEDULED application"));
        schedule(id, 94);
        given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body("{\"decision\":\"REJECTED\",\"ballotId\":\"b\",\"session\":94,\"decidedOn\":\"2026-05-20\",\"rounds\":[{\"number\":2,\"yes\":1,\"no\":2,\"abstain\":0}]}")
                .put("/applications/" + id + "/outcome").then().statusCode(400).body("violations[0].field", equalTo("rounds"));
        given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body("{\"decision\":\"REJECTED\",\"ballotId\":\"b\",\"session\":94,\"decidedOn\":\"2026-05-20\",\"rounds\":["
                        + "{\"number\":1,\"yes\":1,\"no\":2,\"abstain\":0},{\"number\":2,\"yes\":1,\"no\":2,\"abstain\":0},{\"number\":3,\"yes\":1,\"no\":2,\"abstain\":0}]}")
                .put("/applications/" + id + "/outcome").then().statusCode(400).body("violations[0].message", containsString("at most two rounds"));
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(KOSOVO_2018)
                .put("/applications/" + id + "/outcome").then().statusCode(400).body("violations[0].field", equalTo("decidedOn"));
        // a ballot of another session than the one the application is scheduled for
        given().auth().oauth2(elections).contentType(ContentType.JSON)
                .body("{\"decision\":\"REJECTED\",\"ballotId\":\"b\",\"session\":95,\"decidedOn\":\"2026-05-20\",\"rounds\":[{\"number\":1,\"yes\":1,\"no\":2,\"abstain\":0}]}")
                .put("/applications/" + id + "/outcome").then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The application is scheduled for session 94; a ballot of session 95 cannot decide it"));
        given().auth().oauth2(gs).get("/applications/" + id).then().body("status", equalTo("SCHEDULED")).body("outcome", nullValue());
    }

    @Test
    void theSessionIsTakenUnderItsFormerNameTooButNotTwoDifferentOnes() {
        String kosovo = submit(application("XK", "Kosovo", "EUROPE", "2026-01-05"));
        String before = data.fingerprint();
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{}").post("/applications/" + kosovo + "/schedule")
                .then().statusCode(400).body("violations[0].field", equalTo("session"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":94,\"assemblySession\":95}")
                .post("/applications/" + kosovo + "/schedule").then().statusCode(400).body("violations[0].field", equalTo("assemblySession"));
        assertThat(data.fingerprint()).isEqualTo(before);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"assemblySession\":94}")
                .post("/applications/" + kosovo + "/schedule").then().statusCode(200).body("scheduledSession", equalTo(94));
        String tuvalu = submit(application("TV", "Tuvalu", "ASIA_SOUTH_PACIFIC", "2026-01-05"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":94,\"assemblySession\":94}")
                .post("/applications/" + tuvalu + "/schedule").then().statusCode(200).body("scheduledSession", equalTo(94));
    }

    @Test
    void onlyAnOpenApplicationIsScheduled() {
        String id = submit(application("XK", "Kosovo", "EUROPE", "2026-01-05"));
        schedule(id, 94);
        String withdrawn = submit(application("TV", "Tuvalu", "ASIA_SOUTH_PACIFIC", "2026-01-05"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"reason\":\"bid withdrawn\"}")
                .post("/applications/" + withdrawn + "/withdraw").then().statusCode(200);
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":95,\"reason\":\"r\"}")
                .post("/applications/" + withdrawn + "/schedule").then().statusCode(409).body("detail", containsString("WITHDRAWN cannot become SCHEDULED"));
        given().auth().oauth2(gs).get("/applications/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().auth().oauth2(gs).get("/applications/not-a-uuid").then().statusCode(400);
        given().auth().oauth2(gs).get("/applications?status=SCHEDULED").then().body("items", hasSize(1));
    }

    /**
     * A scheduled application without an outcome is moved to another session, with a reason, so that a mistake is
     * corrected: it was a 409 ("SCHEDULED cannot become SCHEDULED"), and the state could not apply again before the
     * next year. The move is kept in the application, the state's history and the audit log.
     */
    @Test
    void aScheduledApplicationWithoutAnOutcomeIsMovedToAnotherSessionAndTheMoveIsKept() {
        String id = submit(application("KI", "Kiribati", "ASIA_SOUTH_PACIFIC", "2018-01-25"));
        schedule(id, 86);
        String before = data.fingerprint();
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":87}")
                .post("/applications/" + id + "/schedule").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"))
                .body("violations[0].message", equalTo("is required to move an application scheduled for session 86 to another session"));
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":87,\"reason\":\"   \"}")
                .post("/applications/" + id + "/schedule").then().statusCode(400).body("violations[0].field", equalTo("reason"));
        // the session it is already scheduled for changes nothing
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":86}")
                .post("/applications/" + id + "/schedule").then().statusCode(200).body("scheduledSession", equalTo(86))
                .body("sessionMoves", hasSize(0));
        assertThat(data.fingerprint()).isEqualTo(before);

        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"session\":87,\"reason\":\"Scheduled for session 86 by mistake: the application is for the Assembly of 2018\"}")
                .post("/applications/" + id + "/schedule").then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("scheduledSession", equalTo(87))
                .body("sessionMoves", hasSize(1)).body("sessionMoves[0].fromSession", equalTo(86)).body("sessionMoves[0].toSession", equalTo(87))
                .body("sessionMoves[0].movedOn", equalTo("2026-06-01")).body("sessionMoves[0].movedBy", equalTo("gs-officer"))
                .body("sessionMoves[0].reason", containsString("by mistake"));
        assertThat(data.auditCount("application.rescheduled", id)).isEqualTo(1);
        given().auth().oauth2(gs).get("/applications/" + id).then().body("scheduledSession", equalTo(87)).body("sessionMoves", hasSize(1));

        // a ballot of the session it left no longer decides it; one of the session it moved to does
        String outcome = "{\"decision\":\"ADMITTED\",\"ballotId\":\"b-ki\",\"session\":%d,\"decidedOn\":\"2018-11-20\","
                + "\"rounds\":[{\"number\":1,\"yes\":120,\"no\":10,\"abstain\":5}]}";
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(outcome.formatted(86))
                .put("/applications/" + id + "/outcome").then().statusCode(409)
                .body("detail", equalTo("The application is scheduled for session 87; a ballot of session 86 cannot decide it"));
        given().auth().oauth2(elections).contentType(ContentType.JSON).body(outcome.formatted(87))
                .put("/applications/" + id + "/outcome").then().statusCode(200).body("status", equalTo("ADMITTED"));
        // decided: it is not moved any more
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":88,\"reason\":\"again\"}")
                .post("/applications/" + id + "/schedule").then().statusCode(409).body("detail", containsString("ADMITTED cannot become SCHEDULED"));
        given().auth().oauth2(gs).get("/members/KI/history").then()
                .body("type", contains("APPLICATION_SUBMITTED", "ADMITTED", "APPLICATION_RESCHEDULED"))
                .body("[2].date", equalTo("2026-06-01"))
                .body("[2].summary", startsWith("Application moved from session 86 to session 87: Scheduled for session 86 by mistake"))
                .body("[2].reference", equalTo(id));
    }

    /**
     * A move and the outcome of the session it leaves, sent at the same moment: one of them wins, the other is a 409, and
     * the application is never decided by a ballot of a session it is not scheduled for.
     */
    @Test
    void aMoveAndAnOutcomeAtTheSameMomentLeaveAConsistentApplication() {
        for (int i = 0; i < 3; i++) {
            data.reset();
            String id = submit(application("XK", "Kosovo", "EUROPE", "2026-01-05"));
            schedule(id, 94);
            List<io.restassured.response.Response> answers = org.icpo.testing.AtOnce.run(List.<java.util.concurrent.Callable<io.restassured.response.Response>>of(
                    () -> given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":95,\"reason\":\"moved\"}")
                            .post("/applications/" + id + "/schedule"),
                    () -> given().auth().oauth2(elections).contentType(ContentType.JSON)
                            .body(KOSOVO_2018.replace("\"session\":87", "\"session\":94").replace("2018-11-20", "2026-05-30"))
                            .put("/applications/" + id + "/outcome")));
            int moved = answers.get(0).statusCode();
            int decided = answers.get(1).statusCode();
            assertThat(List.of(moved, decided)).as(answers.get(0).asString() + " / " + answers.get(1).asString()).containsExactlyInAnyOrder(200, 409);
            if (moved == 200) {
                given().auth().oauth2(gs).get("/applications/" + id).then().body("status", equalTo("SCHEDULED")).body("scheduledSession", equalTo(95));
            } else {
                given().auth().oauth2(gs).get("/applications/" + id).then().body("status", equalTo("REJECTED")).body("scheduledSession", equalTo(94))
                        .body("sessionMoves", hasSize(0));
            }
        }
    }
}
