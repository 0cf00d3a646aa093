package org.icpo.notices.ccf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.icpo.kit.persistence.Conditions;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.config.NoticePolicies;
import org.icpo.notices.request.NoticeRecord;
import org.icpo.notices.request.RecordService;
import org.icpo.notices.subject.Names;
import org.icpo.notices.workflow.Action;
import org.icpo.notices.workflow.Actor;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;
import org.icpo.notices.workflow.Workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.icpo.kit.persistence.WriteVersions.flushed;

/** Requests to the Commission for the Control of Files: admissibility, deadlines, binding decisions. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CcfService {

    @Inject
    NoticePolicies policies;

    @Inject
    RecordService records;

    @Inject
    Auditor audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    CcfDeadlines deadlines() {
        NoticePolicies.Ccf c = policies.ccf();
        return new CcfDeadlines(c.accessDeadline(), c.correctionDeadline(), c.deletionDeadline());
    }

    /** One request, for a reader: it carries personal data (applicant, grounds), so the read is audited. */
    public CcfRequest read(UUID id) {
        CcfRequest c = require(id);
        audit.record("ccf-request.read", "ccf-request", c.id.toString(), Map.of("status", c.status.name()));
        return c;
    }

    public CcfRequest require(UUID id) {
        CcfRequest c = CcfRequest.findById(id);
        if (c == null) {
            throw ApiException.notFound("No CCF request " + id);
        }
        return c;
    }

    public CcfRequest create(CcfDtos.NewCcfRequest body) {
        LocalDate today = LocalDate.now(clock);
        if (body.receivedOn().isAfter(today)) {
            throw ApiException.invalid("receivedOn", "must not be in the future");
        }
        NoticeRecord r = NoticeRecord.findById(body.recordId());
        if (r == null) {
            throw ApiException.invalid("recordId", "no notice request or diffusion " + body.recordId());
        }
        LocalDate filedOn = LocalDate.ofInstant(r.filedAt, clock.getZone());
        if (body.receivedOn().isBefore(filedOn)) {
            throw ApiException.invalid("receivedOn", "must not be before the " + noun(r) + " was filed (" + filedOn + ")");
        }
        if (body.kind() != CcfKind.ACCESS && r.status.isFinal()) {
            throw closed(r, body.kind().name(), "A " + body.kind().name().toLowerCase() + " request cannot be registered: the " + noun(r)
                    + " is " + r.status + ", and a closed record (refused, withdrawn, cancelled or expired) can no longer be deleted or"
                    + " corrected; a request for access can still be registered about it");
        }
        CcfRequest c = new CcfRequest();
        c.id = UUID.randomUUID();
        c.recordId = r.id;
        c.kind = body.kind();
        c.applicant = body.applicant();
        c.grounds = body.grounds();
        c.receivedOn = body.receivedOn();
        c.status = CcfStatus.RECEIVED;
        c.createdBy = caller.subject();
        c.createdAt = Instant.now(clock);
        c.persist();
        audit.record("ccf-request.received", "ccf-request", c.id.toString(), Map.of("recordId", r.id.toString(), "kind", c.kind.name()));
        return c;
    }

    public CcfRequest admissibility(UUID id, CcfDtos.Admissibility body) {
        CcfRequest c = require(id);
        LocalDate on = body.decidedOn() != null ? body.decidedOn() : LocalDate.now(clock);
        if (on.isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("decidedOn", "must not be in the future");
        }
        if (on.isBefore(c.receivedOn)) {
            throw ApiException.invalid("decidedOn", "must not be before the request was received (" + c.receivedOn + ")");
        }
        CcfStatus target = body.admissible() ? CcfStatus.ADMISSIBLE : CcfStatus.INADMISSIBLE;
        if (!c.status.canMoveTo(target)) {
            throw ApiException.conflict("Admissibility was already decided: the request is " + c.status);
        }
        c.status = target;
        c.admissibilityOn = on;
        c.admissibilityReason = body.reason();
        if (target == CcfStatus.ADMISSIBLE) {
            c.deadline = deadlines().deadline(c.kind, on);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("admissible", body.admissible());
        details.put("on", on.toString());
        if (c.deadline != null) {
            details.put("deadline", c.deadline.toString());
        }
        audit.record("ccf-request.admissibility", "ccf-request", c.id.toString(), details);
        return flushed(c);
    }

    public CcfRequest decide(UUID id, CcfDtos.Decision body) {
        CcfRequest c = require(id);
        if (body.outcome().kind != c.kind) {
            throw ApiException.invalid("outcome", body.outcome() + " does not decide a " + c.kind + " request");
        }
        if (body.outcome() == CcfOutcome.CORRECTION_ORDERED && (body.correction() == null || body.correction().isBlank())) {
            throw ApiException.invalid("correction", "is required for CORRECTION_ORDERED");
        }
        if (body.outcome() != CcfOutcome.CORRECTION_ORDERED && body.correction() != null) {
            throw ApiException.invalid("correction", "applies only to CORRECTION_ORDERED");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = body.decidedOn() != null ? body.decidedOn() : today;
        if (on.isAfter(today)) {
            throw ApiException.invalid("decidedOn", "must not be in the future");
        }
        if (!c.status.canMoveTo(CcfStatus.DECIDED)) {
            throw ApiException.conflict("A decision needs an admissible, undecided request; this one is " + c.status);
        }
        if (on.isBefore(c.admissibilityOn)) {
            throw ApiException.invalid("decidedOn", "must not be before admissibility (" + c.admissibilityOn + ")");
        }
        boolean changesRecord = body.outcome() == CcfOutcome.DELETION_ORDERED || body.outcome() == CcfOutcome.CORRECTION_ORDERED;
        // an order is applied to the record as it is now: a cancellation or expiry at the same moment waits, or is seen
        NoticeRecord r = changesRecord ? NoticeRecord.findById(c.recordId, LockModeType.PESSIMISTIC_WRITE) : NoticeRecord.findById(c.recordId);
        if (changesRecord && r.status.isFinal()) {
            // closed since the request was registered (by its requester, the lifecycle, a review or another CCF decision)
            throw closed(r, body.outcome().name(), body.outcome() + " cannot be applied: the " + noun(r) + " is " + r.status
                    + ", and a closed record (refused, withdrawn, cancelled or expired) can no longer be deleted or corrected; to close"
                    + " this request, decide " + (c.kind == CcfKind.DELETION ? CcfOutcome.DELETION_REJECTED : CcfOutcome.CORRECTION_REJECTED)
                    + " with a reason that says so");
        }
        c.status = CcfStatus.DECIDED;
        c.outcome = body.outcome();
        c.decidedOn = on;
        c.decisionReason = body.reason();
        c.correction = body.correction();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", c.outcome.name());
        details.put("decidedOn", on.toString());
        details.put("withinDeadline", !on.isAfter(c.deadline));
        if (c.outcome == CcfOutcome.DELETION_ORDERED) {
            Status from = r.status;
            r.status = RecordService.move(r.kind, from, Action.CCF_DELETE, Actor.CCF, Workflow.Context.PLAIN);
            r.closedAt = Instant.now(clock);
            r.closedBy = caller.subject();
            r.closeReason = "Deleted by decision of the CCF of " + on + " (request " + c.id + "): " + body.reason();
            records.event(r, Action.CCF_DELETE, from, Actor.CCF, r.closeReason, null);
            audit.record(RecordService.targetType(r.kind) + ".deleted-by-ccf", RecordService.targetType(r.kind), r.id.toString(),
                    Map.of("ccfRequestId", c.id.toString(), "from", from.name()));
            CcfDeletionBlock b = new CcfDeletionBlock();
            b.id = UUID.randomUUID();
            b.recordId = r.id;
            b.ccfRequestId = c.id;
            b.requesterCountry = r.requesterCountry;
            b.subjectKey = r.subjectKey;
            b.familyFolded = Names.fold(r.familyName);
            b.forenameFolded = Names.fold(r.forename);
            b.dateOfBirth = r.dateOfBirth();
            b.reason = body.reason();
            b.decidedOn = on;
            b.persist();
            details.put("recordStatus", r.status.name());
        }
        if (c.outcome == CcfOutcome.CORRECTION_ORDERED) {
            audit.record(RecordService.targetType(r.kind) + ".correction-ordered", RecordService.targetType(r.kind), r.id.toString(),
                    Map.of("ccfRequestId", c.id.toString(), "correction", c.correction));
        }
        audit.record("ccf-request.decided", "ccf-request", c.id.toString(), details);
        return flushed(c);
    }

    private static String noun(NoticeRecord r) {
        return r.kind == RecordKind.NOTICE ? "notice request" : "diffusion";
    }

    /**
     * A deletion or correction about a record in a final status: 409 with the move refused ({@code action}) and the record's
     * {@code currentStatus}, as the state machine's refusals carry them. Nothing can move such a record any more, so a
     * decision would be counted without being applied.
     */
    private static ApiException closed(NoticeRecord r, String action, String detail) {
        return ApiException.conflict(detail).with("action", action).with("currentStatus", r.status.name()).with("recordId", r.id.toString());
    }

    public PageView<CcfDtos.CcfView> list(CcfStatus status, Boolean overdue, PageParams page) {
        LocalDate today = LocalDate.now(clock);
        Conditions conditions = new Conditions().equal("status", "status", status);
        if (overdue != null) {
            conditions.and(overdue ? "status = :admissible and deadline < :today" : "not (status = :admissible and deadline < :today)")
                    .parameter("admissible", CcfStatus.ADMISSIBLE).parameter("today", today);
        }
        var query = CcfRequest.<CcfRequest>find(conditions.where() + " order by deadline asc nulls last, receivedOn, id", conditions.parameters());
        long total = query.count();
        List<CcfDtos.CcfView> items = query.page(page.page - 1, page.size).list().stream().map(c -> CcfDtos.CcfView.of(c, today)).toList();
        // the requests carry personal data (applicant, grounds): the read is audited, as the lists of records are
        Map<String, Object> details = new LinkedHashMap<>();
        if (status != null) {
            details.put("status", status.name());
        }
        if (overdue != null) {
            details.put("overdue", overdue);
        }
        details.put("page", page.page);
        details.put("ids", items.stream().map(c -> c.id().toString()).toList());
        audit.record("ccf-request.listed", "ccf-request", "list", details);
        return PageView.of(items, page, total);
    }
}
