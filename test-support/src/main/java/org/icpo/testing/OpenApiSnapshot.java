package org.icpo.testing;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Compares a service's current OpenAPI document with its committed snapshot
 * ({@code contracts/openapi/<service>.json}) using openapi-diff, and fails on a breaking change:
 * a removed path or operation, a removed or renamed response field, a changed type, a new required input.
 * Compatible changes (new paths, new optional fields) pass. To accept a change deliberately, run
 * the service's tests with {@code -Dicpo.openapi.update=true} and commit the new snapshot.
 */
public final class OpenApiSnapshot {

    private OpenApiSnapshot() {
    }

    public static Path snapshot(String service) {
        Path root = Path.of(System.getProperty("icpo.root", "..")).toAbsolutePath().normalize();
        return root.resolve("contracts/openapi/" + service + ".json");
    }

    /** The differences, or null when there is nothing breaking. Writes the snapshot when asked to. */
    public static String breakingChanges(String service, String currentJson) throws IOException {
        Path snapshot = snapshot(service);
        if (Boolean.getBoolean("icpo.openapi.update") || !Files.exists(snapshot)) {
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, currentJson);
            return Files.exists(snapshot) && Boolean.getBoolean("icpo.openapi.update") ? null
                    : "no snapshot was committed for " + service + "; one was written to " + snapshot + ": review and commit it";
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(Files.readString(snapshot), currentJson);
        List<String> removedFields = removedResponseFields(diff);
        if (!diff.isIncompatible() && removedFields.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, w);
        }
        return "The OpenAPI document of " + service + " breaks its committed snapshot " + snapshot + ".\n"
                + "If the change is deliberate (consumers updated), run with -Dicpo.openapi.update=true and commit the snapshot.\n\n"
                + (removedFields.isEmpty() ? "" : "Response fields removed: " + removedFields + "\n\n")
                + out.toString(StandardCharsets.UTF_8);
    }

    /**
     * openapi-diff counts only required properties as promised to clients; our responses always
     * carry their fields, so a response property that disappears (removed or renamed) is breaking too.
     */
    static List<String> removedResponseFields(ChangedOpenApi diff) {
        List<String> removed = new ArrayList<>();
        for (Changed op : diff.getChangedOperations()) {
            collect(op, removed, Collections.newSetFromMap(new IdentityHashMap<>()), "");
        }
        return removed.stream().distinct().sorted().toList();
    }

    private static void collect(Changed changed, List<String> removed, Set<Object> seen, String where) {
        if (changed == null || !seen.add(changed)) {
            return;
        }
        String here = where;
        if (changed instanceof ChangedOperation op) {
            here = op.getHttpMethod() + " " + op.getPathUrl();
        }
        if (changed instanceof ChangedSchema schema && schema.getContext() != null && schema.getContext().isResponse()) {
            for (String property : schema.getMissingProperties().keySet()) {
                removed.add(here + ": " + property);
            }
        }
        if (changed instanceof ComposedChanged composed) {
            for (Changed child : composed.getChangedElements()) {
                collect(child, removed, seen, here);
            }
        }
    }
}
