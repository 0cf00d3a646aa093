package org.icpo.notices.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public final class IndicatorDtos {

    private IndicatorDtos() {
    }

    @Schema(name = "NewScreeningIndicator")
    public record NewIndicator(@NotBlank @Size(max = 200) @Schema(examples = "insulting the authorities") String term,
                               @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code in lower case")
                               @Schema(examples = "en") String language,
                               @NotNull Article3Category category,
                               @Size(max = 1000) String note) {
    }

    @Schema(name = "ScreeningIndicatorUpdate", description = "Replaces an indicator; version must be the one read (optimistic locking)")
    public record IndicatorUpdate(@NotBlank @Size(max = 200) String term,
                                  @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code in lower case") String language,
                                  @NotNull Article3Category category,
                                  @NotNull Boolean active,
                                  @Size(max = 1000) String note,
                                  @NotNull Long version) {
    }

    @Schema(name = "ScreeningIndicator")
    public record IndicatorView(Long id, String term, String language, Article3Category category, boolean active, String note,
                                String updatedBy, Instant updatedAt, long version) {
        public static IndicatorView of(ScreeningIndicator i) {
            return new IndicatorView(i.id, i.term, i.language, i.category, i.active, i.note, i.updatedBy, i.updatedAt, i.version);
        }
    }
}
