package org.icpo.membership.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.membership.measure.MeasureKind;

import java.util.List;

@Schema(name = "Member", description = "A member country of the Organization")
public record MemberView(
        @Schema(description = "ISO 3166-1 alpha-2 code", examples = "FR") String code,
        @Schema(examples = "France") String name,
        Region region,
        @Schema(description = "Year of admission, where known", examples = "2017") Integer admissionYear,
        @Schema(description = "Day of admission, where known (recorded from the outcome of the admission ballot): the member has a "
                + "standing from that day; when only admissionYear is known, from 1 January of that year", examples = "2018-11-21")
        java.time.LocalDate admittedOn,
        @Schema(description = "The police body that represents the member") String policeBody,
        @Schema(description = "ACTIVE, or UNDER_MEASURES when a measure is in force") MemberStatus status,
        @Schema(description = "GOOD_STANDING, or IN_ARREARS when the member has lost its vote for arrears") StandingLevel standing,
        @Schema(description = "Kinds of the measures in force") List<MeasureKind> activeMeasures) {

    /** Whether a member is under a measure today. */
    public enum MemberStatus { ACTIVE, UNDER_MEASURES }

    /** Whether a member has its voting rights today. */
    public enum StandingLevel { GOOD_STANDING, IN_ARREARS }
}
