package org.icpo.membership.application;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.CountryCodes;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;
import org.icpo.membership.application.ApplicationDtos.ApplicationView;

import java.net.URI;
import java.util.UUID;

@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admission applications", description = "States applying for membership; outcomes of admission ballots")
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    @Inject
    Idempotency idempotency;

    @GET
    @Authenticated
    @Operation(summary = "List applications", description = "All applications, filtered by state, Assembly year and status; a state's earlier applications stay listed.")
    public PageView<ApplicationView> list(@QueryParam("isoCode") @Pattern(regexp = CountryCodes.EITHER_CASE, message = CountryCodes.EITHER_CASE_MESSAGE) String isoCode,
                                          @QueryParam("assemblyYear") @jakarta.validation.constraints.Min(1914) @jakarta.validation.constraints.Max(2999) Integer assemblyYear,
                                          @QueryParam("status") ApplicationStatus status,
                                          @Valid @BeanParam PageParams page) {
        return applications.list(isoCode, assemblyYear, status, page).map(ApplicationView::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Get an application")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", description = "No such application")
    public ApplicationView get(@PathParam("id") UUID id) {
        return ApplicationView.of(applications.require(id));
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Record an application received from a state's government",
            description = "The Assembly year follows from the arrival date and the deadline (31 January). A member's own application (the one"
                    + " that led to its admission, of its year of admission or earlier) is in the member's region. Accepts an Idempotency-Key header.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)),
            headers = @Header(name = "Location", description = "The application: /applications/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "Already a member, an application still open, or already applied for that Assembly year")
    @APIResponse(responseCode = "422", description = "The code is a territory without a permanent population (icpo.membership.non-state-iso-codes:"
            + " AQ, BV, GS, HM, TF, UM), not a state")
    public Response submit(@NotNull @Valid ApplicationDtos.NewApplication body,
                           @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried POST safe") String key) {
        return idempotency.execute(key, "POST /applications", body, () -> {
            AdmissionApplication a = applications.submit(body);
            return Response.created(URI.create("/applications/" + a.id)).entity(ApplicationView.of(a)).build();
        });
    }

    @POST
    @Path("{id}/schedule")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Put a submitted application on the agenda of an Assembly session, or move a scheduled one to another session",
            description = "A SCHEDULED application, which has no outcome yet, is moved to the session given (a correction): `reason` is"
                    + " required then, and the move is kept in the application (`sessionMoves`), its state's history and the audit log."
                    + " The session it is already scheduled for changes nothing. An outcome is taken only from a ballot of the session"
                    + " the application is scheduled for when it arrives: move it before its ballot is put to the vote.")
    @APIResponse(responseCode = "200", description = "Scheduled, or moved")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Withdrawn or decided: only a SUBMITTED or SCHEDULED application is put on an agenda")
    public ApplicationView schedule(@PathParam("id") UUID id, @NotNull @Valid ApplicationDtos.Schedule body) {
        return ApplicationView.of(applications.schedule(id, body));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "Withdraw an application", description = "The state may apply again in a later year.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Already decided or withdrawn")
    public ApplicationView withdraw(@PathParam("id") UUID id, @NotNull @Valid ApplicationDtos.Withdraw body) {
        return ApplicationView.of(applications.withdraw(id, body));
    }

    @PUT
    @Path("{id}/outcome")
    @RolesAllowed(Roles.ELECTIONS_SERVICE)
    @Transactional
    @Operation(summary = "Report the outcome of the admission ballot (elections-service only)",
            description = "Idempotent: the same outcome reported again changes nothing and answers 200; a different outcome is a 409. "
                    + "An admission creates the member at once, with its voting rights.")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "200", description = "Outcome recorded (or already recorded identically)")
    @APIResponse(responseCode = "409", description = "A different outcome was already recorded, the application is not scheduled (or for"
            + " another session), or the outcome contradicts the state's membership (a member admitted in another year, or rejected in the"
            + " year of its admission or later)")
    public ApplicationView outcome(@PathParam("id") UUID id, @NotNull @Valid ApplicationDtos.OutcomeReport body) {
        return ApplicationView.of(applications.recordOutcome(id, body));
    }
}
