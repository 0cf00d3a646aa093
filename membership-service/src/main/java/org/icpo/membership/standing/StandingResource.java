package org.icpo.membership.standing;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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
import org.icpo.membership.member.Member;
import org.icpo.membership.member.MemberResource;

import java.time.Clock;
import java.time.LocalDate;

@Path("/members/{code}/standing")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Standing", description = "Voting rights, eligibility, measures and access rights: what other services check")
public class StandingResource {

    @Inject
    StandingService standings;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Standing of a member", description = "Today, or on the day given by asOf.")
    @APIResponse(responseCode = "200", description = "The standing")
    @APIResponse(responseCode = "404", description = "No member with this code, or not yet a member on that day (admitted on a later day"
            + " when its day of admission is known, in a later year when only the year is)")
    public StandingView standing(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                                 @QueryParam("asOf") @Parameter(description = "Evaluate on this day (YYYY-MM-DD); default today") LocalDate asOf) {
        Member m = MemberResource.require(code);
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        if (!m.memberOn(day)) {
            throw ApiException.notFound(m.code + " was not a member of the Organization on " + day + " (" + m.admission() + ")");
        }
        return StandingView.of(m, standings.of(m, day));
    }

}
