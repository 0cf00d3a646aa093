package org.icpo.notices.diffusion;

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
import org.icpo.notices.request.NoticeDtos;
import org.icpo.notices.request.NoticeType;
import org.icpo.notices.request.RecordQueries;
import org.icpo.notices.request.RecordResourceBase;
import org.icpo.notices.request.RecordView;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;

@Path("/diffusions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Diffusions", description = "Sent by an NCB to all or chosen members, visible at once and reviewed afterwards; "
        + "held until reviewed when the sender is under measures")
public class DiffusionResource extends RecordResourceBase {

    /** What an NCB lists: diffusions addressed to it, or those it sent. */
    public enum Scope { RECEIVED, SENT }

    @Inject
    RecordQueries queries;

    @Override
    protected RecordKind kind() {
        return RecordKind.DIFFUSION;
    }

    @Override
    protected String basePath() {
        return "/diffusions";
    }

    @POST
    @RolesAllowed(Roles.NCB)
    @Transactional
    @Operation(summary = "Send a diffusion", description = "recipients omitted = all members; otherwise each recipient must be a member of the "
            + "Organization (as membership-service knows it, a member under measures included), checked first. Then the same automatic checks as "
            + "notice requests run. Visible to the recipients at once (CIRCULATING) and reviewed afterwards; from a member under measures, held (PROCESSING) until reviewed.")
    @APIResponse(responseCode = "201", description = "Sent (CIRCULATING) or held (PROCESSING)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordView.class)),
            headers = @Header(name = "Location", description = "The diffusion: /diffusions/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Malformed input (e.g. recipients empty, repeated or not ISO 3166-1 alpha-2 codes)")
    @APIResponse(responseCode = "403", description = "Access rights suspended")
    @APIResponse(responseCode = "422", description = "A recipient is not a member of the Organization (unknownRecipients names them; nothing sent), "
            + "or refused by the automatic checks (failedChecks lists them)")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the standing of the sender or of a recipient unknown, nothing sent")
    public Response send(@NotNull @Valid NoticeDtos.Submission body,
                         @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        return create(body, key);
    }

    @GET
    @Authenticated
    @Transactional
    @Operation(summary = "List diffusions", description = "NCBs: those addressed to them and visible (RECEIVED) or those they sent (SENT); "
            + "the secretariat and the CCF: all. Audited.")
    public PageView<RecordView.Summary> list(@QueryParam("scope") @DefaultValue("RECEIVED") @Parameter(description = "NCBs only") Scope scope,
                                             @QueryParam("status") Status status,
                                             @QueryParam("type") NoticeType type,
                                             @Valid @BeanParam PageParams page) {
        return queries.list(RecordKind.DIFFUSION, scope == Scope.SENT ? RecordQueries.Scope.MINE : RecordQueries.Scope.VISIBLE, status, type, page);
    }
}
