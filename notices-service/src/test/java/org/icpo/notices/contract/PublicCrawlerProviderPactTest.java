package org.icpo.notices.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.icpo.notices.Bodies;
import org.icpo.notices.MembershipStub;
import org.icpo.notices.NoticesTestBase;
import org.icpo.notices.TestData;
import org.icpo.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Verifies the committed pacts of the consumers of notices-service ({@code contracts/*-notices-service.json}: the
 * outside crawlers of the public notices API) against this service on its real database. Provider states create
 * real, published notices with a public extract through the service's API.
 */
@QuarkusTest
@Provider("notices-service")
@PactFolder("../contracts")
class PublicCrawlerProviderPactTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @BeforeEach
    void target(PactVerificationContext context) {
        data.reset();
        MembershipStub.reset();
        clock.reset();
        context.setTarget(new HttpTestTarget("localhost", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State("three public red notices with photographs exist")
    Map<String, Object> threePublicRedNotices() {
        String newest = null;
        for (String family : new String[]{"DUPONT", "MARTIN", "BERNARD"}) {
            Map<String, Object> body = Bodies.red(family, "Jean");
            Bodies.withPhoto(Bodies.sub(body, "subject"));
            newest = NoticesTestBase.file("FR", body);
            NoticesTestBase.publish(newest);
        }
        String entityId = given().auth().oauth2(NoticesTestBase.gs()).get("/notices/search?name=BERNARD&forename=Jean").then().statusCode(200)
                .extract().path("items[0].entityId");
        String pictureId = given().auth().oauth2(NoticesTestBase.gs()).get("/notice-requests/" + newest).then().statusCode(200)
                .extract().path("photos[0].id");
        return Map.of("redId", entityId.replace('/', '-'), "pictureId", pictureId);
    }

    @State("there is no red notice 1999-1")
    void noSuchNotice() {
        // the database is empty after the reset; no notice is ever numbered in 1999
    }
}
