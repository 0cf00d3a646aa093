package org.icpo.gateway.metrics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.icpo.gateway.support.InjectStubs;
import org.icpo.gateway.support.MetricsText;
import org.icpo.gateway.support.Stubs;
import org.icpo.gateway.support.UpstreamStubs;
import org.icpo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class GatewayMetricsTest {

    private static final String TOKEN = Tokens.secretariat();

    @InjectStubs
    Stubs stubs;

    @BeforeEach
    @AfterEach
    void reset() throws Exception {
        stubs.reset(TOKEN);
    }

    private static double value(String metrics, String name, String... labels) {
        return MetricsText.value(metrics, name, labels);
    }

    private static String metrics() {
        return MetricsText.scrape();
    }

    @Test
    void requestsAndRejectionsAreCountedByRouteUpstreamStatusAndReason() {
        String before = metrics();
        given().auth().oauth2(TOKEN).get("/members/FR").then().statusCode(200);
        given().auth().oauth2(TOKEN).get("/members/DE").then().statusCode(200);
        given().get("/members/FR").then().statusCode(401);
        given().auth().oauth2(TOKEN).get("/unknown").then().statusCode(404);
        stubs.notices().failing(503);
        given().auth().oauth2(TOKEN).get("/diffusions").then().statusCode(503);
        stubs.elections().down();
        given().auth().oauth2(TOKEN).get("/ballots/1").then().statusCode(503);
        String after = metrics();

        String ok = "icpo_gateway_requests_seconds_count";
        assertThat(value(after, ok, "route=\"/members\"", "upstream=\"membership\"", "status=\"2xx\"")
                - value(before, ok, "route=\"/members\"", "upstream=\"membership\"", "status=\"2xx\"")).isEqualTo(2);
        assertThat(value(after, ok, "route=\"/members\"", "status=\"4xx\"")
                - value(before, ok, "route=\"/members\"", "status=\"4xx\"")).isEqualTo(1);
        assertThat(value(after, ok, "route=\"none\"", "status=\"4xx\"")
                - value(before, ok, "route=\"none\"", "status=\"4xx\"")).isEqualTo(1);
        assertThat(value(after, ok, "route=\"/diffusions\"", "upstream=\"notices\"", "status=\"5xx\"")
                - value(before, ok, "route=\"/diffusions\"", "upstream=\"notices\"", "status=\"5xx\"")).isEqualTo(1);

        String rejections = "icpo_gateway_rejections_total";
        assertThat(value(after, rejections, "reason=\"unauthenticated\"", "route=\"/members\"")
                - value(before, rejections, "reason=\"unauthenticated\"", "route=\"/members\"")).isEqualTo(1);
        assertThat(value(after, rejections, "reason=\"not_found\"") - value(before, rejections, "reason=\"not_found\"")).isEqualTo(1);
        assertThat(value(after, rejections, "reason=\"upstream_unavailable\"", "upstream=\"elections\"")
                - value(before, rejections, "reason=\"upstream_unavailable\"", "upstream=\"elections\"")).isEqualTo(1);

        String errors = "icpo_gateway_upstream_errors_total";
        assertThat(value(after, errors, "upstream=\"notices\"", "kind=\"status_5xx\"")
                - value(before, errors, "upstream=\"notices\"", "kind=\"status_5xx\"")).isEqualTo(1);
        assertThat(value(after, errors, "upstream=\"elections\"", "kind=\"connect\"")
                - value(before, errors, "upstream=\"elections\"", "kind=\"connect\"")).isEqualTo(1);
        assertThat(after).contains("icpo_gateway_circuit_state{upstream=\"membership\"}");
        assertThat(after).contains("icpo_gateway_requests_seconds_sum{");
    }
}
