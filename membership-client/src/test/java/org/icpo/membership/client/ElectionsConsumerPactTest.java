package org.icpo.membership.client;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.icpo.kit.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of elections-service with membership-service: what elections reads (the standing of a
 * delegation registering as present, current standings of a nominee and of all members to freeze a
 * voter roll, the application an admission ballot is about) and the outcome report its outbox delivers. Runs the real client ({@link MembershipDirectory}).
 */
@QuarkusTest
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "membership-service", port = "18291", pactVersion = PactSpecVersion.V4)
class ElectionsConsumerPactTest {

    static final String CONSUMER = "elections-service";
    static final String APPLICATION = "5f0e8c2a-8d2b-4c6e-9b1a-2f3e4d5c6b7a";
    static final String AUTH = "Bearer [A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+";
    static final String EXAMPLE_AUTH = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzdmMtZWxlY3Rpb25zIn0.c2lnbmF0dXJl";

    @Inject
    MembershipDirectory directory;

    @Pact(consumer = CONSUMER)
    V4Pact memberInGoodStanding(PactDslWithProvider p) {
        return p.given("FR is a member in good standing")
                .uponReceiving("the standing of a member whose delegation registers as present")
                .method("GET").path("/members/FR/standing").matchHeader("Authorization", AUTH, EXAMPLE_AUTH)
                .willRespondWith().status(200).body(ContractBodies.standingBody("FR", true, null, true))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "memberInGoodStanding")
    void readsTheStandingOfACandidatesCountry() {
        MembershipDtos.Standing s = directory.standing("FR");
        assertThat(s.country()).isEqualTo("FR");
        assertThat(s.votingRights().granted()).isTrue();
        assertThat(s.eligibleForOffice().granted()).isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact nomineeInArrears(PactDslWithProvider p) {
        return p.given("KE is a member in arrears")
                .uponReceiving("the current standing of a nominated candidate's country, read without cache")
                .method("GET").path("/standings").query("countries=KE").matchHeader("Authorization", AUTH, EXAMPLE_AUTH)
                .willRespondWith().status(200)
                .body(au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike(1, a -> a.object(o -> ContractBodies.standing(o, "KE", false, null, true))).build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "nomineeInArrears")
    void seesThatANomineeInArrearsIsNotEligible() {
        List<MembershipDtos.Standing> list = directory.currentStandings(List.of("KE"));
        assertThat(list).hasSize(1);
        MembershipDtos.Standing s = list.get(0);
        assertThat(s.votingRights().granted()).isFalse();
        assertThat(s.votingRights().reasons()).extracting(MembershipDtos.Reason::code).contains("ARREARS");
        assertThat(s.eligibleForOffice().granted()).isFalse();
    }

    @Pact(consumer = CONSUMER)
    V4Pact unknownCountry(PactDslWithProvider p) {
        return p.given("ZZ is not a member")
                .uponReceiving("the standing of a country that is not a member, registering as present")
                .method("GET").path("/members/ZZ/standing").matchHeader("Authorization", AUTH, EXAMPLE_AUTH)
                .willRespondWith().status(404).matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(ContractBodies.problemBody(404))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "unknownCountry")
    void reportsANonMemberAsNotFound() {
        assertThatThrownBy(() -> directory.standing("ZZ")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(404));
    }

    @Pact(consumer = CONSUMER)
    V4Pact voterRoll(PactDslWithProvider p) {
        return p.given("FR and DE are members in good standing")
                .uponReceiving("the standings of all members, to count the quorum base and freeze a voter roll")
                .method("GET").path("/standings").matchHeader("Authorization", AUTH, EXAMPLE_AUTH)
                .willRespondWith().status(200).body(ContractBodies.standingsBody())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "voterRoll")
    void freezesAVoterRollFromCurrentStandings() {
        List<MembershipDtos.Standing> roll = directory.currentStandings(List.of());
        assertThat(roll).hasSizeGreaterThanOrEqualTo(2);
        assertThat(roll).allSatisfy(s -> assertThat(s.votingRights()).isNotNull());
    }

    @Pact(consumer = CONSUMER)
    V4Pact scheduledApplication(PactDslWithProvider p) {
        return p.given("an application of XK is scheduled for session 87", Map.of("isoCode", "XK"))
                .uponReceiving("the application an admission ballot is about")
                .method("GET").pathFromProviderState("/applications/${applicationId}", "/applications/" + APPLICATION)
                .matchHeader("Authorization", AUTH, EXAMPLE_AUTH)
                .willRespondWith().status(200).body(ContractBodies.applicationBody("SCHEDULED"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "scheduledApplication")
    void readsTheApplicationOfAnAdmissionBallot() {
        MembershipDtos.Application a = directory.application(UUID.fromString(APPLICATION));
        assertThat(a.isoCode()).isEqualTo("XK");
        assertThat(a.status()).isEqualTo("SCHEDULED");
        assertThat(a.assemblyYear()).isEqualTo(2018);
    }

    private static au.com.dius.pact.consumer.dsl.DslPart kosovoOutcome() {
        return newJsonBody(o -> o.stringValue("decision", "REJECTED")
                .stringType("ballotId", "b8c4a1d2-0e6f-4a3b-9c8d-7e6f5a4b3c2d")
                .integerType("session", 87)
                .stringMatcher("decidedOn", ContractBodies.ISO_DATE, "2018-11-20")
                .minArrayLike("rounds", 1, r -> r.integerType("number", 1).integerType("yes", 76).integerType("no", 56).integerType("abstain", 22))).build();
    }

    private static MembershipDtos.OutcomeReport kosovo() {
        return new MembershipDtos.OutcomeReport("REJECTED", "b8c4a1d2-0e6f-4a3b-9c8d-7e6f5a4b3c2d", 87, LocalDate.of(2018, 11, 20),
                List.of(new MembershipDtos.RoundFigures(1, 76, 56, 22), new MembershipDtos.RoundFigures(2, 68, 51, 16)));
    }

    @Pact(consumer = CONSUMER)
    V4Pact outcomeReport(PactDslWithProvider p) {
        return p.given("an application of XK is scheduled for session 87", Map.of("isoCode", "XK"))
                .uponReceiving("the outcome of an admission ballot, delivered by the outbox")
                .method("PUT").pathFromProviderState("/applications/${applicationId}/outcome", "/applications/" + APPLICATION + "/outcome")
                .matchHeader("Authorization", AUTH, EXAMPLE_AUTH).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(kosovoOutcome())
                .willRespondWith().status(200).body(ContractBodies.applicationBody("REJECTED"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "outcomeReport")
    void deliversAnAdmissionOutcome() {
        MembershipDtos.Application a = directory.reportOutcome(UUID.fromString(APPLICATION), kosovo());
        assertThat(a.status()).isEqualTo("REJECTED");
    }

    @Pact(consumer = CONSUMER)
    V4Pact conflictingOutcome(PactDslWithProvider p) {
        return p.given("an application of XK was admitted by another ballot", Map.of("isoCode", "XK"))
                .uponReceiving("an outcome that contradicts the recorded one")
                .method("PUT").pathFromProviderState("/applications/${applicationId}/outcome", "/applications/" + APPLICATION + "/outcome")
                .matchHeader("Authorization", AUTH, EXAMPLE_AUTH).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(kosovoOutcome())
                .willRespondWith().status(409).matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(ContractBodies.problemBody(409))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "conflictingOutcome")
    void learnsThatAConflictingOutcomeIsRefused() {
        // with membership's own reason, which the outbox keeps for the operator
        assertThatThrownBy(() -> directory.reportOutcome(UUID.fromString(APPLICATION), kosovo())).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409))
                .hasMessageEndingWith("as a conflict: explanation");
    }
}
