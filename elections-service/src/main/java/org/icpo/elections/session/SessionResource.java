package org.icpo.elections.session;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.elections.ballot.BallotService;
import org.icpo.elections.session.SessionDtos.SessionView;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;

import java.net.URI;

@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Sessions of the General Assembly: planned, open, closed")
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    BallotService ballots;

    @Inject
    Idempotency idempotency;

    @GET
    @Authenticated
    @Operation(summary = "List sessions", description = "Newest first.")
    public PageView<SessionView> list(@Valid @BeanParam PageParams page) {
        return sessions.list(page).map(SessionView::of);
    }

    @GET
    @Path("{number}")
    @Authenticated
    @Operation(summary = "Get a session by number")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "No such session")
    public SessionView get(@PathParam("number") @Min(1) @Max(999) Integer number) {
        return SessionView.of(sessions.require(number));
    }

    @POST
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Plan a session", description = "The Assembly meets once a year: one session a year, numbered in the order "
            + "the sessions meet (a session numbered lower ends before one numbered higher starts). Accepts an Idempotency-Key header.")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)),
            headers = @Header(name = "Location", description = "The session: /sessions/{number}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a hostCountry that is not an assigned ISO 3166-1 alpha-2 code")
    @APIResponse(responseCode = "409", description = "A session with this number exists, or the numbers would not follow the order the sessions meet in")
    @APIResponse(responseCode = "422", description = "The General Assembly meets once a year: a session of that year exists")
    public Response create(@NotNull @Valid SessionDtos.NewSession body,
                           @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried POST safe") String key) {
        return idempotency.execute(key, "POST /sessions", body, () -> {
            AssemblySession s = sessions.create(body);
            return Response.created(URI.create("/sessions/" + s.number)).entity(SessionView.of(s)).build();
        });
    }

    @POST
    @Path("{number}/open")
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Open a planned session")
    @APIResponse(responseCode = "200", description = "Opened")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Not PLANNED")
    public SessionView open(@PathParam("number") @Min(1) @Max(999) Integer number) {
        return SessionView.of(sessions.open(number));
    }

    @POST
    @Path("{number}/close")
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Close an open session",
            description = "A closed session decides nothing more: closing it concludes what it left undecided, as POST /ballots/{id}/conclude "
                    + "does (an election before its first round or between rounds leaves its seat vacant; an admission between rounds is "
                    + "rejected and its outcome reported to membership-service). Refused while a round is open, and while an admission, a "
                    + "resolution or an amendment has not been put to the vote (only a vote decides it).")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Not OPEN, a round is still open, or a question not put to the vote yet (the problem's ballots)")
    public SessionView close(@PathParam("number") @Min(1) @Max(999) Integer number) {
        return SessionView.of(ballots.closeSession(number));
    }
}
