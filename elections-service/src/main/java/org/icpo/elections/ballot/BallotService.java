package org.icpo.elections.ballot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.icpo.elections.committee.CommitteeRules;
import org.icpo.elections.committee.CommitteeService;
import org.icpo.elections.committee.EligibilityRules;
import org.icpo.elections.committee.Office;
import org.icpo.elections.committee.Region;
import org.icpo.elections.config.ElectionPolicies;
import org.icpo.elections.outbox.OutboxMessage;
import org.icpo.elections.outbox.OutboxRelay;
import org.icpo.elections.session.AssemblySession;
import org.icpo.elections.session.SessionService;
import org.icpo.elections.session.SessionStatus;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.persistence.Conditions;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.membership.client.MembershipDirectory;
import org.icpo.membership.client.MembershipDtos;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.icpo.kit.persistence.WriteVersions.flushed;

/** Ballots: what is put to the vote, candidates for office, and the decision of a ballot. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BallotService {

    static final String TARGET = "ballot";

    private final MajorityRules majorities;
    private final BallotRules ballotRules;

    @Inject
    EntityManager em;

    @Inject
    SessionService sessions;

    @Inject
    CommitteeService committee;

    @Inject
    MembershipDirectory membership;

    @Inject
    OutboxRelay outbox;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    public BallotService(ElectionPolicies policies) {
        this.majorities = majorityRules(policies);
        this.ballotRules = new BallotRules(policies.amendment().noticeMonths(), policies.admission().maxRounds());
    }

    static MajorityRules majorityRules(ElectionPolicies p) {
        return new MajorityRules(new MajorityRules.Policy(p.admission().maxRounds(), p.office().presidentTwoThirdsRounds(),
                p.office().vicePresidentMajority(), p.office().delegateMajority(), p.office().nextRound(), p.office().minCandidatesAfterDrop()));
    }

    public MajorityRules majorities() {
        return majorities;
    }

    public BallotRules ballotRules() {
        return ballotRules;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ballot require(UUID id) {
        Ballot b = Ballot.findById(id);
        if (b == null) {
            throw ApiException.notFound("No ballot with id " + id);
        }
        return b;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ballot> list(Integer session, BallotKind kind, BallotStatus status) {
        Conditions c = new Conditions()
                .equal("sessionNumber", "session", session)
                .equal("kind", "kind", kind)
                .equal("status", "status", status);
        return Ballot.list(c.where() + " order by createdAt, id", c.parameters());
    }

    public Ballot create(BallotDtos.NewBallot body) {
        // held in share mode: a closing of the session waits for this ballot and then concludes it or refuses to close
        AssemblySession s = sessions.requireShared(body.session());
        if (s.status == SessionStatus.CLOSED) {
            throw ApiException.conflict("Session " + s.number + " is CLOSED; nothing more can be put to its vote");
        }
        Ballot b = new Ballot();
        b.id = UUID.randomUUID();
        b.sessionNumber = s.number;
        b.kind = body.kind();
        b.text = body.text();
        b.status = BallotStatus.PENDING;
        b.createdAt = Instant.now(clock);
        switch (body.kind()) {
            case ADMISSION -> admission(b, s, body);
            case OFFICE -> office(b, s, body);
            case RESOLUTION -> {
                onlyFor(body, BallotKind.RESOLUTION);
                b.title = required("title", body.title());
            }
            case CONSTITUTIONAL_AMENDMENT -> {
                onlyFor(body, BallotKind.CONSTITUTIONAL_AMENDMENT);
                b.title = required("title", body.title());
                if (body.circulatedOn() == null) {
                    throw ApiException.invalid("circulatedOn", "is required for a constitutional amendment");
                }
                String late = ballotRules.amendmentNotice(body.circulatedOn(), s.startsOn);
                if (late != null) {
                    throw ApiException.ruleViolation(late);
                }
                b.circulatedOn = body.circulatedOn();
            }
        }
        b.persistAndFlush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("session", s.number);
        details.put("kind", b.kind.name());
        details.put("title", b.title);
        if (b.applicationId != null) {
            details.put("applicationId", b.applicationId.toString());
        }
        if (b.office != null) {
            details.put("seat", b.seatLabel());
            details.put("termStart", b.termStart.toString());
            details.put("termEnd", b.termEnd.toString());
            details.put("byElection", b.byElection);
        }
        audit.record("ballot.created", TARGET, b.id.toString(), details);
        return b;
    }

    private void admission(Ballot b, AssemblySession s, BallotDtos.NewBallot body) {
        onlyFor(body, BallotKind.ADMISSION);
        if (body.applicationId() == null) {
            throw ApiException.invalid("applicationId", "is required for an admission ballot");
        }
        if (Ballot.count("applicationId", body.applicationId()) > 0) {
            throw ApiException.conflict("Application " + body.applicationId() + " already has an admission ballot");
        }
        MembershipDtos.Application app;
        try {
            app = membership.application(body.applicationId());
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw ApiException.ruleViolation("membership-service has no admission application " + body.applicationId());
            }
            throw e;
        }
        if (!"SCHEDULED".equals(app.status())) {
            throw ApiException.ruleViolation("The application of " + app.stateName() + " is " + app.status()
                    + "; only an application scheduled for this session can be put to the vote");
        }
        if (app.scheduledSession() == null || app.scheduledSession() != s.number.intValue()) {
            throw ApiException.ruleViolation("The application of " + app.stateName() + " is scheduled for session "
                    + app.scheduledSession() + ", not session " + s.number);
        }
        String tooEarly = BallotRules.admissionTooEarly(app.stateName(), app.assemblyYear(), s.number, s.year);
        if (tooEarly != null) {
            throw ApiException.ruleViolation(tooEarly);
        }
        b.applicationId = app.id();
        b.applicantCountry = app.isoCode();
        b.applicantName = app.stateName();
        b.title = body.title() != null ? body.title() : "Admission of " + app.stateName();
    }

    private void office(Ballot b, AssemblySession s, BallotDtos.NewBallot body) {
        onlyFor(body, BallotKind.OFFICE);
        if (body.office() == null) {
            throw ApiException.invalid("office", "is required for an office election");
        }
        if (body.office() == Office.PRESIDENT && body.region() != null) {
            throw ApiException.invalid("region", "the President's seat has no region");
        }
        if (body.office() != Office.PRESIDENT && body.region() == null) {
            throw ApiException.invalid("region", "is required for a " + body.office().label() + " seat");
        }
        boolean byElection = Boolean.TRUE.equals(body.byElection());
        CommitteeRules rules = committee.rules();
        LocalDate start = body.termStart() != null ? body.termStart() : byElection ? s.startsOn : s.endsOn;
        if (body.termEnd() != null) {
            if (!body.termEnd().isAfter(start)) {
                throw ApiException.invalid("termEnd", "must be after the term starts (" + start + ")");
            }
            if (byElection && !body.termEnd().isAfter(s.endsOn)) {
                throw ApiException.invalid("termEnd", "must be after the session ends (" + s.endsOn + ")");
            }
            String notFull = byElection ? null : rules.regularTermEndProblem(body.office(), start, body.termEnd());
            if (notFull != null) {
                throw ApiException.invalid("termEnd", notFull);
            }
        }
        List<EligibilityRules.Holder> holders = committee.holdersForDecision();
        LocalDate end;
        if (byElection) {
            // the rest of the vacated term: its end when the term left vacant is recorded, else the end given
            CommitteeRules.ByElectionEnd byElectionEnd = rules.byElectionTermEnd(body.office(), body.region(), start, body.termEnd(), committee.terms());
            if (byElectionEnd.problem() != null) {
                throw ApiException.invalid("termEnd", byElectionEnd.problem());
            }
            end = byElectionEnd.termEnd();
            if (!end.isAfter(s.endsOn)) {
                throw ApiException.invalid("termEnd", "the vacated term ends on " + end + ", before the session ends (" + s.endsOn
                        + "): nothing is left of it to fill");
            }
        } else {
            end = body.termEnd() != null ? body.termEnd() : rules.termEnd(body.office(), start);
        }
        String unavailable = rules.seatUnavailable(body.office(), body.region(), start, holders);
        if (unavailable != null) {
            throw ApiException.conflict(unavailable + "; the seat is not vacant for a term starting " + start);
        }
        if (!byElection) {
            String vacated = rules.regularElectionWhileVacatedTermRuns(body.office(), start, committee.terms());
            if (vacated != null) {
                throw ApiException.conflict(vacated);
            }
        }
        if (body.office() == Office.VICE_PRESIDENT) {
            // every candidate of the region would be refused (REGION_TAKEN): no such election is put to the vote
            EligibilityRules.Refusal taken = EligibilityRules.regionTaken(body.region(), start, end, holders);
            if (taken != null) {
                throw ApiException.ruleViolation("No " + body.office().seatLabel(body.region()) + " can be elected for the term " + start
                        + " to " + end + ": " + taken.message()).with("refusals", List.of(taken));
            }
        }
        // the elections not decided yet that would fill a seat during this term: of a session not closed, for an overlapping term
        List<CommitteeRules.Undecided> undecided = undecidedElections();
        List<CommitteeRules.Undecided> sameSeat = CommitteeRules.takingSeats(body.office(), start, end, undecided).stream()
                .filter(u -> u.region() == body.region()).toList();
        long capacity = body.office() == Office.DELEGATE
                ? rules.policy().delegates(body.region()) - CommitteeRules.inOffice(holders, start).stream()
                .filter(h -> h.office() == Office.DELEGATE && h.region() == body.region()).count()
                : 1;
        if (sameSeat.size() >= capacity) {
            throw ApiException.conflict("An undecided ballot already exists for " + body.office().seatLabel(body.region()) + " ("
                    + sameSeat.stream().map(CommitteeRules.Undecided::describe).collect(Collectors.joining("; ")) + ")"
                    + (capacity > 1 ? ", one for each of its " + capacity + " free seats" : ""));
        }
        if (body.office() == Office.VICE_PRESIDENT) {
            List<Region> undecidedRegions = CommitteeRules.takingSeats(Office.VICE_PRESIDENT, start, end, undecided).stream()
                    .map(CommitteeRules.Undecided::region).sorted().toList();
            String exhausted = rules.vicePresidentsExhausted(start, holders, undecidedRegions);
            if (exhausted != null) {
                throw ApiException.conflict(exhausted);
            }
        }
        b.office = body.office();
        b.seatRegion = body.region();
        b.byElection = byElection;
        b.termStart = start;
        b.termEnd = end;
        b.title = body.title() != null ? body.title()
                : "Election of the " + body.office().seatLabel(body.region()) + (byElection ? " (by-election, term to " + end + ")" : "");
    }

    /** Every office election not decided yet, with whether its session is closed; read under the Executive Committee's lock. */
    private List<CommitteeRules.Undecided> undecidedElections() {
        Set<Integer> closed = new HashSet<>(em.createQuery("select s.number from AssemblySession s where s.status = :closed", Integer.class)
                .setParameter("closed", SessionStatus.CLOSED).getResultList());
        return Ballot.<Ballot>list("kind = ?1 and status <> ?2 order by createdAt, id", BallotKind.OFFICE, BallotStatus.DECIDED).stream()
                .map(x -> new CommitteeRules.Undecided(x.office, x.seatRegion, x.termStart, x.termEnd, x.sessionNumber, closed.contains(x.sessionNumber)))
                .toList();
    }

    private static void onlyFor(BallotDtos.NewBallot body, BallotKind kind) {
        Map<String, Object> specific = new LinkedHashMap<>();
        specific.put("applicationId", kind == BallotKind.ADMISSION ? null : body.applicationId());
        specific.put("office", kind == BallotKind.OFFICE ? null : body.office());
        specific.put("region", kind == BallotKind.OFFICE ? null : body.region());
        specific.put("byElection", kind == BallotKind.OFFICE ? null : body.byElection());
        specific.put("termStart", kind == BallotKind.OFFICE ? null : body.termStart());
        specific.put("termEnd", kind == BallotKind.OFFICE ? null : body.termEnd());
        specific.put("circulatedOn", kind == BallotKind.CONSTITUTIONAL_AMENDMENT ? null : body.circulatedOn());
        for (Map.Entry<String, Object> e : specific.entrySet()) {
            if (e.getValue() != null) {
                throw ApiException.invalid(e.getKey(), "does not apply to a " + kind + " ballot");
            }
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required for this kind of ballot");
        }
        return value.trim();
    }

    /** The seat contested by an office ballot, for the eligibility rules. */
    public static EligibilityRules.Seat seat(Ballot b) {
        return new EligibilityRules.Seat(b.office, b.seatRegion, b.termStart, b.termEnd);
    }

    /** The candidate as the eligibility rules see him, from his country's standing (null: not a member). */
    public static EligibilityRules.Nominee nominee(String country, String personName, MembershipDtos.Standing s) {
        if (s == null) {
            return new EligibilityRules.Nominee(country, personName, null, false, false, List.of(), false, List.of());
        }
        return new EligibilityRules.Nominee(country, personName, Region.parse(s.region()).orElse(null), true, s.inGoodStanding(),
                reasons(s.votingRights()), s.eligibleForOffice() != null && s.eligibleForOffice().granted(), reasons(s.eligibleForOffice()));
    }

    static List<String> reasons(MembershipDtos.Verdict v) {
        return v == null || v.reasons() == null ? List.of() : v.reasons().stream().map(MembershipDtos.Reason::message).toList();
    }

    public Candidate nominate(UUID ballotId, BallotDtos.Nomination body) {
        Ballot b = require(ballotId);
        if (b.kind != BallotKind.OFFICE) {
            throw ApiException.conflict("Only an office election has candidates; this ballot is a " + b.kind);
        }
        if (b.status != BallotStatus.PENDING) {
            throw ApiException.conflict("Nominations closed when round 1 opened (the ballot is " + b.status + ")");
        }
        String person = body.personName().trim().replaceAll("\\s+", " ");
        if (Candidate.count("ballotId = ?1 and country = ?2 and status <> ?3", b.id, body.country(), CandidateStatus.WITHDRAWN) > 0) {
            throw ApiException.conflict(body.country() + " already has a candidate in this election");
        }
        MembershipDtos.Standing standing = standingOrNull(body.country());
        EligibilityRules.Nominee nominee = nominee(body.country(), person, standing);
        List<EligibilityRules.Refusal> refusals = committee.eligibility().check(seat(b), nominee, committee.holdersForDecision());
        if (!refusals.isEmpty()) {
            throw refused(person, body.country(), b, refusals);
        }
        Candidate c = new Candidate();
        c.id = UUID.randomUUID();
        c.ballotId = b.id;
        c.country = body.country();
        c.personName = person;
        c.region = nominee.region();
        c.status = CandidateStatus.STANDING;
        c.nominatedAt = Instant.now(clock);
        c.nominatedBy = caller.subject();
        c.persistAndFlush();
        candidatesChanged(b);
        audit.record("candidate.nominated", TARGET, b.id.toString(), Map.of("candidateId", c.id.toString(), "country", c.country,
                "personName", c.personName, "seat", b.seatLabel()));
        return c;
    }

    /**
     * The candidates are part of the ballot: a nomination or a withdrawal raises the ballot's version when it commits. A
     * round opened at the same moment read the ballot and its candidates before, and its own change of the ballot then
     * fails with a 409 instead of opening with a withdrawn candidate on the ballot paper or without a new one; a change of
     * the candidates that read the ballot before the round opened fails the same way.
     */
    private void candidatesChanged(Ballot b) {
        em.lock(b, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    static ApiException refused(String person, String country, Ballot b, List<EligibilityRules.Refusal> refusals) {
        return ApiException.ruleViolation(person + " (" + country + ") cannot stand for " + b.seatLabel() + ": "
                        + refusals.stream().map(EligibilityRules.Refusal::message).collect(Collectors.joining("; ")))
                .with("refusals", refusals);
    }

    private MembershipDtos.Standing standingOrNull(String country) {
        try {
            List<MembershipDtos.Standing> list = membership.currentStandings(List.of(country));
            return list.stream().filter(s -> country.equals(s.country())).findFirst().orElse(null);
        } catch (ApiException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    public Candidate withdraw(UUID ballotId, UUID candidateId) {
        Ballot b = require(ballotId);
        Candidate c = Candidate.findById(candidateId);
        if (c == null || !c.ballotId.equals(b.id)) {
            throw ApiException.notFound("No candidate " + candidateId + " in ballot " + ballotId);
        }
        if (b.status == BallotStatus.ROUND_OPEN || b.status == BallotStatus.DECIDED) {
            throw ApiException.conflict("A candidacy can be withdrawn only before a round opens (the ballot is " + b.status + ")");
        }
        if (c.status != CandidateStatus.STANDING) {
            throw ApiException.conflict("The candidate is " + c.status + ", not STANDING");
        }
        c.status = CandidateStatus.WITHDRAWN;
        candidatesChanged(b);
        audit.record("candidate.withdrawn", TARGET, b.id.toString(), Map.of("candidateId", c.id.toString(), "country", c.country));
        return c;
    }

    /**
     * Ends a ballot after a failed round without holding another one, or calls off an election before its first round
     * (its seat may have been filled meanwhile, or the ballot was created in error): the seat stays vacant. Other
     * ballots are decided by a vote: an admission, a resolution or an amendment is not concluded before its first round.
     */
    public Ballot conclude(UUID ballotId) {
        Ballot b = require(ballotId);
        boolean calledOff = b.status == BallotStatus.PENDING && b.kind == BallotKind.OFFICE;
        if (b.status != BallotStatus.BETWEEN_ROUNDS && !calledOff) {
            throw ApiException.conflict("Only a ballot between rounds, or an election before its first round, can be concluded without "
                    + "a further round (the ballot is a " + b.kind + " ballot, " + b.status + ")");
        }
        decide(b, MajorityRules.concluded(b.kind), null);
        return flushed(b);
    }

    /**
     * Closes an open session. A closed session decides nothing more, so what it left undecided is decided now, as
     * {@link #conclude} would: an election before its first round is called off and one between rounds concluded (its seat
     * left vacant: it no longer counts as an undecided election of the seat), an admission between rounds is rejected
     * (its outcome goes to membership-service through the outbox, as any decided admission's). An admission, a resolution
     * or an amendment not put to the vote yet has no outcome without a vote: the closing is refused (409) while one is
     * left, naming them, and nothing is written. Refused as well while a round is open.
     */
    public AssemblySession closeSession(int number) {
        AssemblySession s = sessions.lockForClosing(number);
        List<Ballot> undecided = Ballot.list("sessionNumber = ?1 and status <> ?2 order by createdAt, id", number, BallotStatus.DECIDED);
        List<Ballot> unvoted = undecided.stream().filter(b -> b.status == BallotStatus.PENDING && b.kind != BallotKind.OFFICE).toList();
        if (!unvoted.isEmpty()) {
            throw ApiException.conflict("Session " + number + " has " + unvoted.size() + " question" + (unvoted.size() == 1 ? "" : "s")
                    + " not put to the vote yet: " + unvoted.stream().map(b -> b.title + " (" + b.kind + ", ballot " + b.id + ")")
                    .collect(Collectors.joining("; ")) + ". Only a vote decides an admission, a resolution or an amendment: open "
                    + (unvoted.size() == 1 ? "its round" : "their rounds") + " before the session closes")
                    .with("ballots", unvoted.stream().map(b -> b.id.toString()).toList());
        }
        List<String> concluded = new ArrayList<>();
        for (Ballot b : undecided) {
            decide(b, MajorityRules.concluded(b.kind), null);
            concluded.add(b.id.toString());
        }
        sessions.closed(s, concluded);
        return flushed(s);
    }

    /** Records the decision of a ballot and its effects: the outbox for an admission, the Committee for an office. */
    void decide(Ballot b, MajorityRules.BallotOutcome outcome, String electedCountry) {
        AssemblySession session = sessions.require(b.sessionNumber);
        LocalDate today = BallotRules.decisionDay(LocalDate.now(clock), session.startsOn, session.endsOn);
        b.status = BallotStatus.DECIDED;
        b.outcome = outcome;
        b.decidedOn = today;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", outcome.name());
        details.put("rounds", b.currentRound);
        if (b.kind == BallotKind.ADMISSION) {
            List<MembershipDtos.RoundFigures> figures = new ArrayList<>();
            for (BallotRound r : BallotRound.ofBallot(b.id)) {
                if (r.status == BallotRound.Status.CLOSED) {
                    figures.add(new MembershipDtos.RoundFigures(r.number, r.counts.getOrDefault(MajorityRules.YES, 0),
                            r.counts.getOrDefault(MajorityRules.NO, 0), r.counts.getOrDefault(MajorityRules.ABSTAIN, 0)));
                }
            }
            outbox.enqueue(b.id, b.applicationId, new MembershipDtos.OutcomeReport(outcome.name(), b.id.toString(), b.sessionNumber, today, figures));
        }
        if (b.kind == BallotKind.OFFICE) {
            for (Candidate c : Candidate.ofBallot(b.id)) {
                if (c.status == CandidateStatus.STANDING) {
                    c.status = c.country.equals(electedCountry) ? CandidateStatus.ELECTED : CandidateStatus.NOT_ELECTED;
                    if (c.status == CandidateStatus.ELECTED) {
                        b.electedCandidateId = c.id;
                        LocalDate start = b.byElection ? today : b.termStart;
                        if (!b.termEnd.isAfter(start)) {
                            throw ApiException.conflict("The term of this by-election ended on " + b.termEnd + "; nobody can be elected for it");
                        }
                        committee.elected(b.id, b.office, b.seatRegion, c.region, c.country, c.personName, start, b.termEnd, b.byElection);
                        details.put("elected", c.country + " " + c.personName);
                    }
                }
            }
        }
        audit.record("ballot.decided", TARGET, b.id.toString(), details);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotDtos.BallotView view(Ballot b) {
        List<Candidate> candidates = b.kind == BallotKind.OFFICE ? Candidate.ofBallot(b.id) : List.of();
        List<BallotDtos.RoundView> rounds = BallotRound.ofBallot(b.id).stream().map(this::roundView).toList();
        Optional<OutboxMessage> delivery = b.kind == BallotKind.ADMISSION ? OutboxMessage.ofBallot(b.id) : Optional.empty();
        BallotDtos.CandidateView elected = candidates.stream().filter(c -> c.id.equals(b.electedCandidateId)).findFirst()
                .map(BallotDtos.CandidateView::of).orElse(null);
        return new BallotDtos.BallotView(b.id, b.sessionNumber, b.kind, b.title, b.text, b.applicationId, b.applicantCountry, b.applicantName,
                b.office, b.seatRegion, b.seatLabel(), b.byElection, b.termStart, b.termEnd, b.circulatedOn, b.status, b.currentRound,
                b.outcome, elected, b.decidedOn, candidates.stream().map(BallotDtos.CandidateView::of).toList(), rounds,
                delivery.map(BallotDtos.DeliveryView::of).orElse(null), b.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotDtos.RoundView roundView(BallotRound r) {
        boolean open = r.status == BallotRound.Status.OPEN;
        Integer soFar = open ? ((Number) em.createNativeQuery("select count(*) from round_participation where round_id = ?1")
                .setParameter(1, r.id).getSingleResult()).intValue() : null;
        Map<String, Integer> counts = null;
        if (r.counts != null) {
            counts = new LinkedHashMap<>();
            for (String c : r.choiceList()) {
                counts.put(c, r.counts.getOrDefault(c, 0));
            }
        }
        return new BallotDtos.RoundView(r.number, r.status, r.majorityRule, r.choiceList(), r.membersTotal, r.presentCount, r.rollSize,
                soFar, r.openedAt, r.closedAt, counts, r.votesCast, r.abstentions, r.voters, r.threshold, r.outcome, r.electedCountry,
                r.headHash, open ? null : "/ballots/" + r.ballotId + "/rounds/" + r.number + "/board");
    }
}
