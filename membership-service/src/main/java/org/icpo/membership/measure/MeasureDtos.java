package org.icpo.membership.measure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of the measure endpoints. */
public final class MeasureDtos {

    private MeasureDtos() {
    }

    @Schema(name = "NewMeasure", description = "A measure decided by the Secretary General")
    public record NewMeasure(
            @NotNull MeasureKind kind,
            @NotBlank @Size(max = 4000) @Schema(examples = "Risk of misuse of the Organization's channels after the invasion of Ukraine") String reason,
            @NotBlank @Size(max = 500) @Schema(examples = "Rules on the Processing of Data, art. 131") String legalBasis,
            @NotBlank @Size(max = 200) @Schema(description = "Who decided", examples = "Secretary General") String decidedBy,
            @NotNull @Schema(examples = "2022-03-10") LocalDate decidedOn,
            @Schema(description = "Default: the decision day") LocalDate effectiveFrom,
            @Schema(description = "Day the Executive Committee endorsed it, if already endorsed; not before the decision, not in the future") LocalDate endorsedOn,
            @Size(min = 1, max = 3) @Schema(description = "Only for ACCESS_SUSPENSION: the rights withdrawn; default all three") Set<@NotNull AccessRight> suspendedRights) {
    }

    @Schema(name = "MeasureEndorsement")
    public record Endorsement(@NotNull @Schema(description = "Day the Executive Committee endorsed the measure; not before the decision, not in the future") LocalDate endorsedOn) {
    }

    @Schema(name = "LiftMeasure")
    public record Lift(
            @NotBlank @Size(max = 4000) String reason,
            @NotBlank @Size(max = 200) @Schema(examples = "Secretary General") String decidedBy,
            @Schema(description = "Default today; not in the future, not before the measure took effect. The measure is no longer in force from this day") LocalDate liftedOn) {
    }

    @Schema(name = "Measure")
    public record MeasureView(UUID id, @Schema(description = "The member's ISO code", examples = "RU") String country,
                              @Schema(deprecated = true, description = "Former name of country, the same code; to be removed") String member,
                              MeasureKind kind, String reason, String legalBasis, String decidedBy,
                              LocalDate decidedOn, LocalDate effectiveFrom, LocalDate endorsedOn, Set<AccessRight> suspendedRights,
                              @Schema(description = "In force today") boolean active,
                              LocalDate liftedOn, String liftReason, String liftDecidedBy,
                              @Schema(description = "Token subject of who recorded it") String recordedBy, long version) {
        static MeasureView of(Measure m, LocalDate today) {
            boolean active = !m.effectiveFrom.isAfter(today) && (m.liftedOn == null || m.liftedOn.isAfter(today));
            return new MeasureView(m.id, m.memberCode, m.memberCode, m.kind, m.reason, m.legalBasis, m.decidedBy, m.decidedOn, m.effectiveFrom,
                    m.endorsedOn, m.suspendedRightsSet(), active, m.liftedOn, m.liftReason, m.liftDecidedBy, m.imposedBy, m.version);
        }
    }
}
