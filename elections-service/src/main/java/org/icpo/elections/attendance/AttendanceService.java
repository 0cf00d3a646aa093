package org.icpo.elections.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.icpo.elections.session.AssemblySession;
import org.icpo.elections.session.SessionService;
import org.icpo.elections.session.SessionStatus;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.membership.client.MembershipDirectory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Delegations present at a session. An NCB registers its own country; the Assembly officers register
 * any member. Only members of the Organization (as membership-service knows them) can be present.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AttendanceService {

    @Inject
    EntityManager em;

    @Inject
    SessionService sessions;

    @Inject
    MembershipDirectory membership;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public AttendanceDtos.Delegation register(int sessionNumber, String country) {
        AssemblySession s = sessions.requireShared(sessionNumber);
        if (s.status == SessionStatus.CLOSED) {
            throw ApiException.conflict("Session " + sessionNumber + " is CLOSED; attendance can no longer be registered");
        }
        actFor(country);
        try {
            membership.standing(country);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw ApiException.ruleViolation(country + " is not a member of the Organization; only members have delegations at the Assembly");
            }
            throw e;
        }
        Instant now = Instant.now(clock);
        int inserted = em.createNativeQuery("insert into attendance (session_number, country, registered_at, registered_by) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, sessionNumber).setParameter(2, country).setParameter(3, Timestamp.from(now))
                .setParameter(4, caller.subject()).executeUpdate();
        if (inserted == 0) {
            throw ApiException.conflict("The delegation of " + country + " is already registered as present at session " + sessionNumber);
        }
        audit.record("attendance.registered", "session", String.valueOf(sessionNumber), Map.of("country", country));
        return new AttendanceDtos.Delegation(country, now, caller.subject());
    }

    public void leave(int sessionNumber, String country) {
        AssemblySession s = sessions.requireShared(sessionNumber);
        if (s.status == SessionStatus.CLOSED) {
            throw ApiException.conflict("Session " + sessionNumber + " is CLOSED; attendance can no longer change");
        }
        actFor(country);
        int deleted = em.createNativeQuery("delete from attendance where session_number = ?1 and country = ?2")
                .setParameter(1, sessionNumber).setParameter(2, country).executeUpdate();
        if (deleted == 0) {
            throw ApiException.notFound("The delegation of " + country + " is not registered as present at session " + sessionNumber);
        }
        audit.record("attendance.left", "session", String.valueOf(sessionNumber), Map.of("country", country));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttendanceDtos.AttendanceView list(int sessionNumber) {
        sessions.require(sessionNumber);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select country, registered_at, registered_by from attendance where session_number = ?1 order by country")
                .setParameter(1, sessionNumber).getResultList();
        List<AttendanceDtos.Delegation> list = rows.stream().map(r -> new AttendanceDtos.Delegation((String) r[0], instant(r[1]), (String) r[2])).toList();
        return new AttendanceDtos.AttendanceView(sessionNumber, list.size(), list);
    }

    /** Countries present at the session, in code order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> present(int sessionNumber) {
        return em.createNativeQuery("select country from attendance where session_number = ?1 order by country")
                .setParameter(1, sessionNumber).getResultList();
    }

    private void actFor(String country) {
        if (!caller.hasRole(Roles.ASSEMBLY) && !caller.ncbCountry().equals(country)) {
            throw ApiException.forbidden("An NCB registers only its own country's delegation (" + caller.ncbCountry() + ")");
        }
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
