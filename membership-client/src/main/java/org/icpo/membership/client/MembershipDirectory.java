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
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads membership-service for its consumers. Standings are cached for a short, configured time
 * ({@code icpo.membership-client.cache-ttl}) and then read again by one caller while the others still get the
 * previous standing ({@link RefreshingCache}); when membership cannot be reached, a cached standing
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

    /**
     * Which of {@code codes} are not members of the Organization, in their given order (members under a measure are
     * members). A fresh cached standing answers for its member; the others are asked in one call,
     * {@code GET /standings?countries=...}, whose 404 names every code that is not a member ({@code unknownCountries})
     * and whose 200 is cached (a 404 that names none is taken as membership-service unavailable). When
     * membership-service cannot be reached, a code with a standing no older than
     * {@code max-stale} is a member, and any other fails the call closed (503): a code never cached cannot be told from
     * one that is not a member.
     */
    public List<String> notMembers(Collection<String> codes) {
        Set<String> unread = new TreeSet<>();
        for (String code : codes) {
            String key = code.toUpperCase(Locale.ROOT);
            if (standings.fresh(key) == null) {
                unread.add(key);
            }
        }
        if (unread.isEmpty()) {
            return List.of();
        }
        String list = String.join(",", unread);
        Read read;
        try {
            read = call(() -> new Read(api.standings(list, null), Set.of()), "the standings of " + list, problem -> {
                if (problem.get("unknownCountries") instanceof List<?> named && !named.isEmpty()) {
                    return new Read(List.of(), named.stream().map(String::valueOf).collect(Collectors.toSet()));
                }
                // not membership's answer about these codes (a proxy's 404, a wrong base path): nothing can be told
                throw ApiException.unavailable("membership-service answered 404 for the standings of " + list
                        + " without naming the codes that are not members");
            });
        } catch (ApiException e) {
            if (e.status() != 503 || unread.stream().anyMatch(code -> standings.usable(code) == null)) {
                throw e;
            }
            LOG.warnf("membership-service unreachable; %s taken as members on standings read within %s", list, maxStale);
            read = new Read(List.of(), Set.of());
        }
        read.standings().forEach(st -> standings.put(st.country(), st));
        Set<String> unknown = read.notMembers();
        return codes.stream().filter(c -> unknown.contains(c.toUpperCase(Locale.ROOT))).distinct().toList();
    }

    /** One read of standings: those of members, or (a 404) the codes that are not members. */
    private record Read(List<MembershipDtos.Standing> standings, Set<String> notMembers) {
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
        return call(request, what, problem -> null);
    }

    /**
     * {@code request}'s answer, or membership-service's refusal as this service's problem. {@code notFound} may take
     * a 404 for an answer: given the 404's problem, it returns the value to answer, or null for the 404 problem.
     */
    private <T> T call(Supplier<T> request, String what, Function<Map<?, ?>, T> notFound) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Map<?, ?> problem = problem(e.getResponse());
            String said = detail(problem);
            T answer = status == 404 ? notFound.apply(problem) : null;
            if (answer != null) {
                return answer;
            }
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
