package org.icpo.elections.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.kit.web.CountryCodes;

import java.time.LocalDate;

/** Request and response bodies of the session endpoints. */
public final class SessionDtos {

    private SessionDtos() {
    }

    @Schema(name = "NewSession", description = "A session of the General Assembly: one a year, numbered in the order the sessions meet")
    public record NewSession(
            @NotNull @Min(1) @Max(999) @Schema(description = "Session number", examples = "87") Integer number,
            @NotNull @Min(1914) @Max(2999) @Schema(examples = "2018") Integer year,
            @NotBlank @Size(max = 100) @Schema(examples = "Dubai") String city,
            @NotNull @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) @Schema(description = "An assigned ISO 3166-1 alpha-2 code", examples = "AE") String hostCountry,
            @NotNull @Schema(examples = "2018-11-18") LocalDate startsOn,
            @NotNull @Schema(examples = "2018-11-21") LocalDate endsOn) {
    }

    @Schema(name = "Session")
    public record SessionView(
            @Schema(examples = "87") int number, @Schema(examples = "2018") int year, @Schema(examples = "Dubai") String city,
            @Schema(examples = "AE") String hostCountry, LocalDate startsOn, LocalDate endsOn,
            @Schema(description = "PLANNED, OPEN or CLOSED") SessionStatus status, long version) {

        public static SessionView of(AssemblySession s) {
            return new SessionView(s.number, s.year, s.city, s.hostCountry, s.startsOn, s.endsOn, s.status, s.version);
        }
    }
}
