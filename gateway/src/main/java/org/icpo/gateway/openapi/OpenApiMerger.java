package org.icpo.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.icpo.gateway.route.RouteTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one, deterministically:
 * <ul>
 * <li>services are taken in name order; a path is kept only from the service the gateway routes
 * it to (so the document shows exactly what is reachable through the gateway);</li>
 * <li>components with the same name and the same content are kept once (e.g. {@code Problem});
 * with different content, the first service keeps the name and the others' component is renamed
 * {@code <Service>_<Name>} (every {@code $ref} of that service follows);</li>
 * <li>duplicate operationIds get the same service prefix; tags and security requirements are united;</li>
 * <li>a service whose document could not be fetched is named in {@code info.description}.</li>
 * </ul>
 */
public final class OpenApiMerger {

    /** One service's document (null when none could ever be fetched) and how it was obtained. */
    public record Source(String service, JsonNode document, String note) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] COMPONENT_SECTIONS = {"schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems"};

    private OpenApiMerger() {
    }

    public static ObjectNode merge(List<Source> sources, RouteTable routes, String title, String version) {
        ObjectNode out = JSON.objectNode();
        String openapi = "3.0.3";
        ObjectNode paths = JSON.objectNode();
        ObjectNode components = JSON.objectNode();
        ArrayNode tags = JSON.arrayNode();
        Set<String> tagNames = new HashSet<>();
        ArrayNode security = JSON.arrayNode();
        Set<String> operationIds = new HashSet<>();
        StringBuilder description = new StringBuilder(
                "The whole ICPO API behind one gateway, merged from the services' own documents.\n\n");

        List<Source> ordered = new ArrayList<>(sources);
        ordered.sort((a, b) -> a.service().compareTo(b.service()));
        for (Source source : ordered) {
            description.append("- ").append(source.service()).append(": ").append(source.note()).append('\n');
            if (source.document() == null || !source.document().isObject()) {
                continue;
            }
            ObjectNode doc = source.document().deepCopy();
            String v = doc.path("openapi").asText("");
            if (v.compareTo(openapi) > 0) {
                openapi = v;
            }
            Map<String, String> renames = renames(doc, components, source.service());
            rewriteRefs(doc, renames);

            JsonNode comps = doc.path("components");
            for (String section : COMPONENT_SECTIONS) {
                JsonNode entries = comps.path(section);
                if (!entries.isObject()) {
                    continue;
                }
                ObjectNode target = components.has(section) ? (ObjectNode) components.get(section) : components.putObject(section);
                for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
                    var e = it.next();
                    String name = renames.getOrDefault(ref(section, e.getKey()), ref(section, e.getKey()))
                            .substring(("#/components/" + section + "/").length());
                    if (!target.has(name)) {
                        target.set(name, e.getValue());
                    }
                }
            }

            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
                var e = it.next();
                RouteTable.Route route = routes.match(e.getKey());
                if (route == null || !route.upstream().equals(source.service()) || paths.has(e.getKey())) {
                    continue;
                }
                JsonNode item = e.getValue();
                for (JsonNode operation : item) {
                    if (operation.isObject() && operation.has("operationId")) {
                        String id = operation.get("operationId").asText();
                        if (!operationIds.add(id)) {
                            String renamed = prefix(source.service()) + "_" + id;
                            ((ObjectNode) operation).put("operationId", renamed);
                            operationIds.add(renamed);
                        }
                    }
                }
                paths.set(e.getKey(), item);
            }
            for (JsonNode tag : doc.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            }
            for (JsonNode requirement : doc.path("security")) {
                if (!contains(security, requirement)) {
                    security.add(requirement);
                }
            }
        }

        out.put("openapi", openapi);
        ObjectNode info = out.putObject("info");
        info.put("title", title);
        info.put("version", version);
        info.put("description", description.toString().trim());
        out.putArray("servers").addObject().put("url", "/").put("description", "this gateway");
        if (!security.isEmpty()) {
            out.set("security", security);
        }
        if (!tags.isEmpty()) {
            out.set("tags", tags);
        }
        out.set("paths", sortedObject(paths));
        ObjectNode sortedComponents = JSON.objectNode();
        for (String section : COMPONENT_SECTIONS) {
            if (components.has(section) && !components.get(section).isEmpty()) {
                sortedComponents.set(section, sortedObject((ObjectNode) components.get(section)));
            }
        }
        out.set("components", sortedComponents);
        return out;
    }

    /**
     * The renames this service's components need: fixed point, since renaming one component
     * rewrites the references inside others and may make them differ too.
     */
    private static Map<String, String> renames(ObjectNode doc, ObjectNode merged, String service) {
        Map<String, String> renames = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            ObjectNode rewritten = doc.deepCopy();
            rewriteRefs(rewritten, renames);
            JsonNode comps = rewritten.path("components");
            for (String section : COMPONENT_SECTIONS) {
                JsonNode entries = comps.path(section);
                JsonNode existing = merged.path(section);
                for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
                    var e = it.next();
                    String key = ref(section, e.getKey());
                    if (renames.containsKey(key)) {
                        continue;
                    }
                    JsonNode other = existing.get(e.getKey());
                    if (other != null && !other.equals(e.getValue())) {
                        String base = prefix(service) + "_" + e.getKey();
                        String name = base;
                        for (int i = 2; existing.has(name) && !existing.get(name).equals(e.getValue()); i++) {
                            name = base + "_" + i;
                        }
                        renames.put(key, ref(section, name));
                        changed = true;
                    }
                }
            }
        }
        return renames;
    }

    private static String ref(String section, String name) {
        return "#/components/" + section + "/" + name;
    }

    private static String prefix(String service) {
        return service.isEmpty() ? service : Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }

    /** Rewrites every string value that is a renamed reference ($ref, discriminator mappings). */
    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Map<String, String> replace = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                var e = it.next();
                if (e.getValue().isTextual() && renames.containsKey(e.getValue().asText())) {
                    replace.put(e.getKey(), renames.get(e.getValue().asText()));
                } else {
                    rewriteRefs(e.getValue(), renames);
                }
            }
            replace.forEach((k, v) -> object.set(k, TextNode.valueOf(v)));
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual() && renames.containsKey(item.asText())) {
                    array.set(i, TextNode.valueOf(renames.get(item.asText())));
                } else {
                    rewriteRefs(item, renames);
                }
            }
        }
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode n : array) {
            if (n.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode sortedObject(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        ObjectNode sorted = JSON.objectNode();
        for (String n : names) {
            sorted.set(n, node.get(n));
        }
        return sorted;
    }
}
