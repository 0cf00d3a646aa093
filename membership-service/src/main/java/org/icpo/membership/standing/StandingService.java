package org.icpo.membership.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.icpo.membership.config.MembershipPolicies;
import org.icpo.membership.contribution.ArrearsAppeal;
import org.icpo.membership.contribution.Contribution;
import org.icpo.membership.measure.Measure;
import org.icpo.membership.member.Member;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Loads a member's facts and evaluates its standing with {@link StandingRules}; in bulk with three queries. */
@ApplicationScoped
public class StandingService {

    private final StandingRules rules;
    private final int unpaidYears;

    @Inject
    public StandingService(MembershipPolicies policies) {
        this.unpaidYears = policies.arrears().unpaidYears();
        this.rules = new StandingRules(new StandingRules.Policy(unpaidYears, policies.arrears().grantedAppealRestoresRights()));
    }

    public StandingRules.Standing of(Member member, LocalDate asOf) {
        return of(List.of(member), asOf).get(member.code);
    }

    /** Standings of the given members, keyed by code, in the order given. */
    public Map<String, StandingRules.Standing> of(Collection<Member> members, LocalDate asOf) {
        List<String> codes = members.stream().map(m -> m.code).toList();
        if (codes.isEmpty()) {
            return Map.of();
        }
        int from = asOf.getYear() - unpaidYears + 1;
        Map<String, List<StandingRules.Contribution>> contributions = Contribution.forYears(codes, from, asOf.getYear()).stream()
                .collect(Collectors.groupingBy(c -> c.memberCode, Collectors.mapping(StandingService::fact, Collectors.toList())));
        Map<String, List<StandingRules.Appeal>> appeals = ArrearsAppeal.forYears(codes, from, asOf.getYear()).stream()
                .collect(Collectors.groupingBy(a -> a.memberCode, Collectors.mapping(
                        a -> new StandingRules.Appeal(a.financialYear, a.outcome, a.decidedOn), Collectors.toList())));
        Map<String, List<StandingRules.Measure>> measures = Measure.notLiftedBefore(asOf).stream()
                .collect(Collectors.groupingBy(m -> m.memberCode, Collectors.mapping(StandingService::fact, Collectors.toList())));
        Map<String, StandingRules.Standing> result = new LinkedHashMap<>();
        for (String code : codes) {
            result.put(code, rules.evaluate(asOf, contributions.getOrDefault(code, List.of()),
                    appeals.getOrDefault(code, List.of()), measures.getOrDefault(code, List.of())));
        }
        return result;
    }

    static StandingRules.Contribution fact(Contribution c) {
        return new StandingRules.Contribution(c.financialYear, c.amountDue, c.assessedOn,
                c.payments.stream().map(p -> new StandingRules.Payment(p.amount, p.paidOn)).toList());
    }

    static StandingRules.Measure fact(Measure m) {
        return new StandingRules.Measure(m.id, m.kind, m.effectiveFrom, m.liftedOn, m.suspendedRightsSet(), m.reason, m.legalBasis);
    }
}
