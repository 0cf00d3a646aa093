package org.icpo.membership.standing;

import org.icpo.membership.contribution.AppealOutcome;
import org.icpo.membership.measure.AccessRight;
import org.icpo.membership.measure.MeasureKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The standing of a member on a given day, from plain facts: its contributions and payments, its
 * arrears appeals and its measures. No framework types; every rule is unit-tested.
 *
 * <ul>
 *   <li><b>Arrears</b> (General Regulations art. 52, details assumed, see {@link Policy}): a member that
 *       has left its statutory contribution unpaid for the current financial year and the previous
 *       one(s) loses its vote in the Assembly and its eligibility for the Executive Committee until it
 *       pays. A year counts as unpaid when a contribution was assessed for it and the payments made
 *       by that day do not cover the amount due. A granted appeal restores both rights for the
 *       financial year it was decided in.</li>
 *   <li><b>Measures</b> in force on the day (effective, not yet lifted): corrective measures and heightened
 *       supervision put every message of the NCB under prior review and forbid direct diffusions;
 *       a suspension of access rights withdraws the rights it names. Measures never affect the vote.</li>
 * </ul>
 */
public final class StandingRules {

    /** The assumed parts of the arrears rule, configurable. */
    public record Policy(int unpaidYears, boolean grantedAppealRestoresRights) {
        public Policy {
            if (unpaidYears < 1) {
                throw new IllegalArgumentException("unpaidYears must be at least 1");
            }
        }
    }

    public record Payment(BigDecimal amount, LocalDate paidOn) {
    }

    public record Contribution(int financialYear, BigDecimal amountDue, LocalDate assessedOn, List<Payment> payments) {
        BigDecimal paidAsOf(LocalDate day) {
            return payments.stream().filter(p -> !p.paidOn().isAfter(day)).map(Payment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Assessed by that day, and not covered by the payments made by then. */
        boolean unpaidAsOf(LocalDate day) {
            return !assessedOn.isAfter(day) && paidAsOf(day).compareTo(amountDue) < 0;
        }
    }

    public record Appeal(int financialYear, AppealOutcome outcome, LocalDate decidedOn) {
    }

    public record Measure(UUID id, MeasureKind kind, LocalDate effectiveFrom, LocalDate liftedOn,
                          Set<AccessRight> suspendedRights, String reason, String legalBasis) {
        public boolean inForceOn(LocalDate day) {
            return !effectiveFrom.isAfter(day) && (liftedOn == null || liftedOn.isAfter(day));
        }
    }

    public record Reason(String code, String message) {
    }

    public record Verdict(boolean granted, List<Reason> reasons) {
    }

    public record Arrears(boolean inArrears, List<Integer> unpaidYears, boolean restoredByAppeal) {
    }

    public record AccessRights(boolean record, boolean consult, boolean download) {
        public boolean allows(AccessRight right) {
            return switch (right) {
                case RECORD -> record;
                case CONSULT -> consult;
                case DOWNLOAD -> download;
            };
        }
    }

    public record Standing(LocalDate asOf, Verdict votingRights, Verdict officeEligibility, Arrears arrears,
                           List<Measure> activeMeasures, AccessRights accessRights,
                           boolean reviewBeforeDistribution, boolean directDiffusionsAllowed) {
        public boolean inGoodStanding() {
            return votingRights.granted();
        }
    }

    private final Policy policy;

    public StandingRules(Policy policy) {
        this.policy = policy;
    }

    public Standing evaluate(LocalDate asOf, List<Contribution> contributions, List<Appeal> appeals, List<Measure> measures) {
        Arrears arrears = arrears(asOf, contributions, appeals);
        List<Reason> lost = new ArrayList<>();
        if (arrears.inArrears() && !arrears.restoredByAppeal()) {
            lost.add(new Reason("ARREARS", "Statutory contributions unpaid for financial years " + arrears.unpaidYears()
                    + " (General Regulations art. 52): rights return when the arrears are paid or an appeal is granted"));
        }
        Verdict vote = new Verdict(lost.isEmpty(), List.copyOf(lost));
        Verdict office = new Verdict(lost.isEmpty(), List.copyOf(lost));

        List<Measure> active = measures.stream().filter(m -> m.inForceOn(asOf))
                .sorted(Comparator.comparing(Measure::effectiveFrom).thenComparing(m -> m.kind().name())).toList();
        Set<AccessRight> withdrawn = EnumSet.noneOf(AccessRight.class);
        boolean review = false;
        for (Measure m : active) {
            switch (m.kind()) {
                case ACCESS_SUSPENSION -> withdrawn.addAll(m.suspendedRights());
                case CORRECTIVE_MEASURES, HEIGHTENED_SUPERVISION -> review = true;
            }
        }
        AccessRights access = new AccessRights(!withdrawn.contains(AccessRight.RECORD),
                !withdrawn.contains(AccessRight.CONSULT), !withdrawn.contains(AccessRight.DOWNLOAD));
        return new Standing(asOf, vote, office, arrears, active, access, review, !review);
    }

    /** Unpaid years among the window of {@code unpaidYears} years ending with the current one. */
    Arrears arrears(LocalDate asOf, List<Contribution> contributions, List<Appeal> appeals) {
        int current = asOf.getYear();
        List<Integer> window = IntStream.rangeClosed(current - policy.unpaidYears() + 1, current).boxed().toList();
        List<Integer> unpaid = window.stream()
                .filter(year -> contributions.stream().anyMatch(c -> c.financialYear() == year && c.unpaidAsOf(asOf)))
                .toList();
        boolean inArrears = unpaid.size() == window.size();
        boolean restored = inArrears && policy.grantedAppealRestoresRights() && appeals.stream().anyMatch(a ->
                a.outcome() == AppealOutcome.GRANTED && a.financialYear() == current
                        && a.decidedOn() != null && !a.decidedOn().isAfter(asOf));
        return new Arrears(inArrears, unpaid, restored);
    }
}
