package org.icpo.membership.member;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.web.CountryCodes;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;
import org.icpo.membership.measure.MeasureKind;
import org.icpo.membership.standing.StandingRules;
import org.icpo.membership.standing.StandingService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Members", description = "The member countries, their regions and history")
public class MemberResource {

    @Inject
    StandingService standings;

    @Inject
    MemberHistory history;

    @Inject
    Clock clock;

    /** The member with this code, or a 404 problem. */
    public static Member require(String code) {
        return Member.byCode(code).orElseThrow(() -> ApiException.notFound("No member with code '" + code + "'"));
    }

    @GET
    @Operation(summary = "List members", description = "Filter by region, status (measures in force), standing (arrears) and measure kind; paged, in code order.")
    public PageView<MemberView> list(@QueryParam("region") Region region,
                                     @QueryParam("status") MemberView.MemberStatus status,
                                     @QueryParam("standing") MemberView.StandingLevel standing,
                                     @QueryParam("measure") MeasureKind measure,
                                     @Valid @BeanParam PageParams page) {
        List<Member> members = region == null ? Member.list("order by code") : Member.list("region = ?1 order by code", region);
        Map<String, StandingRules.Standing> byCode = standings.of(members, LocalDate.now(clock));
        List<MemberView> views = members.stream().map(m -> view(m, byCode.get(m.code)))
                .filter(v -> status == null || v.status() == status)
                .filter(v -> standing == null || v.standing() == standing)
                .filter(v -> measure == null || v.activeMeasures().contains(measure))
                .toList();
        return PageView.slice(views, page);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Get a member by ISO 3166-1 alpha-2 code")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "404", description = "No member with this code")
    public MemberView get(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code) {
        Member m = require(code);
        return view(m, standings.of(m, LocalDate.now(clock)));
    }

    @GET
    @Path("{code}/history")
    @Operation(summary = "History of a member", description = "Applications, admission, measures, contributions, payments and arrears appeals, oldest first.")
    @APIResponse(responseCode = "200", description = "Events, oldest first")
    @APIResponse(responseCode = "404", description = "No member with this code")
    public List<HistoryEvent> history(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code) {
        return history.of(require(code));
    }

    static MemberView view(Member m, StandingRules.Standing s) {
        List<MeasureKind> kinds = s.activeMeasures().stream().map(StandingRules.Measure::kind).distinct().toList();
        return new MemberView(m.code, m.name, m.region, m.admissionYear, m.admittedOn, m.policeBody,
                kinds.isEmpty() ? MemberView.MemberStatus.ACTIVE : MemberView.MemberStatus.UNDER_MEASURES,
                s.inGoodStanding() ? MemberView.StandingLevel.GOOD_STANDING : MemberView.StandingLevel.IN_ARREARS,
                kinds);
    }
}
