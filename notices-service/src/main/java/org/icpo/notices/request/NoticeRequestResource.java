package org.icpo.notices.request;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;
import org.icpo.notices.lifecycle.OutcomeDtos;
import org.icpo.notices.lifecycle.OutcomeService;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;

import java.util.List;
import java.util.UUID;

@Path("/notice-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notice requests", description = "Filed by an NCB for its country; checked, screened, reviewed by the General Secretariat, "
        + "published for 5 years, renewed, cancelled or expired")
public class NoticeRequestResource extends RecordResourceBase {

    /** What an NCB lists: its own requests, or the notices published to all members. */
    public enum Scope { MINE, PUBLISHED }

    @Inject
    RecordQueries queries;

    @Inject
    OutcomeService outcomes;

    @Override
    protected RecordKind kind() {
        return RecordKind.NOTICE;
    }

    @Override
    protected String basePath() {
        return "/notice-requests";
    }

    @POST
    @RolesAllowed(Roles.NCB)
    @Transactional
    @Operation(summary = "File a notice request", description = "For the NCB's own country (token claim 'country'). The automatic checks run at once: "
            + "any hard failure refuses the request with every reason listed (422, failedChecks). Otherwise the request is screened "
            + "(Article 3, refugees, supervision, CCF deletions) and queued for review in status PROCESSING.")
    @APIResponse(responseCode = "201", description = "Filed and queued for review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordView.class)),
            headers = @Header(name = "Location", description = "The notice request: /notice-requests/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Malformed input")
    @APIResponse(responseCode = "403", description = "Access rights suspended (the problem names the measure; the attempt is audited)")
    @APIResponse(responseCode = "422", description = "Refused by the automatic checks (failedChecks lists them)")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: standing unknown, nothing filed")
    public Response file(@NotNull @Valid NoticeDtos.Submission body,
                         @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        return create(body, key);
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "List notice requests", description = "NCBs: their own requests (scope MINE) or the valid published notices (scope PUBLISHED); "
            + "the secretariat and the CCF: all. Audited.")
    public PageView<RecordView.Summary> list(@QueryParam("scope") @DefaultValue("MINE") @Parameter(description = "NCBs only: MINE or PUBLISHED") Scope scope,
                                             @QueryParam("status") Status status,
                                             @QueryParam("type") NoticeType type,
                                             @Valid @BeanParam PageParams page) {
        return queries.list(RecordKind.NOTICE, scope == Scope.PUBLISHED ? RecordQueries.Scope.VISIBLE : RecordQueries.Scope.MINE, status, type, page);
    }

    @POST
    @Path("{id}/renewal")
    @RolesAllowed(Roles.NCB)
    @Transactional
    @Operation(summary = "Renew a notice marked for renewal (requester)", description = "With the reasons it is still needed; extends validity by 5 years.")
    @APIResponse(responseCode = "200", description = "Renewed: valid 5 more years")
    @APIResponse(responseCode = "403", description = "Not the requesting NCB, or its access rights are suspended (the problem names the measure)")
    @APIResponse(responseCode = "404", description = "Not found, or not visible to the caller")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the standing of the caller's country is unknown")
    @APIResponse(responseCode = "409", description = "The notice is not marked for renewal")
    public RecordView renew(@PathParam("id") UUID id, @NotNull @Valid ActionDtos.Renewal body) {
        return records.view(records.renew(id, body.reasons()));
    }

    @GET
    @Path("{id}/outcomes")
    @Authenticated
    @Transactional
    @APIResponse(responseCode = "200", description = "The outcomes, oldest first")
    @APIResponse(responseCode = "403", description = "The NCB's access rights are suspended (the problem names the measure)")
    @APIResponse(responseCode = "404", description = "Not found, or not visible to the caller")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the standing of the caller's country is unknown")
    @Operation(summary = "Outcomes recorded for a notice")
    public List<OutcomeDtos.OutcomeView> outcomes(@PathParam("id") UUID id) {
        return outcomes.list(id);
    }

    @POST
    @Path("{id}/outcomes")
    @RolesAllowed({Roles.NCB, Roles.SECRETARIAT})
    @Transactional
    @Operation(summary = "Record an outcome", description = "Person located, arrested or extradited (dates, countries); by any NCB that sees the notice, or the secretariat.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeDtos.OutcomeView.class)))
    @APIResponse(responseCode = "403", description = "The NCB's access rights are suspended (the problem names the measure)")
    @APIResponse(responseCode = "404", description = "Not found, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The notice is not published (PUBLISHED or RENEWAL_DUE)")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the standing of the caller's country is unknown")
    public Response addOutcome(@PathParam("id") UUID id, @NotNull @Valid OutcomeDtos.NewOutcome body,
                               @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        NoticeRecord notice = outcomes.requireMayRecord(id);
        return idempotency.execute(key, "POST /notice-requests/" + id + "/outcomes", body, () ->
                Response.status(Response.Status.CREATED).entity(outcomes.add(notice, body)).build());
    }
}
