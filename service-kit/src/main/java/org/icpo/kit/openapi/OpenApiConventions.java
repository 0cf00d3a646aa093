package org.icpo.kit.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.problem.Problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The conventions every service's OpenAPI document follows, applied in one place when the document is built
 * (registered with {@code mp.openapi.filter} in service-kit's META-INF/microprofile-config.properties):
 * <ul>
 * <li>every 4xx and 5xx response without a body of its own is an RFC 9457 problem: content
 * {@code application/problem+json} with the {@code Problem} schema (the body {@code ProblemMappers} renders). A response
 * that documents another body (the public notices API's {@code PublicNotFound}) keeps it;</li>
 * <li>a page of a list ({@code PageView<T>}, which SmallRye names {@code Page1}, {@code Page2}... in the order it meets
 * them) is named after its items: {@code <Item>Page} ({@code MemberPage}, {@code SessionPage}), so that a new list
 * endpoint never renames the others; the generic {@code Page}, whose items have no schema, is left out when nothing
 * refers to it.</li>
 * <li>an operation that takes an {@code Idempotency-Key} header documents what the key does to its answers: the 422
 * {@code idempotency-key-reused} when the key came before with another body (added to a 422 it documents already), and the
 * {@code Idempotent-Replayed} header of a success that replays the first answer.</li>
 * <li>an operation that documents a 401 needs a token, and says so: it carries the {@code bearer} security requirement.
 * SmallRye adds it to operations it sees annotated {@code @Authenticated} or {@code @RolesAllowed}, but not to those
 * declared on a shared base class ({@code AuditResourceBase}, notices-service's {@code RecordResourceBase}), which then
 * read as anonymous in Swagger UI and in clients generated from the document.</li>
 * </ul>
 */
public class OpenApiConventions implements OASFilter {

    static final String SCHEMAS = "#/components/schemas/";
    static final String PROBLEM = "Problem";
    static final String PAGE = "Page";
    private static final Pattern GENERATED_PAGE = Pattern.compile(PAGE + "\\d*");
    private static final Set<String> PAGE_PROPERTIES = Set.of("items", "page", "size", "total", "totalPages");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components == null ? null : components.getSchemas();
        if (schemas == null) {
            return;
        }
        operations(openAPI).forEach(OpenApiConventions::idempotencyKey);
        operations(openAPI).forEach(OpenApiConventions::bearerWhereA401IsDocumented);
        if (schemas.containsKey(PROBLEM)) {
            operations(openAPI).forEach(OpenApiConventions::problemBodies);
        }
        namePages(openAPI, schemas);
    }

    // ------------------------------------------------------------------ idempotency keys

    static final String KEY_REUSED = "The Idempotency-Key was used before with another body (problem type idempotency-key-reused)";
    static final String REPLAYED = "true when this answer replays the first answer to the same Idempotency-Key and body";

    private static void idempotencyKey(Operation operation) {
        boolean takesKey = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && Idempotency.HEADER.equalsIgnoreCase(p.getName()));
        if (!takesKey || operation.getResponses() == null) {
            return;
        }
        APIResponse unprocessable = operation.getResponses().getAPIResponse("422");
        if (unprocessable == null) {
            operation.getResponses().addAPIResponse("422", OASFactory.createAPIResponse().description(KEY_REUSED));
        } else if (unprocessable.getDescription() == null || !unprocessable.getDescription().contains(Idempotency.HEADER)) {
            String own = unprocessable.getDescription() == null ? "" : unprocessable.getDescription().strip();
            unprocessable.setDescription(own.isEmpty() ? KEY_REUSED : (own.endsWith(".") ? own.substring(0, own.length() - 1) : own)
                    + "; or the " + KEY_REUSED.substring("The ".length()));
        }
        if (operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2") && response.getRef() == null
                        && (response.getHeaders() == null || !response.getHeaders().containsKey(Idempotency.REPLAYED_HEADER))) {
                    response.addHeader(Idempotency.REPLAYED_HEADER, OASFactory.createHeader().description(REPLAYED)
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))));
                }
            });
        }
    }

    // ------------------------------------------------------------------ security

    /** The security scheme of every service's document ({@code quarkus.smallrye-openapi.security-scheme-name}). */
    static final String BEARER = "bearer";

    private static void bearerWhereA401IsDocumented(Operation operation) {
        boolean documents401 = operation.getResponses() != null && operation.getResponses().getAPIResponse("401") != null;
        if (documents401 && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
        }
    }

    // ------------------------------------------------------------------ errors

    private static void problemBodies(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (!isError(code) || response.getRef() != null) {
                return;
            }
            Content content = response.getContent();
            if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + PROBLEM))));
            } else {
                MediaType problem = content.getMediaTypes().get(Problem.MEDIA_TYPE);
                if (problem != null && problem.getSchema() == null) {
                    problem.setSchema(OASFactory.createSchema().ref(SCHEMAS + PROBLEM));
                }
            }
        });
    }

    static boolean isError(String code) {
        return code != null && code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    // ------------------------------------------------------------------ pages

    private static void namePages(OpenAPI openAPI, Map<String, Schema> schemas) {
        Map<String, String> renames = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> e : schemas.entrySet()) {
            String item = pageItem(e.getKey(), e.getValue());
            if (item != null) {
                String name = item + PAGE;
                if (!schemas.containsKey(name) && !renames.containsValue(name)) {
                    renames.put(e.getKey(), name);
                }
            }
        }
        Map<String, Schema> named = new TreeMap<>();
        schemas.forEach((name, schema) -> named.put(renames.getOrDefault(name, name), schema));
        Map<String, String> refs = new LinkedHashMap<>();
        renames.forEach((from, to) -> refs.put(SCHEMAS + from, SCHEMAS + to));
        Set<String> referenced = new HashSet<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Schema s : named.values()) {
            walk(s, refs, referenced, seen);
        }
        for (Operation operation : operations(openAPI)) {
            walkOperation(operation, refs, referenced, seen);
        }
        Schema generic = named.get(PAGE);
        if (generic != null && !referenced.contains(SCHEMAS + PAGE) && pageItem(PAGE, generic) == null && isPage(generic)) {
            named.remove(PAGE);
        }
        openAPI.getComponents().setSchemas(named);
    }

    /** The schema name of the items of a generated page schema, or null when this is not one or its items have no name. */
    private static String pageItem(String name, Schema schema) {
        if (!GENERATED_PAGE.matcher(name).matches() || !isPage(schema)) {
            return null;
        }
        Schema items = schema.getProperties().get("items").getItems();
        String ref = items == null ? null : items.getRef();
        return ref != null && ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()) : null;
    }

    private static boolean isPage(Schema schema) {
        return schema.getProperties() != null && schema.getProperties().keySet().equals(PAGE_PROPERTIES);
    }

    private static void walkOperation(Operation operation, Map<String, String> refs, Set<String> referenced, Set<Object> seen) {
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                walk(p.getSchema(), refs, referenced, seen);
                walk(p.getContent(), refs, referenced, seen);
            }
        }
        if (operation.getRequestBody() != null) {
            walk(operation.getRequestBody().getContent(), refs, referenced, seen);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse r : operation.getResponses().getAPIResponses().values()) {
                walk(r.getContent(), refs, referenced, seen);
                if (r.getHeaders() != null) {
                    for (Header h : r.getHeaders().values()) {
                        walk(h.getSchema(), refs, referenced, seen);
                    }
                }
            }
        }
    }

    /** Rewrites renamed references in whatever holds schemas (a schema, content, a list or map of them), and notes every reference. */
    private static void walk(Object node, Map<String, String> refs, Set<String> referenced, Set<Object> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof Content content) {
            if (content.getMediaTypes() != null) {
                for (MediaType m : content.getMediaTypes().values()) {
                    walk(m.getSchema(), refs, referenced, seen);
                }
            }
        } else if (node instanceof Schema schema) {
            String ref = schema.getRef();
            if (ref != null) {
                String to = refs.get(ref);
                if (to != null) {
                    schema.setRef(to);
                    ref = to;
                }
                referenced.add(ref);
            }
            walk(schema.getAll().values(), refs, referenced, seen);
        } else if (node instanceof Collection<?> list) {
            for (Object o : list) {
                walk(o, refs, referenced, seen);
            }
        } else if (node instanceof Map<?, ?> map) {
            walk(map.values(), refs, referenced, seen);
        }
    }

    private static Collection<Operation> operations(OpenAPI openAPI) {
        List<Operation> all = new ArrayList<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return all;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() != null) {
                all.addAll(item.getOperations().values());
            }
        }
        return all;
    }
}
