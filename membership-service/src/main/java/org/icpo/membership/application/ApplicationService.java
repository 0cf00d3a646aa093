package org.icpo.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.persistence.Conditions;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;
import org.icpo.membership.config.MembershipPolicies;
import org.icpo.membership.member.IsoCountryCodes;
import org.icpo.membership.member.Member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.icpo.kit.persistence.WriteVersions.flushed;

/** Admission applications: submission, scheduling, withdrawal and the idempotent ballot outcome. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ApplicationService {

    static final String TARGET = "application";

    private final AdmissionRules rules;
    private final IsoCountryCodes isoCodes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    public ApplicationService(MembershipPolicies policies) {
        this.rules = new AdmissionRules(MonthDay.parse("--" + policies.admission().deadline()));
        this.isoCodes = new IsoCountryCodes(policies.extraIsoCodes(), policies.nonStateIsoCodes());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdmissionApplication require(UUID id) {
        return require(id, LockModeType.NONE);
    }

    private AdmissionApplication require(UUID id, LockModeType lock) {
        AdmissionApplication a = AdmissionApplication.findById(id, lock);
        if (a == null) {
            throw ApiException.notFound("No admission application with id " + id);
        }
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<AdmissionApplication> list(String isoCode, Integer year, ApplicationStatus status, PageParams page) {
        Conditions c = new Conditions()
                .equal("isoCode", "iso", isoCode == null ? null : isoCode.toUpperCase(Locale.ROOT))
                .equal("assemblyYear", "year", year)
                .equal("status", "status", status);
        var query = AdmissionApplication.<AdmissionApplication>find(c.where() + " order by submittedOn desc, createdAt desc", c.parameters());
        long total = query.count();
        return PageView.of(query.page(page.page - 1, page.size).list(), page, total);
    }

    public AdmissionApplication submit(ApplicationDtos.NewApplication body) {
        LocalDate today = LocalDate.now(clock);
        LocalDate submittedOn = body.submittedOn() != null ? body.submittedOn() : today;
        if (submittedOn.isAfter(today)) {
            throw ApiException.invalid("submittedOn", "must not be in the future");
        }
        String code = body.isoCode();
        if (!isoCodes.isAssigned(code)) {
            throw ApiException.invalid("isoCode", "'" + code + "' is not an assigned ISO 3166-1 alpha-2 code");
        }
        if (isoCodes.isWithoutPermanentPopulation(code)) {
            // DOMAIN: a member is a state (Constitution art. 4: the state's government applies)
            throw ApiException.ruleViolation(code + " (" + IsoCountryCodes.name(code) + ") is a territory without a permanent population,"
                    + " not a state: only a state can apply for membership (icpo.membership.non-state-iso-codes)").with("isoCode", code);
        }
        var existing = Member.byCode(code);
        if (existing.isPresent() && !AdmissionRules.canRecordApplication(existing.get().admissionYear, submittedOn)) {
            throw ApiException.conflict(code + " is already a member of the Organization");
        }
        if (existing.isPresent() && body.region() != existing.get().region) {
            // the application that led to a member's admission: the member it led to is in its region
            throw ApiException.invalid("region", "must be " + existing.get().region + ", the region of the member " + code
                    + " (a member's application records its own admission)");
        }
        int year = rules.assemblyYear(submittedOn);
        List<AdmissionApplication> earlier = AdmissionApplication.ofState(code);
        AdmissionRules.Refusal refusal = AdmissionRules.refuseNewApplication(year,
                earlier.stream().map(e -> new AdmissionRules.Earlier(e.id, e.status, e.assemblyYear)).toList());
        if (refusal != null) {
            throw ApiException.conflict(code + " " + refusal.reason()).with("applicationId", refusal.applicationId());
        }
        AdmissionApplication a = new AdmissionApplication();
        a.id = UUID.randomUUID();
        a.isoCode = code;
        a.stateName = body.stateName().trim();
        a.region = body.region();
        a.policeBody = body.policeBody().trim();
        a.statehoodStatement = body.statehoodStatement();
        a.acceptsConstitution = true;
        a.submittedOn = submittedOn;
        a.assemblyYear = year;
        a.status = ApplicationStatus.SUBMITTED;
        a.createdAt = Instant.now(clock);
        a.persistAndFlush();
        audit.record("application.submitted", TARGET, a.id.toString(), Map.of("isoCode", code, "assemblyYear", year,
                "submittedOn", submittedOn.toString(), "earlierApplications", earlier.size()));
        return a;
    }

    /**
     * Puts a submitted application on the agenda of a session, or moves a scheduled one, which has no outcome yet, to
     * another session (a correction: the reason is required, and the move is kept in the application and audited).
     * The same session again changes nothing.
     */
    public AdmissionApplication schedule(UUID id, ApplicationDtos.Schedule body) {
        int session = body.number();
        AdmissionApplication a = require(id);
        if (a.status == ApplicationStatus.SCHEDULED) {
            int from = a.scheduledSession;
            if (from == session) {
                return a;
            }
            if (body.reason() == null) {
                throw ApiException.invalid("reason", "is required to move an application scheduled for session " + from
                        + " to another session");
            }
            List<AdmissionRules.SessionMove> moves = a.sessionMoves == null ? new ArrayList<>() : new ArrayList<>(a.sessionMoves);
            moves.add(new AdmissionRules.SessionMove(from, session, LocalDate.now(clock), body.reason(), caller.subject()));
            a.sessionMoves = moves;
            a.scheduledSession = session;
            audit.record("application.rescheduled", TARGET, a.id.toString(), Map.of("fromSession", from, "session", session,
                    "reason", body.reason()));
            return flushed(a);
        }
        move(a, ApplicationStatus.SCHEDULED);
        a.scheduledSession = session;
        audit.record("application.scheduled", TARGET, a.id.toString(), Map.of("assemblySession", session));
        return flushed(a);
    }

    public AdmissionApplication withdraw(UUID id, ApplicationDtos.Withdraw body) {
        AdmissionApplication a = require(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = body.withdrawnOn() != null ? body.withdrawnOn() : today;
        if (on.isAfter(today)) {
            // a withdrawal is recorded once received, as a submission is: the status changes at once
            throw ApiException.invalid("withdrawnOn", "must not be in the future");
        }
        if (on.isBefore(a.submittedOn)) {
            throw ApiException.invalid("withdrawnOn", "must not be before the application was submitted (" + a.submittedOn + ")");
        }
        move(a, ApplicationStatus.WITHDRAWN);
        a.withdrawnOn = on;
        a.withdrawalReason = body.reason();
        audit.record("application.withdrawn", TARGET, a.id.toString(), Map.of("withdrawnOn", on.toString(), "reason", body.reason()));
        return flushed(a);
    }

    public AdmissionApplication recordOutcome(UUID id, ApplicationDtos.OutcomeReport body) {
        // the row is locked first: a report sent again while the first is still being recorded (elections-service retries
        // a delivery that timed out) waits for it and then finds the same outcome recorded, a repeat answered with 200,
        // instead of failing on the member's key or the row's version with a 409 the sender takes for a refusal
        AdmissionApplication a = require(id, LockModeType.PESSIMISTIC_WRITE);
        AdmissionRules.Outcome reported = body.toOutcome();
        String roundsProblem = AdmissionRules.checkRounds(reported.rounds());
        if (roundsProblem != null) {
            throw ApiException.invalid("rounds", roundsProblem);
        }
        AdmissionRules.Outcome recorded = a.outcome();
        if (recorded != null) {
            if (AdmissionRules.sameOutcome(recorded, reported)) {
                return a;
            }
            throw ApiException.conflict("A different outcome is already recorded for this application (" + recorded.decision()
                    + " by ballot " + recorded.ballotId() + " on " + recorded.decidedOn() + ")");
        }
        if (a.status != ApplicationStatus.SCHEDULED) {
            throw ApiException.conflict("The application is " + a.status + "; only a SCHEDULED application can be decided by a ballot");
        }
        if (reported.decidedOn().isBefore(a.submittedOn)) {
            throw ApiException.invalid("decidedOn", "must not be before the application was submitted (" + a.submittedOn + ")");
        }
        if (a.scheduledSession != null && reported.session() != a.scheduledSession) {
            throw ApiException.conflict("The application is scheduled for session " + a.scheduledSession + "; a ballot of session "
                    + reported.session() + " cannot decide it");
        }
        boolean admitted = reported.decision() == AdmissionRules.Decision.ADMITTED;
        var existing = Member.byCode(a.isoCode);
        if (!admitted && existing.isPresent() && !AdmissionRules.isRecordedRejection(existing.get().admissionYear, reported.decidedOn())) {
            // a member's own application records its admission: a rejection in the year it was admitted, or later, would
            // show a member as rejected (one Assembly a year: it cannot have been both)
            throw ApiException.conflict(a.isoCode + " is a member of the Organization (" + existing.get().admission()
                    + "): its application cannot have been rejected on " + reported.decidedOn()
                    + "; a member's application records its admission, or a rejection in an earlier year");
        }
        move(a, admitted ? ApplicationStatus.ADMITTED : ApplicationStatus.REJECTED);
        a.ballotId = reported.ballotId();
        a.decisionSession = reported.session();
        a.decidedOn = reported.decidedOn();
        a.rounds = new ArrayList<>(reported.rounds());
        a.outcomeReportedAt = Instant.now(clock);
        if (admitted) {
            if (existing.isPresent()) {
                // a historical admission being recorded: the member exists, admitted in the year of this decision
                Member member = existing.get();
                if (!AdmissionRules.isRecordedAdmission(member.admissionYear, reported.decidedOn())) {
                    throw ApiException.conflict(a.isoCode + " is already a member (admitted " + member.admissionYear + ")");
                }
                if (member.admittedOn != null && !member.admittedOn.equals(reported.decidedOn())) {
                    throw ApiException.conflict(a.isoCode + " is already a member, " + member.admission()
                            + "; a ballot of " + reported.decidedOn() + " cannot have admitted it");
                }
                // the day is known now: its standing starts on that day, not on 1 January
                member.admittedOn = reported.decidedOn();
                audit.record("member.admission-recorded", "member", a.isoCode, Map.of("applicationId", a.id.toString(),
                        "ballotId", reported.ballotId(), "session", reported.session()));
                audit.record("application.decided", TARGET, a.id.toString(), Map.of("decision", reported.decision().name(),
                        "ballotId", reported.ballotId(), "session", reported.session(), "decidedOn", reported.decidedOn().toString(),
                        "rounds", reported.rounds()));
                return flushed(a);
            }
            Member m = new Member();
            m.code = a.isoCode;
            m.name = a.stateName;
            m.region = a.region;
            m.admissionYear = reported.decidedOn().getYear();
            m.admittedOn = reported.decidedOn();
            m.policeBody = a.policeBody;
            m.createdAt = Instant.now(clock);
            m.persist();
            audit.record("member.admitted", "member", m.code, Map.of("applicationId", a.id.toString(),
                    "ballotId", reported.ballotId(), "session", reported.session()));
        }
        audit.record("application.decided", TARGET, a.id.toString(), Map.of("decision", reported.decision().name(),
                "ballotId", reported.ballotId(), "session", reported.session(), "decidedOn", reported.decidedOn().toString(),
                "rounds", reported.rounds()));
        return flushed(a);
    }

    private static void move(AdmissionApplication a, ApplicationStatus target) {
        if (!a.status.canMoveTo(target)) {
            throw ApiException.conflict("An application that is " + a.status + " cannot become " + target
                    + (a.status.next().isEmpty() ? "" : "; possible: " + a.status.next()));
        }
        a.status = target;
    }
}
