package org.icpo.membership.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.web.CountryCodes;
import org.icpo.membership.member.Region;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the admission application endpoints. */
public final class ApplicationDtos {

    private ApplicationDtos() {
    }

    @Schema(name = "NewApplication", description = "A state's application for membership, as received by the Secretary General")
    public record NewApplication(
            @NotBlank @Size(max = 200) @Schema(examples = "Republic of Palau") String stateName,
            @NotNull @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) @Schema(examples = "PW") String isoCode,
            @NotNull Region region,
            @NotBlank @Size(max = 300) @Schema(description = "The official police body that will represent the state", examples = "Palau Bureau of Public Safety") String policeBody,
            @NotBlank @Size(max = 8000) @Schema(description = "Statement showing statehood") String statehoodStatement,
            @NotNull @AssertTrue(message = "the state must accept the Constitution and the rules of the Organization") Boolean acceptsConstitution,
            @Schema(description = "Day the application arrived; default today. Decides the Assembly year (deadline 31 January)", examples = "2023-01-20") LocalDate submittedOn) {
    }

    @Schema(name = "ScheduleApplication", description = "The session that will vote: session (or its former name, assemblySession). "
            + "An application already scheduled, without an outcome, is moved to the session given, with a reason")
    public record Schedule(
            @Min(1) @Max(999) @Schema(description = "Number of the General Assembly session that will vote; required", examples = "91") Integer session,
            @Min(1) @Max(999) @Schema(deprecated = true, description = "Former name of session, still taken; if both are given they must "
                    + "be the same number") Integer assemblySession,
            @Size(max = 4000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            @Schema(description = "Why a scheduled application moves to another session: required to move it, kept in its history",
                    examples = "Scheduled for session 87 by mistake: the application is for the Assembly of 2019") String reason) {

        /**
         * The session number given, under either name; a 400 naming {@code session} when neither is given,
         * {@code assemblySession} when they differ.
         */
        public int number() {
            if (session == null && assemblySession == null) {
                throw ApiException.invalid("session", "must not be null");
            }
            if (session != null && assemblySession != null && !session.equals(assemblySession)) {
                throw ApiException.invalid("assemblySession", "must be the same as session (its former name), or left out");
            }
            return session != null ? session : assemblySession;
        }
    }

    @Schema(name = "WithdrawApplication")
    public record Withdraw(
            @NotBlank @Size(max = 4000) String reason,
            @Schema(description = "Default today; not in the future") LocalDate withdrawnOn) {
    }

    @Schema(name = "RoundFigures", description = "Votes of one round of an admission ballot")
    public record RoundFigures(
            @NotNull @Min(1) @Max(2) Integer number,
            @NotNull @Min(0) @Max(100_000) Integer yes,
            @NotNull @Min(0) @Max(100_000) Integer no,
            @NotNull @Min(0) @Max(100_000) Integer abstain) {
    }

    @Schema(name = "AdmissionOutcome", description = "The outcome of an admission ballot, reported by the elections-service")
    public record OutcomeReport(
            @NotNull AdmissionRules.Decision decision,
            @NotBlank @Size(max = 100) @Schema(description = "Id of the ballot in elections-service") String ballotId,
            @NotNull @Min(1) @Max(999) @Schema(examples = "87") Integer session,
            @NotNull @Schema(examples = "2018-11-20") LocalDate decidedOn,
            @NotEmpty @Size(max = 2, message = "an admission ballot has at most two rounds") List<@Valid @NotNull RoundFigures> rounds) {

        AdmissionRules.Outcome toOutcome() {
            return new AdmissionRules.Outcome(decision, ballotId, session, decidedOn,
                    rounds.stream().map(r -> new AdmissionRules.Round(r.number(), r.yes(), r.no(), r.abstain())).toList());
        }
    }

    @Schema(name = "Application")
    public record ApplicationView(
            UUID id, String isoCode, String stateName, Region region, String policeBody, String statehoodStatement,
            boolean acceptsConstitution, LocalDate submittedOn,
            @Schema(description = "Year of the General Assembly that votes on it") int assemblyYear,
            ApplicationStatus status, Integer scheduledSession, LocalDate withdrawnOn, String withdrawalReason,
            OutcomeView outcome, long version,
            @Schema(description = "Moves of a scheduled application to another session before its ballot, oldest first")
            List<SessionMoveView> sessionMoves) {

        static ApplicationView of(AdmissionApplication a) {
            AdmissionRules.Outcome o = a.outcome();
            return new ApplicationView(a.id, a.isoCode, a.stateName, a.region, a.policeBody, a.statehoodStatement,
                    a.acceptsConstitution, a.submittedOn, a.assemblyYear, a.status, a.scheduledSession, a.withdrawnOn,
                    a.withdrawalReason, o == null ? null : new OutcomeView(o.decision(), o.ballotId(), o.session(), o.decidedOn(),
                    o.rounds().stream().map(r -> new RoundFigures(r.number(), r.yes(), r.no(), r.abstain())).toList()),
                    a.version, a.sessionMoves == null ? List.of() : a.sessionMoves.stream()
                    .map(m -> new SessionMoveView(m.fromSession(), m.toSession(), m.movedOn(), m.reason(), m.movedBy())).toList());
        }
    }

    @Schema(name = "ApplicationSessionMove", description = "A scheduled application moved to another session before its ballot")
    public record SessionMoveView(int fromSession, int toSession, LocalDate movedOn, String reason,
                                  @Schema(description = "Token subject of who moved it") String movedBy) {
    }

    @Schema(name = "ApplicationOutcome")
    public record OutcomeView(AdmissionRules.Decision decision, String ballotId, int session, LocalDate decidedOn,
                              List<RoundFigures> rounds) {
    }
}
