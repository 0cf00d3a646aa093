package org.icpo.notices.ccf;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class CcfDtos {

    private CcfDtos() {
    }

    @Schema(name = "NewCcfRequest")
    public record NewCcfRequest(@NotNull @Schema(description = "The notice request or diffusion concerned") UUID recordId,
                                @NotNull CcfKind kind,
                                @NotBlank @Size(max = 300) @Schema(description = "Who applies (the person or their counsel)") String applicant,
                                @NotBlank @Size(max = 8000) String grounds,
                                @NotNull @Schema(examples = "2025-01-15", description = "Not in the future, nor before the record was filed")
                                LocalDate receivedOn) {
    }

    @Schema(name = "CcfAdmissibility")
    public record Admissibility(@NotNull Boolean admissible,
                                @Schema(description = "Default today; not before receivedOn; the deadline runs from this day") LocalDate decidedOn,
                                @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "CcfDecision", description = "A binding decision. DELETION_ORDERED cancels the notice or diffusion and blocks an identical "
            + "request by the same member unless it gives new facts. CORRECTION_ORDERED needs the correction. Either needs the record still "
            + "open or valid.")
    public record Decision(@NotNull CcfOutcome outcome,
                           @Schema(description = "Default today; not before admissibility") LocalDate decidedOn,
                           @NotBlank @Size(max = 8000) String reason,
                           @Size(max = 8000) String correction) {
    }

    @Schema(name = "CcfRequest")
    public record CcfView(UUID id, UUID recordId, CcfKind kind, String applicant, String grounds, LocalDate receivedOn, CcfStatus status,
                          LocalDate admissibilityOn, String admissibilityReason,
                          @Schema(description = "Decision due by (4 months for access, 9 for correction or deletion, from admissibility)") LocalDate deadline,
                          @Schema(description = "Days until the deadline; negative when overdue") Long daysLeft,
                          boolean overdue, LocalDate decidedOn, CcfOutcome outcome, String decisionReason, String correction,
                          String createdBy, Instant createdAt, long version) {
        public static CcfView of(CcfRequest c, LocalDate today) {
            Long left = c.deadline == null || c.decidedOn != null ? null : CcfDeadlines.daysLeft(c.deadline, today);
            return new CcfView(c.id, c.recordId, c.kind, c.applicant, c.grounds, c.receivedOn, c.status, c.admissibilityOn, c.admissibilityReason,
                    c.deadline, left, CcfDeadlines.overdue(c.deadline, c.decidedOn, today), c.decidedOn, c.outcome, c.decisionReason,
                    c.correction, c.createdBy, c.createdAt, c.version);
        }
    }
}
