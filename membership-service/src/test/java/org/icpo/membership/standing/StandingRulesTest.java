package org.icpo.membership.standing;

import org.icpo.membership.contribution.AppealOutcome;
import org.icpo.membership.measure.AccessRight;
import org.icpo.membership.measure.MeasureKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandingRulesTest {

    private final StandingRules rules = new StandingRules(new StandingRules.Policy(2, true));

    private static StandingRules.Contribution due(int year, String amount, StandingRules.Payment... payments) {
        return new StandingRules.Contribution(year, new BigDecimal(amount), LocalDate.of(year, 1, 1), List.of(payments));
    }

    private static StandingRules.Contribution assessedOn(LocalDate day, int year, String amount) {
        return new StandingRules.Contribution(year, new BigDecimal(amount), day, List.of());
    }

    private static StandingRules.Payment paid(String amount, LocalDate on) {
        return new StandingRules.Payment(new BigDecimal(amount), on);
    }

    private static StandingRules.Measure measure(MeasureKind kind, LocalDate from, LocalDate lifted, Set<AccessRight> rights) {
        return new StandingRules.Measure(UUID.randomUUID(), kind, from, lifted, rights, "reason", "basis");
    }

    private StandingRules.Standing on(LocalDate day, List<StandingRules.Contribution> c) {
        return rules.evaluate(day, c, List.of(), List.of());
    }

    @Nested
    class Arrears {

        @Test
        void aYearCountsAsUnpaidFromTheDayItWasAssessed() {
            List<StandingRules.Contribution> c = List.of(assessedOn(LocalDate.of(2025, 1, 15), 2025, "800"),
                    assessedOn(LocalDate.of(2026, 3, 15), 2026, "800"));
            assertThat(on(LocalDate.of(2026, 3, 14), c).arrears().unpaidYears()).containsExactly(2025);
            assertThat(on(LocalDate.of(2026, 3, 14), c).votingRights().granted()).isTrue();
            assertThat(on(LocalDate.of(2026, 3, 15), c).arrears().unpaidYears()).containsExactly(2025, 2026);
            assertThat(on(LocalDate.of(2026, 3, 15), c).votingRights().granted()).isFalse();
        }

        @Test
        void noContributionRecordedMeansNothingIsOwed() {
            StandingRules.Standing s = on(LocalDate.of(2026, 6, 1), List.of());
            assertThat(s.votingRights().granted()).isTrue();
            assertThat(s.officeEligibility().granted()).isTrue();
            assertThat(s.arrears().inArrears()).isFalse();
            assertThat(s.votingRights().reasons()).isEmpty();
        }

        @Test
        void currentAndPreviousYearUnpaidLosesVoteAndEligibility() {
            StandingRules.Standing s = on(LocalDate.of(2026, 6, 1), List.of(due(2025, "100"), due(2026, "100")));
            assertThat(s.arrears().inArrears()).isTrue();
            assertThat(s.arrears().unpaidYears()).containsExactly(2025, 2026);
            assertThat(s.votingRights().granted()).isFalse();
            assertThat(s.officeEligibility().granted()).isFalse();
            assertThat(s.votingRights().reasons()).extracting(StandingRules.Reason::code).containsExactly("ARREARS");
            assertThat(s.votingRights().reasons().get(0).message()).contains("[2025, 2026]").contains("art. 52");
            assertThat(s.inGoodStanding()).isFalse();
        }

        @Test
        void onlyTheCurrentYearUnpaidKeepsTheVote() {
            StandingRules.Standing s = on(LocalDate.of(2026, 6, 1), List.of(due(2025, "100", paid("100", LocalDate.of(2025, 3, 1))), due(2026, "100")));
            assertThat(s.votingRights().granted()).isTrue();
            assertThat(s.arrears().unpaidYears()).containsExactly(2026);
        }

        @Test
        void onlyThePreviousYearUnpaidKeepsTheVote() {
            StandingRules.Standing s = on(LocalDate.of(2026, 6, 1), List.of(due(2025, "100"), due(2026, "100", paid("100", LocalDate.of(2026, 2, 1)))));
            assertThat(s.votingRights().granted()).isTrue();
        }

        @Test
        void olderUnpaidYearsOutsideTheWindowDoNotCount() {
            StandingRules.Standing s = on(LocalDate.of(2026, 6, 1), List.of(due(2023, "100"), due(2024, "100"), due(2025, "100", paid("100", LocalDate.of(2025, 5, 5)))));
            assertThat(s.votingRights().granted()).isTrue();
        }

        @Test
        void yearBoundaryDecemberThirtyFirstVersusJanuaryFirst() {
            // 2025 and 2024 unpaid, 2026 assessed: on 31 Dec 2025 the window is 2024-2025 (arrears);
            // on 1 Jan 2026 it is 2025-2026 (still arrears: 2026 unpaid too).
            List<StandingRules.Contribution> c = List.of(due(2024, "100"), due(2025, "100"), due(2026, "100"));
            assertThat(on(LocalDate.of(2025, 12, 31), c).arrears().unpaidYears()).containsExactly(2024, 2025);
            assertThat(on(LocalDate.of(2026, 1, 1), c).arrears().unpaidYears()).containsExactly(2025, 2026);
            assertThat(on(LocalDate.of(2025, 12, 31), c).votingRights().granted()).isFalse();
            assertThat(on(LocalDate.of(2026, 1, 1), c).votingRights().granted()).isFalse();
        }

        @Test
        void yearBoundaryCanRestoreTheVoteWhenTheNewYearIsNotYetAssessed() {
            // 2024 and 2025 unpaid: arrears on 31 Dec 2025; on 1 Jan 2026 nothing is assessed for 2026 yet.
            List<StandingRules.Contribution> c = List.of(due(2024, "100"), due(2025, "100"));
            assertThat(on(LocalDate.of(2025, 12, 31), c).votingRights().granted()).isFalse();
            assertThat(on(LocalDate.of(2026, 1, 1), c).votingRights().granted()).isTrue();
        }

        @Test
        void yearBoundaryCanCreateArrearsWhenTheNewYearStartsUnpaid() {
            // 2025 unpaid but 2024 paid: fine in 2025; on 1 Jan 2026, with 2026 assessed and unpaid, arrears begin.
            List<StandingRules.Contribution> c = List.of(due(2024, "100", paid("100", LocalDate.of(2024, 6, 1))), due(2025, "100"), due(2026, "100"));
            assertThat(on(LocalDate.of(2025, 12, 31), c).votingRights().granted()).isTrue();
            assertThat(on(LocalDate.of(2026, 1, 1), c).votingRights().granted()).isFalse();
        }

        @Test
        void paymentRestoresTheVoteFromItsDateOnly() {
            LocalDate payday = LocalDate.of(2026, 9, 15);
            List<StandingRules.Contribution> c = List.of(due(2025, "100"), due(2026, "100", paid("100", payday)));
            assertThat(on(payday.minusDays(1), c).votingRights().granted()).isFalse();
            assertThat(on(payday, c).votingRights().granted()).isTrue();
        }

        @Test
        void partialPaymentsCountOnlyWhenTheyCoverTheDue() {
            List<StandingRules.Contribution> c = List.of(due(2025, "100"), due(2026, "100.00",
                    paid("60", LocalDate.of(2026, 2, 1)), paid("39.99", LocalDate.of(2026, 3, 1))));
            assertThat(on(LocalDate.of(2026, 6, 1), c).votingRights().granted()).isFalse();
            List<StandingRules.Contribution> covered = List.of(due(2025, "100"), due(2026, "100.00",
                    paid("60", LocalDate.of(2026, 2, 1)), paid("40", LocalDate.of(2026, 3, 1))));
            assertThat(on(LocalDate.of(2026, 6, 1), covered).votingRights().granted()).isTrue();
        }

        @Test
        void aZeroContributionIsAlwaysPaid() {
            assertThat(on(LocalDate.of(2026, 6, 1), List.of(due(2025, "0"), due(2026, "0"))).votingRights().granted()).isTrue();
        }

        @Test
        void windowOfOneYearIsConfigurable() {
            StandingRules strict = new StandingRules(new StandingRules.Policy(1, true));
            assertThat(strict.evaluate(LocalDate.of(2026, 6, 1), List.of(due(2026, "100")), List.of(), List.of()).votingRights().granted()).isFalse();
        }

        @Test
        void windowOfThreeYearsIsConfigurable() {
            StandingRules lenient = new StandingRules(new StandingRules.Policy(3, true));
            List<StandingRules.Contribution> two = List.of(due(2025, "100"), due(2026, "100"));
            assertThat(lenient.evaluate(LocalDate.of(2026, 6, 1), two, List.of(), List.of()).votingRights().granted()).isTrue();
            List<StandingRules.Contribution> three = List.of(due(2024, "1"), due(2025, "100"), due(2026, "100"));
            assertThat(lenient.evaluate(LocalDate.of(2026, 6, 1), three, List.of(), List.of()).votingRights().granted()).isFalse();
        }

        @Test
        void policyRejectsAnEmptyWindow() {
            assertThatThrownBy(() -> new StandingRules.Policy(0, true)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Appeals {

        private final List<StandingRules.Contribution> arrears = List.of(due(2025, "100"), due(2026, "100"));

        private StandingRules.Standing with(StandingRules rules, LocalDate day, StandingRules.Appeal... appeals) {
            return rules.evaluate(day, arrears, List.of(appeals), List.of());
        }

        @Test
        void grantedAppealRestoresRightsFromItsDecision() {
            StandingRules.Appeal granted = new StandingRules.Appeal(2026, AppealOutcome.GRANTED, LocalDate.of(2026, 5, 1));
            StandingRules.Standing before = with(rules, LocalDate.of(2026, 4, 30), granted);
            StandingRules.Standing after = with(rules, LocalDate.of(2026, 5, 1), granted);
            assertThat(before.votingRights().granted()).isFalse();
            assertThat(after.votingRights().granted()).isTrue();
            assertThat(after.officeEligibility().granted()).isTrue();
            assertThat(after.arrears().inArrears()).isTrue();
            assertThat(after.arrears().restoredByAppeal()).isTrue();
        }

        @Test
        void pendingOrDismissedAppealsRestoreNothing() {
            assertThat(with(rules, LocalDate.of(2026, 6, 1), new StandingRules.Appeal(2026, AppealOutcome.PENDING, null)).votingRights().granted()).isFalse();
            assertThat(with(rules, LocalDate.of(2026, 6, 1), new StandingRules.Appeal(2026, AppealOutcome.DISMISSED, LocalDate.of(2026, 5, 1))).votingRights().granted()).isFalse();
        }

        @Test
        void aGrantedAppealCoversOnlyItsFinancialYear() {
            StandingRules.Appeal lastYear = new StandingRules.Appeal(2025, AppealOutcome.GRANTED, LocalDate.of(2025, 5, 1));
            assertThat(with(rules, LocalDate.of(2026, 6, 1), lastYear).votingRights().granted()).isFalse();
        }

        @Test
        void policyCanDisableRestorationByAppeal() {
            StandingRules noAppeals = new StandingRules(new StandingRules.Policy(2, false));
            StandingRules.Appeal granted = new StandingRules.Appeal(2026, AppealOutcome.GRANTED, LocalDate.of(2026, 5, 1));
            assertThat(with(noAppeals, LocalDate.of(2026, 6, 1), granted).votingRights().granted()).isFalse();
        }
    }

    @Nested
    class Measures {

        private StandingRules.Standing with(LocalDate day, StandingRules.Measure... measures) {
            return rules.evaluate(day, List.of(), List.of(), List.of(measures));
        }

        @Test
        void noMeasureMeansFullAccessAndDirectDiffusions() {
            StandingRules.Standing s = with(LocalDate.of(2026, 1, 1));
            assertThat(s.activeMeasures()).isEmpty();
            assertThat(s.accessRights()).isEqualTo(new StandingRules.AccessRights(true, true, true));
            assertThat(s.reviewBeforeDistribution()).isFalse();
            assertThat(s.directDiffusionsAllowed()).isTrue();
        }

        @Test
        void heightenedSupervisionHoldsEverythingForReviewButKeepsTheVote() {
            StandingRules.Standing s = with(LocalDate.of(2022, 3, 10), measure(MeasureKind.HEIGHTENED_SUPERVISION, LocalDate.of(2022, 3, 10), null, Set.of()));
            assertThat(s.reviewBeforeDistribution()).isTrue();
            assertThat(s.directDiffusionsAllowed()).isFalse();
            assertThat(s.votingRights().granted()).isTrue();
            assertThat(s.accessRights()).isEqualTo(new StandingRules.AccessRights(true, true, true));
        }

        @Test
        void correctiveMeasuresHoldEverythingForReview() {
            StandingRules.Standing s = with(LocalDate.of(2013, 1, 1), measure(MeasureKind.CORRECTIVE_MEASURES, LocalDate.of(2012, 12, 1), null, Set.of()));
            assertThat(s.reviewBeforeDistribution()).isTrue();
            assertThat(s.directDiffusionsAllowed()).isFalse();
        }

        @Test
        void suspensionWithdrawsExactlyTheNamedRights() {
            StandingRules.Standing s = with(LocalDate.of(2026, 1, 1), measure(MeasureKind.ACCESS_SUSPENSION, LocalDate.of(2025, 1, 1), null,
                    EnumSet.of(AccessRight.RECORD, AccessRight.DOWNLOAD)));
            assertThat(s.accessRights()).isEqualTo(new StandingRules.AccessRights(false, true, false));
            assertThat(s.accessRights().allows(AccessRight.CONSULT)).isTrue();
            assertThat(s.accessRights().allows(AccessRight.RECORD)).isFalse();
            assertThat(s.votingRights().granted()).isTrue();
            assertThat(s.reviewBeforeDistribution()).isFalse();
        }

        @Test
        void aMeasureIsInForceFromItsEffectiveDayUntilTheDayBeforeItIsLifted() {
            StandingRules.Measure m = measure(MeasureKind.HEIGHTENED_SUPERVISION, LocalDate.of(2022, 3, 10), LocalDate.of(2024, 1, 1), Set.of());
            assertThat(with(LocalDate.of(2022, 3, 9), m).activeMeasures()).isEmpty();
            assertThat(with(LocalDate.of(2022, 3, 10), m).activeMeasures()).hasSize(1);
            assertThat(with(LocalDate.of(2023, 12, 31), m).activeMeasures()).hasSize(1);
            assertThat(with(LocalDate.of(2024, 1, 1), m).activeMeasures()).isEmpty();
            assertThat(with(LocalDate.of(2024, 1, 1), m).directDiffusionsAllowed()).isTrue();
        }

        @Test
        void measuresOfDifferentKindsCombine() {
            StandingRules.Standing s = with(LocalDate.of(2026, 1, 1),
                    measure(MeasureKind.HEIGHTENED_SUPERVISION, LocalDate.of(2025, 1, 1), null, Set.of()),
                    measure(MeasureKind.ACCESS_SUSPENSION, LocalDate.of(2025, 6, 1), null, EnumSet.allOf(AccessRight.class)));
            assertThat(s.activeMeasures()).extracting(StandingRules.Measure::kind)
                    .containsExactly(MeasureKind.HEIGHTENED_SUPERVISION, MeasureKind.ACCESS_SUSPENSION);
            assertThat(s.accessRights()).isEqualTo(new StandingRules.AccessRights(false, false, false));
            assertThat(s.reviewBeforeDistribution()).isTrue();
        }

        @Test
        void arrearsAndMeasuresAreIndependent() {
            StandingRules.Standing s = rules.evaluate(LocalDate.of(2026, 6, 1), List.of(due(2025, "1"), due(2026, "1")), List.of(),
                    List.of(measure(MeasureKind.ACCESS_SUSPENSION, LocalDate.of(2026, 1, 1), null, EnumSet.of(AccessRight.CONSULT))));
            assertThat(s.votingRights().granted()).isFalse();
            assertThat(s.accessRights().consult()).isFalse();
            assertThat(s.accessRights().record()).isTrue();
        }
    }
}
