package org.icpo.kit.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details document, the body of every error response of the suite.
 * {@code type} is a stable URI per kind of problem (see {@link ProblemType}); {@code violations}
 * lists per-field errors of invalid input; {@code requestId} correlates with logs and audit records.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "violations"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(description = "Stable URI identifying the kind of problem", examples = "https://icpo.example/problems/validation")
    public final String type;
    @Schema(description = "Short human summary of the kind of problem", examples = "Invalid request")
    public final String title;
    @Schema(description = "HTTP status code", examples = "400")
    public final int status;
    @Schema(description = "Human explanation specific to this occurrence")
    public final String detail;
    @Schema(description = "The request path that caused the problem", examples = "/members/ZZ")
    public final String instance;
    @Schema(description = "Request id, as in the X-Request-Id response header and the logs")
    public final String requestId;
    @Schema(description = "Per-field violations of invalid input")
    public final List<Violation> violations;

    private final Map<String, Object> extensions;

    Problem(String type, String title, int status, String detail, String instance, String requestId,
            List<Violation> violations, Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.requestId = requestId;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** Extension members (RFC 9457 section 3.2), serialized at the top level. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One invalid input field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "Path of the invalid field or parameter", examples = "isoCode") String field,
            @Schema(description = "What is wrong with it", examples = "must match \"[A-Z]{2}\"") String message) {
    }
}
