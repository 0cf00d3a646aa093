package org.icpo.notices.ccf;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/ccf-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "CCF", description = "Requests to the Commission for the Control of Files: access, correction, deletion; deadlines of 4 and 9 months")
public class CcfResource {

    @Inject
    CcfService ccf;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.CCF)
    @Transactional
    @Operation(summary = "Register a request to the CCF", description = "receivedOn is neither in the future nor before the record was filed. "
            + "A deletion or correction is registered only about a record still open or valid: one refused, withdrawn, cancelled or expired "
            + "can no longer be changed (access can still be asked).")
    @APIResponse(responseCode = "201", description = "Registered as RECEIVED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CcfDtos.CcfView.class)),
            headers = @Header(name = "Location", description = "The CCF request: /ccf-requests/{id}", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "A deletion or correction about a closed record: the problem names the kind (action) and the "
            + "record's currentStatus")
    public Response create(@NotNull @Valid CcfDtos.NewCcfRequest body, @HeaderParam(Idempotency.HEADER) @Size(min = 1, max = 255) String key) {
        return idempotency.execute(key, "POST /ccf-requests", body, () -> {
            CcfRequest c = ccf.create(body);
            return Response.created(URI.create("/ccf-requests/" + c.id)).entity(CcfDtos.CcfView.of(c, LocalDate.now(clock))).build();
        });
    }

    @GET
    @RolesAllowed({Roles.CCF, Roles.SECRETARIAT})
    @Transactional
    @Operation(summary = "List CCF requests (personal data; audited)", description = "overdue=true reports the admissible requests not decided by their deadline.")
    public PageView<CcfDtos.CcfView> list(@QueryParam("status") CcfStatus status,
                                          @QueryParam("overdue") @Parameter(description = "true: only overdue; false: only not overdue") Boolean overdue,
                                          @Valid @BeanParam PageParams page) {
        return ccf.list(status, overdue, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CCF, Roles.SECRETARIAT})
    @Transactional
    @APIResponse(responseCode = "200", description = "The CCF request")
    @APIResponse(responseCode = "404", description = "No such CCF request")
    @Operation(summary = "One CCF request, with its deadline and whether it is overdue (personal data; audited)")
    public CcfDtos.CcfView get(@PathParam("id") UUID id) {
        return CcfDtos.CcfView.of(ccf.read(id), LocalDate.now(clock));
    }

    @POST
    @Path("{id}/admissibility")
    @RolesAllowed(Roles.CCF)
    @Transactional
    @Operation(summary = "Decide admissibility", description = "An admissible request gets its deadline: 4 months (access) or 9 months (correction, deletion), "
            + "from decidedOn, which is not before the request was received.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "404", description = "No such CCF request")
    @APIResponse(responseCode = "409", description = "Already decided")
    public CcfDtos.CcfView admissibility(@PathParam("id") UUID id, @NotNull @Valid CcfDtos.Admissibility body) {
        return CcfDtos.CcfView.of(ccf.admissibility(id, body), LocalDate.now(clock));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.CCF)
    @Transactional
    @Operation(summary = "Record the binding decision", description = "DELETION_ORDERED cancels the notice or diffusion, records the reason and "
            + "blocks an identical request by the same member unless new facts are given. decidedOn is not before admissibility. "
            + "DELETION_ORDERED and CORRECTION_ORDERED need the record still open or valid: one closed since the request was registered "
            + "is refused (409), and the request is closed with DELETION_REJECTED or CORRECTION_REJECTED, the reason saying why.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "404", description = "No such CCF request")
    @APIResponse(responseCode = "409", description = "Not admissible, or already decided; or an order about a record closed since (refused, withdrawn, "
            + "cancelled or expired): the problem names the outcome (action) and the record's currentStatus")
    public CcfDtos.CcfView decide(@PathParam("id") UUID id, @NotNull @Valid CcfDtos.Decision body) {
        return CcfDtos.CcfView.of(ccf.decide(id, body), LocalDate.now(clock));
    }
}
