package org.icpo.membership.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AdmissionRulesTest {

    private final AdmissionRules rules = new AdmissionRules(MonthDay.of(1, 31));

    @Test
    void applicationArrivingOnThirtyFirstJanuaryGoesToThatYearsAssembly() {
        assertThat(rules.assemblyYear(LocalDate.of(2023, 1, 31))).isEqualTo(2023);
    }

    @Test
    void applicationArrivingOnFirstFebruaryGoesToNextYearsAssembly() {
        assertThat(rules.assemblyYear(LocalDate.of(2023, 2, 1))).isEqualTo(2024);
    }

    @Test
    void applicationArrivingOnNewYearsDayGoesToThatYear() {
        assertThat(rules.assemblyYear(LocalDate.of(2018, 1, 1))).isEqualTo(2018);
    }

    @Test
    void applicationArrivingInDecemberGoesToNextYear() {
        assertThat(rules.assemblyYear(LocalDate.of(2016, 12, 31))).isEqualTo(2017);
    }

    @Test
    void leapDayIsAfterTheDeadline() {
        assertThat(rules.assemblyYear(LocalDate.of(2024, 2, 29))).isEqualTo(2025);
    }

    @Test
    void deadlineIsConfigurable() {
        AdmissionRules march = new AdmissionRules(MonthDay.of(3, 15));
        assertThat(march.assemblyYear(LocalDate.of(2023, 3, 15))).isEqualTo(2023);
        assertThat(march.assemblyYear(LocalDate.of(2023, 3, 16))).isEqualTo(2024);
    }

    @Test
    void aMemberCanOnlyRecordTheApplicationThatLedToItsAdmission() {
        assertThat(AdmissionRules.canRecordApplication(2018, LocalDate.of(2018, 1, 20))).isTrue();
        assertThat(AdmissionRules.canRecordApplication(2018, LocalDate.of(2017, 12, 20))).isTrue();
        assertThat(AdmissionRules.canRecordApplication(2018, LocalDate.of(2019, 1, 20))).isFalse();
        assertThat(AdmissionRules.canRecordApplication(null, LocalDate.of(2018, 1, 20))).isFalse();
        assertThat(AdmissionRules.isRecordedAdmission(2018, LocalDate.of(2018, 11, 20))).isTrue();
        assertThat(AdmissionRules.isRecordedAdmission(2018, LocalDate.of(2019, 11, 20))).isFalse();
        assertThat(AdmissionRules.isRecordedAdmission(null, LocalDate.of(2018, 11, 20))).isFalse();
    }

    @Test
    void aMembersApplicationIsRejectedOnlyInAYearBeforeItsAdmission() {
        assertThat(AdmissionRules.isRecordedRejection(2023, LocalDate.of(2022, 10, 20))).isTrue();
        assertThat(AdmissionRules.isRecordedRejection(2023, LocalDate.of(2023, 1, 2))).isFalse();
        assertThat(AdmissionRules.isRecordedRejection(2023, LocalDate.of(2023, 11, 28))).isFalse();
        assertThat(AdmissionRules.isRecordedRejection(2023, LocalDate.of(2024, 11, 20))).isFalse();
        assertThat(AdmissionRules.isRecordedRejection(null, LocalDate.of(2018, 11, 20))).isFalse();
    }

    @Test
    void oneOpenApplicationAtATimeAndOnePerAssemblyYear() {
        java.util.UUID a = java.util.UUID.randomUUID();
        assertThat(AdmissionRules.refuseNewApplication(2018, List.of())).isNull();
        assertThat(AdmissionRules.refuseNewApplication(2019,
                List.of(new AdmissionRules.Earlier(a, ApplicationStatus.SUBMITTED, 2018))).reason()).contains("already has an open application");
        assertThat(AdmissionRules.refuseNewApplication(2018,
                List.of(new AdmissionRules.Earlier(a, ApplicationStatus.WITHDRAWN, 2018))).reason()).contains("already applied for the Assembly of 2018");
        assertThat(AdmissionRules.refuseNewApplication(2018,
                List.of(new AdmissionRules.Earlier(a, ApplicationStatus.REJECTED, 2018))).applicationId()).isEqualTo(a);
        assertThat(AdmissionRules.refuseNewApplication(2019,
                List.of(new AdmissionRules.Earlier(a, ApplicationStatus.WITHDRAWN, 2018), new AdmissionRules.Earlier(a, ApplicationStatus.REJECTED, 2017)))).isNull();
    }

    @Test
    void roundsMustBeNumberedInOrder() {
        assertThat(AdmissionRules.checkRounds(List.of(new AdmissionRules.Round(1, 76, 56, 22), new AdmissionRules.Round(2, 68, 51, 16)))).isNull();
        assertThat(AdmissionRules.checkRounds(List.of(new AdmissionRules.Round(2, 68, 51, 16)))).contains("numbered");
        assertThat(AdmissionRules.checkRounds(List.of(new AdmissionRules.Round(1, 1, 1, 1), new AdmissionRules.Round(1, 1, 1, 1)))).contains("numbered");
    }

    @Test
    void sameOutcomeComparesEveryFigure() {
        AdmissionRules.Outcome kosovo = new AdmissionRules.Outcome(AdmissionRules.Decision.REJECTED, "b-1", 87, LocalDate.of(2018, 11, 20),
                List.of(new AdmissionRules.Round(1, 76, 56, 22), new AdmissionRules.Round(2, 68, 51, 16)));
        AdmissionRules.Outcome same = new AdmissionRules.Outcome(AdmissionRules.Decision.REJECTED, "b-1", 87, LocalDate.of(2018, 11, 20),
                List.of(new AdmissionRules.Round(1, 76, 56, 22), new AdmissionRules.Round(2, 68, 51, 16)));
        AdmissionRules.Outcome oneVoteDifferent = new AdmissionRules.Outcome(AdmissionRules.Decision.REJECTED, "b-1", 87, LocalDate.of(2018, 11, 20),
                List.of(new AdmissionRules.Round(1, 76, 56, 22), new AdmissionRules.Round(2, 68, 52, 16)));
        AdmissionRules.Outcome otherDecision = new AdmissionRules.Outcome(AdmissionRules.Decision.ADMITTED, "b-1", 87, LocalDate.of(2018, 11, 20),
                List.of(new AdmissionRules.Round(1, 76, 56, 22), new AdmissionRules.Round(2, 68, 51, 16)));
        assertThat(AdmissionRules.sameOutcome(kosovo, same)).isTrue();
        assertThat(AdmissionRules.sameOutcome(kosovo, oneVoteDifferent)).isFalse();
        assertThat(AdmissionRules.sameOutcome(kosovo, otherDecision)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void transitionsFollowTheLifecycle(ApplicationStatus from) {
        Set<ApplicationStatus> allowed = switch (from) {
            case SUBMITTED -> EnumSet.of(ApplicationStatus.SCHEDULED, ApplicationStatus.WITHDRAWN);
            case SCHEDULED -> EnumSet.of(ApplicationStatus.ADMITTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);
            default -> EnumSet.noneOf(ApplicationStatus.class);
        };
        for (ApplicationStatus to : ApplicationStatus.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.contains(to));
        }
        assertThat(from.open()).isEqualTo(from == ApplicationStatus.SUBMITTED || from == ApplicationStatus.SCHEDULED);
    }
}
