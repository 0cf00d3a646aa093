package org.icpo.notices.review;

import com.ibm.icu.lang.UCharacter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.access.MemberAccess;
import org.icpo.notices.config.NoticePolicies;
import org.icpo.notices.request.NoticeRecord;
import org.icpo.notices.request.RecordService;
import org.icpo.notices.review.ReviewDtos.Decision;
import org.icpo.notices.review.ReviewDtos.QueueEntry;
import org.icpo.notices.review.ReviewDtos.ReviewDecision;
import org.icpo.notices.workflow.Action;
import org.icpo.notices.workflow.Actor;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;
import org.icpo.notices.workflow.Workflow;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.icpo.kit.persistence.WriteVersions.flushed;

/** Review by the General Secretariat: publish (four-eyes for members under measures), refuse with a ground, or ask for more information. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewService {

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

    @Inject
    NoticePolicies policies;

    public NoticeRecord decide(UUID id, RecordKind kind, ReviewDecision body) {
        if (body.decision() == Decision.REFUSE && body.ground() == null) {
            throw ApiException.invalid("ground", "is required to refuse: one of " + List.of(RefusalGround.values()));
        }
        if (body.decision() != Decision.REFUSE && body.ground() != null) {
            throw ApiException.invalid("ground", "applies only to REFUSE");
        }
        NoticeRecord r = NoticeRecord.findById(id);
        if (r == null || r.kind != kind) {
            throw ApiException.notFound("No " + (kind == RecordKind.NOTICE ? "notice request " : "diffusion ") + id);
        }
        Status from = r.status;
        String me = caller.subject();
        Instant now = Instant.now(clock);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        switch (body.decision()) {
            case PUBLISH -> {
                // screened again with today's indicators and records; a recognized refugee's country fled is refused
                records.rescreen(r);
                if (RecordService.flagCodes(r).contains("REFUGEE_FROM_REQUESTER")) {
                    throw ApiException.ruleViolation("The subject is recorded as a refugee who fled the requesting country "
                                    + r.requesterCountry + ": such requests are refused (ground REFUGEE), not published")
                            .with("flags", RecordService.flagCodes(r));
                }
                boolean underMeasures = r.fourEyes;
                if (from == Status.PROCESSING && !underMeasures) {
                    // measures imposed after filing count too: membership is asked again (fails closed)
                    underMeasures = !MemberAccess.supervision(access.standing(r.requesterCountry)).isEmpty();
                }
                r.status = RecordService.move(kind, from, Action.PUBLISH, Actor.SECRETARIAT,
                        new Workflow.Context(underMeasures, sameOfficer(me, r.firstReviewer)));
                if (r.status == Status.PENDING_SECOND_REVIEW) {
                    r.fourEyes = true;
                    r.firstReviewer = me;
                    r.firstReviewedAt = now;
                } else {
                    r.reviewedBy = me;
                    r.reviewedAt = now;
                    r.decisionReason = body.reason();
                    r.publishedAt = now;
                    if (kind == RecordKind.NOTICE) {
                        // valid through validUntil (every read: valid_until >= today): 5 years from today end the day
                        // before today's fifth anniversary; a renewal adds 5 years to that last day
                        r.validUntil = LocalDate.now(clock).plus(policies.validity()).minusDays(1);
                        details.put("validUntil", r.validUntil.toString());
                    }
                }
            }
            case REFUSE -> {
                r.status = RecordService.move(kind, from, Action.REFUSE, Actor.SECRETARIAT, Workflow.Context.PLAIN);
                r.reviewedBy = me;
                r.reviewedAt = now;
                r.refusalGround = body.ground();
                r.decisionReason = body.reason();
                r.closedAt = now;
                r.closedBy = me;
                r.closeReason = body.ground() + ": " + body.reason();
                details.put("ground", body.ground().name());
            }
            case REQUEST_INFO -> {
                r.status = RecordService.move(kind, from, Action.REQUEST_INFO, Actor.SECRETARIAT, Workflow.Context.PLAIN);
                r.firstReviewer = null;
                r.firstReviewedAt = null;
            }
        }
        details.put("to", r.status.name());
        details.put("reason", body.reason());
        Action action = switch (body.decision()) {
            case PUBLISH -> Action.PUBLISH;
            case REFUSE -> Action.REFUSE;
            case REQUEST_INFO -> Action.REQUEST_INFO;
        };
        records.event(r, action, from, Actor.SECRETARIAT, body.reason(), body.ground() == null ? null : body.ground().name());
        String target = RecordService.targetType(kind);
        audit.record(target + ".reviewed", target, id.toString(), details);
        return flushed(r);
    }

    /** The queue: requests and held diffusions awaiting review, and diffusions circulating awaiting review afterwards; riskiest and oldest first. */
    public PageView<QueueEntry> queue(RecordKind kind, PageParams page) {
        String where = "status in ?1" + (kind == null ? "" : " and kind = ?2");
        Object[] params = kind == null ? new Object[]{Status.IN_QUEUE} : new Object[]{Status.IN_QUEUE, kind};
        long total = NoticeRecord.count(where, params);
        List<NoticeRecord> items = NoticeRecord.<NoticeRecord>find(where + " order by riskScore desc, queuedAt asc, id", params)
                .page(page.page - 1, page.size).list();
        Instant now = Instant.now(clock);
        Duration target = policies.reviewTarget();
        List<QueueEntry> entries = items.stream().map(r -> {
            Duration age = Duration.between(r.filedAt, now);
            return new QueueEntry(r.id, r.kind, r.type, r.status, r.requesterCountry, r.familyName, r.forename, r.riskScore, r.riskLevel,
                    RecordService.flagCodes(r), r.filedAt, age.toHours(), age.compareTo(target) > 0, r.fourEyes, r.firstReviewer);
        }).toList();
        audit.record("review-queue.read", "review-queue", kind == null ? "all" : kind.name(), Map.of("page", page.page, "count", entries.size()));
        return PageView.of(entries, page, total);
    }

    /**
     * Whether two reviewers' names are one officer's: compared as identity providers compare user names, whatever their
     * case, compatibility forms or surrounding space ("secretariat-demo" and "SECRETARIAT-DEMO" are one officer, and
     * cannot be the four eyes of one publication).
     */
    static boolean sameOfficer(String a, String b) {
        return a != null && b != null && officer(a).equals(officer(b));
    }

    private static String officer(String name) {
        return UCharacter.foldCase(Normalizer.normalize(name.strip(), Normalizer.Form.NFKC), UCharacter.FOLD_CASE_DEFAULT);
    }
}
