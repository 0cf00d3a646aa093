package org.icpo.membership.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.security.Caller;
import org.icpo.membership.config.MembershipPolicies;
import org.icpo.membership.contribution.ContributionDtos.ContributionView;
import org.icpo.membership.contribution.ContributionDtos.PaymentView;
import org.icpo.membership.member.Member;
import org.icpo.membership.standing.StandingService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.icpo.kit.persistence.WriteVersions.flushed;

/** Statutory contributions, payments against them, and appeals against the loss of rights for arrears. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContributionService {

    @Inject
    MembershipPolicies policies;

    @Inject
    StandingService standings;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Contribution assess(Member member, ContributionDtos.NewContribution body) {
        int currentYear = LocalDate.now(clock).getYear();
        int latest = currentYear + policies.arrears().assessmentYearsAhead();
        if (body.financialYear() > latest) {
            throw ApiException.invalid("financialYear", "must not be after " + latest + ": a contribution is assessed at most "
                    + policies.arrears().assessmentYearsAhead() + " financial year(s) after the current one (" + currentYear
                    + "; icpo.membership.arrears.assessment-years-ahead)");
        }
        if (member.admissionYear != null && body.financialYear() < member.admissionYear) {
            throw ApiException.ruleViolation(member.code + " has been a member since " + member.admissionYear + " (" + member.admission()
                    + "): no statutory contribution is due for financial year " + body.financialYear() + ", before its admission")
                    .with("financialYear", body.financialYear());
        }
        if (Contribution.of(member.code, body.financialYear()).isPresent()) {
            throw ApiException.conflict("A contribution for " + member.code + " and financial year " + body.financialYear()
                    + " is already recorded");
        }
        Contribution c = new Contribution();
        c.id = UUID.randomUUID();
        c.memberCode = member.code;
        c.financialYear = body.financialYear();
        c.amountDue = body.amountDue();
        c.currency = policies.arrears().currency();
        LocalDate today = LocalDate.now(clock);
        if (body.assessedOn() != null && body.assessedOn().isAfter(today)) {
            // a year counts as unpaid from the day it was assessed: an assessment is recorded once made
            throw ApiException.invalid("assessedOn", "must not be in the future");
        }
        c.assessedOn = body.assessedOn() != null ? body.assessedOn() : today;
        c.createdAt = Instant.now(clock);
        c.persistAndFlush();
        audit.record("contribution.assessed", "member", member.code, Map.of("contributionId", c.id.toString(),
                "financialYear", c.financialYear, "amountDue", c.amountDue.toPlainString(), "currency", c.currency));
        return c;
    }

    public Contribution pay(Member member, int year, ContributionDtos.NewPayment body) {
        Contribution c = Contribution.of(member.code, year).orElseThrow(() -> ApiException.notFound(
                "No contribution is recorded for " + member.code + " and financial year " + year));
        LocalDate today = LocalDate.now(clock);
        LocalDate paidOn = body.paidOn() != null ? body.paidOn() : today;
        if (paidOn.isAfter(today)) {
            throw ApiException.invalid("paidOn", "must not be in the future");
        }
        BigDecimal outstanding = c.amountDue.subtract(c.paidAsOf(LocalDate.MAX));
        if (body.amount().compareTo(outstanding) > 0) {
            throw ApiException.ruleViolation("The payment of " + body.amount().toPlainString() + " exceeds the outstanding "
                    + outstanding.toPlainString() + " " + c.currency + " for financial year " + year);
        }
        ContributionPayment p = new ContributionPayment();
        p.id = UUID.randomUUID();
        p.amount = body.amount();
        p.paidOn = paidOn;
        p.reference = body.reference();
        p.recordedBy = caller.subject();
        p.createdAt = Instant.now(clock);
        c.payments.add(p);
        audit.record("contribution.payment", "member", member.code, Map.of("contributionId", c.id.toString(),
                "financialYear", year, "amount", p.amount.toPlainString(), "paidOn", paidOn.toString()));
        return flushed(c);
    }

    public ArrearsAppeal lodgeAppeal(Member member, ContributionDtos.NewAppeal body) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lodgedOn = body.lodgedOn() != null ? body.lodgedOn() : today;
        if (lodgedOn.isAfter(today)) {
            throw ApiException.invalid("lodgedOn", "must not be in the future");
        }
        int year = body.financialYear() != null ? body.financialYear() : lodgedOn.getYear();
        if (year > lodgedOn.getYear()) {
            // a granted appeal restores the rights of its year: a year to come is neither assessed nor lost yet
            throw ApiException.invalid("financialYear", "must not be after the year the appeal is lodged in (" + lodgedOn.getYear()
                    + "): an appeal is for a financial year already assessed");
        }
        var standing = standings.of(member, lodgedOn);
        if (!standing.arrears().inArrears()) {
            throw ApiException.ruleViolation(member.code + " was not in arrears on " + lodgedOn + "; there is nothing to appeal");
        }
        if (Contribution.of(member.code, year).filter(c -> !c.assessedOn.isAfter(lodgedOn)).isEmpty()) {
            throw ApiException.ruleViolation("No contribution of " + member.code + " for financial year " + year + " was assessed by "
                    + lodgedOn + "; an appeal is for a financial year already assessed").with("financialYear", year);
        }
        if (ArrearsAppeal.count("memberCode = ?1 and financialYear = ?2 and outcome = ?3", member.code, year, AppealOutcome.PENDING) > 0) {
            throw ApiException.conflict(member.code + " already has a pending appeal for financial year " + year);
        }
        ArrearsAppeal a = new ArrearsAppeal();
        a.id = UUID.randomUUID();
        a.memberCode = member.code;
        a.financialYear = year;
        a.lodgedOn = lodgedOn;
        a.grounds = body.grounds();
        a.outcome = AppealOutcome.PENDING;
        a.createdAt = Instant.now(clock);
        a.persistAndFlush();
        audit.record("arrears-appeal.lodged", "member", member.code, Map.of("appealId", a.id.toString(), "financialYear", year));
        return a;
    }

    public ArrearsAppeal decideAppeal(Member member, UUID appealId, ContributionDtos.Decision body) {
        ArrearsAppeal a = ArrearsAppeal.findById(appealId);
        if (a == null || !a.memberCode.equals(member.code)) {
            throw ApiException.notFound("No arrears appeal " + appealId + " for " + member.code);
        }
        if (a.outcome != AppealOutcome.PENDING) {
            throw ApiException.conflict("The appeal was already decided: " + a.outcome + " on " + a.decidedOn);
        }
        if (body.outcome() == AppealOutcome.PENDING) {
            throw ApiException.invalid("outcome", "must be GRANTED or DISMISSED");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate decidedOn = body.decidedOn() != null ? body.decidedOn() : today;
        if (decidedOn.isAfter(today)) {
            throw ApiException.invalid("decidedOn", "must not be in the future");
        }
        if (decidedOn.isBefore(a.lodgedOn)) {
            throw ApiException.invalid("decidedOn", "must not be before the appeal was lodged (" + a.lodgedOn + ")");
        }
        a.outcome = body.outcome();
        a.decidedOn = decidedOn;
        a.decisionReason = body.reason();
        audit.record("arrears-appeal.decided", "member", member.code, Map.of("appealId", a.id.toString(),
                "outcome", a.outcome.name(), "decidedOn", decidedOn.toString()));
        return flushed(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContributionView view(Contribution c) {
        BigDecimal paid = c.paidAsOf(LocalDate.MAX);
        return new ContributionView(c.id, c.memberCode, c.memberCode, c.financialYear, c.amountDue, c.currency, c.assessedOn, paid,
                c.amountDue.subtract(paid), paid.compareTo(c.amountDue) >= 0,
                c.payments.stream().map(p -> new PaymentView(p.id, p.amount, p.paidOn, p.reference)).toList(), c.version);
    }
}
