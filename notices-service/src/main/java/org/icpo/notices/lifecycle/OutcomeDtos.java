package org.icpo.notices.lifecycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.kit.web.CountryCodes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public final class OutcomeDtos {

    private OutcomeDtos() {
    }

    @Schema(name = "NewOutcome", description = "EXTRADITED needs toCountry (the country the person was surrendered to)")
    public record NewOutcome(@NotNull OutcomeKind kind,
                             @NotNull @Schema(examples = "2025-06-30") LocalDate occurredOn,
                             @NotNull @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) @Schema(description = "Where it happened", examples = "ES") String country,
                             @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) String toCountry,
                             @Size(max = 4000) String details) {
    }

    @Schema(name = "Outcome")
    public record OutcomeView(UUID id, UUID recordId, OutcomeKind kind, LocalDate occurredOn, String country, String toCountry, String details,
                              String recordedBy, String recordedCountry, Instant recordedAt) {
        public static OutcomeView of(NoticeOutcome o) {
            return new OutcomeView(o.id, o.recordId, o.kind, o.occurredOn, o.country, o.toCountry, o.details, o.recordedBy, o.recordedCountry,
                    o.recordedAt);
        }
    }
}
