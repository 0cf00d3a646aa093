package org.icpo.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.icpo.gateway.route.RouteTable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RouteTable ROUTES = new RouteTable(Map.of("a", List.of("/a"), "b", List.of("/b")));

    private static JsonNode doc(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void aServiceThatIsDownIsReportedNotFatal() throws Exception {
        JsonNode merged = OpenApiMerger.merge(List.of(
                new OpenApiMerger.Source("b", null, "UNAVAILABLE (connection refused); its paths are missing from this document"),
                new OpenApiMerger.Source("a", doc("{\"openapi\":\"3.0.3\",\"paths\":{\"/a\":{\"get\":{}}}}"), "available")),
                ROUTES, "T", "1");
        assertThat(merged.at("/info/description").asText()).contains("- a: available")
                .contains("- b: UNAVAILABLE (connection refused)");
        assertThat(merged.at("/paths").has("/a")).isTrue();
        assertThat(merged.at("/openapi").asText()).isEqualTo("3.0.3");
    }

    @Test
    void conflictsAreResolvedTheSameWayWhateverTheInputOrder() throws Exception {
        JsonNode a = doc("""
                {"openapi":"3.1.0","paths":{"/a":{"get":{"responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/X"}}}}}}}},
                 "components":{"schemas":{"X":{"type":"string"},"Same":{"type":"integer"}}}}""");
        JsonNode b = doc("""
                {"openapi":"3.1.0","paths":{"/b":{"get":{"responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Y"}}}}}}}},
                 "components":{"schemas":{"X":{"type":"object"},"Y":{"type":"array","items":{"$ref":"#/components/schemas/X"}},
                   "Z":{"oneOf":[{"$ref":"#/components/schemas/X"}],"discriminator":{"propertyName":"k","mapping":{"x":"#/components/schemas/X"}}},
                   "Same":{"type":"integer"}}}}""");
        JsonNode one = OpenApiMerger.merge(List.of(new OpenApiMerger.Source("a", a, "available"),
                new OpenApiMerger.Source("b", b, "available")), ROUTES, "T", "1");
        JsonNode two = OpenApiMerger.merge(List.of(new OpenApiMerger.Source("b", b, "available"),
                new OpenApiMerger.Source("a", a, "available")), ROUTES, "T", "1");
        assertThat(one).isEqualTo(two);
        JsonNode schemas = one.at("/components/schemas");
        assertThat(schemas.fieldNames()).toIterable().containsExactly("B_X", "Same", "X", "Y", "Z");
        assertThat(schemas.at("/X/type").asText()).isEqualTo("string");
        assertThat(schemas.at("/B_X/type").asText()).isEqualTo("object");
        // Y referenced X of b: it now points at the renamed schema, and so does Z's mapping
        assertThat(schemas.at("/Y/items/$ref").asText()).isEqualTo("#/components/schemas/B_X");
        assertThat(schemas.at("/Z/oneOf/0/$ref").asText()).isEqualTo("#/components/schemas/B_X");
        assertThat(schemas.at("/Z/discriminator/mapping/x").asText()).isEqualTo("#/components/schemas/B_X");
        assertThat(one.at("/paths/~1a/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/X");
    }

    @Test
    void pathsNotRoutedToTheirServiceAreLeftOut() throws Exception {
        JsonNode a = doc("{\"paths\":{\"/a/x\":{},\"/b/y\":{},\"/internal\":{}}}");
        JsonNode merged = OpenApiMerger.merge(List.of(new OpenApiMerger.Source("a", a, "available")), ROUTES, "T", "1");
        assertThat(merged.at("/paths").fieldNames()).toIterable().containsExactly("/a/x");
    }
}
