package org.icpo.notices.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @Transactional
    public RunResult run() {
        LocalDate today = LocalDate.now(clock);
        List<UUID> expired = new ArrayList<>();
        for (NoticeRecord r : NoticeRecord.<NoticeRecord>list("kind = ?1 and status in ?2 and validUntil <= ?3 order by validUntil",
                RecordKind.NOTICE, List.of(Status.PUBLISHED, Status.RENEWAL_DUE), today)) {
            Status from = r.status;
            r.status = RecordService.move(RecordKind.NOTICE, from, Action.EXPIRE, Actor.SYSTEM, Workflow.Context.PLAIN);
            r.closedAt = Instant.now(clock);
            r.closedBy = audit.actorName();
            r.closeReason = "validity ended on " + r.validUntil + " without renewal";
            records.event(r, Action.EXPIRE, from, Actor.SYSTEM, r.closeReason, null);
            audit.record("notice.expired", "notice", r.id.toString(), Map.of("validUntil", r.validUntil.toString()));
            expired.add(r.id);
        }
        List<UUID> marked = new ArrayList<>();
        LocalDate markBefore = today.plus(policies.renewalNotice());
        for (NoticeRecord r : NoticeRecord.<NoticeRecord>list("kind = ?1 and status = ?2 and validUntil <= ?3 order by validUntil",
                RecordKind.NOTICE, Status.PUBLISHED, markBefore)) {
            r.status = RecordService.move(RecordKind.NOTICE, Status.PUBLISHED, Action.MARK_FOR_RENEWAL, Actor.SYSTEM, Workflow.Context.PLAIN);
            r.renewalRequestedAt = Instant.now(clock);
            String reason = "valid until " + r.validUntil + ": the requester " + r.requesterCountry + " is asked whether the notice is still needed";
            records.event(r, Action.MARK_FOR_RENEWAL, Status.PUBLISHED, Actor.SYSTEM, reason, null);
            audit.record("notice.renewal-requested", "notice", r.id.toString(), Map.of("validUntil", r.validUntil.toString(),
                    "requester", r.requesterCountry));
            marked.add(r.id);
        }
        audit.record("lifecycle.run", "lifecycle", today.toString(), Map.of("marked", marked.size(), "expired", expired.size()));
        return new RunResult(today, marked, expired);
    }
}
