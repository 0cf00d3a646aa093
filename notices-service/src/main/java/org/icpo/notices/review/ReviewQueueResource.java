package org.icpo.notices.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.icpo.kit.security.Roles;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;
import org.icpo.notices.workflow.RecordKind;

@Path("/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "The General Secretariat's Notices and Diffusions Task Force")
public class ReviewQueueResource {

    @Inject
    ReviewService reviews;

    @GET
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(summary = "The review queue", description = "Requests and held diffusions awaiting review (PROCESSING, PENDING_SECOND_REVIEW) and "
            + "diffusions circulating awaiting review afterwards (CIRCULATING): highest risk first, then oldest. Decide with "
            + "POST /notice-requests/{id}/reviews or POST /diffusions/{id}/reviews.")
    public PageView<ReviewDtos.QueueEntry> queue(@QueryParam("kind") RecordKind kind, @Valid @BeanParam PageParams page) {
        return reviews.queue(kind, page);
    }
}
