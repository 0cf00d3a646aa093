package org.icpo.membership.standing;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Path("/standings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Standing")
public class StandingsResource {

    @Inject
    StandingService standings;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Standings of many members in one call",
            description = "All members on the day (today, or asOf: members not yet admitted on that day are left out, by their day of "
                    + "admission where it is known, else by their year), or those listed in "
                    + "countries (comma-separated ISO codes). Used to freeze a voter roll.")
    @APIResponse(responseCode = "400", description = "A code in countries is not an ISO 3166-1 alpha-2 code")
    @APIResponse(responseCode = "200", description = "Standings in code order")
    @APIResponse(responseCode = "404", description = "A listed code is not a member, or was not one on the day")
    public List<StandingView> standings(@QueryParam("countries") @Size(max = 1200) @Parameter(description = "e.g. FR,DE,KE") String countries,
                                        @QueryParam("asOf") LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        List<Member> members;
        if (countries == null || countries.isBlank()) {
            members = Member.<Member>list("order by code").stream().filter(m -> m.memberOn(day)).toList();
        } else {
            Set<String> codes = new LinkedHashSet<>();
            for (String c : countries.split(",")) {
                if (!CountryCodes.eitherCase(c.trim())) {
                    throw ApiException.invalid("countries", "'" + c.trim() + "': " + CountryCodes.EITHER_CASE_MESSAGE);
                }
                String code = CountryCodes.upper(c.trim());
                codes.add(code);
            }
            members = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String code : codes.stream().sorted().toList()) {
                Member.byCode(code).filter(m -> m.memberOn(day)).ifPresentOrElse(members::add, () -> unknown.add(code));
            }
            if (!unknown.isEmpty()) {
                throw ApiException.notFound("Not members of the Organization" + (asOf == null ? "" : " on " + day) + ": " + unknown)
                        .with("unknownCountries", unknown);
            }
        }
        Map<String, StandingRules.Standing> byCode = standings.of(members, day);
        return members.stream().map(m -> StandingView.of(m, byCode.get(m.code))).toList();
    }
}
