package org.icpo.membership.standing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.icpo.membership.measure.AccessRight;
import org.icpo.membership.measure.MeasureKind;
import org.icpo.membership.member.Member;
import org.icpo.membership.member.Region;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The standing of a member: the one read other services make before letting a member vote, stand or file. */
@Schema(name = "Standing", description = "Voting rights, eligibility for office, measures in force and access rights of a member on a day")
public record StandingView(
        @Schema(examples = "FR") String country,
        @Schema(examples = "France") String name,
        Region region,
        @Schema(description = "The day the standing was evaluated for", examples = "2026-11-24") LocalDate asOf,
        @Schema(description = "True when the member has its voting rights") boolean inGoodStanding,
        Verdict votingRights,
        Verdict eligibleForOffice,
        Arrears arrears,
        @Schema(description = "Measures in force on the day") List<ActiveMeasure> activeMeasures,
        AccessRights accessRights,
        @Schema(description = "Every notice request and diffusion of the NCB is held for review by the General Secretariat")
        boolean reviewBeforeDistribution,
        @Schema(description = "The NCB may send diffusions directly to other members")
        boolean directDiffusionsAllowed) {

    @Schema(name = "StandingVerdict")
    public record Verdict(boolean granted, List<Reason> reasons) {
    }

    @Schema(name = "StandingReason")
    public record Reason(@Schema(examples = "ARREARS") String code, String message) {
    }

    @Schema(name = "ArrearsStatus")
    public record Arrears(boolean inArrears, @Schema(description = "Unpaid financial years in the arrears window") List<Integer> unpaidYears,
                          @Schema(description = "Rights restored by a granted appeal despite arrears") boolean restoredByAppeal) {
    }

    @Schema(name = "ActiveMeasure")
    public record ActiveMeasure(UUID id, MeasureKind kind, LocalDate effectiveFrom, String reason, String legalBasis,
                                Set<AccessRight> suspendedRights) {
    }

    @Schema(name = "AccessRights")
    public record AccessRights(boolean record, boolean consult, boolean download) {
    }

    public static StandingView of(Member m, StandingRules.Standing s) {
        return new StandingView(m.code, m.name, m.region, s.asOf(), s.inGoodStanding(), verdict(s.votingRights()),
                verdict(s.officeEligibility()),
                new Arrears(s.arrears().inArrears(), s.arrears().unpaidYears(), s.arrears().restoredByAppeal()),
                s.activeMeasures().stream().map(a -> new ActiveMeasure(a.id(), a.kind(), a.effectiveFrom(), a.reason(),
                        a.legalBasis(), a.suspendedRights())).toList(),
                new AccessRights(s.accessRights().record(), s.accessRights().consult(), s.accessRights().download()),
                s.reviewBeforeDistribution(), s.directDiffusionsAllowed());
    }

    private static Verdict verdict(StandingRules.Verdict v) {
        return new Verdict(v.granted(), v.reasons().stream().map(r -> new Reason(r.code(), r.message())).toList());
    }
}
