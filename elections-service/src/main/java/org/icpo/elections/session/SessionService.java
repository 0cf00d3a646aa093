package org.icpo.elections.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.icpo.elections.config.ElectionPolicies;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.icpo.kit.persistence.WriteVersions.flushed;

/** Sessions of the General Assembly: planned, opened, closed. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionService {

    static final String TARGET = "session";

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private final SessionRules rules;

    @Inject
    public SessionService(ElectionPolicies policies) {
        this.rules = new SessionRules(policies.extraIsoCodes());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssemblySession require(int number) {
        AssemblySession s = AssemblySession.findById(number);
        if (s == null) {
            throw ApiException.notFound("No session number " + number + " of the General Assembly");
        }
        return s;
    }

    /**
     * The session, read again with its row locked in share mode until the transaction ends: its closing, which locks it
     * for update ({@link #close}), waits for this transaction and then sees what it wrote (a round opened, a delegation
     * registered), and this transaction sees a closing committed before it. Several transactions may hold it at once.
     */
    public AssemblySession requireShared(int number) {
        AssemblySession s = require(number);
        em.refresh(s, LockModeType.PESSIMISTIC_READ);
        return s;
    }

    /** The session, which must be open (for attendance and voting business), locked as {@link #requireShared} does. */
    public AssemblySession requireOpen(int number) {
        AssemblySession s = requireShared(number);
        if (s.status != SessionStatus.OPEN) {
            throw ApiException.conflict("Session " + number + " is " + s.status + "; this needs an OPEN session");
        }
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<AssemblySession> list(PageParams page) {
        var q = AssemblySession.<AssemblySession>find("order by number desc");
        return PageView.of(q.page(page.page - 1, page.size).list(), page, q.count());
    }

    public AssemblySession create(SessionDtos.NewSession body) {
        if (body.endsOn().isBefore(body.startsOn())) {
            throw ApiException.invalid("endsOn", "must not be before startsOn (" + body.startsOn() + ")");
        }
        if (body.startsOn().getYear() != body.year()) {
            throw ApiException.invalid("startsOn", "must be in the session's year (" + body.year() + ")");
        }
        String host = rules.hostCountryProblem(body.hostCountry());
        if (host != null) {
            throw ApiException.invalid("hostCountry", host);
        }
        // the sessions are read, and the new one written, one creation after the other: two sessions planned at the same
        // moment for one year, or out of order, would each find the other absent (this lock waits for nothing else:
        // reading or locking a session row, even for update, does not conflict with it; opening or closing one waits)
        em.createNativeQuery("lock table assembly_session in share row exclusive mode").executeUpdate();
        if (AssemblySession.findById(body.number()) != null) {
            throw ApiException.conflict("Session number " + body.number() + " already exists");
        }
        List<SessionRules.Existing> existing = AssemblySession.<AssemblySession>list("order by number").stream()
                .map(e -> new SessionRules.Existing(e.number, e.year, e.city, e.startsOn, e.endsOn)).toList();
        String second = SessionRules.secondSessionOfTheYear(body.number(), body.year(), existing);
        if (second != null) {
            throw ApiException.ruleViolation(second);
        }
        String order = SessionRules.outOfOrder(body.number(), body.startsOn(), body.endsOn(), existing);
        if (order != null) {
            throw ApiException.conflict(order);
        }
        AssemblySession s = new AssemblySession();
        s.number = body.number();
        s.year = body.year();
        s.city = body.city().trim();
        s.hostCountry = body.hostCountry();
        s.startsOn = body.startsOn();
        s.endsOn = body.endsOn();
        s.status = SessionStatus.PLANNED;
        s.createdAt = Instant.now(clock);
        s.persistAndFlush();
        audit.record("session.created", TARGET, String.valueOf(s.number), Map.of("year", s.year, "city", s.city,
                "hostCountry", s.hostCountry, "startsOn", s.startsOn.toString(), "endsOn", s.endsOn.toString()));
        return s;
    }

    public AssemblySession open(int number) {
        AssemblySession s = requireForUpdate(number);
        move(s, SessionStatus.OPEN);
        audit.record("session.opened", TARGET, String.valueOf(number), Map.of());
        return flushed(s);
    }

    /**
     * The session, locked for its closing (see {@code BallotService#closeSession}), which must be OPEN with no round open.
     * A round being opened, or a delegation or a ballot being registered, holds the session in share mode: this waits
     * for it, and the count below then sees its round, the ballots read afterwards its ballot.
     */
    public AssemblySession lockForClosing(int number) {
        AssemblySession s = requireForUpdate(number);
        movable(s, SessionStatus.CLOSED);
        long open = ((Number) em.createNativeQuery("select count(*) from ballot where session_number = ?1 and status = 'ROUND_OPEN'")
                .setParameter(1, number).getSingleResult()).longValue();
        if (open > 0) {
            throw ApiException.conflict("Session " + number + " has " + open + " ballot(s) with a round still open; close them first");
        }
        return s;
    }

    /** Records the closing of a session locked by {@link #lockForClosing}; {@code concluded}: the ballots its closing concluded. */
    public void closed(AssemblySession s, List<String> concluded) {
        move(s, SessionStatus.CLOSED);
        audit.record("session.closed", TARGET, String.valueOf(s.number), concluded.isEmpty() ? Map.of() : Map.of("concludedBallots", concluded));
    }

    private AssemblySession requireForUpdate(int number) {
        AssemblySession s = require(number);
        em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
        return s;
    }

    private static void move(AssemblySession s, SessionStatus target) {
        movable(s, target);
        s.status = target;
    }

    private static void movable(AssemblySession s, SessionStatus target) {
        if (!s.status.canMoveTo(target)) {
            throw ApiException.conflict("Session " + s.number + " is " + s.status + " and cannot become " + target
                    + (s.status.next().isEmpty() ? "" : "; possible: " + s.status.next()));
        }
    }
}
