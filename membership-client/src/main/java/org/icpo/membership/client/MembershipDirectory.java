package org.icpo.membership.client;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.ProblemType;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads membership-service for its consumers. Standings are cached for a short, configured time
 * ({@code icpo.membership-client.cache-ttl}) and then read again by one caller while the others still get the
 * previous standing ({@link RefreshingCache}); when membership cannot be reached, a cached standing
 * no older than {@code icpo.membership-client.max-stale} is still used, and otherwise the call fails
 * closed with a 503 problem. Answers of membership itself (e.g. 404: not a member) pass through.
 */
@ApplicationScoped
public class MembershipDirectory {

    @Inject
    @RestClient
    MembershipApi api;

    @ConfigProperty(name = "icpo.membership-client.cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    @ConfigProperty(name = "icpo.membership-client.max-stale", defaultValue = "PT2M")
    Duration maxStale;

    private RefreshingCache<MembershipDtos.Standing> standings;

    @PostConstruct
    void init() {
        standings = new RefreshingCache<>("the standing of", Clock.systemUTC(), ttl, maxStale);
    }

    /** Today's standing of a member, from the cache when fresh; read again by one caller at a time ({@link RefreshingCache}). */
    public MembershipDtos.Standing standing(String code) {
        String key = code.toUpperCase(Locale.ROOT);
        return standings.get(key, () -> call(() -> api.standing(key, null), "the standing of " + key));
    }

    /** Standings read now, bypassing the cache (e.g. to freeze a voter roll). Empty codes: all members. */
    public List<MembershipDtos.Standing> currentStandings(Collection<String> codes) {
        String list = codes == null || codes.isEmpty() ? null : String.join(",", codes);
        List<MembershipDtos.Standing> result = call(() -> api.standings(list, null), "standings");
        result.forEach(s -> standings.put(s.country(), s));
        return result;
    }

    public MembershipDtos.Member member(String code) {
        return call(() -> api.member(code.toUpperCase(Locale.ROOT)), "member " + code);
    }

    public MembershipDtos.Application application(UUID id) {
        return call(() -> api.application(id), "admission application " + id);
    }

    /** Reports a ballot outcome; throws when it was not acknowledged, so that the caller retries. */
    public MembershipDtos.Application reportOutcome(UUID applicationId, MembershipDtos.OutcomeReport report) {
        return call(() -> api.reportOutcome(applicationId, report), "the outcome report for application " + applicationId);
    }

    public void forget(String code) {
        standings.forget(code.toUpperCase(Locale.ROOT));
    }

    /** membership-service's problem answer, or an empty map when the answer is not one. */
    private static Map<?, ?> problem(Response response) {
        try {
            Map<?, ?> problem = response.hasEntity() ? response.readEntity(Map.class) : null;
            return problem == null ? Map.of() : problem;
        } catch (RuntimeException notAProblem) {
            return Map.of();
        }
    }

    /** The problem's {@code detail} as ": detail" (say, why an outcome was refused: the outbox keeps it as the reason), or "". */
    private static String detail(Map<?, ?> problem) {
        return problem.get("detail") instanceof String d && !d.isBlank() ? ": " + (d.length() > 500 ? d.substring(0, 500) + "..." : d) : "";
    }

    private <T> T call(Supplier<T> request, String what) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Map<?, ?> problem = problem(e.getResponse());
            String said = detail(problem);
            if (status == 404) {
                throw ApiException.notFound("membership-service knows no " + what + said);
            }
            if (status == 409 && ProblemType.CONCURRENT_MODIFICATION.uri().equals(problem.get("type"))) {
                // another request changed the same record at that moment: nothing was refused, asking again can succeed
                throw ApiException.unavailable("membership-service did not record " + what + ", changed by another request meanwhile" + said);
            }
            if (status == 409) {
                throw ApiException.conflict("membership-service refused " + what + " as a conflict" + said);
            }
            if (status >= 500 || status == 401 || status == 403) {
                throw ApiException.unavailable("membership-service could not provide " + what + " (HTTP " + status + ")" + said);
            }
            throw ApiException.badRequest("membership-service refused " + what + " (HTTP " + status + ")" + said);
        } catch (ProcessingException e) {
            throw ApiException.unavailable("membership-service cannot be reached for " + what + "; try again shortly");
        }
    }
}
