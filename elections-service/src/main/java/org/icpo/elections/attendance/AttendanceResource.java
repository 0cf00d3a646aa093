package org.icpo.elections.attendance;

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
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.CountryCodes;

import java.net.URI;

@Path("/sessions/{number}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance", description = "Delegations present at a session; the quorum for opening a ballot round counts them")
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @Inject
    Idempotency idempotency;

    @GET
    @Authenticated
    @Operation(summary = "Delegations present at a session")
    @APIResponse(responseCode = "200", description = "The delegations present")
    @APIResponse(responseCode = "404", description = "No such session")
    public AttendanceDtos.AttendanceView list(@PathParam("number") @Min(1) @Max(999) Integer number) {
        return attendance.list(number);
    }

    @POST
    @RolesAllowed({Roles.ASSEMBLY, Roles.NCB})
    @Transactional
    @Operation(summary = "Register a delegation as present",
            description = "An NCB registers its own country (the token's country claim); the Assembly officers register any member. "
                    + "Counts for rounds opened afterwards. Accepts an Idempotency-Key header.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttendanceDtos.Delegation.class)),
            headers = @Header(name = "Location", description = "The delegation: /sessions/{number}/attendance/{country}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "403", description = "An NCB registering another country")
    @APIResponse(responseCode = "409", description = "Already registered, or the session is closed")
    @APIResponse(responseCode = "422", description = "Not a member of the Organization")
    @APIResponse(responseCode = "503", description = "membership-service cannot be reached")
    public Response register(@PathParam("number") @Min(1) @Max(999) Integer number,
                             @NotNull @Valid AttendanceDtos.Registration body,
                             @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried POST safe") String key) {
        return idempotency.execute(key, "POST /sessions/" + number + "/attendance", body, () -> {
            AttendanceDtos.Delegation d = attendance.register(number, body.country());
            return Response.created(URI.create("/sessions/" + number + "/attendance/" + d.country())).entity(d).build();
        });
    }

    @DELETE
    @Path("{country}")
    @RolesAllowed({Roles.ASSEMBLY, Roles.NCB})
    @Transactional
    @Operation(summary = "Record that a delegation left", description = "Counts for rounds opened afterwards; frozen rolls do not change. "
            + "The country code may be in either case.")
    @APIResponse(responseCode = "403", description = "An NCB naming another country than its own")
    @APIResponse(responseCode = "409", description = "The session is closed")
    @APIResponse(responseCode = "204", description = "Removed from the attendance")
    @APIResponse(responseCode = "404", description = "Not registered")
    public void leave(@PathParam("number") @Min(1) @Max(999) Integer number,
                      @PathParam("country") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE)
                      @Parameter(description = "ISO 3166-1 alpha-2, in either case") String country) {
        attendance.leave(number, CountryCodes.upper(country));
    }
}
