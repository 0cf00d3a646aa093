package org.icpo.elections.committee;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.icpo.elections.ElectionsTestBase;
import org.icpo.elections.Http;
import org.icpo.elections.MembershipStub;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.icpo.elections.Api.assembly;
import static org.icpo.elections.Api.assemblyToken;
import static org.icpo.elections.Api.castVotes;
import static org.icpo.elections.Api.closeRound;
import static org.icpo.elections.Api.createBallot;
import static org.icpo.elections.Api.figures;
import static org.icpo.elections.Api.members;
import static org.icpo.elections.Api.nominate;
import static org.icpo.elections.Api.openRound;
import static org.icpo.elections.Api.openSession;
import static org.icpo.elections.Api.present;
import static org.icpo.elections.Api.vote;

/** Elections to the Executive Committee: replays, every eligibility rule with its message, rounds, the Committee. */
@QuarkusTest
class OfficeElectionTest extends ElectionsTestBase {

    static String term(String office, String region, String country, String person, String start, String end) {
        Map<String, Object> body = new HashMap<>(Map.of("office", office, "region", region, "country", country, "personName", person, "termStart", start));
        if (end != null) {
            body.put("termEnd", end);
        }
        return assembly().body(body).post("/executive-committee/terms").then().statusCode(201).extract().path("id");
    }

    static String officeBallot(int session, String office, String region) {
        Map<String, Object> body = new HashMap<>(Map.of("session", session, "kind", "OFFICE", "office", office));
        if (region != null) {
            body.put("region", region);
        }
        return createBallot(body);
    }

    static ValidatableResponse tryNominate(String ballot, String country, String person) {
        return assembly().body(Map.of("country", country, "personName", person)).post("/ballots/" + ballot + "/candidates").then();
    }

    @Test
    void presidentialElection2021DecidedInRoundThreeBySimpleMajority() {
        clock.set(LocalDate.of(2021, 11, 25));
        openSession(89, 2021, "Istanbul", "TR", "2021-11-23", "2021-11-25");
        List<String> delegations = members(170);
        present(89, delegations);
        String ballot = officeBallot(89, "PRESIDENT", null);
        nominate(ballot, "AE", "Ahmed Naser Al-Raisi");
        nominate(ballot, "CZ", "Šárka Havránková");

        openRound(ballot);
        assembly().get("/ballots/" + ballot + "/rounds/1").then().body("choices", contains("AE", "CZ", "ABSTAIN"))
                .body("majorityRule", equalTo("TWO_THIRDS_OF_VOTES_CAST"));
        assembly().body(Map.of("country", "FR", "personName", "Late Candidate")).post("/ballots/" + ballot + "/candidates")
                .then().statusCode(409).body("detail", containsString("Nominations closed"));
        castVotes(ballot, 1, delegations, figures("AE", 96, "CZ", 55, "ABSTAIN", 10));
        closeRound(ballot, 1).then().statusCode(200).body("status", equalTo("BETWEEN_ROUNDS"))
                .body("rounds[0].threshold", equalTo(101)).body("rounds[0].outcome", equalTo("NO_WINNER"))
                .body("candidates.status", contains("STANDING", "STANDING"));

        openRound(ballot);
        castVotes(ballot, 2, delegations, figures("AE", 98, "CZ", 52, "ABSTAIN", 8));
        closeRound(ballot, 2).then().body("rounds[1].votesCast", equalTo(150)).body("rounds[1].threshold", equalTo(100))
                .body("rounds[1].outcome", equalTo("NO_WINNER"));

        openRound(ballot);
        assembly().get("/ballots/" + ballot + "/rounds/3").then().body("majorityRule", equalTo("SIMPLE_MAJORITY_OF_VOTES_CAST"));
        castVotes(ballot, 3, delegations, figures("AE", 104, "CZ", 47, "ABSTAIN", 6));
        closeRound(ballot, 3).then().statusCode(200)
                .body("status", equalTo("DECIDED")).body("outcome", equalTo("ELECTED"))
                .body("rounds[2].counts.AE", equalTo(104)).body("rounds[2].votesCast", equalTo(151))
                .body("rounds[2].threshold", equalTo(76)).body("rounds[2].elected", equalTo("AE"))
                .body("elected.personName", equalTo("Ahmed Naser Al-Raisi"))
                .body("candidates.status", contains("ELECTED", "NOT_ELECTED"));
        // 104 of 151 votes cast: 68.9 %
        org.junit.jupiter.api.Assertions.assertEquals(68.9, Math.round(1000.0 * 104 / 151) / 10.0);

        assembly().queryParam("asOf", "2022-01-10").get("/executive-committee").then().statusCode(200)
                .body("members", hasSize(1))
                .body("members[0].seat", equalTo("President")).body("members[0].country", equalTo("AE"))
                .body("members[0].region", equalTo("ASIA_SOUTH_PACIFIC"))
                .body("members[0].termStart", equalTo("2021-11-25")).body("members[0].termEnd", equalTo("2025-11-25"))
                .body("members[0].byElection", equalTo(false)).body("members[0].ballotId", equalTo(ballot))
                .body("vacancies", hasSize(12));
    }

    @Test
    void byElection2018ForTheRemainderOfThePresidentsTerm() {
        clock.set(LocalDate.of(2018, 11, 21));
        String meng = term("PRESIDENT", "ASIA_SOUTH_PACIFIC", "CN", "Meng Hongwei", "2016-11-10", "2020-11-10");
        // Kim Jong-yang was then Vice-President for Asia under a President from Asia: the rule that the President and the
        // Vice-Presidents come from four different regions (DOMAIN section 3) refuses to record both terms, so only
        // the Vice-President for Europe is recorded here
        term("VICE_PRESIDENT", "EUROPE", "RU", "Alexander Prokopchuk", "2016-11-10", null);
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        // the seat is held: no election for it
        assembly().body(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT", "byElection", true, "termEnd", "2020-11-10"))
                .post("/ballots").then().statusCode(409).body("detail", containsString("held by Meng Hongwei"));
        assembly().body(Map.of("endedOn", "2018-10-07", "reason", "Resigned")).post("/executive-committee/terms/" + meng + "/end")
                .then().statusCode(200).body("endedOn", equalTo("2018-10-07"));
        assembly().queryParam("asOf", "2018-11-01").get("/executive-committee").then().body("vacancies", hasItem("President"));

        List<String> delegations = members(165);
        present(87, delegations);
        String ballot = createBallot(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT", "byElection", true, "termEnd", "2020-11-10"));
        assembly().get("/ballots/" + ballot).then().body("seat", equalTo("President")).body("byElection", equalTo(true))
                .body("title", equalTo("Election of the President (by-election, term to 2020-11-10)"));
        // the sitting Vice-President and another member may stand; the resigned President may not
        nominate(ballot, "KR", "Kim Jong-yang");
        nominate(ballot, "RU", "Alexander Prokopchuk");
        tryNominate(ballot, "CN", "Meng Hongwei").statusCode(422).body("refusals[0].code", equalTo("IMMEDIATE_REELECTION"));

        openRound(ballot);
        castVotes(ballot, 1, delegations, figures("KR", 110, "RU", 45, "ABSTAIN", 5));
        closeRound(ballot, 1).then().statusCode(200).body("outcome", equalTo("ELECTED")).body("elected.country", equalTo("KR"))
                .body("rounds[0].threshold", equalTo(104)).body("decidedOn", equalTo("2018-11-21"));

        assembly().queryParam("asOf", "2018-12-01").get("/executive-committee").then().statusCode(200)
                .body("members.seat", contains("President", "Vice-President for Europe"))
                .body("members[0].personName", equalTo("Kim Jong-yang")).body("members[0].byElection", equalTo(true))
                .body("members[0].termStart", equalTo("2018-11-21")).body("members[0].termEnd", equalTo("2020-11-10"))
                .body("members[1].personName", equalTo("Alexander Prokopchuk"));
        assembly().get("/executive-committee/history").then().statusCode(200).body("$", hasSize(3))
                .body("find { it.personName == 'Meng Hongwei' }.endReason", equalTo("Resigned"))
                .body("find { it.personName == 'Kim Jong-yang' && it.office == 'PRESIDENT' }.termEnd", equalTo("2020-11-10"));
    }

    @Test
    void aSittingMemberElectedToAnotherSeatLeavesHisSeat() {
        clock.set(LocalDate.of(2018, 11, 21));
        term("VICE_PRESIDENT", "EUROPE", "RU", "Alexander Prokopchuk", "2016-11-10", "2019-11-10");
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        List<String> delegations = members(110);
        present(87, delegations);
        String ballot = createBallot(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT", "byElection", true, "termEnd", "2020-11-10"));
        nominate(ballot, "RU", "Alexander Prokopchuk");
        openRound(ballot);
        castVotes(ballot, 1, delegations, figures("RU", 100, "ABSTAIN", 10));
        closeRound(ballot, 1).then().body("outcome", equalTo("ELECTED"));
        assembly().get("/executive-committee/history").then()
                .body("find { it.office == 'VICE_PRESIDENT' }.endedOn", equalTo("2018-11-21"))
                .body("find { it.office == 'VICE_PRESIDENT' }.endReason", equalTo("Elected President"));
        assembly().queryParam("asOf", "2018-12-01").get("/executive-committee").then().body("members.seat", contains("President"))
                .body("vacancies", hasItem("Vice-President"));
    }

    @Test
    void everyEligibilityRuleRefusesANominationWithItsMessage() {
        clock.set(LocalDate.of(2018, 11, 20));
        term("VICE_PRESIDENT", "EUROPE", "FR", "Jean Dupont", "2015-11-21", "2018-11-21");
        term("DELEGATE", "EUROPE", "IT", "Mario Rossi", "2017-09-29", null);
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        String vpEurope = officeBallot(87, "VICE_PRESIDENT", "EUROPE");
        String vpAsia = officeBallot(87, "VICE_PRESIDENT", "ASIA_SOUTH_PACIFIC");
        // the President's term found once the election of a Vice-President for his region was put to the vote (with it
        // recorded before, that election is refused: aVicePresidentForTheRegionOfThePresidentIsNotPutToTheVote)
        term("PRESIDENT", "ASIA_SOUTH_PACIFIC", "CN", "Meng Hongwei", "2016-11-10", null);

        tryNominate(vpEurope, "XK", "Someone").statusCode(422).body("type", equalTo("https://icpo.example/problems/rule-violation"))
                .body("refusals[0].code", equalTo("NOT_A_MEMBER"))
                .body("detail", equalTo("Someone (XK) cannot stand for Vice-President for Europe: XK is not a member of the Organization; only members nominate candidates"));
        MembershipStub.arrears("DE");
        tryNominate(vpEurope, "DE", "Hans Muster").statusCode(422)
                .body("refusals.code", contains("NOT_IN_GOOD_STANDING", "NOT_ELIGIBLE_FOR_OFFICE"))
                .body("refusals[0].message", containsString("DE is not a member in good standing (Statutory contributions unpaid"));
        MembershipStub.notEligibleForOffice("ES", "Barred from office pending appeal");
        tryNominate(vpEurope, "ES", "Ana Garcia").statusCode(422).body("refusals.code", contains("NOT_ELIGIBLE_FOR_OFFICE"))
                .body("refusals[0].message", equalTo("ES may not stand for the Executive Committee (Barred from office pending appeal)"));
        tryNominate(vpEurope, "KE", "Jane Doe").statusCode(422).body("refusals.code", contains("WRONG_REGION"))
                .body("refusals[0].message", equalTo("The seat Vice-President for Europe is for a candidate from Europe; KE is in Africa"));
        tryNominate(vpEurope, "FR", "Jean Dupont").statusCode(422).body("refusals.code", contains("IMMEDIATE_REELECTION"))
                .body("refusals[0].message", containsString("is the outgoing Vice-President for Europe"));
        // the same person whatever the hyphens, punctuation, case or diacritical marks of his name
        for (String spelling : List.of("Jean-Dupont", "JEAN DUPONT.", "Jéan Dupónt")) {
            tryNominate(vpEurope, "FR", spelling).statusCode(422).body("refusals.code", contains("IMMEDIATE_REELECTION"));
        }
        tryNominate(vpEurope, "IT", "Luigi Bianchi").statusCode(422).body("refusals.code", contains("SAME_COUNTRY"))
                .body("refusals[0].message", containsString("IT already has a member on the Executive Committee during this term: Mario Rossi, Delegate for Europe"));
        tryNominate(vpAsia, "JP", "Taro Yamada").statusCode(422).body("refusals.code", contains("REGION_TAKEN"))
                .body("refusals[0].message", containsString("Asia and South Pacific already has the President (Meng Hongwei, CN"));
        // a successor from the outgoing holder's country is fine
        tryNominate(vpEurope, "FR", "Marie Curie").statusCode(201).body("status", equalTo("STANDING")).body("region", equalTo("EUROPE"));
        tryNominate(vpEurope, "FR", "Pierre Curie").statusCode(409).body("detail", containsString("FR already has a candidate"));
        assembly().get("/ballots/" + vpEurope + "/candidates").then().body("$", hasSize(1));
    }

    @Test
    void eligibilityIsCheckedAgainWhenARoundOpens() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        present(90, members(100));
        String ballot = officeBallot(90, "DELEGATE", "EUROPE");
        String de = nominate(ballot, "DE", "Hans Muster");
        nominate(ballot, "FR", "Marie Curie");
        MembershipStub.arrears("DE");
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(422)
                .body("detail", containsString("Round 1 cannot open: candidates no longer eligible for Delegate for Europe: Hans Muster (DE): DE is not a member in good standing"))
                .body("candidates[0].country", equalTo("DE"));
        assembly().post("/ballots/" + ballot + "/candidates/" + de + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        openRound(ballot);
        assembly().get("/ballots/" + ballot + "/rounds/1").then().body("choices", contains("FR", "ABSTAIN"));
    }

    @Test
    void lastPlacedCandidateDropsOutOfTheNextRound() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        List<String> delegations = members(120);
        present(90, delegations);
        String ballot = officeBallot(90, "DELEGATE", "EUROPE");
        nominate(ballot, "FR", "Marie Curie");
        nominate(ballot, "DE", "Hans Muster");
        nominate(ballot, "IT", "Luigi Bianchi");
        openRound(ballot);
        castVotes(ballot, 1, delegations, figures("FR", 40, "DE", 35, "IT", 25));
        closeRound(ballot, 1).then().body("status", equalTo("BETWEEN_ROUNDS"))
                .body("candidates.find { it.country == 'IT' }.status", equalTo("ELIMINATED"))
                .body("candidates.find { it.country == 'IT' }.eliminatedAfterRound", equalTo(1));
        openRound(ballot);
        assembly().get("/ballots/" + ballot + "/rounds/2").then().body("choices", contains("FR", "DE", "ABSTAIN"));
        vote(ballot, 2, delegations.get(0), "IT").then().statusCode(400).body("violations[0].field", equalTo("choice"));
        castVotes(ballot, 2, delegations, figures("FR", 60, "DE", 40));
        closeRound(ballot, 2).then().body("outcome", equalTo("ELECTED")).body("elected.country", equalTo("FR"))
                .body("rounds[1].threshold", equalTo(51));
        assembly().get("/executive-committee/history").then().body("$", hasSize(1))
                .body("[0].seat", equalTo("Delegate for Europe")).body("[0].termStart", equalTo("2022-10-21"))
                .body("[0].termEnd", equalTo("2025-10-21"));
    }

    @Test
    void anElectionWithoutWinnerCanBeConcludedLeavingTheSeatVacant() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        List<String> delegations = members(100);
        present(90, delegations);
        String ballot = officeBallot(90, "VICE_PRESIDENT", "AFRICA");
        nominate(ballot, "KE", "Jane Doe");
        nominate(ballot, "NG", "John Roe");
        openRound(ballot);
        castVotes(ballot, 1, delegations, figures("KE", 50, "NG", 50));
        closeRound(ballot, 1);
        assembly().post("/ballots/" + ballot + "/conclude").then().statusCode(200).body("outcome", equalTo("NOT_ELECTED"))
                .body("elected", nullValue()).body("candidates.status", contains("NOT_ELECTED", "NOT_ELECTED"));
        assembly().get("/executive-committee/history").then().body("$", hasSize(0));
    }

    @Test
    void oneElectionAtATimeSoThatEachSeesTheCommitteeAsTheLastLeftIt() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        List<String> delegations = members(110);
        present(90, delegations);
        String delegate = officeBallot(90, "DELEGATE", "EUROPE");
        String vicePresident = officeBallot(90, "VICE_PRESIDENT", "EUROPE");
        nominate(delegate, "FR", "Marie Curie");
        nominate(vicePresident, "FR", "Pierre Curie");
        nominate(vicePresident, "DE", "Hans Muster");
        openRound(delegate);
        assembly().post("/ballots/" + vicePresident + "/rounds").then().statusCode(409)
                .body("detail", containsString("One election at a time: round 1 of the election of the Delegate for Europe"));
        castVotes(delegate, 1, delegations, figures("FR", 100));
        closeRound(delegate, 1).then().body("outcome", equalTo("ELECTED"));
        // France now has a member: its candidate for Vice-President is no longer eligible
        assembly().post("/ballots/" + vicePresident + "/rounds").then().statusCode(422)
                .body("detail", containsString("Pierre Curie (FR): FR already has a member on the Executive Committee during this term: Marie Curie"));
    }

    @Test
    void requestsForOneSeatSentAtOnceMakeOneBallotAndOneTerm() {
        // each request checks the seat before it writes: sent at the same moment, they must still see each other
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        List<java.net.http.HttpRequest> ballots = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ballots.add(Http.post("/ballots", assemblyToken(), Map.of("session", 90, "kind", "OFFICE", "office", "VICE_PRESIDENT", "region", "ASIA_SOUTH_PACIFIC")));
        }
        assertOneCreatedOthersRefused(Http.burst(ballots), 409, "An undecided ballot already exists for Vice-President for Asia and South Pacific");
        assembly().get("/ballots?session=90").then().body("items.findAll { it.kind == 'OFFICE' }", hasSize(1));

        List<java.net.http.HttpRequest> terms = new java.util.ArrayList<>();
        for (String country : List.of("BR", "AR", "CL", "PE", "CO", "MX")) {
            terms.add(Http.post("/executive-committee/terms", assemblyToken(),
                    Map.of("office", "PRESIDENT", "region", "AMERICAS", "country", country, "personName", "Candidate of " + country, "termStart", "2023-01-01")));
        }
        assertOneCreatedOthersRefused(Http.burst(terms), 409, "President");
        assembly().get("/executive-committee?asOf=2023-06-01").then().body("members.findAll { it.office == 'PRESIDENT' }", hasSize(1));
    }

    private static void assertOneCreatedOthersRefused(List<java.net.http.HttpResponse<String>> answers, int refusal, String detail) {
        List<Integer> codes = answers.stream().map(java.net.http.HttpResponse::statusCode).toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, codes.stream().filter(c -> c == 201).count(), "one created: " + codes);
        for (var a : answers) {
            if (a.statusCode() != 201) {
                org.junit.jupiter.api.Assertions.assertEquals(refusal, a.statusCode(), a.body());
                org.junit.jupiter.api.Assertions.assertTrue(a.body().contains(detail), a.body());
            }
        }
    }

    @Test
    void seatsAndCountriesAreCheckedWhenRecordingTerms() {
        term("DELEGATE", "AFRICA", "KE", "Jane Doe", "2017-09-29", null);
        term("DELEGATE", "AFRICA", "NG", "John Roe", "2017-09-29", null);
        assembly().body(Map.of("office", "DELEGATE", "region", "AFRICA", "country", "GH", "personName", "Kofi", "termStart", "2018-01-01"))
                .post("/executive-committee/terms").then().statusCode(409).body("detail", containsString("All 2 seats of Delegate for Africa"));
        // a seat of Kenya's region (a Delegate for Europe from Kenya is refused for its region, see below)
        assembly().body(Map.of("office", "VICE_PRESIDENT", "region", "AFRICA", "country", "KE", "personName", "Other", "termStart", "2018-01-01"))
                .post("/executive-committee/terms").then().statusCode(422).body("detail", containsString("KE already has a member"));
    }

    static final String CONFLICT = "https://icpo.example/problems/conflict";
    static final String RULE_VIOLATION = "https://icpo.example/problems/rule-violation";
    static final String VALIDATION = "https://icpo.example/problems/validation";

    static ValidatableResponse tryRecord(String office, String region, String country, String person, String start) {
        return assembly().body(Map.of("office", office, "region", region, "country", country, "personName", person, "termStart", start))
                .post("/executive-committee/terms").then();
    }

    static ValidatableResponse tryBallot(Map<String, Object> body) {
        return assembly().body(body).post("/ballots").then();
    }

    @Test
    void noTermIsRecordedWhileARoundOfAnElectionIsOpen() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        List<String> delegations = members(110);
        present(90, delegations);
        String president = officeBallot(90, "PRESIDENT", null);
        nominate(president, "FR", "Marie Curie");
        nominate(president, "BR", "Pedro Alves");
        openRound(president);
        String open = "Round 1 of the election of the President (" + president + ") is open: no term is recorded until it has closed, since "
                + "its result seats the winner against the Committee as the round found it";
        // a second President, or a second seat for a candidate's country, if the round's close then seated its winner
        tryRecord("PRESIDENT", "ASIA_SOUTH_PACIFIC", "JP", "Taro Yamada", "2022-10-21").statusCode(409).body("type", equalTo(CONFLICT))
                .body("detail", equalTo(open));
        tryRecord("DELEGATE", "EUROPE", "FR", "Other Person", "2022-10-21").statusCode(409).body("detail", equalTo(open));
        castVotes(president, 1, delegations, figures("FR", 100));
        closeRound(president, 1).then().body("outcome", equalTo("ELECTED"));
        assembly().get("/executive-committee?asOf=2022-12-01").then().body("members.country", contains("FR"));
        // once it has closed, terms are recorded again, against the Committee its result left
        tryRecord("PRESIDENT", "ASIA_SOUTH_PACIFIC", "JP", "Taro Yamada", "2022-10-21").statusCode(409)
                .body("detail", containsString("President"));
        term("DELEGATE", "EUROPE", "DE", "Hans Muster", "2022-10-21", null);
    }

    @Test
    void aFourthVicePresidentCannotBePutToTheVote() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        officeBallot(90, "VICE_PRESIDENT", "AFRICA");
        officeBallot(90, "VICE_PRESIDENT", "AMERICAS");
        officeBallot(90, "VICE_PRESIDENT", "EUROPE");
        tryBallot(Map.of("session", 90, "kind", "OFFICE", "office", "VICE_PRESIDENT", "region", "ASIA_SOUTH_PACIFIC")).statusCode(409)
                .body("type", equalTo(CONFLICT))
                .body("detail", equalTo("The Executive Committee has 3 Vice-Presidents: 0 sitting on 2022-10-21 and 3 undecided Vice-President "
                        + "elections (Vice-President for Africa, Vice-President for Americas, Vice-President for Europe) already account for all "
                        + "of them; no further Vice-President can be put to the vote"));
        assembly().get("/ballots?session=90").then().body("items", hasSize(3))
                .body("items.region", org.hamcrest.Matchers.not(hasItem("ASIA_SOUTH_PACIFIC")));
        // other seats are not concerned
        officeBallot(90, "DELEGATE", "ASIA_SOUTH_PACIFIC");
    }

    @Test
    void sittingVicePresidentsCountTowardsTheThree() {
        term("VICE_PRESIDENT", "EUROPE", "RU", "Alexander Prokopchuk", "2020-11-25", null);
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        officeBallot(90, "VICE_PRESIDENT", "AFRICA");
        officeBallot(90, "VICE_PRESIDENT", "AMERICAS");
        tryBallot(Map.of("session", 90, "kind", "OFFICE", "office", "VICE_PRESIDENT", "region", "ASIA_SOUTH_PACIFIC")).statusCode(409)
                .body("type", equalTo(CONFLICT))
                .body("detail", equalTo("The Executive Committee has 3 Vice-Presidents: 1 sitting on 2022-10-21 (Vice-President for Europe: "
                        + "Alexander Prokopchuk, RU) and 2 undecided Vice-President elections (Vice-President for Africa, Vice-President for "
                        + "Americas) already account for all of them; no further Vice-President can be put to the vote"));
    }

    @Test
    void aRoundCannotOpenWhenATermRecordedMeanwhileFilledTheSeat() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        present(90, members(100));
        String ballot = officeBallot(90, "VICE_PRESIDENT", "EUROPE");
        nominate(ballot, "FR", "Marie Curie");
        term("VICE_PRESIDENT", "EUROPE", "DE", "Hans Muster", "2021-11-25", null);
        assembly().post("/ballots/" + ballot + "/rounds").then().statusCode(409).body("type", equalTo(CONFLICT))
                .body("detail", equalTo("Round 1 cannot open: The seat Vice-President for Europe is held by Hans Muster (DE) until 2024-11-25; "
                        + "the seat is no longer vacant for a term starting 2022-10-21, so there is nothing left to elect in this ballot"));
        assembly().get("/ballots/" + ballot).then().body("status", equalTo("PENDING")).body("currentRound", equalTo(0)).body("rounds", hasSize(0));
        // the election is called off: the ballot is decided without a round, and no longer counts as undecided
        assembly().post("/ballots/" + ballot + "/conclude").then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("outcome", equalTo("NOT_ELECTED")).body("rounds", hasSize(0)).body("candidates[0].status", equalTo("NOT_ELECTED"));
        assembly().post("/ballots/" + ballot + "/conclude").then().statusCode(409).body("type", equalTo(CONFLICT));
        assembly().get("/executive-committee/history").then().body("$", hasSize(1));
    }

    @Test
    void aRoundCannotOpenWhenAnotherElectionFilledTheLastSeat() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        List<String> delegations = members(110);
        present(90, delegations);
        // two seats of Delegate for Africa, both vacant: two elections
        String first = officeBallot(90, "DELEGATE", "AFRICA");
        String second = officeBallot(90, "DELEGATE", "AFRICA");
        // one seat is then found to be held, the other filled by the first election
        term("DELEGATE", "AFRICA", "KE", "Jane Doe", "2021-11-25", null);
        nominate(first, "NG", "John Roe");
        nominate(second, "GH", "Kofi Mensah");
        openRound(first);
        castVotes(first, 1, delegations, figures("NG", 100));
        closeRound(first, 1).then().body("outcome", equalTo("ELECTED"));
        assembly().post("/ballots/" + second + "/rounds").then().statusCode(409).body("type", equalTo(CONFLICT))
                .body("detail", equalTo("Round 1 cannot open: All 2 seats of Delegate for Africa are filled on 2022-10-21; the seat is no "
                        + "longer vacant for a term starting 2022-10-21, so there is nothing left to elect in this ballot"));
        assembly().get("/executive-committee/history").then().body("$", hasSize(2));
    }

    @Test
    void aVicePresidentForTheRegionOfThePresidentIsNotPutToTheVote() {
        term("PRESIDENT", "ASIA_SOUTH_PACIFIC", "AE", "Ahmed Naser Al-Raisi", "2021-11-25", null);
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        String before = data.fingerprint();
        // every candidate from Asia would be refused (REGION_TAKEN): the election is refused, and takes none of the three seats
        tryBallot(Map.of("session", 90, "kind", "OFFICE", "office", "VICE_PRESIDENT", "region", "ASIA_SOUTH_PACIFIC")).statusCode(422)
                .body("type", equalTo(RULE_VIOLATION))
                .body("detail", equalTo("No Vice-President for Asia and South Pacific can be elected for the term 2022-10-21 to 2025-10-21: "
                        + "The President and the Vice-Presidents come from four different regions; Asia and South Pacific already has the "
                        + "President (Ahmed Naser Al-Raisi, AE, to 2025-11-25)"))
                .body("refusals[0].code", equalTo("REGION_TAKEN"));
        org.junit.jupiter.api.Assertions.assertEquals(before, data.fingerprint(), "a refused request wrote nothing");
        for (String region : List.of("AFRICA", "AMERICAS", "EUROPE")) {
            officeBallot(90, "VICE_PRESIDENT", region);
        }
        assembly().get("/ballots?session=90").then().body("items.region", contains("AFRICA", "AMERICAS", "EUROPE"));
    }

    @Test
    void aPresidentWhoLeftMidTermIsReplacedForTheRestOfTheTermNotByARegularElection() {
        clock.set(LocalDate.of(2018, 11, 20));
        String meng = term("PRESIDENT", "ASIA_SOUTH_PACIFIC", "CN", "Meng Hongwei", "2016-11-10", "2020-11-30");
        assembly().body(Map.of("endedOn", "2018-10-07", "reason", "Resigned")).post("/executive-committee/terms/" + meng + "/end")
                .then().statusCode(200);
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        String before = data.fingerprint();
        String rest = "A President who leaves mid-term is replaced by an election for the rest of the term: Meng Hongwei (CN) left on 2018-10-07 "
                + "the term 2016-11-10 to 2020-11-30, which would still run when this term starts (2018-11-21). Put a by-election to the vote "
                + "(byElection true), for the term to 2020-11-30, or a regular election for a term starting on or after 2020-11-30";
        tryBallot(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT")).statusCode(409).body("type", equalTo(CONFLICT))
                .body("detail", equalTo(rest));
        tryBallot(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT", "byElection", false)).statusCode(409).body("detail", equalTo(rest));
        org.junit.jupiter.api.Assertions.assertEquals(before, data.fingerprint(), "a refused request wrote nothing");
        String byElection = createBallot(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT", "byElection", true));
        assembly().get("/ballots/" + byElection).then().body("termEnd", equalTo("2020-11-30"));
        // the full term after the vacated one does not overlap the by-election's: both may be undecided at once
        String regular = createBallot(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT", "termStart", "2020-11-30"));
        assembly().get("/ballots/" + regular).then().body("byElection", equalTo(false)).body("termEnd", equalTo("2024-11-30"));
    }

    @Test
    void undecidedElectionsOfAClosedSessionOrForAnotherTermTakeNoSeat() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        for (String region : List.of("AFRICA", "AMERICAS", "EUROPE")) {
            officeBallot(90, "VICE_PRESIDENT", region);
        }
        officeBallot(90, "DELEGATE", "AMERICAS");
        officeBallot(90, "DELEGATE", "AMERICAS");
        // a session closed before its closing concluded what it left undecided (as it does now): its elections stay undecided,
        // and nothing can decide them any more
        data.execute("update assembly_session set status = 'CLOSED' where number = 90");
        openSession(91, 2023, "Vienna", "AT", "2023-11-28", "2023-11-30");
        officeBallot(91, "VICE_PRESIDENT", "ASIA_SOUTH_PACIFIC");
        officeBallot(91, "VICE_PRESIDENT", "AFRICA");
        officeBallot(91, "VICE_PRESIDENT", "AMERICAS");
        officeBallot(91, "DELEGATE", "AMERICAS");
        officeBallot(91, "DELEGATE", "AMERICAS");
        tryBallot(Map.of("session", 91, "kind", "OFFICE", "office", "DELEGATE", "region", "AMERICAS")).statusCode(409).body("type", equalTo(CONFLICT))
                .body("detail", equalTo("An undecided ballot already exists for Delegate for Americas (session 91, term 2023-11-30 to 2026-11-30; "
                        + "session 91, term 2023-11-30 to 2026-11-30), one for each of its 2 free seats"));
        // the undecided elections of session 91 take the three Vice-Presidents for their term, and for no other
        assembly().body(Map.of("number", 94, "year", 2026, "city", "Lyon", "hostCountry", "FR", "startsOn", "2026-11-10", "endsOn", "2026-11-12"))
                .post("/sessions").then().statusCode(201);
        assembly().body(Map.of("number", 95, "year", 2027, "city", "Rome", "hostCountry", "IT", "startsOn", "2027-11-08", "endsOn", "2027-11-10"))
                .post("/sessions").then().statusCode(201);
        tryBallot(Map.of("session", 94, "kind", "OFFICE", "office", "VICE_PRESIDENT", "region", "EUROPE")).statusCode(409)
                .body("detail", equalTo("The Executive Committee has 3 Vice-Presidents: 0 sitting on 2026-11-12 and 3 undecided Vice-President "
                        + "elections (Vice-President for Africa, Vice-President for Americas, Vice-President for Asia and South Pacific) already "
                        + "account for all of them; no further Vice-President can be put to the vote"));
        String later = officeBallot(95, "VICE_PRESIDENT", "EUROPE");
        assembly().get("/ballots/" + later).then().body("termStart", equalTo("2027-11-10")).body("termEnd", equalTo("2030-11-10"));
        officeBallot(95, "DELEGATE", "AMERICAS");
    }

    @Test
    void aRecordedTermIsAtMostAFullTerm() {
        String before = data.fingerprint();
        assembly().body(Map.of("office", "DELEGATE", "region", "AMERICAS", "country", "BR", "personName", "Long Term", "termStart", "2092-01-01",
                        "termEnd", "2099-11-23"))
                .post("/executive-committee/terms").then().statusCode(400).body("type", equalTo(VALIDATION))
                .body("violations[0].field", equalTo("termEnd"))
                .body("violations[0].message", equalTo("a term of the Delegate is at most a full term of 3 years: starting 2092-01-01, it ends in "
                        + "2095 at the latest (a full term ends on 2095-01-01; terms run from Assembly to Assembly, so only the day may differ), "
                        + "not on 2099-11-23. A shorter term is fine (a by-election, a holder who left)"));
        assembly().body(Map.of("office", "PRESIDENT", "region", "ASIA_SOUTH_PACIFIC", "country", "CN", "personName", "Meng Hongwei",
                        "termStart", "2016-11-10", "termEnd", "2021-11-10"))
                .post("/executive-committee/terms").then().statusCode(400).body("violations[0].field", equalTo("termEnd"))
                .body("violations[0].message", containsString("a term of the President is at most a full term of 4 years: starting 2016-11-10, "
                        + "it ends in 2020 at the latest"));
        org.junit.jupiter.api.Assertions.assertEquals(before, data.fingerprint(), "a refused request wrote nothing");
        // from Assembly to Assembly, some days past the anniversary; and shorter
        term("PRESIDENT", "ASIA_SOUTH_PACIFIC", "CN", "Meng Hongwei", "2016-11-10", "2020-11-30");
        term("DELEGATE", "AMERICAS", "BR", "Short Term", "2092-01-01", "2093-06-01");
        assembly().get("/executive-committee/history").then().body("$", hasSize(2));
    }

    @Test
    void aRegularElectionIsForAFullTerm() {
        openSession(90, 2022, "New Delhi", "IN", "2022-10-18", "2022-10-21");
        tryBallot(Map.of("session", 90, "kind", "OFFICE", "office", "DELEGATE", "region", "EUROPE", "termEnd", "2040-10-21")).statusCode(400)
                .body("type", equalTo(VALIDATION)).body("violations[0].field", equalTo("termEnd"))
                .body("violations[0].message", equalTo("a regular term of the Delegate is a full term of 3 years: starting 2022-10-21, it ends "
                        + "in 2025 (by default on 2025-10-21; terms run from Assembly to Assembly, so only the day may differ), not on 2040-10-21. "
                        + "A vacancy for the rest of a term is filled by a by-election"));
        tryBallot(Map.of("session", 90, "kind", "OFFICE", "office", "PRESIDENT", "termEnd", "2025-10-21")).statusCode(400)
                .body("violations[0].field", equalTo("termEnd"))
                .body("violations[0].message", containsString("a regular term of the President is a full term of 4 years: starting 2022-10-21, it ends in 2026"));
        assembly().get("/ballots?session=90").then().body("items", hasSize(0));
        // the next Assembly meets on another day: the year is what counts
        String ballot = createBallot(Map.of("session", 90, "kind", "OFFICE", "office", "DELEGATE", "region", "EUROPE", "termEnd", "2025-11-28"));
        assembly().get("/ballots/" + ballot).then().body("termStart", equalTo("2022-10-21")).body("termEnd", equalTo("2025-11-28"));
        String president = officeBallot(90, "PRESIDENT", null);
        assembly().get("/ballots/" + president).then().body("termEnd", equalTo("2026-10-21"));
    }

    @Test
    void aByElectionFillsTheRestOfTheVacatedTerm() {
        clock.set(LocalDate.of(2018, 11, 20));
        String meng = term("PRESIDENT", "ASIA_SOUTH_PACIFIC", "CN", "Meng Hongwei", "2016-11-10", "2020-11-30");
        assembly().body(Map.of("endedOn", "2018-10-07", "reason", "Resigned")).post("/executive-committee/terms/" + meng + "/end")
                .then().statusCode(200);
        openSession(87, 2018, "Dubai", "AE", "2018-11-18", "2018-11-21");
        tryBallot(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT", "byElection", true, "termEnd", "2021-11-30")).statusCode(400)
                .body("type", equalTo(VALIDATION)).body("violations[0].field", equalTo("termEnd"))
                .body("violations[0].message", equalTo("a by-election fills the rest of the vacated term: it must end on 2020-11-30 "
                        + "(Meng Hongwei (CN) left on 2018-10-07 the term 2016-11-10 to 2020-11-30), not on 2021-11-30"));
        tryBallot(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT", "byElection", true, "termEnd", "2040-11-30")).statusCode(400)
                .body("violations[0].field", equalTo("termEnd"))
                .body("violations[0].message", equalTo("a by-election fills the rest of a term: it cannot end later than a full term of the "
                        + "President (4 years) from 2018-11-18, 2022-11-18; not 2040-11-30"));
        // no vacated term of a Delegate for Africa is recorded: the end is required, and at most a full term away
        tryBallot(Map.of("session", 87, "kind", "OFFICE", "office", "DELEGATE", "region", "AFRICA", "byElection", true)).statusCode(400)
                .body("violations[0].field", equalTo("termEnd"))
                .body("violations[0].message", equalTo("is required for a by-election: the end of the vacant term (no term of the Delegate "
                        + "for Africa left before the end is recorded)"));
        tryBallot(Map.of("session", 87, "kind", "OFFICE", "office", "DELEGATE", "region", "AFRICA", "byElection", true, "termEnd", "2022-01-01"))
                .statusCode(400).body("violations[0].message", containsString("cannot end later than a full term of the Delegate (3 years) from 2018-11-18, 2021-11-18"));
        assembly().get("/ballots?session=87").then().body("items", hasSize(0));

        // the vacated term's end by default
        String ballot = createBallot(Map.of("session", 87, "kind", "OFFICE", "office", "PRESIDENT", "byElection", true));
        assembly().get("/ballots/" + ballot).then().body("termEnd", equalTo("2020-11-30")).body("byElection", equalTo(true))
                .body("title", equalTo("Election of the President (by-election, term to 2020-11-30)"));
    }

    @Test
    void aRecordedTermIsOfTheCountrysRegionAndKeepsFourRegionsForThePresidentAndVicePresidents() {
        tryRecord("DELEGATE", "EUROPE", "KE", "Jane Doe", "2017-09-29").statusCode(422).body("type", equalTo(RULE_VIOLATION))
                .body("detail", equalTo("The seat Delegate for Europe is for a member from Europe; KE is in Africa"));
        tryRecord("PRESIDENT", "EUROPE", "CN", "Meng Hongwei", "2016-11-10").statusCode(422).body("type", equalTo(RULE_VIOLATION))
                .body("detail", equalTo("The region recorded for the President is the region of his country: CN is in Asia and South Pacific, not Europe"));
        tryRecord("VICE_PRESIDENT", "EUROPE", "XK", "Someone", "2016-11-10").statusCode(422).body("type", equalTo(RULE_VIOLATION))
                .body("detail", equalTo("XK is not a member of the Organization; the members of the Executive Committee come from member countries"));

        term("PRESIDENT", "ASIA_SOUTH_PACIFIC", "CN", "Meng Hongwei", "2016-11-10", "2020-11-10");
        tryRecord("VICE_PRESIDENT", "ASIA_SOUTH_PACIFIC", "KR", "Kim Jong-yang", "2015-11-05").statusCode(422).body("type", equalTo(RULE_VIOLATION))
                .body("detail", equalTo("The President and the Vice-Presidents come from four different regions; Asia and South Pacific already "
                        + "has the President (Meng Hongwei, CN, to 2020-11-10)"))
                .body("refusals[0].code", equalTo("REGION_TAKEN"));
        // a Delegate does not take his region; a Vice-President for another region is fine; one from Asia after the President's term too
        term("DELEGATE", "ASIA_SOUTH_PACIFIC", "KR", "Kim Jong-yang", "2015-11-05", null);
        term("VICE_PRESIDENT", "EUROPE", "RU", "Alexander Prokopchuk", "2016-11-10", null);
        term("VICE_PRESIDENT", "ASIA_SOUTH_PACIFIC", "JP", "Taro Yamada", "2020-11-10", null);
        assembly().get("/executive-committee/history").then().body("$", hasSize(4));
    }
}
