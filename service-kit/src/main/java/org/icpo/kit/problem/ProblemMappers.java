package org.icpo.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.icpo.kit.persistence.EndedConnections;
import org.icpo.kit.time.IsoDates;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps every exception that can escape a resource to an RFC 9457 problem response. Bad input is a
 * 4xx with a precise detail; only genuine defects are 500s, and those are logged with the request id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Told of every lost database connection, so that the pool drops its other ended ones ({@link EndedConnections}). */
    private final Runnable connectionLost;

    @Inject
    public ProblemMappers(EndedConnections endedConnections) {
        this(endedConnections::found);
    }

    ProblemMappers(Runnable connectionLost) {
        this.connectionLost = connectionLost;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response response = Problems.response(Problems.of(e, path(uri)));
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (returnValue) {
            return internal(e, uri);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Problem.Violation::message))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return Problems.response(Problems.of(ProblemType.VALIDATION, 400, ProblemType.VALIDATION.title(), detail,
                path(uri), violations, Map.of()));
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        List<String> known = e.getKnownPropertyIds() == null ? List.of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        String message = "unknown field" + (known.isEmpty() ? "" : "; known fields: " + String.join(", ", known));
        return validation(field, message, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String message;
        if (target != null && target.isEnum()) {
            message = "'" + e.getValue() + "' is not one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList();
        } else if (target == LocalDate.class) {
            message = IsoDates.notADate(String.valueOf(e.getValue()));
        } else {
            message = "'" + e.getValue() + "' is not a valid " + describe(target);
        }
        return validation(jsonPath(e), message, uri);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return validation(jsonPath(e), cause.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return Problems.response(ProblemType.MALFORMED_BODY,
                    "The request body must be a JSON " + describe(e.getTargetType()), path(uri));
        }
        return validation(field, "wrong type: expected " + describe(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(StreamReadException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Problems.response(ProblemType.MALFORMED_BODY, "The request body is not valid JSON" + where + ": " + e.getOriginalMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException m && !jsonPath(m).isEmpty()) {
            return validation(jsonPath(m), e.getOriginalMessage(), uri);
        }
        return Problems.response(ProblemType.MALFORMED_BODY, "The request body could not be read: " + e.getOriginalMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, "A valid bearer token is required");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri, "The bearer token was refused: it is malformed, expired, not yet valid, or not signed by a trusted issuer");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, "Your roles do not allow this operation", path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response r = e.getResponse();
        int status = r == null ? 500 : r.getStatus();
        String path = path(uri);
        // JAX-RS reports a query/path parameter that does not convert as a 404 wrapping the cause: it is bad input.
        if ((status == 404 || status == 400) && e.getCause() != null) {
            if (e.getCause() instanceof ApiException api) {
                return api(api, uri);
            }
            if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
                // a body's reader wraps what a deserializer refused (a text with the NUL character) as a bare 400
                return otherJson(json, uri);
            }
            if (e.getCause() instanceof IllegalArgumentException bad) {
                return Problems.response(ProblemType.BAD_REQUEST, "A parameter has an invalid value"
                        + (bad.getMessage() == null ? "" : ": " + bad.getMessage()), path);
            }
        }
        return switch (status) {
            case 404 -> Problems.response(ProblemType.NOT_FOUND, "Nothing is found at " + path, path);
            case 405 -> {
                String allow = r.getHeaderString(HttpHeaders.ALLOW);
                Response p = Problems.response(ProblemType.METHOD_NOT_ALLOWED,
                        "This method is not allowed on " + path + (allow == null ? "" : "; allowed: " + allow), path);
                yield allow == null ? p : Response.fromResponse(p).header(HttpHeaders.ALLOW, allow).build();
            }
            case 415 -> Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type '" + headers.getHeaderString(HttpHeaders.CONTENT_TYPE) + "' is not supported here; send application/json", path);
            case 406 -> Problems.response(ProblemType.NOT_ACCEPTABLE,
                    "None of the accepted media types '" + headers.getHeaderString(HttpHeaders.ACCEPT) + "' can be produced here", path);
            case 413 -> Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large", path);
            case 401 -> unauthorized(uri, "A valid bearer token is required");
            case 403 -> Problems.response(ProblemType.FORBIDDEN, "Your roles do not allow this operation", path);
            default -> status >= 500 ? internal(e, uri)
                    : Problems.response(ProblemType.forStatus(status), e.getMessage(), path);
        };
    }

    /**
     * Everything else: unwraps persistence and transaction wrappers; a database that cannot take the request now is a 503
     * ({@link #databaseUnavailable(SQLException)}); a value the database or the date arithmetic cannot hold is a 400
     * ({@link #outOfRange(Throwable)}); the rest falls back to a logged 500.
     */
    @ServerExceptionMapper
    public Response other(Exception e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api(api, uri);
            }
            if (isConcurrentModification(t)) {
                return Problems.response(ProblemType.CONCURRENT_MODIFICATION,
                        "The resource was changed by another request meanwhile; read it again and retry", path(uri));
            }
            ProblemType unavailable = t instanceof SQLException sql ? databaseUnavailable(sql) : null;
            if (unavailable != null) {
                if (unavailable == ProblemType.UPSTREAM_UNAVAILABLE) {
                    connectionLost.run();
                }
                return databaseUnavailable((SQLException) t, unavailable, uri, request == null ? null : request.getMethod());
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (isConflict(sql)) {
                    return Problems.response(ProblemType.CONFLICT, conflictDetail(sql), path(uri));
                }
                if (state.startsWith("23")) {
                    return Problems.response(ProblemType.RULE_VIOLATION,
                            "The request breaks an integrity rule (" + constraintName(sql) + ")", path(uri));
                }
            }
            String outOfRange = outOfRange(t);
            if (outOfRange != null) {
                // bad input that validation let through: a 400 to the client, a warning (without the values) for the service
                LOG.warnf("Value out of range on %s, answered 400: %s", path(uri),
                        t instanceof SQLException sql ? "SQL state " + sql.getSQLState() : t.toString());
                return Problems.response(ProblemType.BAD_REQUEST, outOfRange, path(uri));
            }
        }
        return internal(e, uri);
    }

    /**
     * The detail of a 400 for a value the service cannot hold, or null: a text longer than its column (SQL state 22001),
     * a number out of its column's range (22003), a date or time out of PostgreSQL's range (22008), or a date whose
     * arithmetic overflows {@link LocalDate} ({@link DateTimeException}). Safety nets behind Bean Validation and the
     * strict date reader: the failed statement's transaction is rolled back like any other failure's, and the detail
     * does not repeat the database's message.
     */
    static String outOfRange(Throwable t) {
        if (t instanceof DateTimeException) {
            return "A date in the request is out of the range the service can compute with; dates are " + IsoDates.FORM;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return switch (sql.getSQLState()) {
                case "22001" -> "A text in the request is longer than the service can store; shorten it";
                case "22003" -> "A number in the request is out of the range the service can store";
                case "22008" -> "A date or time in the request is out of the range the service can store; dates are " + IsoDates.FORM;
                default -> null;
            };
        }
        return null;
    }

    /**
     * Whether this failure, or one of its causes, is answered with a 409 because another request changed the same data at
     * the same time (a stale version, or a unique or exclusion constraint another transaction's row now holds): an outcome
     * the client is told, not a defect of the service.
     */
    public static boolean answeredAsConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (isConcurrentModification(t) || t instanceof SQLException sql && isConflict(sql)) {
                return true;
            }
        }
        return false;
    }

    /** Agroal's message when every connection of the pool stayed in use for the acquisition timeout (it has no SQL state). */
    static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    /**
     * The problem type of a database that cannot take the request now, or null: every connection of the pool in use
     * for the acquisition timeout ({@code quarkus.datasource.jdbc.acquisition-timeout}) or PostgreSQL refusing more
     * connections (53300) is {@link ProblemType#BUSY}; a connection that cannot be opened or was lost (SQL states of
     * class 08) or a server shutting down, crashed or starting up (57P01, 57P02, 57P03, as during a switchover of
     * the primary) is {@link ProblemType#UPSTREAM_UNAVAILABLE}. Both are 503s with a Retry-After, not defects.
     */
    static ProblemType databaseUnavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return POOL_EXHAUSTED.equals(sql.getMessage()) ? ProblemType.BUSY : null;
        }
        if (state.equals("53300")) {
            return ProblemType.BUSY;
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                ? ProblemType.UPSTREAM_UNAVAILABLE : null;
    }

    /** Seconds a client is told to wait when every database connection is in use, and when the database is unreachable. */
    static final int BUSY_RETRY_AFTER = 1;
    static final int UNREACHABLE_RETRY_AFTER = 5;

    /** Methods that change nothing: their request can be sent again as it is. */
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private static Response databaseUnavailable(SQLException sql, ProblemType type, UriInfo uri, String method) {
        // an outage or an overload, not a defect: one line each, without the stack trace
        LOG.warnf("Database %s on %s: SQL state %s, %s", type == ProblemType.BUSY ? "busy" : "unreachable", path(uri), sql.getSQLState(),
                sql.getMessage());
        String detail = type == ProblemType.BUSY
                ? (sql.getSQLState() == null ? "The service's database is busy: all of its connections are in use; retry in a second"
                        : "The service's database is busy: it refuses more connections (SQL state " + sql.getSQLState() + "); retry in a second")
                : "The service's database cannot be reached now (SQL state " + sql.getSQLState() + "); retry shortly"
                        + (method == null || SAFE_METHODS.contains(method) ? ""
                        : ". A change whose connection was lost as it committed may have been recorded: read it back, or send it again"
                        + " with the same Idempotency-Key");
        int retryAfter = type == ProblemType.BUSY ? BUSY_RETRY_AFTER : UNREACHABLE_RETRY_AFTER;
        return Response.fromResponse(Problems.response(type, detail, path(uri))).header("Retry-After", retryAfter).build();
    }

    private static boolean isConcurrentModification(Throwable t) {
        return t instanceof OptimisticLockException || t instanceof StaleStateException;
    }

    private static boolean isConflict(SQLException sql) {
        return "23505".equals(sql.getSQLState()) || "23P01".equals(sql.getSQLState());
    }

    private static Response internal(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", path(uri));
        return Problems.response(ProblemType.INTERNAL,
                "An unexpected error occurred; quote the request id when reporting it", path(uri));
    }

    private static Response unauthorized(UriInfo uri, String detail) {
        return Response.fromResponse(Problems.response(ProblemType.UNAUTHENTICATED, detail, path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response validation(String field, String message, UriInfo uri) {
        String f = field.isEmpty() ? "body" : field;
        return Problems.response(Problems.of(ProblemType.VALIDATION, 400, ProblemType.VALIDATION.title(),
                f + ": " + message, path(uri), List.of(new Problem.Violation(f, message)), Map.of()));
    }

    /**
     * The rule a unique or exclusion constraint keeps, as the service words it ({@code icpo.constraints.<name>} in its
     * configuration): a request that checked the rule and then met the constraint lost a race to one sent at the same
     * moment, and is told the rule, not only the constraint's name.
     */
    public static String conflictDetail(SQLException sql) {
        String constraint = constraint(sql);
        if (constraint != null) {
            java.util.Optional<String> rule = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("icpo.constraints." + constraint, String.class);
            if (rule.isPresent()) {
                return rule.get() + " (constraint " + constraint + ": recorded by another request meanwhile)";
            }
        }
        return "The request conflicts with existing data (" + constraintName(sql) + ")";
    }

    /** "constraint NAME", or the SQL state when the message names none. */
    private static String constraintName(SQLException sql) {
        String constraint = constraint(sql);
        return constraint != null ? "constraint " + constraint : "SQL state " + sql.getSQLState();
    }

    /** The name of the constraint PostgreSQL's message names, or null. */
    private static String constraint(SQLException sql) {
        String msg = sql.getMessage() == null ? "" : sql.getMessage();
        int i = msg.indexOf("constraint \"");
        if (i >= 0) {
            int end = msg.indexOf('"', i + 12);
            if (end > i) {
                return msg.substring(i + 12, end);
            }
        }
        return null;
    }

    static String path(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == LocalDate.class) {
            return IsoDates.FORM;
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "ISO-8601 " + type.getSimpleName() + " (e.g. 2024-01-31)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node n : path) {
            kind = n.getKind();
        }
        return kind;
    }

    /** "create.body.rounds[0].yes" becomes "rounds[0].yes"; a query parameter keeps its name. */
    static String fieldOf(ConstraintViolation<?> v) {
        String full = v.getPropertyPath().toString();
        StringBuilder prefix = new StringBuilder();
        String param = null;
        for (Path.Node n : v.getPropertyPath()) {
            if (n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.CONSTRUCTOR) {
                prefix.append(n.getName());
            } else if (n.getKind() == ElementKind.PARAMETER || n.getKind() == ElementKind.CROSS_PARAMETER) {
                param = n.getName();
                prefix.append('.').append(n.getName());
            }
        }
        String p = prefix.toString();
        // Hibernate Validator names container elements "<list element>", "<map value>", ...: the index says enough
        full = full.replaceAll("\\.<[a-z ]+>", "");
        if (!p.isEmpty() && full.startsWith(p + ".")) {
            return full.substring(p.length() + 1);
        }
        if (full.equals(p)) {
            return param != null ? param : "body";
        }
        return full.isEmpty() ? "body" : full;
    }
}
