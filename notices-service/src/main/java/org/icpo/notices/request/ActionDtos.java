package org.icpo.notices.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the requester's moves. */
public final class ActionDtos {

    private ActionDtos() {
    }

    @Schema(name = "InfoAnswer", description = "The requester's answer to the General Secretariat's questions; the request returns to the queue")
    public record Answer(@NotBlank @Size(max = 8000) String answer) {
    }

    @Schema(name = "Cancellation")
    public record Cancellation(@NotBlank @Size(max = 4000) @Schema(examples = "Person extradited on 2025-06-30") String reason) {
    }

    @Schema(name = "Renewal", description = "Why the notice is still needed; extends validity by the configured period (5 years)")
    public record Renewal(@NotBlank @Size(max = 4000) @Schema(examples = "Person still at large; warrant in force") String reasons) {
    }
}
