package org.icpo.elections.session;

import io.quarkus.test.junit.QuarkusTest;
import org.icpo.elections.ElectionsTestBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.castVotes;
import static org.icpo.elections.Api.closeRound;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.figures;
import static org.icpo.elections.Api.nominate;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.ncb;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SessionAttendanceTest extends ElectionsTestBase {

    static Map<String, Object> dubai() {
        return Map.of("number", 87, "year", 2018, "city", "Dubai", "hostCountry", "AE", "startsOn", "2018-11-18", "endsOn", "2018-11-21");
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void everyRuleWordedForAConstraintNamesOneOfTheDatabase() throws Exception {
        org.icpo.testing.ConstraintRules.assertWordedAndKnown(dataSource, "attendance_pkey");
    }

    @Test
    void aSessionIsPlannedOpenedAndClosed() {
        assembly().body(dubai()).post("/sessions").then().statusCode(201).header("Location", endsWith("/sessions/87"))
                .body("number", equalTo(87)).body("status", equalTo("PLANNED")).body("city", equalTo("Dubai"));
        assembly().body(dubai()).post("/sessions").then().statusCode(409).body("detail", equalTo("Session number 87 already exists"));
        ncb("FR").get("/sessions/87").then().statusCode(200).body("hostCountry", equalTo("AE"));
        assembly().post("/sessions/87/close").then().statusCode(409).body("detail", containsString("PLANNED and cannot become CLOSED"));
        assembly().post("/sessions/87/open").then().statusCode(200).body("status", equalTo("OPEN"));
        assembly().post("/sessions/87/open").then().statusCode(409);
        assembly().post("/sessions/87/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        assembly().get("/sessions").then().statusCode(200).body("items.number", contains(87)).body("total", equalTo(1));
        assembly().get("/sessions/99").then().statusCode(404).body("detail", equalTo("No session number 99 of the General Assembly"));
    }

    @Test
    void creatingASessionIsIdempotentWithAKey() {
        assembly().header("Idempotency-Key", "s-87").body(dubai()).post("/sessions").then().statusCode(201);
        assembly().header("Idempotency-Key", "s-87").body(dubai()).post("/sessions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("number", equalTo(87));
        assembly().header("Idempotency-Key", "s-87").body(Map.of("number", 88, "year", 2019, "city", "Santiago", "hostCountry", "CL",
                "startsOn", "2019-10-15", "endsOn", "2019-10-18")).post("/sessions").then().statusCode(422)
                .body("type", equalTo("https://icpo.example/problems/idempotency-key-reused"));
        assertEquals(1, data.count("select count(*) from assembly_session"));
    }

    @Test
    void aSessionWithAnOpenRoundCannotClose() {
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        present(87, members(100));
        String ballot = createBallot(Map.of("session", 87, "kind", "RESOLUTION", "title", "R"));
        openRound(ballot);
        assembly().post("/sessions/87/close").then().statusCode(409).body("detail", containsString("round still open"));
    }

    @Test
    void delegationsRegisterAsPresent() {
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        ncb("FR").body(Map.of("country", "FR")).post("/sessions/87/attendance").then().statusCode(201)
                .header("Location", endsWith("/sessions/87/attendance/FR")).body("country", equalTo("FR")).body("registeredBy", equalTo("ncb-fr"));
        ncb("FR").body(Map.of("country", "DE")).post("/sessions/87/attendance").then().statusCode(403)
                .body("detail", equalTo("An NCB registers only its own country's delegation (FR)"));
        assembly().body(Map.of("country", "DE")).post("/sessions/87/attendance").then().statusCode(201).body("registeredBy", equalTo("assembly-president"));
        ncb("FR").body(Map.of("country", "FR")).post("/sessions/87/attendance").then().statusCode(409)
                .body("detail", equalTo("The delegation of FR is already registered as present at session 87"));
        assembly().body(Map.of("country", "XK")).post("/sessions/87/attendance").then().statusCode(422)
                .body("detail", equalTo("XK is not a member of the Organization; only members have delegations at the Assembly"));
        ncb("FR").get("/sessions/87/attendance").then().statusCode(200).body("present", equalTo(2))
                .body("delegations.country", contains("DE", "FR"));
        ncb("FR").delete("/sessions/87/attendance/DE").then().statusCode(403);
        ncb("FR").delete("/sessions/87/attendance/de").then().statusCode(403);
        // the country code in either case, as in membership-service
        ncb("FR").delete("/sessions/87/attendance/fr").then().statusCode(204);
        ncb("FR").delete("/sessions/87/attendance/FR").then().statusCode(404);
        ncb("FR").delete("/sessions/87/attendance/Fr").then().statusCode(404)
                .body("detail", equalTo("The delegation of FR is not registered as present at session 87"));
        assembly().get("/sessions/87/attendance").then().body("delegations", hasSize(1));
        assembly().post("/sessions/87/close").then().statusCode(200);
        assembly().body(Map.of("country", "IT")).post("/sessions/87/attendance").then().statusCode(409).body("detail", containsString("CLOSED"));
        assertEquals(List.of(1L), List.of(data.count("select count(*) from attendance")));
    }

    static final String CONFLICT = "https://icpo.example/problems/conflict";
    static final String RULE_VIOLATION = "https://icpo.example/problems/rule-violation";

    static Map<String, Object> session(int number, int year, String city, String host, String startsOn, String endsOn) {
        return Map.of("number", number, "year", year, "city", city, "hostCountry", host, "startsOn", startsOn, "endsOn", endsOn);
    }

    @Test
    void theAssemblyMeetsOnceAYearInSessionsNumberedInTheOrderTheyMeet() {
        assembly().body(dubai()).post("/sessions").then().statusCode(201);
        String before = data.fingerprint();
        assembly().body(session(88, 2018, "Abu Dhabi", "AE", "2018-12-03", "2018-12-05")).post("/sessions").then().statusCode(422)
                .body("type", equalTo(RULE_VIOLATION))
                .body("detail", equalTo("The General Assembly meets once a year: session 87 (Dubai, 2018-11-18 to 2018-11-21) is the session of "
                        + "2018; session 88 cannot be a second one"));
        // numbered lower than the 87th, a year after it
        assembly().body(session(86, 2019, "Santiago", "CL", "2019-10-15", "2019-10-18")).post("/sessions").then().statusCode(409)
                .body("type", equalTo(CONFLICT))
                .body("detail", equalTo("Sessions are numbered in the order they meet: session 87 (Dubai, 2018-11-18 to 2018-11-21) comes after "
                        + "session 86, which must end before it starts, not on 2019-10-18"));
        assembly().body(session(88, 2017, "Beijing", "CN", "2017-09-26", "2017-09-29")).post("/sessions").then().statusCode(409)
                .body("detail", containsString("session 87 (Dubai, 2018-11-18 to 2018-11-21) comes before session 88, which must start after it ends"));
        // a host country that is no country
        assembly().body(session(88, 2019, "Nowhere", "ZZ", "2019-10-15", "2019-10-18")).post("/sessions").then().statusCode(400)
                .body("type", equalTo("https://icpo.example/problems/validation"))
                .body("violations[0].field", equalTo("hostCountry"))
                .body("violations[0].message", equalTo("'ZZ' is not an assigned ISO 3166-1 alpha-2 code"));
        assertEquals(before, data.fingerprint(), "a refused request wrote nothing");
        // Beijing 2017 before Dubai, Santiago 2019 after it, Istanbul 2021 after a year without a session
        assembly().body(session(86, 2017, "Beijing", "CN", "2017-09-26", "2017-09-29")).post("/sessions").then().statusCode(201);
        assembly().body(session(89, 2021, "Istanbul", "TR", "2021-11-23", "2021-11-25")).post("/sessions").then().statusCode(201);
        assembly().body(session(88, 2019, "Santiago", "CL", "2019-10-15", "2019-10-18")).post("/sessions").then().statusCode(201);
        assembly().get("/sessions").then().body("items.number", contains(89, 88, 87, 86));
    }

    @Test
    void twoSessionsOfOneYearPlannedAtOnceMakeOne() {
        List<java.net.http.HttpRequest> requests = new java.util.ArrayList<>();
        for (int number = 90; number < 96; number++) {
            requests.add(org.icpo.elections.Http.post("/sessions", org.icpo.elections.Api.assemblyToken(),
                    session(number, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21")));
        }
        List<java.net.http.HttpResponse<String>> answers = org.icpo.elections.Http.burst(requests);
        List<Integer> codes = answers.stream().map(java.net.http.HttpResponse::statusCode).toList();
        assertEquals(1, codes.stream().filter(c -> c == 201).count(), "one created: " + codes);
        for (var a : answers) {
            if (a.statusCode() != 201) {
                assertEquals(422, a.statusCode(), a.body());
                assertTrue(a.body().contains("The General Assembly meets once a year"), a.body());
            }
        }
        assertEquals(1, data.count("select count(*) from assembly_session"));
    }

    @jakarta.inject.Inject
    org.icpo.elections.outbox.OutboxRelay relay;

    @Test
    void closingASessionConcludesWhatItLeftUndecided() throws InterruptedException {
        clock.set(java.time.LocalDate.of(2023, 11, 30));
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> delegations = members(120);
        present(91, delegations);
        // an admission after a failed first round, an election before its first round, one after a round without a winner
        String application = java.util.UUID.randomUUID().toString();
        org.icpo.elections.MembershipStub.application(application, "XK", "Kosovo", "EUROPE", "SCHEDULED", 91, 2023);
        String admission = createBallot(Map.of("session", 91, "kind", "ADMISSION", "applicationId", application));
        openRound(admission);
        castVotes(admission, 1, delegations, figures("YES", 60, "NO", 50, "ABSTAIN", 10));
        closeRound(admission, 1).then().body("status", equalTo("BETWEEN_ROUNDS"));
        String vicePresident = createBallot(Map.of("session", 91, "kind", "OFFICE", "office", "VICE_PRESIDENT", "region", "EUROPE"));
        nominate(vicePresident, "FR", "Marie Curie");
        String delegate = createBallot(Map.of("session", 91, "kind", "OFFICE", "office", "DELEGATE", "region", "AFRICA"));
        nominate(delegate, "KE", "Jane Doe");
        nominate(delegate, "NG", "John Roe");
        openRound(delegate);
        castVotes(delegate, 1, delegations, figures("KE", 50, "NG", 50));
        closeRound(delegate, 1).then().body("status", equalTo("BETWEEN_ROUNDS"));

        assembly().post("/sessions/91/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        assembly().get("/ballots/" + admission).then().body("status", equalTo("DECIDED")).body("outcome", equalTo("REJECTED"))
                .body("decidedOn", equalTo("2023-11-30")).body("outcomeDelivery", org.hamcrest.Matchers.notNullValue());
        assembly().get("/ballots/" + vicePresident).then().body("status", equalTo("DECIDED")).body("outcome", equalTo("NOT_ELECTED"))
                .body("rounds", hasSize(0)).body("candidates.status", contains("NOT_ELECTED"));
        assembly().get("/ballots/" + delegate).then().body("status", equalTo("DECIDED")).body("outcome", equalTo("NOT_ELECTED"))
                .body("candidates.status", contains("NOT_ELECTED", "NOT_ELECTED"));
        assembly().post("/ballots/" + admission + "/conclude").then().statusCode(409);
        // the admission's outcome goes to membership-service, which can close the application
        long deadline = System.currentTimeMillis() + 10_000;
        while (org.icpo.elections.MembershipStub.reports(application).isEmpty() && System.currentTimeMillis() < deadline) {
            relay.deliverDue();
            Thread.sleep(50);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) org.icpo.elections.MembershipStub.reports(application).get(0).get("body");
        assertEquals("REJECTED", report.get("decision"));
        assertEquals(91, report.get("session"));
        assertEquals(List.of(Map.of("number", 1, "yes", 60, "no", 50, "abstain", 10)), report.get("rounds"));
        assertEquals("REJECTED", org.icpo.elections.MembershipStub.applicationStatus(application));
        // the seats the session left vacant are put to the vote by the next one
        openSession(92, 2024, "Glasgow", "GB", "2024-11-04", "2024-11-07");
        createBallot(Map.of("session", 92, "kind", "OFFICE", "office", "VICE_PRESIDENT", "region", "EUROPE"));
        createBallot(Map.of("session", 92, "kind", "OFFICE", "office", "DELEGATE", "region", "AFRICA"));
        createBallot(Map.of("session", 92, "kind", "OFFICE", "office", "DELEGATE", "region", "AFRICA"));
    }

    @Test
    void aSessionIsNotClosedWhileAQuestionAwaitsItsVote() {
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        List<String> delegations = members(100);
        present(91, delegations);
        String resolution = createBallot(Map.of("session", 91, "kind", "RESOLUTION", "title", "Resolution on cooperation"));
        String election = createBallot(Map.of("session", 91, "kind", "OFFICE", "office", "DELEGATE", "region", "EUROPE"));
        String before = data.fingerprint();
        assembly().post("/sessions/91/close").then().statusCode(409).body("type", equalTo(CONFLICT))
                .body("detail", equalTo("Session 91 has 1 question not put to the vote yet: Resolution on cooperation (RESOLUTION, ballot "
                        + resolution + "). Only a vote decides an admission, a resolution or an amendment: open its round before the session closes"))
                .body("ballots", contains(resolution));
        assertEquals(before, data.fingerprint(), "a refused closing wrote nothing: the election is not concluded either");
        assembly().get("/sessions/91").then().body("status", equalTo("OPEN"));
        assembly().get("/ballots/" + election).then().body("status", equalTo("PENDING"));
        openRound(resolution);
        castVotes(resolution, 1, delegations, figures("YES", 60, "NO", 20));
        closeRound(resolution, 1).then().body("outcome", equalTo("ADOPTED"));
        assembly().post("/sessions/91/close").then().statusCode(200);
        assembly().get("/ballots/" + election).then().body("status", equalTo("DECIDED")).body("outcome", equalTo("NOT_ELECTED"));
    }

    @Test
    void roundsNeedAnOpenSession() {
        assembly().body(dubai()).post("/sessions").then().statusCode(201);
        present(87, members(100));
        String ballot = createBallot(Map.of("session", 87, "kind", "RESOLUTION", "title", "R"));
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(409)
                .body("detail", equalTo("Session 87 is PLANNED; this needs an OPEN session"));
    }
}
