package org.icpo.membership.contribution;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.icpo.membership.contribution.ContributionDtos.ContributionView;
import org.icpo.membership.member.Member;
import org.icpo.membership.member.MemberResource;

import java.net.URI;
import java.util.List;

@Path("/members/{code}/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "Statutory contributions, payments and arrears appeals (General Regulations art. 52)")
public class ContributionResource {

    @Inject
    ContributionService contributions;

    @Inject
    Idempotency idempotency;

    @GET
    @Authenticated
    @Operation(summary = "Contributions of a member, by financial year, with their payments")
    @APIResponse(responseCode = "200", description = "Contributions by financial year, with their payments")
    @APIResponse(responseCode = "404", description = "No member with this code")
    public List<ContributionView> list(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code) {
        Member m = MemberResource.require(code);
        return Contribution.ofMember(m.code).stream().map(c -> contributions.view(c)).toList();
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Record the contribution assessed for a financial year")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionView.class)),
            headers = @Header(name = "Location", description = "The member's contributions: /members/{code}/contributions", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "No member with this code")
    @APIResponse(responseCode = "409", description = "That financial year is already recorded")
    @APIResponse(responseCode = "422", description = "The financial year is before the member's admission")
    public Response assess(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                           @NotNull @Valid ContributionDtos.NewContribution body,
                           @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        Member m = MemberResource.require(code);
        return idempotency.execute(key, "POST /members/" + m.code + "/contributions", body, () -> {
            Contribution c = contributions.assess(m, body);
            return Response.created(URI.create("/members/" + m.code + "/contributions")).entity(contributions.view(c)).build();
        });
    }

    @POST
    @Path("{year}/payments")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Record a payment against a financial year's contribution",
            description = "A payment above the outstanding amount is refused. When the current and previous years are paid, the vote returns.")
    @APIResponse(responseCode = "201", description = "Recorded; the contribution with its payments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "404", description = "No contribution recorded for that year")
    @APIResponse(responseCode = "422", description = "The payment exceeds the outstanding amount")
    public Response pay(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                        @PathParam("year") @Min(1914) @Max(2999) Integer year,
                        @NotNull @Valid ContributionDtos.NewPayment body,
                        @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        Member m = MemberResource.require(code);
        return idempotency.execute(key, "POST /members/" + m.code + "/contributions/" + year + "/payments", body, () -> {
            Contribution c = contributions.pay(m, year, body);
            return Response.status(Response.Status.CREATED).entity(contributions.view(c)).build();
        });
    }

}
