package org.icpo.elections.ballot;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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
import org.icpo.elections.board.BoardDtos;
import org.icpo.elections.board.BoardService;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/ballots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ballots", description = "Secret ballots of the Assembly with rounds: admissions, Executive Committee elections, resolutions, amendments")
public class BallotResource {

    @Inject
    BallotService ballots;

    @Inject
    RoundService rounds;

    @Inject
    VoteService votes;

    @Inject
    BoardService boards;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @GET
    @Authenticated
    @Operation(summary = "List ballots with their results", description = "Filter by session, kind and status; in order of creation.")
    public PageView<BallotDtos.BallotView> list(@QueryParam("session") @Min(1) @Max(999) Integer session,
                                                @QueryParam("kind") BallotKind kind,
                                                @QueryParam("status") BallotStatus status,
                                                @Valid @BeanParam PageParams page) {
        return PageView.slice(ballots.list(session, kind, status), page).map(ballots::view);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "A ballot with its candidates, rounds, results and the delivery of its outcome")
    @APIResponse(responseCode = "200", description = "The ballot")
    @APIResponse(responseCode = "404", description = "No such ballot")
    public BallotDtos.BallotView get(@PathParam("id") UUID id) {
        return ballots.view(ballots.require(id));
    }

    @POST
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Put a question or an election to the vote of a session",
            description = "An admission reads the application from membership-service: it must be scheduled for this session, and "
                    + "the session's year must not be before the application's Assembly year (an application received after 31 January "
                    + "goes to the next year's Assembly). An office election needs the seat vacant for the term, and room for one more "
                    + "Vice-President (3 at most, counting sitting ones and undecided Vice-President elections); undecided elections count "
                    + "only for an overlapping term and while their session is not closed. A Vice-President's region must not have the "
                    + "President or another Vice-President during the term (four different regions). A regular term is a full term "
                    + "(termEnd in the year it ends), a by-election's term ends when the vacated term ends; while a President's term left "
                    + "early would still run, only a by-election fills it. An amendment must have been circulated 3 months before the "
                    + "session. Accepts an Idempotency-Key header.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotDtos.BallotView.class)),
            headers = @Header(name = "Location", description = "The ballot: /ballots/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Fields missing or not applicable to the kind; a termEnd that is not the end of the term")
    @APIResponse(responseCode = "409", description = "Session closed, seat not vacant, a ballot already exists, all Vice-President seats accounted "
            + "for, or a regular election of a President while the term a President left would still run (a by-election fills it)")
    @APIResponse(responseCode = "422", description = "A rule refuses it (application not scheduled, application too late for the session's year, "
            + "amendment not circulated in time, a Vice-President for a region that has the President or a Vice-President during the term: "
            + "REGION_TAKEN in refusals)")
    @APIResponse(responseCode = "503", description = "membership-service cannot be reached")
    public Response create(@NotNull @Valid BallotDtos.NewBallot body,
                           @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried POST safe") String key) {
        return idempotency.execute(key, "POST /ballots", body, () -> {
            Ballot b = ballots.create(body);
            return Response.created(URI.create("/ballots/" + b.id)).entity(ballots.view(b)).build();
        });
    }

    @GET
    @Path("{id}/candidates")
    @Authenticated
    @APIResponse(responseCode = "200", description = "The candidates, standing or withdrawn")
    @APIResponse(responseCode = "404", description = "No such ballot")
    @Operation(summary = "Candidates of an office election")
    public List<BallotDtos.CandidateView> candidates(@PathParam("id") UUID id) {
        ballots.require(id);
        return Candidate.ofBallot(id).stream().map(BallotDtos.CandidateView::of).toList();
    }

    @POST
    @Path("{id}/candidates")
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Nominate a candidate for an office election",
            description = "Checks every eligibility rule against the country's standing in membership-service and the Executive Committee. "
                    + "Nominations close when round 1 opens. Accepts an Idempotency-Key header.")
    @APIResponse(responseCode = "201", description = "Nominated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotDtos.CandidateView.class)),
            headers = @Header(name = "Location", description = "The candidates of the ballot: /ballots/{id}/candidates", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "No such ballot")
    @APIResponse(responseCode = "409", description = "Not an office ballot, nominations closed, the country already has a candidate, or round 1 opened at that moment (concurrent-modification)")
    @APIResponse(responseCode = "422", description = "Not eligible: the problem lists the refusals with their codes")
    @APIResponse(responseCode = "503", description = "membership-service cannot be reached")
    public Response nominate(@PathParam("id") UUID id, @NotNull @Valid BallotDtos.Nomination body,
                             @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried POST safe") String key) {
        return idempotency.execute(key, "POST /ballots/" + id + "/candidates", body, () -> {
            Candidate c = ballots.nominate(id, body);
            return Response.created(URI.create("/ballots/" + id + "/candidates")).entity(BallotDtos.CandidateView.of(c)).build();
        });
    }

    @POST
    @Path("{id}/candidates/{candidateId}/withdrawal")
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Withdraw a candidacy", description = "Before a round opens.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such ballot, or no such candidate in it")
    @APIResponse(responseCode = "409", description = "A round is open, or the candidate no longer stands, or a round opened at that moment (concurrent-modification)")
    public BallotDtos.CandidateView withdraw(@PathParam("id") UUID id, @PathParam("candidateId") UUID candidateId) {
        return BallotDtos.CandidateView.of(ballots.withdraw(id, candidateId));
    }

    @POST
    @Path("{id}/rounds")
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Open the next round",
            description = "Checks the quorum, freezes the voter roll from membership-service standings (present members with voting rights) "
                    + "and, for an office, that the seat is still vacant and every candidate's eligibility again. Accepts an Idempotency-Key header.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotDtos.RoundView.class)),
            headers = @Header(name = "Location", description = "The round: /ballots/{id}/rounds/{number}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "No such ballot")
    @APIResponse(responseCode = "409", description = "Session not open, a round open, the ballot decided, no round left, "
            + "the seat filled meanwhile (a term recorded, another election), or its candidates changed at that moment (concurrent-modification)")
    @APIResponse(responseCode = "422", description = "Quorum not reached, no candidate, or a candidate no longer eligible")
    @APIResponse(responseCode = "503", description = "membership-service cannot be reached")
    public Response openRound(@PathParam("id") UUID id,
                              @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) @Parameter(description = "Makes a retried POST safe") String key) {
        return idempotency.execute(key, "POST /ballots/" + id + "/rounds", "", () -> {
            BallotRound r = rounds.open(id);
            return Response.created(URI.create("/ballots/" + id + "/rounds/" + r.number)).entity(ballots.roundView(r)).build();
        });
    }

    @GET
    @Path("{id}/rounds/{number}")
    @Authenticated
    @Operation(summary = "A round and, once closed, its result")
    @APIResponse(responseCode = "200", description = "The round")
    @APIResponse(responseCode = "404", description = "No such ballot or round")
    public BallotDtos.RoundView round(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(1000) Integer number) {
        return ballots.roundView(rounds.require(id, number));
    }

    @POST
    @Path("{id}/rounds/{number}/close")
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "Close a round: tally, seal the board, apply the majority rule",
            description = "When the ballot is decided: an admission outcome goes to the outbox for membership-service in the same transaction; "
                    + "an election updates the Executive Committee.")
    @APIResponse(responseCode = "404", description = "No such ballot or round")
    @APIResponse(responseCode = "200", description = "Closed, with the result")
    @APIResponse(responseCode = "409", description = "Already closed")
    public BallotDtos.BallotView closeRound(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(1000) Integer number) {
        rounds.close(id, number);
        return ballots.view(ballots.require(id));
    }

    @POST
    @Path("{id}/conclude")
    @RolesAllowed(Roles.ASSEMBLY)
    @Transactional
    @Operation(summary = "End a ballot after a failed round without a further round, or call off an election before its first round",
            description = "An admission is then rejected, an election leaves the seat vacant. An election may also be called off "
                    + "before its first round (e.g. its seat was filled meanwhile); other ballots are concluded only between rounds.")
    @APIResponse(responseCode = "200", description = "Concluded: the ballot with its outcome")
    @APIResponse(responseCode = "404", description = "No such ballot")
    @APIResponse(responseCode = "409", description = "The ballot is not between rounds, nor an election before its first round")
    public BallotDtos.BallotView conclude(@PathParam("id") UUID id) {
        return ballots.view(ballots.conclude(id));
    }

    @GET
    @Path("{id}/rounds/{number}/roll")
    @Authenticated
    @APIResponse(responseCode = "200", description = "The frozen roll")
    @APIResponse(responseCode = "404", description = "No such ballot or round")
    @Operation(summary = "The voter roll frozen when the round opened", description = "Members present, and whether each may vote.")
    public List<RollEntry> roll(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(1000) Integer number) {
        return RollEntry.of(rounds.require(id, number));
    }

    @POST
    @Path("{id}/rounds/{number}/votes")
    @RolesAllowed(Roles.NCB)
    @Transactional
    @Operation(summary = "Cast the secret vote of the caller's country",
            description = "The country is the token's country claim; once per round, while the round is open. The answer carries a random "
                    + "receipt to find on the public board. No Idempotency-Key: a repeated vote is a 409, and storing the response would link "
                    + "the voter to the receipt.")
    @APIResponse(responseCode = "201", description = "Accepted; the receipt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotDtos.VoteReceipt.class)))
    @APIResponse(responseCode = "404", description = "No such ballot or round")
    @APIResponse(responseCode = "400", description = "Not a choice of this round")
    @APIResponse(responseCode = "403", description = "Not on the frozen roll (not present when the round opened) or without voting rights")
    @APIResponse(responseCode = "409", description = "Already voted in this round, or the round is closed")
    public Response vote(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(1000) Integer number,
                         @NotNull @Valid BallotDtos.VoteRequest body) {
        String country = caller.ncbCountry();
        BallotDtos.VoteReceipt receipt = votes.cast(id, number, country, body.choice());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("{id}/rounds/{number}/board")
    @PermitAll
    @Operation(summary = "Public board of a closed round (no token needed)",
            description = "The roll of members who voted, every receipt with its choice in receipt order (unrelated to the voting order), "
                    + "the counts, the threshold, the outcome and the hash chain with its head hash, verified on every read.")
    @APIResponse(responseCode = "200", description = "The board")
    @APIResponse(responseCode = "404", description = "No such ballot or round")
    @APIResponse(responseCode = "409", description = "The round is still open")
    public BoardDtos.Board board(@PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(1000) Integer number) {
        return boards.board(id, number);
    }
}
