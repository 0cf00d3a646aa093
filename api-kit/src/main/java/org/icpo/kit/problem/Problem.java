package org.icpo.kit.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

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
@Schema(name = "Problem", description = "RFC 9457 problem details, the body (application/problem+json) of every error response. "
        + "Besides the standard members a problem may carry extension members (RFC 9457 section 3.2), listed here, that tell more "
        + "about some kinds of problem; a client ignores the members it does not know.",
        additionalProperties = Schema.True.class,
        properties = {
            // ApiException.with(...) and the gateway's rejections: every extension member the suite sends
            @SchemaProperty(name = "refusals", type = SchemaType.ARRAY, implementation = Problem.RefusalMember.class,
                    description = "elections-service, 422 on a nomination or a recorded term: the eligibility rules that refuse it"),
            @SchemaProperty(name = "candidates", type = SchemaType.ARRAY, implementation = Problem.CandidateMember.class,
                    description = "elections-service, 422 on opening a round: the candidates no longer eligible"),
            @SchemaProperty(name = "present", type = SchemaType.INTEGER, format = "int32",
                    description = "elections-service, 422 quorum not reached: members present"),
            @SchemaProperty(name = "members", type = SchemaType.INTEGER, format = "int32",
                    description = "elections-service, 422 quorum not reached: members of the Organization"),
            @SchemaProperty(name = "required", type = SchemaType.INTEGER, format = "int32",
                    description = "elections-service, 422 quorum not reached: members needed present"),
            @SchemaProperty(name = "unknownCountries", type = SchemaType.ARRAY, implementation = String.class,
                    description = "membership-service, 404 on /standings: the listed codes that are not members"),
            @SchemaProperty(name = "unknownRecipients", type = SchemaType.ARRAY, implementation = String.class,
                    description = "notices-service, 422 on a diffusion: the recipients that are not members"),
            @SchemaProperty(name = "applicationId", type = SchemaType.STRING, format = "uuid",
                    description = "membership-service, 409 on a new application: the application that stands in the way"),
            @SchemaProperty(name = "measureId", type = SchemaType.STRING, format = "uuid",
                    description = "The measure concerned: membership-service, 409 a measure of that kind already in force; "
                            + "notices-service, 403 access rights suspended"),
            @SchemaProperty(name = "measure", type = SchemaType.STRING, examples = "ACCESS_SUSPENSION",
                    description = "notices-service, 403 access rights suspended: the kind of measure"),
            @SchemaProperty(name = "suspendedRight", type = SchemaType.STRING, examples = "RECORD",
                    description = "notices-service, 403 access rights suspended: the right needed (RECORD, CONSULT or DOWNLOAD)"),
            @SchemaProperty(name = "failedChecks", type = SchemaType.ARRAY, implementation = Problem.CheckMember.class,
                    description = "notices-service, 422 refused by the automatic checks: the checks that failed"),
            @SchemaProperty(name = "checks", type = SchemaType.ARRAY, implementation = Problem.CheckMember.class,
                    description = "notices-service, 422 refused by the automatic checks: every check run"),
            @SchemaProperty(name = "flags", type = SchemaType.ARRAY, implementation = String.class,
                    description = "notices-service, 422 on publishing a request about a refugee from the requester: the screening flags"),
            @SchemaProperty(name = "action", type = SchemaType.STRING, examples = "PUBLISH",
                    description = "notices-service, 403 or 409 refused by the workflow: the action attempted"),
            @SchemaProperty(name = "currentStatus", type = SchemaType.STRING, examples = "PUBLISHED",
                    description = "notices-service, 403 or 409 refused by the workflow: the record's status"),
            @SchemaProperty(name = "retryAfter", type = SchemaType.INTEGER, format = "int64",
                    description = "gateway, 429: seconds to wait, as in the Retry-After header"),
            @SchemaProperty(name = "upstream", type = SchemaType.STRING, examples = "membership",
                    description = "gateway, 503 or 504: the service that could not answer")
        })
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
    @Schema(hidden = true)
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Documentation only, the items of the {@code refusals} extension member: one eligibility rule that refuses. */
    @Schema(name = "ProblemRefusal")
    public record RefusalMember(@Schema(examples = "NOT_IN_GOOD_STANDING") String code, String message) {
    }

    /** Documentation only, the items of the {@code candidates} extension member: a candidate no longer eligible. */
    @Schema(name = "ProblemCandidate")
    public record CandidateMember(@Schema(format = "uuid") String candidateId, @Schema(examples = "FR") String country,
                                  List<RefusalMember> refusals) {
    }

    /** Documentation only, the items of the {@code checks} and {@code failedChecks} extension members: one automatic check. */
    @Schema(name = "ProblemCheck")
    public record CheckMember(@Schema(examples = "YELLOW_PHOTO") String code,
                              @Schema(enumeration = {"PASSED", "WARNING", "FAILED"}) String outcome, String reason) {
    }

    /** One invalid input field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "Path of the invalid field or parameter", examples = "isoCode") String field,
            @Schema(description = "What is wrong with it", examples = "must match \"[A-Z]{2}\"") String message) {
    }
}
