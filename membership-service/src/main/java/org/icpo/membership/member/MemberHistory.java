package org.icpo.membership.member;

import jakarta.enterprise.context.ApplicationScoped;
import org.icpo.membership.application.AdmissionApplication;
import org.icpo.membership.application.AdmissionRules;
import org.icpo.membership.application.ApplicationStatus;
import org.icpo.membership.contribution.ArrearsAppeal;
import org.icpo.membership.contribution.Contribution;
import org.icpo.membership.contribution.ContributionPayment;
import org.icpo.membership.measure.Measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the dated history of a member from its applications, measures, contributions and appeals. */
@ApplicationScoped
public class MemberHistory {

    public List<HistoryEvent> of(Member member) {
        List<HistoryEvent> events = new ArrayList<>();
        for (AdmissionApplication a : AdmissionApplication.ofState(member.code)) {
            String ref = a.id.toString();
            events.add(new HistoryEvent(a.submittedOn, HistoryEvent.Type.APPLICATION_SUBMITTED,
                    "Applied for membership (Assembly of " + a.assemblyYear + ")", ref));
            if (a.sessionMoves != null) {
                for (AdmissionRules.SessionMove m : a.sessionMoves) {
                    events.add(new HistoryEvent(m.movedOn(), HistoryEvent.Type.APPLICATION_RESCHEDULED,
                            "Application moved from session " + m.fromSession() + " to session " + m.toSession() + ": " + m.reason(), ref));
                }
            }
            if (a.status == ApplicationStatus.WITHDRAWN) {
                events.add(new HistoryEvent(a.withdrawnOn, HistoryEvent.Type.APPLICATION_WITHDRAWN, "Withdrew the application: " + a.withdrawalReason, ref));
            } else if (a.status == ApplicationStatus.ADMITTED) {
                events.add(new HistoryEvent(a.decidedOn, HistoryEvent.Type.ADMITTED, "Admitted by the General Assembly (session " + a.decisionSession + ")", ref));
            } else if (a.status == ApplicationStatus.REJECTED) {
                events.add(new HistoryEvent(a.decidedOn, HistoryEvent.Type.ADMISSION_REJECTED, "Admission rejected by the General Assembly (session " + a.decisionSession + ")", ref));
            }
        }
        boolean admissionKnown = events.stream().anyMatch(e -> e.type() == HistoryEvent.Type.ADMITTED);
        if (!admissionKnown && member.admittedOn != null) {
            events.add(new HistoryEvent(member.admittedOn, HistoryEvent.Type.ADMITTED, "Admitted on " + member.admittedOn, null));
        } else if (!admissionKnown && member.admissionYear != null) {
            events.add(new HistoryEvent(LocalDate.of(member.admissionYear, 1, 1), HistoryEvent.Type.ADMITTED,
                    "Member since " + member.admissionYear, null));
        }
        for (Measure m : Measure.ofMember(member.code)) {
            String ref = m.id.toString();
            events.add(new HistoryEvent(m.effectiveFrom, HistoryEvent.Type.MEASURE_IMPOSED,
                    m.kind + " decided by " + m.decidedBy + " on " + m.decidedOn + " (" + m.legalBasis + "): " + m.reason, ref));
            if (m.endorsedOn != null) {
                events.add(new HistoryEvent(m.endorsedOn, HistoryEvent.Type.MEASURE_ENDORSED, m.kind + " endorsed by the Executive Committee", ref));
            }
            if (m.liftedOn != null) {
                events.add(new HistoryEvent(m.liftedOn, HistoryEvent.Type.MEASURE_LIFTED, m.kind + " lifted by " + m.liftDecidedBy + ": " + m.liftReason, ref));
            }
        }
        for (Contribution c : Contribution.ofMember(member.code)) {
            String ref = c.id.toString();
            events.add(new HistoryEvent(c.assessedOn, HistoryEvent.Type.CONTRIBUTION_ASSESSED,
                    "Contribution for " + c.financialYear + " assessed: " + c.amountDue.toPlainString() + " " + c.currency, ref));
            for (ContributionPayment p : c.payments) {
                events.add(new HistoryEvent(p.paidOn, HistoryEvent.Type.CONTRIBUTION_PAYMENT,
                        "Paid " + p.amount.toPlainString() + " " + c.currency + " towards " + c.financialYear, ref));
            }
        }
        for (ArrearsAppeal a : ArrearsAppeal.ofMember(member.code)) {
            String ref = a.id.toString();
            events.add(new HistoryEvent(a.lodgedOn, HistoryEvent.Type.ARREARS_APPEAL_LODGED, "Appealed the loss of rights for arrears (" + a.financialYear + ")", ref));
            if (a.decidedOn != null) {
                events.add(new HistoryEvent(a.decidedOn, HistoryEvent.Type.ARREARS_APPEAL_DECIDED, "Arrears appeal " + a.outcome + ": " + a.decisionReason, ref));
            }
        }
        events.sort(Comparator.comparing(HistoryEvent::date).thenComparing(e -> e.type().ordinal()));
        return events;
    }
}
