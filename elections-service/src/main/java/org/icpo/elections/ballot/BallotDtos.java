package org.icpo.elections.ballot;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.elections.committee.Office;
import org.icpo.elections.committee.Region;
import org.icpo.elections.outbox.OutboxMessage;
import org.icpo.kit.web.CountryCodes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the ballot, round and vote endpoints. */
public final class BallotDtos {

    private BallotDtos() {
    }

    @Schema(name = "NewBallot", description = "A ballot to put to the Assembly. Fields depend on the kind: ADMISSION needs applicationId; "
            + "OFFICE needs office (and region for a Vice-President or Delegate), optional termStart and termEnd: a regular election "
            + "is for a full term (President 4 years, others 3), so termEnd, when given, falls in the year a full term ends; a "
            + "by-election (byElection=true) fills the rest of a vacated term: its termEnd is the end of the term left vacant "
            + "(default, and required to be equal, when that term is recorded; required otherwise) and never later than a full term "
            + "from its start; while a President's term left early would still run, a President is elected only in a by-election. "
            + "At most 3 Vice-Presidents: sitting ones and undecided Vice-President elections (of a session not closed, for an "
            + "overlapping term) leave room for the new one; a Vice-President's region has neither the President nor another "
            + "Vice-President during the term. RESOLUTION needs title; CONSTITUTIONAL_AMENDMENT needs title and circulatedOn. ADMISSION: the application "
            + "must be scheduled for the session, and the session's year must not be before the application's Assembly year "
            + "(received after 31 January: the next year's Assembly).")
    public record NewBallot(
            @NotNull @Min(1) @Max(999) @Schema(description = "Number of the session voting", examples = "87") Integer session,
            @NotNull BallotKind kind,
            @Size(min = 1, max = 300) @Schema(description = "Default for ADMISSION and OFFICE: generated", examples = "Admission of Kosovo") String title,
            @Size(max = 8000) @Schema(description = "Text of a resolution or amendment") String text,
            @Schema(description = "ADMISSION: the application in membership-service") UUID applicationId,
            @Schema(description = "OFFICE: the post") Office office,
            @Schema(description = "OFFICE: the seat's region, for a Vice-President or a Delegate") Region region,
            @Schema(description = "OFFICE: fills a vacancy for the remainder of a term") Boolean byElection,
            @Schema(description = "OFFICE: first day of the term; default the last day of the session. A by-election's term starts on the day it is decided") LocalDate termStart,
            @Schema(description = "OFFICE: last day of the term. Regular election: default a full term from termStart (President 4 years, "
                    + "others 3); when given, in the year a full term ends (terms run from Assembly to Assembly, only the day may differ). "
                    + "By-election: the end of the vacated term; default (and required to be equal) when the term left vacant is recorded, "
                    + "required otherwise; never later than a full term from the start") LocalDate termEnd,
            @Schema(description = "CONSTITUTIONAL_AMENDMENT: day the proposal was circulated to members") LocalDate circulatedOn) {
    }

    @Schema(name = "Nomination", description = "A candidate nominated by a member government")
    public record Nomination(
            @NotNull @Pattern(regexp = CountryCodes.CODE, message = CountryCodes.CODE_MESSAGE) @Schema(examples = "KR") String country,
            @NotBlank @Size(max = 200) @Schema(examples = "Kim Jong-yang") String personName) {
    }

    @Schema(name = "Vote", description = "A secret vote: YES, NO or ABSTAIN on a question; a candidate's country code or ABSTAIN in an office election")
    public record VoteRequest(
            @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Za-z_]{2,10}", message = "must be YES, NO, ABSTAIN or a candidate's country code")
            @Schema(examples = "YES") String choice) {
    }

    @Schema(name = "VoteReceipt", description = "Proof that a vote was accepted: find the receipt on the public board when the round closes")
    public record VoteReceipt(UUID ballotId, int round,
                              @Schema(description = "Random; shown with the choice on the board", examples = "3f0c9a7d2b1e4c58a6d9e0f1b2c3d4e5") String receipt,
                              @Schema(examples = "YES") String choice) {
    }

    @Schema(name = "Candidate")
    public record CandidateView(UUID id, @Schema(examples = "KR") String country, String personName, Region region, CandidateStatus status,
                                Integer eliminatedAfterRound) {
        public static CandidateView of(Candidate c) {
            return new CandidateView(c.id, c.country, c.personName, c.region, c.status, c.eliminatedAfterRound);
        }
    }

    @Schema(name = "Round", description = "A round: its roll, and once closed its counts, threshold and outcome")
    public record RoundView(
            int number, BallotRound.Status status, MajorityRules.Rule majorityRule, List<String> choices,
            @Schema(description = "Members of the Organization when the round opened") int membersTotal,
            @Schema(description = "Members registered as present when the round opened") int presentCount,
            @Schema(description = "Members on the frozen roll with the right to vote") int rollSize,
            @Schema(description = "While open: how many have voted") Integer votesSoFar,
            Instant openedAt, Instant closedAt,
            @Schema(description = "Votes per choice") Map<String, Integer> counts,
            @Schema(description = "Votes cast (abstentions excluded)") Integer votesCast,
            Integer abstentions, @Schema(description = "Members who voted") Integer voters,
            @Schema(description = "Least number of votes that wins") Integer threshold,
            MajorityRules.RoundOutcome outcome, @Schema(description = "Country of the candidate elected in this round") String elected,
            @Schema(description = "Head of the board's hash chain") String headHash,
            @Schema(description = "Public board of the closed round") String board) {
    }

    @Schema(name = "OutcomeDelivery", description = "Delivery of an admission outcome to membership-service")
    public record DeliveryView(OutboxMessage.Status status, int attempts, Instant nextAttemptAt, String lastError, Instant deliveredAt) {
        public static DeliveryView of(OutboxMessage m) {
            return new DeliveryView(m.status, m.attempts, m.status == OutboxMessage.Status.PENDING ? m.nextAttemptAt : null, m.lastError, m.deliveredAt);
        }
    }

    @Schema(name = "Ballot")
    public record BallotView(
            UUID id, int session, BallotKind kind, String title, String text,
            UUID applicationId, String applicantCountry, String applicantName,
            Office office, Region region, @Schema(examples = "Vice-President for Europe") String seat, boolean byElection,
            LocalDate termStart, LocalDate termEnd, LocalDate circulatedOn,
            BallotStatus status, int currentRound, MajorityRules.BallotOutcome outcome, CandidateView elected, LocalDate decidedOn,
            List<CandidateView> candidates, List<RoundView> rounds, DeliveryView outcomeDelivery, long version) {
    }
}
