package org.icpo.notices.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.access.MemberAccess;
import org.icpo.notices.request.NoticeRecord;
import org.icpo.notices.request.RecordService;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Outcomes of published notices: located, arrested, extradited. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutcomeService {

    @Inject
    RecordService records;

    @Inject
    MemberAccess access;

    @Inject
    Auditor audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public List<OutcomeDtos.OutcomeView> list(UUID id) {
        NoticeRecord r = records.requireVisible(id, RecordKind.NOTICE, MemberAccess.Right.CONSULT);
        audit.record("notice.outcomes-read", "notice", r.id.toString(), Map.of());
        return NoticeOutcome.of(r.id).stream().map(OutcomeDtos.OutcomeView::of).toList();
    }

    /**
     * The notice, which the caller may see, and for an NCB record outcomes on (its rights not suspended: 403, audited).
     * Checked before an idempotent replay too, so that a member suspended since gets its 403 rather than the outcome.
     */
    public NoticeRecord requireMayRecord(UUID id) {
        NoticeRecord r = records.requireVisible(id, RecordKind.NOTICE, MemberAccess.Right.CONSULT);
        if (caller.hasRole(Roles.NCB) && !caller.hasRole(Roles.SECRETARIAT)) {
            access.require(caller.ncbCountry(), MemberAccess.Right.RECORD, "notice.outcome", "notice", id.toString());
        }
        return r;
    }

    /** Records an outcome on the notice {@link #requireMayRecord} returned. */
    public OutcomeDtos.OutcomeView add(NoticeRecord r, OutcomeDtos.NewOutcome body) {
        if (body.kind() == OutcomeKind.EXTRADITED && body.toCountry() == null) {
            throw ApiException.invalid("toCountry", "is required for EXTRADITED: the country the person was surrendered to");
        }
        if (body.kind() != OutcomeKind.EXTRADITED && body.toCountry() != null) {
            throw ApiException.invalid("toCountry", "applies only to EXTRADITED");
        }
        if (body.occurredOn().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("occurredOn", "must not be in the future");
        }
        if (r.status != Status.PUBLISHED && r.status != Status.RENEWAL_DUE) {
            throw ApiException.conflict("Outcomes are recorded on published notices; this one is " + r.status);
        }
        LocalDate filedOn = LocalDate.ofInstant(r.filedAt, clock.getZone());
        if (body.occurredOn().isBefore(filedOn)) {
            throw ApiException.invalid("occurredOn", "must not be before the request was filed (" + filedOn + ")");
        }
        NoticeOutcome o = new NoticeOutcome();
        o.id = UUID.randomUUID();
        o.recordId = r.id;
        o.kind = body.kind();
        o.occurredOn = body.occurredOn();
        o.country = body.country();
        o.toCountry = body.toCountry();
        o.details = body.details();
        o.recordedBy = caller.subject();
        o.recordedCountry = caller.country().orElse(null);
        o.recordedAt = Instant.now(clock);
        o.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcomeId", o.id.toString());
        details.put("kind", o.kind.name());
        details.put("occurredOn", o.occurredOn.toString());
        details.put("country", o.country);
        if (o.toCountry != null) {
            details.put("toCountry", o.toCountry);
        }
        audit.record("notice.outcome-recorded", "notice", r.id.toString(), details);
        return OutcomeDtos.OutcomeView.of(o);
    }
}
