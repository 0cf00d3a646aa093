package org.icpo.kit.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error the API reports to its client as a problem document. Thrown by resources and
 * services; rendered by {@link ProblemMappers}. Thrown inside a transaction, it rolls it back,
 * so a refused request never leaves a partial write.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private Long retryAfterSeconds;

    public ApiException(ProblemType type, String detail) {
        this(type, type.status(), type.title(), detail, List.of());
    }

    public ApiException(ProblemType type, int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.type = type;
        this.status = status;
        this.title = title;
        this.violations = violations;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(ProblemType.BAD_REQUEST, detail);
    }

    /** Invalid input with the offending fields. */
    public static ApiException invalid(String detail, List<Problem.Violation> violations) {
        return new ApiException(ProblemType.VALIDATION, 400, ProblemType.VALIDATION.title(), detail, violations);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(field + ": " + message, List.of(new Problem.Violation(field, message)));
    }

    /** A well-formed request that a rule of the organization refuses (422). */
    public static ApiException ruleViolation(String detail) {
        return new ApiException(ProblemType.RULE_VIOLATION, detail);
    }

    public static ApiException unavailable(String detail) {
        return new ApiException(ProblemType.UPSTREAM_UNAVAILABLE, detail);
    }

    /** The service is too busy for this request now (503 with a Retry-After of so many seconds). */
    public static ApiException busy(String detail, long retryAfterSeconds) {
        ApiException e = new ApiException(ProblemType.BUSY, detail);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    /** The members of every problem document, which an extension member must not shadow. */
    public static final java.util.Set<String> STANDARD_MEMBERS =
            java.util.Set.of("type", "title", "status", "detail", "instance", "requestId", "violations");

    /**
     * Adds an extension member to the problem document (e.g. the rule codes that failed). A name of the document's own
     * members ({@link #STANDARD_MEMBERS}) is refused: {@code status} twice made the JSON's status the record's status
     * rather than the HTTP status (RFC 9457 requires a number there).
     */
    public ApiException with(String name, Object value) {
        if (STANDARD_MEMBERS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a member of every problem document, not an extension");
        }
        extensions.put(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    /** The seconds after which the client may retry (the Retry-After header), or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
