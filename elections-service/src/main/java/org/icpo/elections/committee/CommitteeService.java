package org.icpo.elections.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.icpo.elections.config.ElectionPolicies;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.persistence.AdvisoryLocks;
import org.icpo.kit.problem.ApiException;
import org.icpo.membership.client.MembershipDirectory;
import org.icpo.membership.client.MembershipDtos;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.icpo.kit.persistence.WriteVersions.flushed;

/** The Executive Committee: its terms, composition on a day, and the effect of an election. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CommitteeService {

    static final String TARGET = "committee-term";

    private final CommitteeRules rules;
    private final EligibilityRules eligibility;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    MembershipDirectory membership;

    @Inject
    public CommitteeService(ElectionPolicies policies) {
        Map<Region, Integer> delegates = new EnumMap<>(Region.class);
        policies.committee().delegatesPerRegion().forEach((k, v) -> delegates.put(Region.parse(k)
                .orElseThrow(() -> new IllegalArgumentException("icpo.elections.committee.delegates-per-region: unknown region " + k)), v));
        this.rules = new CommitteeRules(new CommitteeRules.Policy(Period.parse(policies.committee().presidentTerm()),
                Period.parse(policies.committee().memberTerm()), policies.committee().vicePresidents(), delegates));
        this.eligibility = new EligibilityRules(Period.parse(policies.office().immediateReelectionWindow()));
    }

    public CommitteeRules rules() {
        return rules;
    }

    public EligibilityRules eligibility() {
        return eligibility;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EligibilityRules.Holder> holders() {
        return CommitteeTerm.all().stream().map(CommitteeTerm::holder).toList();
    }

    /** Every recorded term, for the term rules (by-elections); read after {@link #holdersForDecision()} took the lock. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommitteeRules.Term> terms() {
        return CommitteeTerm.all().stream().map(CommitteeTerm::term).toList();
    }

    /**
     * The holders, for a decision that is taken on them and writes (an office ballot, a nomination, a round opened, a
     * term recorded): the Executive Committee's lock is taken first, so that two decisions arriving at once are taken
     * one after the other and the second sees what the first wrote (no constraint can say "the seat is not vacant").
     */
    public List<EligibilityRules.Holder> holdersForDecision() {
        lock();
        return holders();
    }

    /**
     * The Executive Committee's lock ({@link AdvisoryLocks#EXECUTIVE_COMMITTEE}), held until the transaction ends; taken
     * before any row lock of the transaction's (a round's closing takes it before its round's row), so that no two
     * transactions wait for each other.
     */
    public void lock() {
        AdvisoryLocks.lockForTransaction(em, AdvisoryLocks.EXECUTIVE_COMMITTEE, 0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeDtos.Composition composition(LocalDate day) {
        List<CommitteeTerm> sitting = CommitteeTerm.all().stream()
                .filter(t -> !t.termStart.isAfter(day) && t.effectiveEnd().isAfter(day)).toList();
        List<CommitteeDtos.TermView> members = new ArrayList<>();
        sitting.stream().filter(t -> t.office == Office.PRESIDENT).forEach(t -> members.add(CommitteeDtos.TermView.of(t)));
        sitting.stream().filter(t -> t.office == Office.VICE_PRESIDENT).forEach(t -> members.add(CommitteeDtos.TermView.of(t)));
        sitting.stream().filter(t -> t.office == Office.DELEGATE).forEach(t -> members.add(CommitteeDtos.TermView.of(t)));
        List<String> vacancies = new ArrayList<>();
        if (sitting.stream().noneMatch(t -> t.office == Office.PRESIDENT)) {
            vacancies.add(Office.PRESIDENT.seatLabel(null));
        }
        long vps = sitting.stream().filter(t -> t.office == Office.VICE_PRESIDENT).count();
        for (long i = vps; i < rules.policy().vicePresidents(); i++) {
            vacancies.add(Office.VICE_PRESIDENT.label());
        }
        for (Region r : Region.values()) {
            long held = sitting.stream().filter(t -> t.office == Office.DELEGATE && t.region == r).count();
            for (long i = held; i < rules.policy().delegates(r); i++) {
                vacancies.add(Office.DELEGATE.seatLabel(r));
            }
        }
        return new CommitteeDtos.Composition(day, members, vacancies);
    }

    /** Records a term elected before this service kept the record. */
    public CommitteeTerm record(CommitteeDtos.NewTerm body) {
        LocalDate end = body.termEnd() != null ? body.termEnd() : rules.termEnd(body.office(), body.termStart());
        if (!end.isAfter(body.termStart())) {
            throw ApiException.invalid("termEnd", "must be after termStart (" + body.termStart() + ")");
        }
        String tooLong = rules.recordedTermEndProblem(body.office(), body.termStart(), end);
        if (tooLong != null) {
            throw ApiException.invalid("termEnd", tooLong);
        }
        // membership-service is asked before the Committee's lock is taken, so that no decision waits for its answer
        MembershipDtos.Standing standing = standingOrNull(body.country());
        String wrongRegion = EligibilityRules.countryRegionProblem(body.office(), body.region(), body.country(), standing != null,
                standing == null ? null : Region.parse(standing.region()).orElse(null));
        if (wrongRegion != null) {
            throw ApiException.ruleViolation(wrongRegion);
        }
        List<EligibilityRules.Holder> holders = holdersForDecision();
        refuseWhileAnElectionRoundIsOpen();
        String unavailable = rules.seatUnavailable(body.office(), body.region(), body.termStart(), holders);
        if (unavailable != null) {
            throw ApiException.conflict(unavailable);
        }
        for (EligibilityRules.Holder h : holders) {
            if (h.country().equals(body.country()) && h.start().isBefore(end) && h.end().isAfter(body.termStart())) {
                throw ApiException.ruleViolation(body.country() + " already has a member on the Executive Committee during this term: "
                        + h.personName() + ", " + h.office().seatLabel(h.region()) + " (" + h.start() + " to " + h.end()
                        + "); all 13 members come from different countries");
            }
        }
        if (body.office() != Office.DELEGATE) {
            EligibilityRules.Refusal taken = EligibilityRules.regionTaken(body.region(), body.termStart(), end, holders);
            if (taken != null) {
                throw ApiException.ruleViolation(taken.message()).with("refusals", List.of(taken));
            }
        }
        CommitteeTerm t = newTerm(body.office(), body.region(), body.country(), body.personName().trim(), body.termStart(), end, false, null);
        audit.record("committee.term-recorded", TARGET, t.id.toString(), details(t));
        return t;
    }

    /**
     * A round of an election checked its seat and candidates against the Committee when it opened, and its close seats
     * the winner: a term recorded while it is open could give the seat a second holder, or a country a second member.
     * Taken under the Committee's lock, which opening and closing a round of an election also take.
     */
    private void refuseWhileAnElectionRoundIsOpen() {
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("select id, current_round, office, seat_region from ballot where kind = 'OFFICE' and status = 'ROUND_OPEN'")
                .getResultList();
        if (!open.isEmpty()) {
            // one at most: ballot_one_office_round_open (V1.2)
            Object[] row = open.get(0);
            Office office = Office.valueOf((String) row[2]);
            Region region = row[3] == null ? null : Region.valueOf((String) row[3]);
            throw ApiException.conflict("Round " + row[1] + " of the election of the " + office.seatLabel(region) + " (" + row[0]
                    + ") is open: no term is recorded until it has closed, since its result seats the winner against the Committee"
                    + " as the round found it");
        }
    }

    /** The country's standing from membership-service (its region), or null when the country is not a member. */
    private MembershipDtos.Standing standingOrNull(String country) {
        try {
            return membership.standing(country);
        } catch (ApiException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    public CommitteeTerm end(UUID id, CommitteeDtos.EndTerm body) {
        lock();
        CommitteeTerm t = CommitteeTerm.findById(id);
        if (t == null) {
            throw ApiException.notFound("No Executive Committee term " + id);
        }
        if (t.endedOn != null) {
            throw ApiException.conflict("This term already ended on " + t.endedOn + " (" + t.endReason + ")");
        }
        if (body.endedOn().isBefore(t.termStart) || !body.endedOn().isBefore(t.termEnd)) {
            throw ApiException.invalid("endedOn", "must be within the term (" + t.termStart + " to before " + t.termEnd + ")");
        }
        t.endedOn = body.endedOn();
        t.endReason = body.reason();
        audit.record("committee.term-ended", TARGET, t.id.toString(), Map.of("endedOn", t.endedOn.toString(), "reason", t.endReason));
        return flushed(t);
    }

    /**
     * The effect of an election: a new term on the seat; when the winner sat on another seat, that term
     * ends the day the new one starts (e.g. a Vice-President elected President).
     */
    public CommitteeTerm elected(UUID ballotId, Office office, Region seatRegion, Region personRegion, String country, String personName,
                                 LocalDate start, LocalDate end, boolean byElection) {
        lock();
        for (CommitteeTerm other : CommitteeTerm.<CommitteeTerm>list("country = ?1 and endedOn is null", country)) {
            if (EligibilityRules.normalize(other.personName).equals(EligibilityRules.normalize(personName))
                    && other.termEnd.isAfter(start) && other.termStart.isBefore(start)) {
                other.endedOn = start;
                other.endReason = "Elected " + office.seatLabel(seatRegion);
                audit.record("committee.term-ended", TARGET, other.id.toString(), Map.of("endedOn", start.toString(),
                        "reason", other.endReason, "ballotId", ballotId.toString()));
            }
        }
        CommitteeTerm t = newTerm(office, office == Office.PRESIDENT ? personRegion : seatRegion, country, personName, start, end, byElection, ballotId);
        audit.record("committee.elected", TARGET, t.id.toString(), details(t));
        return t;
    }

    private CommitteeTerm newTerm(Office office, Region region, String country, String personName, LocalDate start, LocalDate end,
                                  boolean byElection, UUID ballotId) {
        CommitteeTerm t = new CommitteeTerm();
        t.id = UUID.randomUUID();
        t.office = office;
        t.region = region;
        t.country = country;
        t.personName = personName;
        t.termStart = start;
        t.termEnd = end;
        t.byElection = byElection;
        t.ballotId = ballotId;
        t.recordedAt = Instant.now(clock);
        t.persist();
        return t;
    }

    private static Map<String, Object> details(CommitteeTerm t) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("seat", t.seatLabel());
        d.put("country", t.country);
        d.put("personName", t.personName);
        d.put("termStart", t.termStart.toString());
        d.put("termEnd", t.termEnd.toString());
        d.put("byElection", t.byElection);
        if (t.ballotId != null) {
            d.put("ballotId", t.ballotId.toString());
        }
        return d;
    }
}
