package org.icpo.elections.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.kit.web.CountryCodes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the Executive Committee endpoints. */
public final class CommitteeDtos {

    private CommitteeDtos() {
    }

    @Schema(name = "CommitteeTermRecord", description = "A term elected before this service kept the record (to seed the current composition). "
            + "Checked: the seat is vacant on termStart; the country is a member (membership-service) of the seat's region (for the "
            + "President: the region given is his country's); no other member from the country during the term; the President and "
            + "the Vice-Presidents from four different regions")
    public record NewTerm(
            @NotNull Office office,
            @NotNull @Schema(description = "Seat region, the country's region; for the President, the region of his country") Region region,
            @NotNull @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) @Schema(examples = "CN") String country,
            @NotBlank @Size(max = 200) @Schema(examples = "Meng Hongwei") String personName,
            @NotNull @Schema(examples = "2016-11-10") LocalDate termStart,
            @Schema(description = "Default: a full term (4 years for the President, 3 for the others); when given, at the latest in the "
                    + "year a full term ends (a shorter term is fine: a by-election, a holder who left)") LocalDate termEnd) {
    }

    @Schema(name = "CommitteeTermEnd", description = "A holder leaving office before the end of the term (e.g. resignation)")
    public record EndTerm(
            @NotNull @Schema(examples = "2018-10-07") LocalDate endedOn,
            @NotBlank @Size(max = 1000) @Schema(examples = "Resigned") String reason) {
    }

    @Schema(name = "CommitteeTerm")
    public record TermView(UUID id, @Schema(examples = "Vice-President for Europe") String seat, Office office, Region region,
                           @Schema(examples = "RU") String country, String personName, LocalDate termStart, LocalDate termEnd,
                           LocalDate endedOn, String endReason, boolean byElection,
                           @Schema(description = "The ballot that elected the holder, when elected here") UUID ballotId, long version) {
        public static TermView of(CommitteeTerm t) {
            return new TermView(t.id, t.seatLabel(), t.office, t.region, t.country, t.personName, t.termStart, t.termEnd,
                    t.endedOn, t.endReason, t.byElection, t.ballotId, t.version);
        }
    }

    @Schema(name = "CommitteeComposition", description = "The Executive Committee on a day: 13 seats, held or vacant")
    public record Composition(LocalDate asOf, List<TermView> members,
                              @Schema(description = "Seats without a holder on that day", examples = "[\"Delegate for Europe\"]") List<String> vacancies) {
    }
}
