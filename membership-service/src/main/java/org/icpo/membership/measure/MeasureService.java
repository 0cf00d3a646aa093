package org.icpo.membership.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.membership.member.Member;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.icpo.kit.persistence.WriteVersions.flushed;

/**
 * Imposing, endorsing and lifting measures. At most one measure of a kind is in force per member at
 * any time: checked here with a clear message, and enforced by the database (a partial unique
 * index and an exclusion constraint over the periods in force), so it also holds under concurrency.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MeasureService {

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Measure require(Member member, UUID id) {
        Measure m = Measure.findById(id);
        if (m == null || !m.memberCode.equals(member.code)) {
            throw ApiException.notFound("No measure " + id + " on " + member.code);
        }
        return m;
    }

    public Measure impose(Member member, MeasureDtos.NewMeasure body) {
        LocalDate today = LocalDate.now(clock);
        if (body.decidedOn().isAfter(today)) {
            throw ApiException.invalid("decidedOn", "must not be in the future");
        }
        LocalDate from = body.effectiveFrom() != null ? body.effectiveFrom() : body.decidedOn();
        if (from.isBefore(body.decidedOn())) {
            throw ApiException.invalid("effectiveFrom", "must not be before the decision (" + body.decidedOn() + ")");
        }
        if (body.endorsedOn() != null && body.endorsedOn().isBefore(body.decidedOn())) {
            throw ApiException.invalid("endorsedOn", "must not be before the decision (" + body.decidedOn() + ")");
        }
        if (body.endorsedOn() != null && body.endorsedOn().isAfter(today)) {
            // as at the endorsement endpoint: an endorsement is recorded once given
            throw ApiException.invalid("endorsedOn", "must not be in the future");
        }
        Set<AccessRight> rights = null;
        if (body.kind() == MeasureKind.ACCESS_SUSPENSION) {
            rights = body.suspendedRights() == null || body.suspendedRights().isEmpty()
                    ? EnumSet.allOf(AccessRight.class) : EnumSet.copyOf(body.suspendedRights());
        } else if (body.suspendedRights() != null) {
            throw ApiException.invalid("suspendedRights", "applies only to ACCESS_SUSPENSION");
        }
        for (Measure other : Measure.<Measure>list("memberCode = ?1 and kind = ?2", member.code, body.kind())) {
            if (MeasureRules.overlaps(other.liftedOn, from)) {
                throw ApiException.conflict(member.code + " is already under " + body.kind() + " (measure " + other.id
                        + ", in force from " + other.effectiveFrom + (other.liftedOn == null ? "" : " to " + other.liftedOn)
                        + "); lift it first or choose a later effective date").with("measureId", other.id);
            }
        }
        Measure m = new Measure();
        m.id = UUID.randomUUID();
        m.memberCode = member.code;
        m.kind = body.kind();
        m.reason = body.reason();
        m.legalBasis = body.legalBasis();
        m.decidedBy = body.decidedBy();
        m.decidedOn = body.decidedOn();
        m.effectiveFrom = from;
        m.endorsedOn = body.endorsedOn();
        m.suspendedRights = rights == null ? null : Measure.encodeRights(rights);
        m.imposedBy = caller.subject();
        m.createdAt = Instant.now(clock);
        m.persistAndFlush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measureId", m.id.toString());
        details.put("kind", m.kind.name());
        details.put("effectiveFrom", from.toString());
        details.put("decidedBy", m.decidedBy);
        details.put("legalBasis", m.legalBasis);
        if (rights != null) {
            details.put("suspendedRights", m.suspendedRights);
        }
        audit.record("measure.imposed", "member", member.code, details);
        return m;
    }

    public Measure endorse(Member member, UUID id, MeasureDtos.Endorsement body) {
        Measure m = require(member, id);
        if (m.endorsedOn != null) {
            throw ApiException.conflict("The measure was already endorsed on " + m.endorsedOn);
        }
        if (body.endorsedOn().isBefore(m.decidedOn)) {
            throw ApiException.invalid("endorsedOn", "must not be before the decision (" + m.decidedOn + ")");
        }
        if (body.endorsedOn().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("endorsedOn", "must not be in the future");
        }
        m.endorsedOn = body.endorsedOn();
        audit.record("measure.endorsed", "member", member.code, Map.of("measureId", m.id.toString(), "endorsedOn", m.endorsedOn.toString()));
        return flushed(m);
    }

    public Measure lift(Member member, UUID id, MeasureDtos.Lift body) {
        Measure m = require(member, id);
        if (m.liftedOn != null) {
            throw ApiException.conflict("The measure was already lifted on " + m.liftedOn);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = body.liftedOn() != null ? body.liftedOn() : today;
        if (on.isAfter(today)) {
            // a lifting is recorded once decided, as every other date of a measure: a day to come could not be moved
            // earlier afterwards (the measure is lifted once)
            throw ApiException.invalid("liftedOn", "must not be in the future");
        }
        if (on.isBefore(m.effectiveFrom)) {
            throw ApiException.invalid("liftedOn", "must not be before the measure took effect (" + m.effectiveFrom + ")");
        }
        m.liftedOn = on;
        m.liftReason = body.reason();
        m.liftDecidedBy = body.decidedBy();
        m.liftedBy = caller.subject();
        audit.record("measure.lifted", "member", member.code, Map.of("measureId", m.id.toString(), "kind", m.kind.name(),
                "liftedOn", on.toString(), "decidedBy", body.decidedBy()));
        return flushed(m);
    }
}
