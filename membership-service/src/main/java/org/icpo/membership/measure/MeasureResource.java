package org.icpo.membership.measure;

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
import jakarta.ws.rs.QueryParam;
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
import org.icpo.membership.measure.MeasureDtos.MeasureView;
import org.icpo.membership.member.Member;
import org.icpo.membership.member.MemberResource;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/members/{code}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "Corrective measures, heightened supervision and suspension of access rights: imposed, endorsed, lifted, all history kept")
public class MeasureResource {

    @Inject
    MeasureService measures;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @GET
    @Authenticated
    @Operation(summary = "Measures of a member, in force and past")
    @APIResponse(responseCode = "200", description = "Measures of the member, in force and past")
    @APIResponse(responseCode = "404", description = "No member with this code")
    public List<MeasureView> ofMember(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                                      @QueryParam("active") Boolean active) {
        Member member = MemberResource.require(code);
        LocalDate today = LocalDate.now(clock);
        return Measure.ofMember(member.code).stream().map(m -> MeasureView.of(m, today))
                .filter(v -> active == null || v.active() == active).toList();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @APIResponse(responseCode = "200", description = "The measure")
    @APIResponse(responseCode = "404", description = "No member with this code, or no such measure of it")
    @Operation(summary = "One measure")
    public MeasureView get(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                           @PathParam("id") UUID id) {
        return MeasureView.of(measures.require(MemberResource.require(code), id), LocalDate.now(clock));
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Impose a measure", description = "With reason, legal basis, who decided and dates. At most one measure of each kind in force per member.")
    @APIResponse(responseCode = "201", description = "Imposed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)),
            headers = @Header(name = "Location", description = "The measure: /members/{code}/measures/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "No member with this code")
    @APIResponse(responseCode = "409", description = "A measure of this kind is already in force over that period")
    public Response impose(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                           @NotNull @Valid MeasureDtos.NewMeasure body,
                           @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        Member member = MemberResource.require(code);
        return idempotency.execute(key, "POST /members/" + member.code + "/measures", body, () -> {
            Measure m = measures.impose(member, body);
            return Response.created(URI.create("/members/" + member.code + "/measures/" + m.id))
                    .entity(MeasureView.of(m, LocalDate.now(clock))).build();
        });
    }

    @POST
    @Path("{id}/endorsement")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Record the Executive Committee's endorsement of a measure")
    @APIResponse(responseCode = "200", description = "Endorsed")
    @APIResponse(responseCode = "404", description = "No member with this code, or no such measure of it")
    @APIResponse(responseCode = "409", description = "Already endorsed")
    public MeasureView endorse(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                               @PathParam("id") UUID id, @NotNull @Valid MeasureDtos.Endorsement body) {
        return MeasureView.of(measures.endorse(MemberResource.require(code), id, body), LocalDate.now(clock));
    }

    @POST
    @Path("{id}/lift")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Lift a measure", description = "The measure stays in the history with the lifting reason and date.")
    @APIResponse(responseCode = "200", description = "Lifted")
    @APIResponse(responseCode = "404", description = "No member with this code, or no such measure of it")
    @APIResponse(responseCode = "409", description = "Already lifted")
    public MeasureView lift(@PathParam("code") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String code,
                            @PathParam("id") UUID id, @NotNull @Valid MeasureDtos.Lift body) {
        return MeasureView.of(measures.lift(MemberResource.require(code), id, body), LocalDate.now(clock));
    }
}
