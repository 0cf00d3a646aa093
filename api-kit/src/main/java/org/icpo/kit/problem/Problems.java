package org.icpo.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.icpo.kit.web.RequestIds;

import java.util.List;
import java.util.Map;

/** Builds problem responses; the single place that renders {@link Problem} documents. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Problems() {
    }

    public static Problem of(ProblemType type, int status, String title, String detail, String instance,
                             List<Problem.Violation> violations, Map<String, Object> extensions) {
        return new Problem(type.uri(), title, status, detail, instance, RequestIds.current(), violations, extensions);
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, type.status(), type.title(), detail, instance, List.of(), Map.of());
    }

    public static Problem of(ApiException e, String instance) {
        return of(e.type(), e.status(), e.title(), e.getMessage(), instance, e.violations(), e.extensions());
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status)
                .type(Problem.MEDIA_TYPE)
                .entity(toJson(problem))
                .build();
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(of(type, detail, instance));
    }

    /** Serialized eagerly so that a problem renders whatever the client's Accept header says. */
    public static String toJson(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render problem", e);
        }
    }
}
