package org.icpo.gateway.health;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class GatewayHealthTest {

    @InjectStubs
    Stubs stubs;

    @AfterEach
    void restore() throws Exception {
        stubs.reset(Tokens.secretariat());
    }

    @Test
    void gatewayIsLiveAndReadinessReportsEachUpstream() throws Exception {
        Thread.sleep(300); // outlive a state cached (200 ms in tests) while an earlier test had an upstream down
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.membership", startsWith("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.elections", startsWith("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.notices", startsWith("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.token-keys", equalTo("loaded"));
    }

    @Test
    void anUpstreamDownIsReportedButTheGatewayStaysReady() throws Exception {
        stubs.elections().down();
        Thread.sleep(300); // the readiness cache of the test profile is 200 ms
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.elections", startsWith("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.membership", startsWith("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
