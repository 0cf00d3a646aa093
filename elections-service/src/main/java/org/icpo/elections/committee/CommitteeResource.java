package org.icpo.elections.committee;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.security.Roles;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/executive-committee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Executive Committee", description = "Composition with seats, holders, countries, regions and terms; history")
public class CommitteeResource {

    @Inject
    CommitteeService committee;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @GET
    @Authenticated
    @Operation(summary = "Composition of the Executive Committee", description = "Today, or on the day given by asOf; vacant seats listed.")
    public CommitteeDtos.Composition composition(@QueryParam("asOf") @Parameter(description = "YYYY-MM-DD; default today") LocalDate asOf) {
        return committee.composition(asOf != null ? asOf : LocalDate.now(clock));
    }

    @GET
    @Path("history")
    @Authenticated
    @Operation(summary = "Every term, past, present and future", description = "In order of term start.")
    public List<CommitteeDtos.TermView> history() {
        return CommitteeTerm.all().stream().map(CommitteeDtos.TermView::of).toList();
    }

    @POST
    @Path("terms")
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Record a term elected before this service kept the record",
            description = "Seeds the current composition. The seat must be vacant; the country a member (membership-service) of the seat's "
                    + "region (for the President, the region given is his country's); the country without another member during the term; "
                    + "the President and the Vice-Presidents from four different regions; the term at most a full term (it ends at the "
                    + "latest in the year a full term ends). Accepts an Idempotency-Key header.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitteeDtos.TermView.class)),
            headers = @Header(name = "Location", description = "The history of the terms: /executive-committee/history", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Invalid fields; a termEnd not after termStart, or later than the year a full term ends "
            + "(4 years for the President, 3 for the others; a shorter term is fine)")
    @APIResponse(responseCode = "409", description = "The seat is held, or a round of an election is open (record the term once it has closed)")
    @APIResponse(responseCode = "422", description = "The country is not a member or not of the region, already has a member, "
            + "or the region already has the President or a Vice-President")
    @APIResponse(responseCode = "503", description = "membership-service cannot be reached")
    public Response record(@NotNull @Valid CommitteeDtos.NewTerm body,
                           @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried POST safe") String key) {
        return idempotency.execute(key, "POST /executive-committee/terms", body, () -> {
            CommitteeTerm t = committee.record(body);
            return Response.created(URI.create("/executive-committee/history")).entity(CommitteeDtos.TermView.of(t)).build();
        });
    }

    @POST
    @Path("terms/{id}/end")
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Record that a holder left before the end of the term",
            description = "The seat becomes vacant; a by-election can fill it for the remainder of the term.")
    @APIResponse(responseCode = "200", description = "Ended: the term with its end")
    @APIResponse(responseCode = "404", description = "No such term")
    @APIResponse(responseCode = "409", description = "Already ended")
    public CommitteeDtos.TermView end(@PathParam("id") UUID id, @NotNull @Valid CommitteeDtos.EndTerm body) {
        return CommitteeDtos.TermView.of(committee.end(id, body));
    }
}
