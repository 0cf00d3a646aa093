package org.icpo.elections.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the attendance endpoints. */
public final class AttendanceDtos {

    private AttendanceDtos() {
    }

    @Schema(name = "AttendanceRegistration", description = "A delegation registering as present")
    public record Registration(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
            @Schema(description = "The member whose delegation is present; an NCB registers its own country", examples = "FR") String country) {
    }

    @Schema(name = "Delegation")
    public record Delegation(@Schema(examples = "FR") String country, Instant registeredAt,
                             @Schema(description = "Token subject of who registered it") String registeredBy) {
    }

    @Schema(name = "Attendance")
    public record AttendanceView(@Schema(examples = "87") int session, @Schema(description = "Delegations present") int present,
                                 List<Delegation> delegations) {
    }
}
