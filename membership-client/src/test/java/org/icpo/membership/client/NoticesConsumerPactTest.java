package org.icpo.membership.client;

import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of notices-service with membership-service: the standing of the requesting member,
 * with the measures in force that decide whether its requests are held for review (corrective
 * measures, heightened supervision) or refused (suspended access rights); and the standings of a diffusion's
 * recipients in one call, whose 404 names those that are not members, which refuses a diffusion addressed to them.
 */
@QuarkusTest
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "membership-service", port = "18291", pactVersion = PactSpecVersion.V4)
class NoticesConsumerPactTest {

    static final String CONSUMER = "notices-service";

    @Inject
    MembershipDirectory directory;

    @Pact(consumer = CONSUMER)
    V4Pact normalMember(PactDslWithProvider p) {
        return p.given("FR is a member in good standing")
                .uponReceiving("the standing of a requesting member without measures")
                .method("GET").path("/members/FR/standing").matchHeader("Authorization", ElectionsConsumerPactTest.AUTH, ElectionsConsumerPactTest.EXAMPLE_AUTH)
                .willRespondWith().status(200).body(ContractBodies.standingBody("FR", true, null, true))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "normalMember")
    void aMemberWithoutMeasuresDiffusesDirectly() {
        MembershipDtos.Standing s = directory.standing("FR");
        assertThat(s.directDiffusionsAllowed()).isTrue();
        assertThat(s.reviewBeforeDistribution()).isFalse();
        assertThat(s.activeMeasures()).isEmpty();
        assertThat(s.accessRights().consult()).isTrue();
    }

    @Pact(consumer = CONSUMER)
    V4Pact supervisedMember(PactDslWithProvider p) {
        return p.given("RU is under heightened supervision")
                .uponReceiving("the standing of a requesting member under heightened supervision")
                .method("GET").path("/members/RU/standing").matchHeader("Authorization", ElectionsConsumerPactTest.AUTH, ElectionsConsumerPactTest.EXAMPLE_AUTH)
                .willRespondWith().status(200).body(ContractBodies.standingBody("RU", true, "HEIGHTENED_SUPERVISION", true))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "supervisedMember")
    void aSupervisedMembersRequestsAreHeld() {
        MembershipDtos.Standing s = directory.standing("RU");
        assertThat(s.reviewBeforeDistribution()).isTrue();
        assertThat(s.directDiffusionsAllowed()).isFalse();
        assertThat(s.underMeasure("HEIGHTENED_SUPERVISION")).isTrue();
        assertThat(s.activeMeasures().get(0).legalBasis()).isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    V4Pact recipientsAreMembers(PactDslWithProvider p) {
        return p.given("FR and DE are members in good standing")
                .uponReceiving("the standings of a diffusion's recipients, in one call")
                .method("GET").path("/standings").query("countries=DE,FR")
                .matchHeader("Authorization", ElectionsConsumerPactTest.AUTH, ElectionsConsumerPactTest.EXAMPLE_AUTH)
                .willRespondWith().status(200).body(ContractBodies.standingsBody())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "recipientsAreMembers")
    void recipientsThatAreMembersAreAllFound() {
        assertThat(directory.notMembers(List.of("FR", "DE"))).isEmpty();
    }

    @Pact(consumer = CONSUMER)
    V4Pact recipientNotAMember(PactDslWithProvider p) {
        return p.given("ZZ is not a member")
                .uponReceiving("the standings of a diffusion's recipients, one of which is not a member")
                .method("GET").path("/standings").query("countries=FR,ZZ")
                .matchHeader("Authorization", ElectionsConsumerPactTest.AUTH, ElectionsConsumerPactTest.EXAMPLE_AUTH)
                .willRespondWith().status(404).matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(ContractBodies.notMembersBody("ZZ"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "recipientNotAMember")
    void aRecipientThatIsNotAMemberIsNamed() {
        assertThat(directory.notMembers(List.of("ZZ", "FR"))).containsExactly("ZZ");
    }

    @Pact(consumer = CONSUMER)
    V4Pact suspendedMember(PactDslWithProvider p) {
        return p.given("AF's access rights are suspended")
                .uponReceiving("the standing of a requesting member whose access rights are suspended")
                .method("GET").path("/members/AF/standing").matchHeader("Authorization", ElectionsConsumerPactTest.AUTH, ElectionsConsumerPactTest.EXAMPLE_AUTH)
                .willRespondWith().status(200).body(ContractBodies.standingBody("AF", true, "ACCESS_SUSPENSION", false))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "suspendedMember")
    void aSuspendedMemberCannotRecordOrConsult() {
        MembershipDtos.Standing s = directory.standing("AF");
        assertThat(s.accessRights().record()).isFalse();
        assertThat(s.accessRights().consult()).isFalse();
        assertThat(s.underMeasure("ACCESS_SUSPENSION")).isTrue();
    }
}
