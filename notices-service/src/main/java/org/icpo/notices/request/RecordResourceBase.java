package org.icpo.notices.request;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.icpo.kit.idempotency.Idempotency;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.membership.client.MembershipDtos;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.access.MemberAccess;
import org.icpo.notices.review.ReviewDtos;
import org.icpo.notices.review.ReviewService;
import org.icpo.notices.subject.SubjectPhoto;
import org.icpo.notices.workflow.RecordKind;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** The endpoints notice requests and diffusions share; each subclass serves one kind under its own path. */
public abstract class RecordResourceBase {

    @Inject
    RecordService records;

    @Inject
    ReviewService reviews;

    @Inject
    Idempotency idempotency;

    @Inject
    Auditor audit;

    @Inject
    Caller caller;

    protected abstract RecordKind kind();

    protected abstract String basePath();

    protected Response create(NoticeDtos.Submission body, String key) {
        MembershipDtos.Standing standing = records.requireFilingRight(kind());
        return idempotency.execute(key, "POST " + basePath(), body, () -> {
            NoticeRecord r = records.file(kind(), body, standing);
            return Response.created(URI.create(basePath() + "/" + r.id)).entity(records.view(r)).build();
        });
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one", description = "NCBs read their own requests, published notices and the diffusions addressed to them; "
            + "the secretariat and the CCF read all. Every read is audited.")
    @APIResponse(responseCode = "200", description = "The record, with what the caller may see of it")
    @APIResponse(responseCode = "401", description = "Authentication required: no valid bearer token")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the standing of the caller's country is unknown")
    @APIResponse(responseCode = "403", description = "The NCB's access rights are suspended (the problem names the measure)")
    @APIResponse(responseCode = "404", description = "Not found, or not visible to the caller")
    public RecordView get(@PathParam("id") UUID id) {
        return records.read(records.requireVisible(id, kind(), MemberAccess.Right.CONSULT));
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Authenticated
    @Transactional
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The photograph", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "401", description = "Authentication required: no valid bearer token")
    @APIResponse(responseCode = "403", description = "The NCB's right to download is suspended (the problem names the measure)")
    @APIResponse(responseCode = "404", description = "Not found or not visible to the caller, or no such photograph of it")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the standing of the caller's country is unknown")
    @Operation(summary = "Download a photograph of the subject", description = "Needs the DOWNLOAD access right; audited.")
    public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        NoticeRecord r = records.requireVisible(id, kind(), MemberAccess.Right.DOWNLOAD);
        SubjectPhoto p = SubjectPhoto.findById(photoId);
        if (p == null || !p.recordId.equals(r.id)) {
            throw ApiException.notFound("No photograph " + photoId + " on " + id);
        }
        String target = RecordService.targetType(kind());
        audit.record(target + ".photo-downloaded", target, id.toString(), Map.of("photoId", photoId.toString()));
        return Response.ok(p.data, p.contentType).header("Content-Length", p.sizeBytes).build();
    }

    @POST
    @Path("{id}/reviews")
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review (General Secretariat)", description = "PUBLISH, REFUSE with a ground, or REQUEST_INFO. Requests from members "
            + "under measures need two different reviewers: the first PUBLISH moves them to PENDING_SECOND_REVIEW.")
    @APIResponse(responseCode = "200", description = "Decided: the record in its new status")
    @APIResponse(responseCode = "401", description = "Authentication required: no valid bearer token")
    @APIResponse(responseCode = "403", description = "Not the General Secretariat")
    @APIResponse(responseCode = "404", description = "No such record")
    @APIResponse(responseCode = "422", description = "Refused: the subject is recorded as a refugee who fled the requesting country (the problem lists the flags)")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the measures the requesting country is under are asked again, nothing decided")
    @APIResponse(responseCode = "409", description = "The status does not allow this decision, or the same reviewer approves twice")
    public RecordView review(@PathParam("id") UUID id, @NotNull @Valid ReviewDtos.ReviewDecision body) {
        return records.view(reviews.decide(id, kind(), body));
    }

    @POST
    @Path("{id}/answer")
    @RolesAllowed(Roles.NCB)
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Answered: the record back in the review queue")
    @APIResponse(responseCode = "401", description = "Authentication required: no valid bearer token")
    @APIResponse(responseCode = "403", description = "Not the requesting NCB, or its access rights are suspended (the problem names the measure)")
    @APIResponse(responseCode = "404", description = "Not found, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The status does not allow it: no request for information is pending")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the standing of the caller's country is unknown")
    @Operation(summary = "Answer the secretariat's request for information (requester)", description = "The request returns to the review queue and is screened again.")
    public RecordView answer(@PathParam("id") UUID id, @NotNull @Valid ActionDtos.Answer body) {
        return records.view(records.answer(id, kind(), body.answer()));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Roles.NCB)
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "401", description = "Authentication required: no valid bearer token")
    @APIResponse(responseCode = "403", description = "Not the requesting NCB, or its access rights are suspended (the problem names the measure)")
    @APIResponse(responseCode = "404", description = "Not found, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The status does not allow it: already closed (refused, cancelled or expired)")
    @APIResponse(responseCode = "503", description = "membership-service unreachable: the standing of the caller's country is unknown")
    @Operation(summary = "Cancel (requester)")
    public RecordView cancel(@PathParam("id") UUID id, @NotNull @Valid ActionDtos.Cancellation body) {
        return records.view(records.cancel(id, kind(), body.reason()));
    }
}
