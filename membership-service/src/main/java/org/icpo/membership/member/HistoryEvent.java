package org.icpo.membership.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MemberHistoryEvent", description = "One dated event in the history of a member")
public record HistoryEvent(
        LocalDate date,
        @Schema(examples = "MEASURE_IMPOSED") Type type,
        @Schema(description = "Human summary") String summary,
        @Schema(description = "Id of the application, measure, contribution or appeal concerned") String reference) {

    public enum Type {
        APPLICATION_SUBMITTED, APPLICATION_RESCHEDULED, APPLICATION_WITHDRAWN, ADMITTED, ADMISSION_REJECTED,
        MEASURE_IMPOSED, MEASURE_ENDORSED, MEASURE_LIFTED,
        CONTRIBUTION_ASSESSED, CONTRIBUTION_PAYMENT,
        ARREARS_APPEAL_LODGED, ARREARS_APPEAL_DECIDED
    }
}
