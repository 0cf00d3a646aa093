package org.icpo.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.icpo.gateway.route.RouteTable;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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

    /**
     * The services' committed documents (contracts/openapi) merged as the gateway routes them: the Problem schema every
     * service documents its errors with, and the other schemas they share (AuditEntryPage...), are kept once, no schema
     * is renamed, and every
     * reference of the merged document names a schema it holds.
     */
    @Test
    void theCommittedDocumentsShareOneProblemSchema() throws Exception {
        Path root = Path.of(System.getProperty("icpo.root", "..")).toAbsolutePath().normalize();
        Properties config = new Properties();
        try (Reader r = Files.newBufferedReader(root.resolve("gateway/src/main/resources/application.properties"))) {
            config.load(r);
        }
        Map<String, List<String>> prefixes = new LinkedHashMap<>();
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (String service : List.of("membership", "elections", "notices")) {
            prefixes.put(service, Arrays.stream(config.getProperty("icpo.gateway.routes." + service).split(",")).map(String::trim).toList());
            sources.add(new OpenApiMerger.Source(service,
                    JSON.readTree(root.resolve("contracts/openapi/" + service + "-service.json").toFile()), "available"));
        }
        JsonNode merged = OpenApiMerger.merge(sources, new RouteTable(prefixes), "T", "1");

        JsonNode schemas = merged.at("/components/schemas");
        List<String> names = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("Problem", "Violation", "AuditEntryPage", "AdmissionDecision", "ReviewAction", "OutboxStatus", "RecordStatus")
                // no two services name different schemas alike, so the merge renames none (a client generated from the
                // merged document and one generated from a service's own document share their type names)
                .noneMatch(n -> n.contains("_"))
                .noneMatch(n -> n.matches("Page\\d*"));
        // every error response of the services' own API is a problem; the public notices API keeps its own 404 body
        int problems = 0;
        for (var path = merged.at("/paths").fields(); path.hasNext(); ) {
            var p = path.next();
            for (var op = p.getValue().fields(); op.hasNext(); ) {
                var o = op.next();
                for (var response = o.getValue().path("responses").fields(); response.hasNext(); ) {
                    var r = response.next();
                    if (!r.getKey().startsWith("4") && !r.getKey().startsWith("5")) {
                        continue;
                    }
                    String ref = r.getValue().at("/content/application~1problem+json/schema/$ref").asText();
                    if ((p.getKey().startsWith("/notices/v1/") || p.getKey().equals("/notices/v1")) && r.getKey().equals("404")) {
                        assertThat(r.getValue().at("/content/application~1json/schema/$ref").asText()).isEqualTo("#/components/schemas/PublicNotFound");
                    } else {
                        assertThat(ref).as(o.getKey() + " " + p.getKey() + " " + r.getKey()).isEqualTo("#/components/schemas/Problem");
                        problems++;
                    }
                }
            }
        }
        assertThat(problems).isGreaterThan(100);
        List<String> refs = new ArrayList<>();
        merged.findValues("$ref").forEach(ref -> refs.add(ref.asText()));
        assertThat(refs).allSatisfy(ref -> assertThat(schemas.has(ref.substring("#/components/schemas/".length())))
                .as(ref).isTrue());
    }
}
