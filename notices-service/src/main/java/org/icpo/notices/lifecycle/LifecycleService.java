package org.icpo.notices.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Timeouts;
import org.hibernate.jpa.SpecHints;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.config.NoticePolicies;
import org.icpo.notices.request.NoticeRecord;
import org.icpo.notices.request.RecordService;
import org.icpo.notices.workflow.Action;
import org.icpo.notices.workflow.Actor;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;
import org.icpo.notices.workflow.Workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Validity of published notices: six months before expiry a notice is marked for renewal (its requester
 * is asked whether it is still needed); at the end of its validity it expires unless renewed. Both moves
 * read "today" from the injected clock.
 *
 * <p>A notice is valid <em>through</em> its {@code validUntil} day, as every read has it (public API, member search:
 * {@code valid_until >= today}): it expires the day after ({@code validUntil < today}), and is marked for renewal once
 * that day is {@code icpo.notices.renewal-notice} (6 months) away or less ({@code validUntil < today + 6 months}).
 *
 * <p>A run moves the notices in batches of {@code icpo.notices.lifecycle.batch}, a transaction each.
 *
 * <p>Every replica of the service runs the job: a batch locks the rows it moves and passes over rows locked by another
 * transaction ({@code for update skip locked}), so runs at the same time share the notices due, each moved by exactly one
 * of them, without waiting for or failing on each other. A notice locked by a member's action at that moment (a renewal)
 * is moved by the next run if it is still due.
 */
@ApplicationScoped
public class LifecycleService {

    @Inject
    NoticePolicies policies;

    @Inject
    RecordService records;

    @Inject
    Auditor audit;

    @Inject
    Clock clock;

    @Schema(name = "LifecycleRun")
    public record RunResult(LocalDate today, List<UUID> markedForRenewal, List<UUID> expired) {
    }

    /**
     * Moves the notices due, {@code icpo.notices.lifecycle.batch} per transaction: a large backlog (the first run over
     * imported records, a job that was off for a while) commits as it goes instead of holding every row in one transaction.
     */
    public RunResult run() {
        LocalDate today = LocalDate.now(clock);
        int batch = Math.max(1, policies.lifecycle().batch());
        List<UUID> expired = new ArrayList<>();
        while (step(expired, () -> expire(today, batch)) == batch) {
            // the moved notices left the query: the next batch starts from the remaining ones
        }
        List<UUID> marked = new ArrayList<>();
        while (step(marked, () -> markForRenewal(today, batch)) == batch) {
            // same
        }
        QuarkusTransaction.requiringNew().run(() ->
                audit.record("lifecycle.run", "lifecycle", today.toString(), Map.of("marked", marked.size(), "expired", expired.size())));
        return new RunResult(today, marked, expired);
    }

    private static int step(List<UUID> into, java.util.concurrent.Callable<List<UUID>> step) {
        List<UUID> moved = QuarkusTransaction.requiringNew().call(step);
        into.addAll(moved);
        return moved.size();
    }

    /** The first {@code batch} records of the query, locked, those locked elsewhere passed over ({@code for update skip locked}). */
    private static List<NoticeRecord> lockedBatch(PanacheQuery<NoticeRecord> query, int batch) {
        return query.page(0, batch).withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI).list();
    }

    private List<UUID> expire(LocalDate today, int batch) {
        List<UUID> expired = new ArrayList<>();
        for (NoticeRecord r : lockedBatch(NoticeRecord.find("kind = ?1 and status in ?2 and validUntil < ?3 order by validUntil, id",
                RecordKind.NOTICE, List.of(Status.PUBLISHED, Status.RENEWAL_DUE), today), batch)) {
            Status from = r.status;
            r.status = RecordService.move(RecordKind.NOTICE, from, Action.EXPIRE, Actor.SYSTEM, Workflow.Context.PLAIN);
            r.closedAt = Instant.now(clock);
            r.closedBy = audit.actorName();
            r.closeReason = "validity ended on " + r.validUntil + " without renewal";
            records.event(r, Action.EXPIRE, from, Actor.SYSTEM, r.closeReason, null);
            audit.record("notice.expired", "notice", r.id.toString(), Map.of("validUntil", r.validUntil.toString()));
            expired.add(r.id);
        }
        return expired;
    }

    private List<UUID> markForRenewal(LocalDate today, int batch) {
        List<UUID> marked = new ArrayList<>();
        // expiry is the day after validUntil: marked once that day is within renewalNotice, i.e. validUntil < today + 6 months
        LocalDate markBefore = today.plus(policies.renewalNotice());
        for (NoticeRecord r : lockedBatch(NoticeRecord.find("kind = ?1 and status = ?2 and validUntil < ?3 order by validUntil, id",
                RecordKind.NOTICE, Status.PUBLISHED, markBefore), batch)) {
            r.status = RecordService.move(RecordKind.NOTICE, Status.PUBLISHED, Action.MARK_FOR_RENEWAL, Actor.SYSTEM, Workflow.Context.PLAIN);
            r.renewalRequestedAt = Instant.now(clock);
            String reason = "valid until " + r.validUntil + ": the requester " + r.requesterCountry + " is asked whether the notice is still needed";
            records.event(r, Action.MARK_FOR_RENEWAL, Status.PUBLISHED, Actor.SYSTEM, reason, null);
            audit.record("notice.renewal-requested", "notice", r.id.toString(), Map.of("validUntil", r.validUntil.toString(),
                    "requester", r.requesterCountry));
            marked.add(r.id);
        }
        return marked;
    }
}
