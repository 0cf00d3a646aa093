package org.icpo.membership.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.hc.core5.http.HttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.icpo.membership.TestData;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Verifies every consumer's committed pact ({@code contracts/*-membership-service.json}) against
 * this service running on its real database. Provider states set up real data through the API.
 * Each consumer calls with its own service identity, so the token is minted for the consumer's role.
 */
@QuarkusTest
@Provider("membership-service")
@PactFolder("../contracts")
class MembershipProviderPactTest {

    private static final Map<String, String> CONSUMER_ROLES = Map.of(
            "elections-service", "svc-elections",
            "notices-service", "svc-notices");

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    TestData data;

    private final String gs = Tokens.secretariat();

    @BeforeEach
    void target(PactVerificationContext context) {
        data.reset();
        context.setTarget(new HttpTestTarget("localhost", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) {
        String role = CONSUMER_ROLES.get(context.getConsumer().getName());
        if (role == null) {
            throw new IllegalStateException("unknown consumer " + context.getConsumer().getName() + ": give it a service role");
        }
        request.setHeader("Authorization", "Bearer " + Tokens.service(role));
        context.verifyInteraction();
    }

    @State({"FR is a member in good standing", "FR and DE are members in good standing", "ZZ is not a member"})
    void seededMembers() {
        // the 196 members are seeded by the migration; nothing else is needed
    }

    @State("KE is a member in arrears")
    void arrears() {
        int year = java.time.LocalDate.now().getYear();
        for (int y : new int[]{year - 1, year}) {
            given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"financialYear\":" + y + ",\"amountDue\":1000}")
                    .post("/members/KE/contributions").then().statusCode(201);
        }
    }

    @State("RU is under heightened supervision")
    void supervision() {
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEIGHTENED_SUPERVISION\",\"reason\":\"Risk of misuse of the Organization's channels\","
                        + "\"legalBasis\":\"Rules on the Processing of Data, art. 131\",\"decidedBy\":\"Secretary General\",\"decidedOn\":\"2022-03-10\"}")
                .post("/members/RU/measures").then().statusCode(201);
    }

    @State("AF's access rights are suspended")
    void suspension() {
        given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"kind\":\"ACCESS_SUSPENSION\",\"reason\":\"Repeated misuse\",\"legalBasis\":\"Rules on the Processing of Data, art. 131\","
                        + "\"decidedBy\":\"Secretary General\",\"decidedOn\":\"2024-01-10\"}")
                .post("/members/AF/measures").then().statusCode(201);
    }

    private String scheduledApplication(String isoCode) {
        String id = given().auth().oauth2(gs).contentType(ContentType.JSON)
                .body("{\"stateName\":\"Kosovo\",\"isoCode\":\"" + isoCode + "\",\"region\":\"EUROPE\",\"policeBody\":\"Kosovo Police\","
                        + "\"statehoodStatement\":\"Declaration of independence of 17 February 2008\",\"acceptsConstitution\":true,\"submittedOn\":\"2018-01-15\"}")
                .post("/applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(gs).contentType(ContentType.JSON).body("{\"session\":87}")
                .post("/applications/" + id + "/schedule").then().statusCode(200);
        return id;
    }

    @State("an application of XK is scheduled for session 87")
    Map<String, Object> scheduled(Map<String, Object> params) {
        return Map.of("applicationId", scheduledApplication(String.valueOf(params.getOrDefault("isoCode", "XK"))));
    }

    @State("an application of XK was admitted by another ballot")
    Map<String, Object> decided(Map<String, Object> params) {
        String id = scheduledApplication(String.valueOf(params.getOrDefault("isoCode", "XK")));
        given().auth().oauth2(Tokens.service("svc-elections")).contentType(ContentType.JSON)
                .body("{\"decision\":\"ADMITTED\",\"ballotId\":\"another-ballot\",\"session\":87,\"decidedOn\":\"2018-11-20\","
                        + "\"rounds\":[{\"number\":1,\"yes\":120,\"no\":20,\"abstain\":10}]}")
                .put("/applications/" + id + "/outcome").then().statusCode(200);
        return Map.of("applicationId", id);
    }
}
