package org.icpo.membership.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.ProblemType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads membership-service for its consumers. Standings are cached for a short, configured time
 * ({@code icpo.membership-client.cache-ttl}); when membership cannot be reached, a cached standing
 * no older than {@code icpo.membership-client.max-stale} is still used, and otherwise the call fails
 * closed with a 503 problem. Answers of membership itself (e.g. 404: not a member) pass through.
 */
@ApplicationScoped
public class MembershipDirectory {

    private static final Logger LOG = Logger.getLogger(MembershipDirectory.class);

    @Inject
    @RestClient
    MembershipApi api;

    @ConfigProperty(name = "icpo.membership-client.cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    @ConfigProperty(name = "icpo.membership-client.max-stale", defaultValue = "PT2M")
    Duration maxStale;

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached<MembershipDtos.Standing>> standings = new ConcurrentHashMap<>();

    private record Cached<T>(T value, Instant fetchedAt) {
    }

    /** Today's standing of a member, from the cache when fresh. */
    public MembershipDtos.Standing standing(String code) {
        String key = code.toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        Cached<MembershipDtos.Standing> cached = standings.get(key);
        if (cached != null && cached.fetchedAt().plus(ttl).isAfter(now)) {
            return cached.value();
        }
        try {
            MembershipDtos.Standing fresh = call(() -> api.standing(key, null), "the standing of " + key);
            standings.put(key, new Cached<>(fresh, now));
            return fresh;
        } catch (ApiException e) {
            if (e.status() == 503 && cached != null && cached.fetchedAt().plus(maxStale).isAfter(now)) {
                LOG.warnf("membership-service unreachable; using the standing of %s cached at %s", key, cached.fetchedAt());
                return cached.value();
            }
            throw e;
        }
    }

    /** Standings read now, bypassing the cache (e.g. to freeze a voter roll). Empty codes: all members. */
    public List<MembershipDtos.Standing> currentStandings(Collection<String> codes) {
        String list = codes == null || codes.isEmpty() ? null : String.join(",", codes);
        List<MembershipDtos.Standing> result = call(() -> api.standings(list, null), "standings");
        Instant now = clock.instant();
        result.forEach(s -> standings.put(s.country(), new Cached<>(s, now)));
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
        standings.remove(code.toUpperCase(Locale.ROOT));
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
