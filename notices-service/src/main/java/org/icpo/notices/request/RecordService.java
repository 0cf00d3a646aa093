package org.icpo.notices.request;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.Problem;
import org.icpo.kit.problem.ProblemType;
import org.icpo.kit.security.Caller;
import org.icpo.kit.security.Roles;
import org.icpo.membership.client.MembershipDtos;
import org.icpo.notices.access.Auditor;
import org.icpo.notices.access.Json;
import org.icpo.notices.access.MemberAccess;
import org.icpo.notices.ccf.CcfDeletionBlock;
import org.icpo.notices.check.CheckResult;
import org.icpo.notices.check.MinimumChecks;
import org.icpo.notices.config.NoticePolicies;
import org.icpo.notices.diffusion.DiffusionRecipient;
import org.icpo.notices.request.NoticeDtos.SubjectData;
import org.icpo.notices.request.NoticeDtos.Submission;
import org.icpo.notices.screening.RefugeeStatus;
import org.icpo.notices.screening.Screening;
import org.icpo.notices.screening.ScreeningIndicator;
import org.icpo.notices.subject.Names;
import org.icpo.notices.subject.PartialDate;
import org.icpo.notices.subject.PhotoRules;
import org.icpo.notices.subject.SubjectPhoto;
import org.icpo.notices.workflow.Action;
import org.icpo.notices.workflow.Actor;
import org.icpo.notices.workflow.RecordKind;
import org.icpo.notices.workflow.Status;
import org.icpo.notices.workflow.Workflow;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.icpo.kit.persistence.WriteVersions.flushed;

/**
 * Filing, reading and moving notice requests and diffusions. Every move goes through {@link Workflow},
 * is recorded as a {@link RecordEvent} and in the audit log, in the transaction of the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordService {

    @Inject
    Caller caller;

    @Inject
    MemberAccess access;

    @Inject
    Auditor audit;

    @Inject
    Json json;

    @Inject
    Clock clock;

    @Inject
    NoticePolicies policies;

    @Inject
    org.icpo.notices.search.SubjectIndex subjectIndex;

    @Inject
    jakarta.persistence.EntityManager em;

    // ------------------------------------------------------------------ filing

    /**
     * The standing of the caller's country, whose right to record must not be suspended (403, audited). Checked before an
     * idempotent replay too, so that a member suspended since gets its 403 rather than the record it filed.
     */
    public MembershipDtos.Standing requireFilingRight(RecordKind kind) {
        String targetType = targetType(kind);
        return access.require(caller.ncbCountry(), MemberAccess.Right.RECORD, targetType + ".file", targetType, "new");
    }

    /** Files a request or diffusion for the caller's country, whose standing {@link #requireFilingRight} returned. */
    public NoticeRecord file(RecordKind kind, Submission s, MembershipDtos.Standing standing) {
        String country = caller.ncbCountry();
        String targetType = targetType(kind);
        LocalDate today = LocalDate.now(clock);
        List<Problem.Violation> violations = new ArrayList<>();
        MinimumChecks.misplacedFields(s, kind == RecordKind.DIFFUSION).forEach((f, m) -> violations.add(new Problem.Violation(f, m)));
        PartialDate dob = partialDate("subject.dateOfBirth", s.subject().dateOfBirth(), today, violations);
        if (s.event() != null) {
            partialDate("event.date", s.event().date(), today, violations);
        }
        if (s.recipients() != null) {
            if (s.recipients().isEmpty()) {
                violations.add(new Problem.Violation("recipients", "must name at least one member, or be omitted to address all members"));
            } else if (new LinkedHashSet<>(s.recipients()).size() != s.recipients().size()) {
                violations.add(new Problem.Violation("recipients", "must not repeat a member"));
            }
        }
        List<byte[]> photos = decodePhotos(s.subject().photos(), violations);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        if (s.recipients() != null) {
            requireMembers(s.recipients());
        }

        List<String> measures = MemberAccess.supervision(standing);
        boolean underMeasures = !measures.isEmpty();
        String familyFolded = Names.fold(s.subject().familyName());
        String forenameFolded = Names.fold(s.subject().forename());
        String dobText = dob == null ? null : dob.toString();
        List<CcfDeletionBlock> deletions = familyFolded.isEmpty() ? List.of() : CcfDeletionBlock.matching(familyFolded, forenameFolded, dobText);
        CcfDeletionBlock ownBlock = deletions.stream().filter(b -> b.requesterCountry.equals(country)).findFirst().orElse(null);

        MinimumChecks checks = new MinimumChecks(policies.red().prosecutionMinPenaltyMonths(), policies.red().sentenceMinRemainingMonths(),
                policies.red().sentenceRule());
        List<CheckResult> results = checks.run(s, photos.size(),
                new MinimumChecks.Context(today, underMeasures, ownBlock != null, ownBlock == null ? null : ownBlock.describe()));
        List<CheckResult> failures = MinimumChecks.failures(results);
        if (!failures.isEmpty()) {
            throw ApiException.ruleViolation("The " + (kind == RecordKind.NOTICE ? "notice request" : "diffusion") + " is refused: "
                            + String.join("; ", failures.stream().map(f -> f.code() + ": " + f.reason()).toList()))
                    .with("failedChecks", failures).with("checks", results);
        }

        Status initial = move(kind, null, Action.FILE, Actor.REQUESTER, new Workflow.Context(underMeasures, false));
        Instant now = Instant.now(clock);
        NoticeRecord r = new NoticeRecord();
        r.id = UUID.randomUUID();
        r.kind = kind;
        r.type = s.type();
        r.status = initial;
        r.requesterCountry = country;
        r.filedBy = caller.subject();
        r.filedAt = now;
        SubjectData p = s.subject();
        r.familyName = blankToNull(p.familyName());
        r.forename = blankToNull(p.forename());
        r.familyNameOriginal = blankToNull(p.familyNameOriginal());
        r.forenameOriginal = blankToNull(p.forenameOriginal());
        r.originalScript = p.originalScript();
        r.sex = p.sex();
        if (dob != null) {
            r.dobYear = dob.year();
            r.dobMonth = dob.month();
            r.dobDay = dob.day();
        }
        r.nationalities = json.write(p.nationalitiesOrEmpty());
        r.subjectKey = Names.subjectKey(p.familyName(), p.forename(), dobText);
        r.subject = json.write(withoutPhotos(p));
        r.caseSummary = s.caseSummary();
        r.red = s.red() == null ? null : json.write(s.red());
        r.typeData = json.write(new RecordView.TypeData(s.event(), s.threatDescription(), s.modusOperandi(), s.unReference(), s.assetsDescription(),
                s.unListedAs()));
        r.justification = s.justification() == null ? null : json.write(s.justification());
        r.publicExtract = kind == RecordKind.NOTICE && (s.type() == NoticeType.UN_SPECIAL || Boolean.TRUE.equals(s.publicExtract()));
        r.newFacts = blankToNull(s.newFacts());
        r.toAll = s.recipients() == null;
        r.checks = json.write(results);
        r.measuresAtFiling = json.write(measures);
        r.fourEyes = underMeasures;
        r.queuedAt = now;
        screen(r, s, measures, deletions, now);
        r.publicYear = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).getYear();
        r.publicNumber = ((Number) em.createNativeQuery("select nextval('notice_number_seq')").getSingleResult()).intValue();
        subjectIndex.prepare(r, s);
        r.persist();
        subjectIndex.storeNames(r, p);
        for (int i = 0; i < photos.size(); i++) {
            SubjectPhoto photo = new SubjectPhoto();
            photo.id = UUID.randomUUID();
            photo.recordId = r.id;
            photo.position = i + 1;
            photo.contentType = PhotoRules.detect(photos.get(i));
            photo.sizeBytes = photos.get(i).length;
            photo.sha256 = sha256(photos.get(i));
            photo.data = photos.get(i);
            photo.addedAt = now;
            photo.addedBy = caller.subject();
            photo.persist();
        }
        if (s.recipients() != null) {
            for (String c : s.recipients()) {
                DiffusionRecipient dr = new DiffusionRecipient();
                dr.recordId = r.id;
                dr.country = c;
                dr.persist();
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", r.type.name());
        details.put("status", r.status.name());
        details.put("riskScore", r.riskScore);
        details.put("flags", flagCodes(r));
        details.put("checks", results.stream().map(c -> c.code() + ":" + c.outcome()).toList());
        if (underMeasures) {
            details.put("measures", measures);
        }
        if (!r.toAll) {
            details.put("recipients", s.recipients());
        }
        event(r, Action.FILE, null, Actor.REQUESTER, null, null);
        audit.record(targetType + ".filed", targetType, r.id.toString(), details);
        return r;
    }

    /**
     * A diffusion's chosen recipients must be members of the Organization (membership-service knows their standing;
     * members under a measure included): otherwise a 422 naming them ({@code unknownRecipients}, one violation each),
     * before anything is written. Membership unreachable with no fresh standing cached: 503, as for the requester's.
     */
    private void requireMembers(List<String> recipients) {
        List<String> unknown = access.notMembers(recipients);
        if (unknown.isEmpty()) {
            return;
        }
        List<Problem.Violation> v = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            if (unknown.contains(recipients.get(i))) {
                v.add(new Problem.Violation("recipients[" + i + "]", recipients.get(i) + " is not a member of the Organization"));
            }
        }
        throw new ApiException(ProblemType.RULE_VIOLATION, ProblemType.RULE_VIOLATION.status(), ProblemType.RULE_VIOLATION.title(),
                "The diffusion is refused: not members of the Organization: " + String.join(", ", unknown)
                        + "; a diffusion goes to chosen members, or to all when recipients is omitted", v)
                .with("unknownRecipients", unknown);
    }

    /** Runs the Article 3 and refugee screening and stores the assessment on the record. */
    void screen(NoticeRecord r, Submission s, List<String> measures, List<CcfDeletionBlock> deletions, Instant now) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("caseSummary", s.caseSummary());
        if (s.red() != null) {
            List<NoticeDtos.Charge> charges = s.red().chargesOrEmpty();
            for (int i = 0; i < charges.size(); i++) {
                texts.put("red.charges[" + i + "].description", charges.get(i).description());
                texts.put("red.charges[" + i + "].legalProvision", charges.get(i).legalProvision());
            }
        }
        texts.put("threatDescription", s.threatDescription());
        texts.put("modusOperandi", s.modusOperandi());
        texts.put("assetsDescription", s.assetsDescription());
        texts.put("newFacts", s.newFacts());
        screenTexts(r, texts, measures, deletions, now);
    }

    void screenTexts(NoticeRecord r, Map<String, String> texts, List<String> measures, List<CcfDeletionBlock> deletions, Instant now) {
        String familyFolded = Names.fold(r.familyName);
        List<Screening.RefugeeRecord> refugees = familyFolded.isEmpty() ? List.of()
                : RefugeeStatus.matching(familyFolded, Names.fold(r.forename), r.dateOfBirth()).stream()
                .map(x -> new Screening.RefugeeRecord(x.countryFled, x.recognizedBy, x.reference)).toList();
        List<Screening.CcfDeletion> ccf = deletions.stream()
                .filter(d -> !d.recordId.equals(r.id))
                .map(d -> new Screening.CcfDeletion(d.requesterCountry, d.describe())).toList();
        NoticePolicies.Risk w = policies.risk();
        Screening screening = new Screening(new Screening.Weights(w.article3(), w.refugeeFromRequester(), w.refugeeKnown(),
                w.requesterUnderSupervision(), w.repeatAfterCcfDeletion(), w.mediumFrom(), w.highFrom()));
        Screening.Assessment a = screening.assess(new Screening.Input(r.requesterCountry, texts, measures, refugees, ccf),
                ScreeningIndicator.activeIndicators());
        r.riskScore = a.score();
        r.riskLevel = a.level();
        r.riskFlags = json.write(a.flags());
        r.screenedAt = now;
    }

    /** Runs the screening again on a stored record (e.g. when it returns to the queue). */
    public void rescreen(NoticeRecord r) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("caseSummary", r.caseSummary);
        NoticeDtos.RedData red = json.read(r.red, NoticeDtos.RedData.class);
        if (red != null) {
            for (int i = 0; i < red.chargesOrEmpty().size(); i++) {
                texts.put("red.charges[" + i + "].description", red.chargesOrEmpty().get(i).description());
                texts.put("red.charges[" + i + "].legalProvision", red.chargesOrEmpty().get(i).legalProvision());
            }
        }
        RecordView.TypeData td = json.read(r.typeData, RecordView.TypeData.class);
        if (td != null) {
            texts.put("threatDescription", td.threatDescription());
            texts.put("modusOperandi", td.modusOperandi());
            texts.put("assetsDescription", td.assetsDescription());
        }
        texts.put("newFacts", r.newFacts);
        for (RecordEvent e : RecordEvent.of(r.id)) {
            if (e.action == Action.ANSWER) {
                texts.put("answer of " + e.occurredAt, e.reason);
            }
        }
        List<String> measures = json.read(r.measuresAtFiling, new TypeReference<List<String>>() { });
        List<CcfDeletionBlock> deletions = r.familyName == null ? List.of()
                : CcfDeletionBlock.matching(Names.fold(r.familyName), Names.fold(r.forename), r.dateOfBirth());
        screenTexts(r, texts, measures, deletions, Instant.now(clock));
    }

    /**
     * Screens again the open requests and diffusions about a person (e.g. after a refugee status was recorded
     * for them), so that the review queue shows current flags: the same folded family name, the same folded forename
     * or none on either side ({@link Screening#compatibleForenames}), compatible dates of birth. Returns the ids
     * screened again.
     */
    public List<UUID> rescreenOpenAbout(String familyFolded, String forenameFolded, String dateOfBirth) {
        List<UUID> ids = new ArrayList<>();
        if (familyFolded == null || familyFolded.isEmpty()) {
            return ids;
        }
        // the folded family name is the subject key up to its first '|' (Names.fold leaves no '|' in a name);
        // the statuses are those of the partial index notice_record_subject_family_idx (V1.17)
        @SuppressWarnings("unchecked")
        List<NoticeRecord> open = em.createNativeQuery("select * from notice_record where split_part(subject_key, '|', 1) = ?1"
                        + " and status in ('PROCESSING', 'INFO_REQUESTED', 'PENDING_SECOND_REVIEW', 'CIRCULATING') order by filed_at, id",
                NoticeRecord.class).setParameter(1, familyFolded).getResultList();
        for (NoticeRecord r : open) {
            if (Screening.compatibleForenames(Names.fold(r.forename), forenameFolded) && Screening.compatibleDates(r.dateOfBirth(), dateOfBirth)) {
                int before = r.riskScore;
                rescreen(r);
                audit.record(targetType(r.kind) + ".rescreened", targetType(r.kind), r.id.toString(),
                        Map.of("riskScoreBefore", before, "riskScore", r.riskScore, "flags", flagCodes(r)));
                ids.add(r.id);
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ reading

    /** The record if the caller may see it; otherwise 404 (existence is not revealed to members who may not see it). */
    public NoticeRecord requireVisible(UUID id, RecordKind kind, MemberAccess.Right right) {
        NoticeRecord r = NoticeRecord.findById(id);
        String targetType = targetType(kind);
        if (caller.hasRole(Roles.NCB)) {
            String country = caller.ncbCountry();
            access.require(country, right, targetType + ".read", targetType, id.toString());
        }
        if (r == null || r.kind != kind || !visibleToCaller(r)) {
            throw ApiException.notFound("No " + (kind == RecordKind.NOTICE ? "notice request" : "diffusion") + " " + id + " that you may see");
        }
        return r;
    }

    public boolean visibleToCaller(NoticeRecord r) {
        if (caller.hasRole(Roles.SECRETARIAT) || caller.hasRole(Roles.CCF)) {
            return true;
        }
        if (!caller.hasRole(Roles.NCB)) {
            return false;
        }
        String country = caller.ncbCountry();
        if (country.equals(r.requesterCountry)) {
            return true;
        }
        if (!r.status.visible()) {
            return false;
        }
        return r.kind == RecordKind.NOTICE || r.toAll || DiffusionRecipient.count("recordId = ?1 and country = ?2", r.id, country) > 0;
    }

    public boolean privileged() {
        return caller.hasRole(Roles.SECRETARIAT) || caller.hasRole(Roles.CCF);
    }

    public boolean isRequester(NoticeRecord r) {
        return caller.hasRole(Roles.NCB) && caller.country().map(c -> c.equals(r.requesterCountry)).orElse(false);
    }

    /** The full view, as far as the caller may see it; the read of personal data is audited. */
    public RecordView read(NoticeRecord r) {
        audit.record(targetType(r.kind) + ".read", targetType(r.kind), r.id.toString(), Map.of("status", r.status.name()));
        return view(r);
    }

    public RecordView view(NoticeRecord r) {
        boolean full = privileged();
        boolean requester = isRequester(r);
        String base = (r.kind == RecordKind.NOTICE ? "/notice-requests/" : "/diffusions/") + r.id + "/photos/";
        List<RecordView.PhotoMeta> photos = SubjectPhoto.of(r.id).stream()
                .map(ph -> new RecordView.PhotoMeta(ph.id, ph.position, ph.contentType, ph.sizeBytes, ph.sha256, base + ph.id)).toList();
        List<String> recipients = r.toAll ? null : DiffusionRecipient.of(r.id);
        RecordView.Risk risk = full ? new RecordView.Risk(r.riskScore, r.riskLevel,
                json.read(r.riskFlags, new TypeReference<List<Screening.Flag>>() { }), r.screenedAt,
                json.read(r.measuresAtFiling, new TypeReference<List<String>>() { }), r.fourEyes) : null;
        RecordView.Review review = full ? new RecordView.Review(r.firstReviewer, r.firstReviewedAt, r.reviewedBy, r.reviewedAt, r.refusalGround, r.decisionReason)
                : requester && r.refusalGround != null ? new RecordView.Review(null, null, null, r.reviewedAt, r.refusalGround, r.decisionReason) : null;
        List<RecordView.EventView> history = full || requester ? RecordEvent.of(r.id).stream().map(RecordView.EventView::of).toList() : null;
        return new RecordView(r.id, r.kind, r.type, r.status, r.requesterCountry, r.filedAt, json.read(r.subject, SubjectData.class), photos,
                r.caseSummary, json.read(r.red, NoticeDtos.RedData.class), json.read(r.typeData, RecordView.TypeData.class),
                full || requester ? json.read(r.justification, NoticeDtos.Justification.class) : null,
                r.publicExtract, r.toAll, recipients,
                full || requester ? json.read(r.checks, new TypeReference<List<CheckResult>>() { }) : null,
                risk, review, r.publishedAt, r.validUntil, r.renewalRequestedAt, r.closedAt, r.closeReason, history, r.version);
    }

    // ------------------------------------------------------------------ moves

    /** Applies the state machine, or turns its refusal into a 403 (wrong actor) or 409 (wrong status) problem. */
    public static Status move(RecordKind kind, Status from, Action action, Actor actor, Workflow.Context ctx) {
        try {
            return Workflow.next(kind, from, action, actor, ctx);
        } catch (Workflow.Violation v) {
            ApiException e = v.forbidden() ? ApiException.forbidden(v.getMessage()) : ApiException.conflict(v.getMessage());
            throw e.with("action", action.name()).with("currentStatus", from == null ? "NEW" : from.name());
        }
    }

    /** Records the transition the caller made (status already set on the record by the caller of this method). */
    public void event(NoticeRecord r, Action action, Status from, Actor actor, String reason, String ground) {
        RecordEvent e = new RecordEvent();
        e.recordId = r.id;
        e.occurredAt = Instant.now(clock);
        e.action = action;
        e.fromStatus = from;
        e.toStatus = r.status;
        e.actor = audit.actorName();
        e.actorRole = actor;
        e.actorCountry = audit.actorCountry();
        e.reason = reason;
        e.ground = ground;
        e.details = "{}";
        e.persist();
    }

    /** A move by the requesting NCB: checks it is the requester and holds the RECORD right. */
    public NoticeRecord requireRequester(UUID id, RecordKind kind, String attempt) {
        NoticeRecord r = requireVisible(id, kind, MemberAccess.Right.CONSULT);
        if (!isRequester(r)) {
            throw ApiException.forbidden("Only the requesting NCB (" + r.requesterCountry + ") may " + attempt);
        }
        access.require(r.requesterCountry, MemberAccess.Right.RECORD, targetType(kind) + "." + attempt, targetType(kind), id.toString());
        return r;
    }

    public NoticeRecord answer(UUID id, RecordKind kind, String answer) {
        NoticeRecord r = requireRequester(id, kind, "answer");
        Status from = r.status;
        r.status = move(kind, from, Action.ANSWER, Actor.REQUESTER, Workflow.Context.PLAIN);
        r.firstReviewer = null;
        r.firstReviewedAt = null;
        event(r, Action.ANSWER, from, Actor.REQUESTER, answer, null);
        rescreen(r);
        audit.record(targetType(kind) + ".answered", targetType(kind), id.toString(), Map.of("riskScore", r.riskScore, "flags", flagCodes(r)));
        return flushed(r);
    }

    public NoticeRecord cancel(UUID id, RecordKind kind, String reason) {
        NoticeRecord r = requireRequester(id, kind, "cancel");
        Status from = r.status;
        r.status = move(kind, from, Action.CANCEL, Actor.REQUESTER, Workflow.Context.PLAIN);
        r.closedAt = Instant.now(clock);
        r.closedBy = caller.subject();
        r.closeReason = reason;
        event(r, Action.CANCEL, from, Actor.REQUESTER, reason, null);
        audit.record(targetType(kind) + ".cancelled", targetType(kind), id.toString(), Map.of("from", from.name(), "reason", reason));
        return flushed(r);
    }

    public NoticeRecord renew(UUID id, String reasons) {
        NoticeRecord r = requireRequester(id, RecordKind.NOTICE, "renew");
        Status from = r.status;
        r.status = move(RecordKind.NOTICE, from, Action.RENEW, Actor.REQUESTER, Workflow.Context.PLAIN);
        LocalDate previous = r.validUntil;
        r.validUntil = r.validUntil.plus(policies.validity());
        r.renewalRequestedAt = null;
        event(r, Action.RENEW, from, Actor.REQUESTER, reasons, null);
        audit.record("notice.renewed", "notice", id.toString(), Map.of("previousValidUntil", previous.toString(),
                "validUntil", r.validUntil.toString(), "reasons", reasons));
        return flushed(r);
    }

    public static List<String> flagCodes(NoticeRecord r) {
        List<String> codes = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9_]+)\"").matcher(r.riskFlags == null ? "" : r.riskFlags);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    public static String targetType(RecordKind kind) {
        return kind == RecordKind.NOTICE ? "notice" : "diffusion";
    }

    // ------------------------------------------------------------------ input helpers

    private static PartialDate partialDate(String field, String text, LocalDate today, List<Problem.Violation> violations) {
        if (text == null) {
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(text);
            if (d.earliest().isAfter(today)) {
                violations.add(new Problem.Violation(field, "must not be in the future"));
            }
            return d;
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation(field, e.getMessage()));
            return null;
        }
    }

    private List<byte[]> decodePhotos(List<NoticeDtos.PhotoUpload> uploads, List<Problem.Violation> violations) {
        List<byte[]> out = new ArrayList<>();
        if (uploads == null) {
            return out;
        }
        NoticePolicies.Photo limits = policies.photo();
        if (uploads.size() > limits.maxCount()) {
            violations.add(new Problem.Violation("subject.photos", "at most " + limits.maxCount() + " photographs are accepted"));
            return out;
        }
        for (int i = 0; i < uploads.size(); i++) {
            String field = "subject.photos[" + i + "]";
            byte[] data;
            try {
                data = Base64.getDecoder().decode(uploads.get(i).data().trim());
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation(field + ".data", "is not valid base64"));
                continue;
            }
            String problem = PhotoRules.problem(uploads.get(i).contentType(), data, limits.maxBytes(), limits.types());
            if (problem != null) {
                violations.add(new Problem.Violation(field, "the photograph " + problem));
            } else {
                out.add(data);
            }
        }
        return out;
    }

    public static ApiException invalid(List<Problem.Violation> violations) {
        return ApiException.invalid(String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList()), violations);
    }

    private static SubjectData withoutPhotos(SubjectData p) {
        return new SubjectData(p.familyName(), p.forename(), p.familyNameOriginal(), p.forenameOriginal(), p.originalScript(), p.sex(),
                p.dateOfBirth(), p.nationalities(), p.placeOfBirth(), p.countryOfBirth(), p.physical(), p.languages(),
                p.distinguishingMarks(), p.identityDocuments(), null, p.birthName(), p.fatherForename(), p.motherForename(), p.motherName());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
