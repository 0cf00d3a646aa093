package org.icpo.notices.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.web.CountryCodes;
import org.icpo.notices.config.NoticePolicies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/** Public transparency statistics (no token): aggregates only, never the underlying records. */
@Path("/statistics/notices")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transparency statistics", description = "Public aggregates per year, organization-wide and per requesting member")
public class StatisticsResource {

    @Inject
    NoticeStatistics statistics;

    @Inject
    Clock clock;

    /**
     * The codes a member may have: the assigned ISO 3166-1 alpha-2 codes and those the Organization recognizes beyond
     * them ({@code icpo.notices.extra-iso-codes}, as membership-service's and elections-service's, default XK).
     */
    private final Set<String> memberCodes;

    StatisticsResource(NoticePolicies policies) {
        this.memberCodes = CountryCodes.assigned(policies.extraIsoCodes());
    }

    @GET
    @Operation(summary = "Organization-wide figures of a year")
    @APIResponse(responseCode = "200", description = "The figures of the year")
    @APIResponse(responseCode = "400", description = "Invalid year")
    public NoticeStatistics.Figures organization(@QueryParam("year") @Parameter(description = "1900 to 2999; default: this year") Integer year) {
        return statistics.compute(year(year), null);
    }

    @GET
    @Path("members/{code}")
    @Operation(summary = "Figures of a year for the requests of one member")
    @APIResponse(responseCode = "200", description = "The figures of the year for the member's requests")
    @APIResponse(responseCode = "400", description = "Invalid member code (not two letters, or not an assigned ISO 3166-1 alpha-2 code) or year")
    public NoticeStatistics.Figures member(@PathParam("code") @Parameter(description = "ISO 3166-1 alpha-2, in either case: an assigned code "
            + "(a member that filed nothing in the year has zeros), or a code records were filed under") String code,
                                           @QueryParam("year") Integer year) {
        if (!CountryCodes.eitherCase(code)) {
            throw ApiException.invalid("code", CountryCodes.EITHER_CASE_MESSAGE);
        }
        String country = CountryCodes.upper(code);
        int y = year(year);
        // zeros for XX would read as "this member filed nothing": a code no member can have is refused, without asking
        // membership-service (public figures do not depend on it); a code records were filed under always answers
        if (!memberCodes.contains(country) && !statistics.anyFiledBy(country)) {
            throw ApiException.invalid("code", "'" + country + "' is not an assigned ISO 3166-1 alpha-2 code: no member has it");
        }
        return statistics.compute(y, country);
    }

    private int year(Integer year) {
        if (year == null) {
            return LocalDate.now(clock).getYear();
        }
        if (year < 1900 || year > 2999) {
            throw ApiException.invalid("year", "must be from 1900 to 2999");
        }
        return year;
    }
}
