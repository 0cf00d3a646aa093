package org.icpo.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class OpenApiConventionsTest {

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Schema page(Schema items) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("items", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(items))
                .addProperty("page", OASFactory.createSchema()).addProperty("size", OASFactory.createSchema())
                .addProperty("total", OASFactory.createSchema()).addProperty("totalPages", OASFactory.createSchema());
    }

    private static Content json(Schema schema) {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType().schema(schema));
    }

    private static APIResponse response(String description, Content content) {
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    @Test
    void errorsAreProblemsAndPagesAreNamedAfterTheirItems() {
        Operation list = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", response("OK", json(ref("Page2"))))
                .addAPIResponse("401", response("Not Authorized", null))
                .addAPIResponse("404", response("Own body", json(ref("NotFound")))));
        Operation other = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", response("OK", json(ref("Page1"))))
                .addAPIResponse("503", response("Busy", null)));
        OpenAPI doc = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem("/members", OASFactory.createPathItem().GET(list))
                        .addPathItem("/sessions", OASFactory.createPathItem().GET(other)))
                .components(OASFactory.createComponents().schemas(Map.of(
                        "Page", page(OASFactory.createSchema()),
                        "Page1", page(ref("Session")),
                        "Page2", page(ref("Member")),
                        "Holder", OASFactory.createSchema().addProperty("last", ref("Page2")),
                        "Member", OASFactory.createSchema(), "Session", OASFactory.createSchema(),
                        "NotFound", OASFactory.createSchema(), "Problem", OASFactory.createSchema())));

        new OpenApiConventions().filterOpenAPI(doc);

        Map<String, Schema> schemas = doc.getComponents().getSchemas();
        assertEquals(List.of("Holder", "Member", "MemberPage", "NotFound", "Problem", "Session", "SessionPage"), List.copyOf(schemas.keySet()));
        assertEquals("#/components/schemas/MemberPage", list.getResponses().getAPIResponse("200").getContent()
                .getMediaType("application/json").getSchema().getRef());
        assertEquals("#/components/schemas/SessionPage", other.getResponses().getAPIResponse("200").getContent()
                .getMediaType("application/json").getSchema().getRef());
        assertEquals("#/components/schemas/MemberPage", schemas.get("Holder").getProperties().get("last").getRef());
        for (APIResponse error : List.of(list.getResponses().getAPIResponse("401"), other.getResponses().getAPIResponse("503"))) {
            assertEquals(List.of("application/problem+json"), List.copyOf(error.getContent().getMediaTypes().keySet()));
            assertEquals("#/components/schemas/Problem", error.getContent().getMediaType("application/problem+json").getSchema().getRef());
        }
        Content own = list.getResponses().getAPIResponse("404").getContent();
        assertEquals("#/components/schemas/NotFound", own.getMediaType("application/json").getSchema().getRef());
        assertNull(own.getMediaType("application/problem+json"));
        assertFalse(schemas.containsKey("Page"));
    }

    @Test
    void anOperationDocumentingA401NeedsTheBearerToken() {
        Operation inherited = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", response("OK", null)).addAPIResponse("401", response("Authentication required", null)));
        Operation annotated = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", response("OK", null)).addAPIResponse("401", response("Authentication required", null)))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
        Operation open = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", response("OK", null)).addAPIResponse("404", response("Not found", null)));
        OpenAPI doc = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/audit", OASFactory.createPathItem().GET(inherited))
                        .addPathItem("/members", OASFactory.createPathItem().GET(annotated))
                        .addPathItem("/notices/v1/red", OASFactory.createPathItem().GET(open)))
                .components(OASFactory.createComponents().schemas(Map.of("Problem", OASFactory.createSchema())));

        new OpenApiConventions().filterOpenAPI(doc);

        for (Operation protectedOne : List.of(inherited, annotated)) {
            assertEquals(1, protectedOne.getSecurity().size(), "one requirement, not a second one added");
            assertEquals(List.of("bearer"), List.copyOf(protectedOne.getSecurity().get(0).getSchemes().keySet()));
        }
        assertNull(open.getSecurity(), "an operation that never answers 401 needs no token");
    }

    @Test
    void anOperationTakingAnIdempotencyKeyDocumentsItsReuseAndItsReplays() {
        org.eclipse.microprofile.openapi.models.parameters.Parameter key = OASFactory.createParameter().name("Idempotency-Key")
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER);
        Operation create = OASFactory.createOperation().addParameter(key).responses(OASFactory.createAPIResponses()
                .addAPIResponse("201", response("Created", json(ref("Member")))));
        Operation nominate = OASFactory.createOperation().addParameter(key).responses(OASFactory.createAPIResponses()
                .addAPIResponse("201", response("Nominated", json(ref("Member"))))
                .addAPIResponse("422", response("Not eligible", null)));
        Operation plain = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", response("OK", json(ref("Member")))));
        OpenAPI doc = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/members", OASFactory.createPathItem().POST(create).GET(plain))
                        .addPathItem("/candidates", OASFactory.createPathItem().POST(nominate)))
                .components(OASFactory.createComponents().schemas(Map.of("Member", OASFactory.createSchema(), "Problem", OASFactory.createSchema())));

        new OpenApiConventions().filterOpenAPI(doc);

        assertEquals(OpenApiConventions.KEY_REUSED, create.getResponses().getAPIResponse("422").getDescription());
        assertEquals("Not eligible; or the Idempotency-Key was used before with another body (problem type idempotency-key-reused)", nominate.getResponses().getAPIResponse("422").getDescription());
        assertEquals("#/components/schemas/Problem", create.getResponses().getAPIResponse("422").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        for (Operation op : List.of(create, nominate)) {
            assertEquals(OpenApiConventions.REPLAYED, op.getResponses().getAPIResponse("201").getHeaders().get("Idempotent-Replayed").getDescription());
        }
        assertNull(plain.getResponses().getAPIResponse("422"));
        assertNull(plain.getResponses().getAPIResponse("200").getHeaders());
    }
}
