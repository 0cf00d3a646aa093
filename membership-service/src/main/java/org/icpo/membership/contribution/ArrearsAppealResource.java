package org.icpo.membership.contribution;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.CountryCodes;
import org.icpo.membership.contribution.ContributionDtos.AppealView;
import org.icpo.membership.member.Member;
import org.icpo.membership.member.MemberResource;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/members/{code}/arrears-appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
public class ArrearsAppealResource {

    @Inject
    ContributionService contributions;

    @Inject
    Idempotency idempotency;

    @GET
    @Authenticated
    @APIResponse(responseCode = "200", description = "Arrears appeals of the member")
    @APIResponse(responseCode = "404", description = "No member with this code")
    @Operation(summary = "Arrears appeals of a member")
    public List<AppealView> appeals(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code) {
        Member m = MemberResource.require(code);
        return ArrearsAppeal.ofMember(m.code).stream().map(AppealView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Record a member's appeal against the loss of its rights for arrears")
    @APIResponse(responseCode = "201", description = "Recorded, pending a decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)),
            headers = @Header(name = "Location", description = "The appeal: /members/{code}/arrears-appeals/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "No member with this code")
    @APIResponse(responseCode = "409", description = "An appeal for that year is already pending")
    @APIResponse(responseCode = "422", description = "The member is not in arrears, or no contribution for the appeal's financial year was assessed by the day it is lodged")
    public Response appeal(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                           @NotNull @Valid ContributionDtos.NewAppeal body,
                           @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        Member m = MemberResource.require(code);
        return idempotency.execute(key, "POST /members/" + m.code + "/arrears-appeals", body, () -> {
            ArrearsAppeal a = contributions.lodgeAppeal(m, body);
            return Response.created(URI.create("/members/" + m.code + "/arrears-appeals/" + a.id)).entity(AppealView.of(a)).build();
        });
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Decide an arrears appeal", description = "A granted appeal restores the vote and eligibility lost for"
            + " arrears on the days of the appeal's financial year (`financialYear`) from the day it is decided (`decidedOn`)"
            + " onward: not before that day, and never in another year. An appeal granted after its financial year has ended"
            + " therefore restores nothing; the member lodges a new appeal for the current year. A dismissed appeal changes nothing.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "404", description = "No member with this code, or no such arrears appeal of it")
    @APIResponse(responseCode = "409", description = "Already decided")
    public AppealView decide(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                             @PathParam("id") UUID id,
                             @NotNull @Valid ContributionDtos.Decision body) {
        Member m = MemberResource.require(code);
        return AppealView.of(contributions.decideAppeal(m, id, body));
    }
}
