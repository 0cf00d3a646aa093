package org.icpo.notices.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.notices.check.CheckResult;
import org.icpo.notices.request.NoticeDtos.Event;
import org.icpo.notices.request.NoticeDtos.Justification;
import org.icpo.notices.request.NoticeDtos.RedData;
import org.icpo.notices.request.NoticeDtos.SubjectData;
import org.icpo.notices.review.RefusalGround;
import org.icpo.notices.screening.Screening;
import org.icpo.notices.workflow.Action;
import org.icpo.notices.workflow.Actor;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A notice request or diffusion as returned by the API. Screening and review internals are shown to the secretariat and the CCF only. */
@Schema(name = "NoticeRecord")
public record RecordView(
        UUID id,
        RecordKind kind,
        NoticeType type,
        Status status,
        @Schema(examples = "FR") String requesterCountry,
        Instant filedAt,
        SubjectData subject,
        List<PhotoMeta> photos,
        String caseSummary,
        RedData red,
        TypeData typeData,
        @Schema(description = "Shown to the requester, the secretariat and the CCF") Justification justification,
        boolean publicExtract,
        @Schema(description = "Diffusions: true when addressed to all members") boolean toAll,
        @Schema(description = "Diffusions addressed to chosen members") List<String> recipients,
        @Schema(description = "Automatic checks; shown to the requester, the secretariat and the CCF") List<CheckResult> checks,
        @Schema(description = "Article 3 and refugee screening; secretariat and CCF only") Risk risk,
        @Schema(description = "Review; secretariat and CCF only (refusal ground and reason also to the requester)") Review review,
        Instant publishedAt,
        LocalDate validUntil,
        Instant renewalRequestedAt,
        Instant closedAt,
        String closeReason,
        @Schema(description = "History of transitions; requester, secretariat and CCF") List<EventView> history,
        long version) {

    @Schema(name = "TypeData", description = "Type-specific data besides Red judicial data")
    public record TypeData(Event event, String threatDescription, String modusOperandi, String unReference, String assetsDescription,
                           NoticeDtos.UnListing unListedAs) {
    }

    @Schema(name = "PhotoMeta")
    public record PhotoMeta(UUID id, int position, String contentType, int sizeBytes, String sha256, String href) {
    }

    @Schema(name = "RiskAssessment")
    public record Risk(int score, Screening.Level level, List<Screening.Flag> flags, Instant screenedAt, List<String> measuresAtFiling,
                       boolean fourEyes) {
    }

    @Schema(name = "ReviewState")
    public record Review(String firstReviewer, Instant firstReviewedAt, String reviewedBy, Instant reviewedAt,
                         RefusalGround refusalGround, String decisionReason) {
    }

    @Schema(name = "RecordEvent")
    public record EventView(Instant at, Action action, Status from, Status to, String actor, Actor actorRole, String actorCountry,
                            String reason, String ground) {
        public static EventView of(RecordEvent e) {
            return new EventView(e.occurredAt, e.action, e.fromStatus, e.toStatus, e.actor, e.actorRole, e.actorCountry, e.reason, e.ground);
        }
    }

    @Schema(name = "NoticeRecordSummary")
    public record Summary(UUID id, RecordKind kind, NoticeType type, Status status, String requesterCountry, String familyName,
                          String forename, String dateOfBirth, Instant filedAt, Instant publishedAt, LocalDate validUntil) {
        public static Summary of(NoticeRecord r) {
            return new Summary(r.id, r.kind, r.type, r.status, r.requesterCountry, r.familyName, r.forename, r.dateOfBirth(),
                    r.filedAt, r.publishedAt, r.validUntil);
        }
    }
}
