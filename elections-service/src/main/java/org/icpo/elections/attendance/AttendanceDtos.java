package org.icpo.elections.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.kit.web.CountryCodes;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the attendance endpoints. */
public final class AttendanceDtos {

    private AttendanceDtos() {
    }

    @Schema(name = "AttendanceRegistration", description = "A delegation registering as present")
    public record Registration(
            @NotNull @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE)
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
