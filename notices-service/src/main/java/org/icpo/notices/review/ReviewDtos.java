package org.icpo.notices.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.notices.request.NoticeType;
import org.icpo.notices.screening.Screening;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class ReviewDtos {

    private ReviewDtos() {
    }

    @Schema(name = "ReviewAction")
    public enum Decision { PUBLISH, REFUSE, REQUEST_INFO }

    @Schema(name = "ReviewDecision", description = "A decision of the General Secretariat. REFUSE needs a ground; every decision needs a reason "
            + "(for REQUEST_INFO: the questions to the requester).")
    public record ReviewDecision(@NotNull Decision decision,
                                 RefusalGround ground,
                                 @NotBlank @Size(max = 4000) @Schema(examples = "Judicial data complete; no Article 3 indicator") String reason) {
    }

    @Schema(name = "ReviewQueueEntry")
    public record QueueEntry(UUID id, RecordKind kind, NoticeType type, Status status, String requesterCountry, String familyName,
                             String forename, int riskScore, Screening.Level riskLevel, List<String> flags, Instant filedAt,
                             @Schema(description = "Hours since filing") long ageHours,
                             @Schema(description = "Older than the review target (24 hours by default)") boolean beyondTarget,
                             @Schema(description = "Two different reviewers must approve") boolean fourEyes,
                             String firstReviewer) {
    }
}
