package org.icpo.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.icpo.gateway.support.UpstreamStubs;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class MergedOpenApiTest {

    @Test
    void theMergedDocumentHoldsEveryServicesPathsWithoutAToken() throws Exception {
        String body = given().get("/openapi").then().statusCode(200).contentType("application/json").extract().asString();
        JsonNode doc = new ObjectMapper().readTree(body);
        assertThat(doc.at("/openapi").asText()).isEqualTo("3.1.0");
        // every routed path of every service; /internal/sync (not routed to notices) is left out
        assertThat(doc.at("/paths").fieldNames()).toIterable().containsExactly("/ballots/{id}/rounds/{number}/board",
                "/members", "/members/{code}/standing", "/notice-requests", "/notices/v1/red", "/sessions");
        // identical schemas once; on a conflict the first service by name (elections) keeps the name and
        // the later one's schema is renamed, its references following
        assertThat(doc.at("/components/schemas").fieldNames()).toIterable()
                .containsExactly("Ballot", "Member", "Membership_Member", "Problem");
        assertThat(doc.at("/components/schemas/Member/properties/name/type").asText()).isEqualTo("string");
        assertThat(doc.at("/components/schemas/Membership_Member/properties/code/type").asText()).isEqualTo("string");
        assertThat(doc.at("/components/schemas/Ballot/properties/candidate/$ref").asText()).isEqualTo("#/components/schemas/Member");
        assertThat(doc.at("/paths/~1members/get/responses/200/content/application~1json/schema/items/$ref").asText())
                .isEqualTo("#/components/schemas/Membership_Member");
        assertThat(doc.at("/paths/~1members~1{code}~1standing/get/responses/404/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.at("/components/securitySchemes").fieldNames()).toIterable().containsExactly("bearer");
        // duplicate operationIds are made unique the same way
        assertThat(doc.at("/paths/~1sessions/get/operationId").asText()).isEqualTo("list");
        assertThat(doc.at("/paths/~1members/get/operationId").asText()).isEqualTo("Membership_list");
        assertThat(doc.at("/info/description").asText()).contains("membership: available").contains("elections: available")
                .contains("notices: available");
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/");
    }

    @Test
    void theGatewaysOwnOpenApiEndpointIsTheMergedDocumentToo() throws Exception {
        String body = given().get("/q/openapi").then().statusCode(200).contentType("application/json").extract().asString();
        assertThat(new ObjectMapper().readTree(body).at("/paths").fieldNames()).toIterable().contains("/members", "/sessions", "/notices/v1/red");
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(page).contains("/openapi");
    }
}
