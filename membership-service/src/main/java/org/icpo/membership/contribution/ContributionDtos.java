package org.icpo.membership.contribution;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the contribution and arrears-appeal endpoints. */
public final class ContributionDtos {

    private ContributionDtos() {
    }

    @Schema(name = "NewContribution", description = "The statutory contribution assessed for a member for one financial year")
    public record NewContribution(
            @NotNull @Min(1914) @Max(2999) @Schema(description = "Not before the member's year of admission, nor after next year"
                    + " (icpo.membership.arrears.assessment-years-ahead)", examples = "2026") Integer financialYear,
            @NotNull @DecimalMin("0.00") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) @Schema(examples = "125000.00") BigDecimal amountDue,
            @Schema(description = "Default today") LocalDate assessedOn) {
    }

    @Schema(name = "NewPayment")
    public record NewPayment(
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) @Schema(examples = "125000.00") BigDecimal amount,
            @Schema(description = "Default today") LocalDate paidOn,
            @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Schema(description = "Bank or treasury reference") String reference) {
    }

    @Schema(name = "Payment")
    public record PaymentView(UUID id, BigDecimal amount, LocalDate paidOn, String reference) {
    }

    @Schema(name = "Contribution")
    public record ContributionView(UUID id, @Schema(description = "The member's ISO code", examples = "FR") String country,
                                   @Schema(deprecated = true, description = "Former name of country, the same code; to be removed") String member,
                                   int financialYear, BigDecimal amountDue, String currency,
                                   LocalDate assessedOn,
                                   @Schema(description = "Paid so far") BigDecimal amountPaid,
                                   BigDecimal outstanding, boolean paid, List<PaymentView> payments, long version) {
    }

    @Schema(name = "NewArrearsAppeal", description = "A member's appeal against the loss of its rights for arrears")
    public record NewAppeal(
            @Min(1914) @Max(2999) @Schema(description = "Financial year the appeal is for; default the year it is lodged. A year assessed"
                    + " by the day it is lodged, not after that day's year."
                    + " If granted, it restores rights in that year only, from the day it is decided") Integer financialYear,
            @Schema(description = "Default today") LocalDate lodgedOn,
            @NotBlank @Size(max = 4000) String grounds) {
    }

    @Schema(name = "ArrearsAppealDecision")
    public record Decision(
            @NotNull @Schema(description = "GRANTED or DISMISSED") AppealOutcome outcome,
            @Schema(description = "Default today") LocalDate decidedOn,
            @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "ArrearsAppeal")
    public record AppealView(UUID id, @Schema(description = "The member's ISO code", examples = "FR") String country,
                             @Schema(deprecated = true, description = "Former name of country, the same code; to be removed") String member,
                             int financialYear, LocalDate lodgedOn, String grounds,
                             AppealOutcome outcome, LocalDate decidedOn, String decisionReason, long version) {
        static AppealView of(ArrearsAppeal a) {
            return new AppealView(a.id, a.memberCode, a.memberCode, a.financialYear, a.lodgedOn, a.grounds, a.outcome, a.decidedOn,
                    a.decisionReason, a.version);
        }
    }
}
