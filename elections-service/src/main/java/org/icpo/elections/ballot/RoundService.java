package org.icpo.elections.ballot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.icpo.elections.attendance.AttendanceService;
import org.icpo.elections.attendance.QuorumRules;
import org.icpo.elections.board.BoardChain;
import org.icpo.elections.committee.CommitteeService;
import org.icpo.elections.committee.EligibilityRules;
import org.icpo.elections.config.ElectionPolicies;
import org.icpo.elections.session.AssemblySession;
import org.icpo.elections.session.SessionService;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.problem.ApiException;
import org.icpo.membership.client.MembershipDirectory;
import org.icpo.membership.client.MembershipDtos;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opening and closing rounds. Opening freezes the voter roll from membership-service (present members
 * and whether each has its vote) after checking the quorum and, for an office, every candidate's
 * eligibility again. Closing opens the sealed ballots ({@link BallotBox}), tallies them, seals the public board with its hash chain,
 * applies the majority rule and, when the ballot is decided, its effects, all in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RoundService {

    private static final Logger LOG = Logger.getLogger(RoundService.class);

    private final QuorumRules quorum;

    @Inject
    EntityManager em;

    @Inject
    BallotService ballots;

    @Inject
    SessionService sessions;

    @Inject
    AttendanceService attendance;

    @Inject
    CommitteeService committee;

    @Inject
    MembershipDirectory membership;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    BallotBox ballotBox;

    @Inject
    public RoundService(ElectionPolicies policies) {
        this.quorum = new QuorumRules(new QuorumRules.Policy(policies.quorum().required(), policies.quorum().numerator(),
                policies.quorum().denominator(), policies.quorum().strictlyMore()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotRound require(UUID ballotId, int number) {
        ballots.require(ballotId);
        return BallotRound.of(ballotId, number).orElseThrow(() -> ApiException.notFound("Ballot " + ballotId + " has no round " + number));
    }

    /**
     * An admission is put to the vote only while membership-service still has its application scheduled for the
     * ballot's session: withdrawn (or rescheduled) since the ballot was created, a vote could decide nothing, and its
     * outcome would be refused there while the ballot here read ADMITTED. Read now, not from a cache; a 503 when
     * membership-service is unreachable, as for the roll.
     */
    private void stillScheduled(Ballot b, int next) {
        MembershipDtos.Application app = membership.application(b.applicationId);
        if (!"SCHEDULED".equals(app.status()) || app.scheduledSession() == null || app.scheduledSession() != b.sessionNumber) {
            throw ApiException.ruleViolation("Round " + next + " cannot open: the application of " + app.stateName() + " is "
                    + ("SCHEDULED".equals(app.status()) ? "scheduled for session " + app.scheduledSession() + ", not session " + b.sessionNumber
                    : app.status() + " in membership-service") + "; only an application scheduled for this session can be put to the vote")
                    .with("applicationStatus", app.status());
        }
    }

    public BallotRound open(UUID ballotId) {
        Ballot b = ballots.require(ballotId);
        AssemblySession session = sessions.requireOpen(b.sessionNumber);
        if (b.status == BallotStatus.DECIDED) {
            throw ApiException.conflict("The ballot is decided (" + b.outcome + "); no further round");
        }
        if (b.status == BallotStatus.ROUND_OPEN) {
            throw ApiException.conflict("Round " + b.currentRound + " is still open; close it first");
        }
        int next = b.currentRound + 1;
        int max = ballots.ballotRules().maxRounds(b.kind);
        if (max > 0 && next > max) {
            throw ApiException.conflict("A " + b.kind + " ballot has at most " + max + " round" + (max == 1 ? "" : "s"));
        }
        if (b.kind == BallotKind.ADMISSION) {
            stillScheduled(b, next);
        }
        List<Candidate> standing = List.of();
        if (b.kind == BallotKind.OFFICE) {
            Ballot running = Ballot.<Ballot>find("kind = ?1 and status = ?2 and id <> ?3", BallotKind.OFFICE, BallotStatus.ROUND_OPEN, b.id)
                    .firstResult();
            if (running != null) {
                throw ApiException.conflict("One election at a time: round " + running.currentRound + " of the election of the "
                        + running.seatLabel() + " (" + running.id + ") is open; close it first");
            }
            standing = Candidate.ofBallot(b.id).stream().filter(c -> c.status == CandidateStatus.STANDING).toList();
            if (standing.isEmpty()) {
                throw ApiException.ruleViolation("Nobody stands for " + b.seatLabel() + "; nominate candidates first");
            }
        }
        // the roll is frozen from standings read now, not from the cache; fails with a 503 when membership is unreachable
        Map<String, MembershipDtos.Standing> byCode = membership.currentStandings(List.of()).stream()
                .collect(Collectors.toMap(MembershipDtos.Standing::country, Function.identity(), (a, c) -> a, LinkedHashMap::new));
        List<String> present = attendance.present(b.sessionNumber).stream().filter(byCode::containsKey).toList();
        QuorumRules.Verdict q = quorum.check(present.size(), byCode.size());
        if (!q.reached()) {
            throw ApiException.ruleViolation(q.message()).with("present", q.present()).with("members", q.members()).with("required", q.required());
        }
        List<String> choices = new ArrayList<>();
        if (b.kind == BallotKind.OFFICE) {
            List<EligibilityRules.Holder> holders = committee.holdersForDecision();
            // the seat was vacant when the election was put to the vote; a term recorded or another election since may have filled it
            LocalDate termStart = b.byElection ? BallotRules.decisionDay(LocalDate.now(clock), session.startsOn, session.endsOn) : b.termStart;
            String unavailable = committee.rules().seatUnavailable(b.office, b.seatRegion, termStart, holders);
            if (unavailable != null) {
                throw ApiException.conflict("Round " + next + " cannot open: " + unavailable + "; the seat is no longer vacant for a term"
                        + " starting " + termStart + ", so there is nothing left to elect in this ballot");
            }
            List<String> problems = new ArrayList<>();
            List<Map<String, Object>> refusals = new ArrayList<>();
            for (Candidate c : standing) {
                List<EligibilityRules.Refusal> r = committee.eligibility().check(BallotService.seat(b),
                        BallotService.nominee(c.country, c.personName, byCode.get(c.country)), holders);
                if (!r.isEmpty()) {
                    problems.add(c.personName + " (" + c.country + "): " + r.stream().map(EligibilityRules.Refusal::message).collect(Collectors.joining("; ")));
                    refusals.add(Map.of("candidateId", c.id, "country", c.country, "refusals", r));
                }
                choices.add(c.country);
            }
            if (!problems.isEmpty()) {
                throw ApiException.ruleViolation("Round " + next + " cannot open: candidates no longer eligible for " + b.seatLabel() + ": "
                        + String.join(" | ", problems) + ". Withdraw their candidacies to proceed").with("candidates", refusals);
            }
        }
        choices.addAll(b.kind == BallotKind.OFFICE ? List.of(MajorityRules.ABSTAIN) : MajorityRules.QUESTION_CHOICES);

        BallotRound r = new BallotRound();
        r.id = UUID.randomUUID();
        r.ballotId = b.id;
        r.number = next;
        r.status = BallotRound.Status.OPEN;
        r.choices = String.join(",", choices);
        r.majorityRule = ballots.majorities().rule(b.kind, b.office, next);
        r.membersTotal = byCode.size();
        r.presentCount = present.size();
        r.openedAt = Instant.now(clock);
        List<Object[]> roll = new ArrayList<>(present.size());
        int mayVote = 0;
        for (String country : present) {
            MembershipDtos.Verdict rights = byCode.get(country).votingRights();
            boolean may = rights != null && rights.granted();
            if (may) {
                mayVote++;
            }
            String reason = may ? null : String.join("; ", BallotService.reasons(rights));
            roll.add(new Object[]{country, may, reason == null || reason.isEmpty() ? (may ? null : "no voting rights") : reason});
        }
        r.rollSize = mayVote;
        r.persist();
        em.flush();
        String[] countries = roll.stream().map(row -> (String) row[0]).toArray(String[]::new);
        Boolean[] may = roll.stream().map(row -> (Boolean) row[1]).toArray(Boolean[]::new);
        String[] reasons = roll.stream().map(row -> (String) row[2]).toArray(String[]::new);
        em.unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("insert into round_roll (round_id, country, may_vote, reason) "
                    + "select ?, e.country, e.may_vote, e.reason from unnest(?::varchar[], ?::boolean[], ?::varchar[]) as e(country, may_vote, reason)")) {
                ps.setObject(1, r.id);
                ps.setArray(2, conn.createArrayOf("varchar", countries));
                ps.setArray(3, conn.createArrayOf("boolean", may));
                ps.setArray(4, conn.createArrayOf("varchar", reasons));
                ps.executeUpdate();
            }
        });
        b.currentRound = next;
        b.status = BallotStatus.ROUND_OPEN;
        audit.record("round.opened", BallotService.TARGET, b.id.toString(), Map.of("round", next, "membersTotal", r.membersTotal,
                "present", r.presentCount, "mayVote", r.rollSize, "choices", r.choices, "rule", r.majorityRule.name()));
        return r;
    }

    public BallotRound close(UUID ballotId, int number) {
        long started = System.nanoTime();
        Ballot b = ballots.require(ballotId);
        if (b.kind == BallotKind.OFFICE) {
            // an election may change the Executive Committee: its lock comes first, as for every decision on it
            committee.lock();
        }
        @SuppressWarnings("unchecked")
        List<UUID> locked = em.createNativeQuery("select id from ballot_round where ballot_id = ?1 and number = ?2 for update", UUID.class)
                .setParameter(1, ballotId).setParameter(2, number).getResultList();
        if (locked.isEmpty()) {
            throw ApiException.notFound("Ballot " + ballotId + " has no round " + number);
        }
        // every vote in flight has committed or waits for this transaction now: the box is final
        BallotRound r = em.find(BallotRound.class, locked.get(0));
        em.refresh(r);
        if (r.status != BallotRound.Status.OPEN) {
            throw ApiException.conflict("Round " + number + " is already closed");
        }
        // the sealed ballots, and any a round opened before V1.4 holds in clear in ballot_box
        List<BallotBox.Ballot> box = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> clear = em.createNativeQuery("select receipt, choice from ballot_box where round_id = ?1")
                .setParameter(1, r.id).getResultList();
        clear.forEach(row -> box.add(new BallotBox.Ballot((String) row[0], (String) row[1])));
        @SuppressWarnings("unchecked")
        List<byte[]> sealedBallots = em.createNativeQuery("select sealed from sealed_ballot where round_id = ?1")
                .setParameter(1, r.id).getResultList();
        sealedBallots.forEach(sealed -> box.add(ballotBox.open(r.id, sealed)));
        @SuppressWarnings("unchecked")
        List<String> voters = em.createNativeQuery("select country from round_participation where round_id = ?1 order by country")
                .setParameter(1, r.id).getResultList();
        if (box.size() != voters.size()) {
            throw new IllegalStateException("ballot box of round " + r.id + " holds " + box.size() + " ballots for " + voters.size() + " voters");
        }
        List<BoardChain.Entry> entries = box.stream().map(ballot -> new BoardChain.Entry(ballot.receipt(), ballot.choice()))
                .sorted(Comparator.comparing(BoardChain.Entry::receipt)).toList();
        MajorityRules rules = ballots.majorities();
        MajorityRules.Tally tally = MajorityRules.tally(r.choiceList(), entries.stream().map(BoardChain.Entry::choice).toList());
        MajorityRules.RoundResult result = b.kind == BallotKind.OFFICE
                ? rules.decideOffice(b.office, number, tally)
                : rules.decideQuestion(b.kind, number, tally, r.membersTotal);
        BoardChain.Sealed sealed = BoardChain.seal(b.id.toString(), number, voters, entries, tally.counts(), tally.votesCast(),
                result.threshold(), result.outcome().name());
        // the whole board in one statement, then the box emptied: two round trips whatever the number of votes
        String[] receipts = new String[entries.size()];
        String[] chosen = new String[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            receipts[i] = entries.get(i).receipt();
            chosen[i] = entries.get(i).choice();
        }
        String[] hashes = sealed.entryHashes().toArray(String[]::new);
        em.unwrap(Session.class).doWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("insert into board_entry (round_id, position, receipt, choice, hash) "
                    + "select ?, e.position, e.receipt, e.choice, e.hash from unnest(?::varchar[], ?::varchar[], ?::varchar[]) "
                    + "with ordinality as e(receipt, choice, hash, position)")) {
                ps.setObject(1, r.id);
                ps.setArray(2, conn.createArrayOf("varchar", receipts));
                ps.setArray(3, conn.createArrayOf("varchar", chosen));
                ps.setArray(4, conn.createArrayOf("varchar", hashes));
                ps.executeUpdate();
            }
            for (String table : new String[]{"sealed_ballot", "ballot_box"}) {
                try (PreparedStatement ps = conn.prepareStatement("delete from " + table + " where round_id = ?")) {
                    ps.setObject(1, r.id);
                    ps.executeUpdate();
                }
            }
        });
        r.status = BallotRound.Status.CLOSED;
        r.closedAt = Instant.now(clock);
        r.counts = new LinkedHashMap<>(tally.counts());
        r.votesCast = tally.votesCast();
        r.abstentions = tally.abstentions();
        r.voters = tally.voters();
        r.threshold = result.threshold();
        r.outcome = result.outcome();
        r.electedCountry = result.elected();
        r.headHash = sealed.head();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", number);
        details.put("counts", r.counts);
        details.put("votesCast", r.votesCast);
        details.put("threshold", r.threshold);
        details.put("outcome", r.outcome.name());
        details.put("headHash", r.headHash);
        audit.record("round.closed", BallotService.TARGET, b.id.toString(), details);

        MajorityRules.Progress progress = rules.afterRound(b.kind, number, result);
        if (progress.decided()) {
            em.flush();
            ballots.decide(b, progress.outcome(), result.elected());
        } else {
            b.status = BallotStatus.BETWEEN_ROUNDS;
            if (!progress.eliminated().isEmpty()) {
                for (Candidate c : Candidate.ofBallot(b.id)) {
                    if (c.status == CandidateStatus.STANDING && progress.eliminated().contains(c.country)) {
                        c.status = CandidateStatus.ELIMINATED;
                        c.eliminatedAfterRound = number;
                    }
                }
                audit.record("candidates.eliminated", BallotService.TARGET, b.id.toString(), Map.of("round", number,
                        "eliminated", List.copyOf(progress.eliminated())));
            }
        }
        em.flush();
        LOG.infof("Round %d of ballot %s closed: %d votes tallied and sealed in %d ms (before commit)", number, b.id, entries.size(),
                (System.nanoTime() - started) / 1_000_000);
        return r;
    }
}
