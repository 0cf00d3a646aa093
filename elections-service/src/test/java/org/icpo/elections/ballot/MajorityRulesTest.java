package org.icpo.elections.ballot;

import org.icpo.elections.committee.Office;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.icpo.elections.ballot.MajorityRules.ABSTAIN;
import static org.icpo.elections.ballot.MajorityRules.NO;
import static org.icpo.elections.ballot.MajorityRules.YES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MajorityRulesTest {

    static final MajorityRules.Policy DEFAULT = new MajorityRules.Policy(2, 2, MajorityRules.Majority.SIMPLE, MajorityRules.Majority.SIMPLE,
            MajorityRules.NextRound.DROP_LAST_PLACED, 2);
    final MajorityRules rules = new MajorityRules(DEFAULT);

    static List<String> votes(Object... choiceAndCount) {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < choiceAndCount.length; i += 2) {
            v.addAll(Collections.nCopies((Integer) choiceAndCount[i + 1], (String) choiceAndCount[i]));
        }
        Collections.shuffle(v);
        return v;
    }

    static MajorityRules.Tally question(int yes, int no, int abstain) {
        return MajorityRules.tally(MajorityRules.QUESTION_CHOICES, votes(YES, yes, NO, no, ABSTAIN, abstain));
    }

    @Test
    void kosovo2018RoundOneFailsWithThreshold88() {
        MajorityRules.RoundResult r = rules.decideQuestion(BallotKind.ADMISSION, 1, question(76, 56, 22), 194);
        assertEquals(132, r.tally().votesCast());
        assertEquals(22, r.tally().abstentions());
        assertEquals(154, r.tally().voters());
        assertEquals(88, r.threshold());
        assertEquals(MajorityRules.RoundOutcome.FAILED, r.outcome());
        MajorityRules.Progress p = rules.afterRound(BallotKind.ADMISSION, 1, r);
        assertFalse(p.decided());
        assertTrue(p.anotherRoundAllowed());
    }

    @Test
    void kosovo2018RoundTwoFailsWithThreshold80AndRejects() {
        MajorityRules.RoundResult r = rules.decideQuestion(BallotKind.ADMISSION, 2, question(68, 51, 16), 194);
        assertEquals(119, r.tally().votesCast());
        assertEquals(80, r.threshold());
        assertEquals(MajorityRules.RoundOutcome.FAILED, r.outcome());
        MajorityRules.Progress p = rules.afterRound(BallotKind.ADMISSION, 2, r);
        assertTrue(p.decided());
        assertEquals(MajorityRules.BallotOutcome.REJECTED, p.outcome());
    }

    @Test
    void palestine2017AdmittedWith75Of99() {
        MajorityRules.RoundResult r = rules.decideQuestion(BallotKind.ADMISSION, 1, question(75, 24, 34), 190);
        assertEquals(99, r.tally().votesCast());
        assertEquals(66, r.threshold());
        assertEquals(MajorityRules.RoundOutcome.PASSED, r.outcome());
        assertEquals(MajorityRules.BallotOutcome.ADMITTED, rules.afterRound(BallotKind.ADMISSION, 1, r).outcome());
    }

    @ParameterizedTest(name = "two-thirds of {0} cast = {1}")
    @CsvSource({"0,1", "1,1", "2,2", "3,2", "4,3", "5,4", "6,4", "99,66", "119,80", "132,88", "150,100", "151,101"})
    void twoThirdsOfVotesCastRoundsUp(int cast, int threshold) {
        assertEquals(threshold, MajorityRules.threshold(MajorityRules.Rule.TWO_THIRDS_OF_VOTES_CAST, cast, 0));
    }

    @ParameterizedTest(name = "simple majority of {0} cast = {1}")
    @CsvSource({"0,1", "1,1", "2,2", "3,2", "4,3", "151,76", "150,76"})
    void simpleMajorityIsMoreThanHalf(int cast, int threshold) {
        assertEquals(threshold, MajorityRules.threshold(MajorityRules.Rule.SIMPLE_MAJORITY_OF_VOTES_CAST, cast, 0));
    }

    @ParameterizedTest(name = "two-thirds of {0} members = {1}")
    @CsvSource({"196,131", "195,130", "194,130", "192,128", "190,127", "3,2", "0,1"})
    void amendmentThresholdIsTwoThirdsOfAllMembers(int members, int threshold) {
        assertEquals(threshold, MajorityRules.threshold(MajorityRules.Rule.TWO_THIRDS_OF_ALL_MEMBERS, 10, members));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MajorityRules.threshold(MajorityRules.Rule.SIMPLE_MAJORITY_OF_VOTES_CAST, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> MajorityRules.threshold(MajorityRules.Rule.TWO_THIRDS_OF_ALL_MEMBERS, 0, -1));
    }

    @Test
    void admissionExactlyTwoThirdsPasses() {
        assertEquals(MajorityRules.RoundOutcome.PASSED, rules.decideQuestion(BallotKind.ADMISSION, 1, question(88, 44, 30), 196).outcome());
        assertEquals(MajorityRules.RoundOutcome.FAILED, rules.decideQuestion(BallotKind.ADMISSION, 1, question(87, 44, 30), 196).outcome());
    }

    @Test
    void admissionWithOnlyAbstentionsFails() {
        MajorityRules.RoundResult r = rules.decideQuestion(BallotKind.ADMISSION, 1, question(0, 0, 40), 196);
        assertEquals(0, r.tally().votesCast());
        assertEquals(1, r.threshold());
        assertEquals(MajorityRules.RoundOutcome.FAILED, r.outcome());
    }

    @Test
    void admissionMaxRoundsIsAPolicy() {
        MajorityRules one = new MajorityRules(new MajorityRules.Policy(1, 2, MajorityRules.Majority.SIMPLE, MajorityRules.Majority.SIMPLE,
                MajorityRules.NextRound.KEEP_ALL, 2));
        MajorityRules.RoundResult failed = one.decideQuestion(BallotKind.ADMISSION, 1, question(1, 1, 0), 196);
        assertEquals(MajorityRules.BallotOutcome.REJECTED, one.afterRound(BallotKind.ADMISSION, 1, failed).outcome());
    }

    @Test
    void resolutionNeedsMoreYesThanNo() {
        assertEquals(MajorityRules.RoundOutcome.PASSED, rules.decideQuestion(BallotKind.RESOLUTION, 1, question(51, 50, 90), 196).outcome());
        MajorityRules.RoundResult tie = rules.decideQuestion(BallotKind.RESOLUTION, 1, question(50, 50, 0), 196);
        assertEquals(MajorityRules.RoundOutcome.FAILED, tie.outcome());
        assertEquals(51, tie.threshold());
        MajorityRules.Progress p = rules.afterRound(BallotKind.RESOLUTION, 1, tie);
        assertTrue(p.decided());
        assertEquals(MajorityRules.BallotOutcome.NOT_ADOPTED, p.outcome());
        assertEquals(MajorityRules.BallotOutcome.ADOPTED,
                rules.afterRound(BallotKind.RESOLUTION, 1, rules.decideQuestion(BallotKind.RESOLUTION, 1, question(2, 1, 0), 196)).outcome());
    }

    @Test
    void amendmentCountsAllMembersNotVotesCast() {
        // 130 yes of 140 cast is 93% of votes cast, but less than two-thirds of 196 members (131)
        MajorityRules.RoundResult r = rules.decideQuestion(BallotKind.CONSTITUTIONAL_AMENDMENT, 1, question(130, 10, 0), 196);
        assertEquals(MajorityRules.Rule.TWO_THIRDS_OF_ALL_MEMBERS, r.rule());
        assertEquals(131, r.threshold());
        assertEquals(MajorityRules.RoundOutcome.FAILED, r.outcome());
        assertEquals(MajorityRules.BallotOutcome.NOT_ADOPTED, rules.afterRound(BallotKind.CONSTITUTIONAL_AMENDMENT, 1, r).outcome());
        MajorityRules.RoundResult ok = rules.decideQuestion(BallotKind.CONSTITUTIONAL_AMENDMENT, 1, question(131, 60, 5), 196);
        assertEquals(MajorityRules.RoundOutcome.PASSED, ok.outcome());
        assertEquals(MajorityRules.BallotOutcome.ADOPTED, rules.afterRound(BallotKind.CONSTITUTIONAL_AMENDMENT, 1, ok).outcome());
    }

    @Test
    void rulesPerKindAndRound() {
        assertEquals(MajorityRules.Rule.TWO_THIRDS_OF_VOTES_CAST, rules.rule(BallotKind.ADMISSION, null, 2));
        assertEquals(MajorityRules.Rule.SIMPLE_MAJORITY_OF_VOTES_CAST, rules.rule(BallotKind.RESOLUTION, null, 1));
        assertEquals(MajorityRules.Rule.TWO_THIRDS_OF_ALL_MEMBERS, rules.rule(BallotKind.CONSTITUTIONAL_AMENDMENT, null, 1));
        assertEquals(MajorityRules.Rule.TWO_THIRDS_OF_VOTES_CAST, rules.rule(BallotKind.OFFICE, Office.PRESIDENT, 1));
        assertEquals(MajorityRules.Rule.TWO_THIRDS_OF_VOTES_CAST, rules.rule(BallotKind.OFFICE, Office.PRESIDENT, 2));
        assertEquals(MajorityRules.Rule.SIMPLE_MAJORITY_OF_VOTES_CAST, rules.rule(BallotKind.OFFICE, Office.PRESIDENT, 3));
        assertEquals(MajorityRules.Rule.SIMPLE_MAJORITY_OF_VOTES_CAST, rules.rule(BallotKind.OFFICE, Office.PRESIDENT, 7));
        assertEquals(MajorityRules.Rule.SIMPLE_MAJORITY_OF_VOTES_CAST, rules.rule(BallotKind.OFFICE, Office.VICE_PRESIDENT, 1));
        assertEquals(MajorityRules.Rule.SIMPLE_MAJORITY_OF_VOTES_CAST, rules.rule(BallotKind.OFFICE, Office.DELEGATE, 1));
        assertThrows(NullPointerException.class, () -> rules.rule(BallotKind.OFFICE, null, 1));
    }

    @Test
    void otherSeatsMajorityIsAPolicy() {
        MajorityRules strict = new MajorityRules(new MajorityRules.Policy(2, 2, MajorityRules.Majority.TWO_THIRDS, MajorityRules.Majority.TWO_THIRDS,
                MajorityRules.NextRound.KEEP_ALL, 2));
        assertEquals(MajorityRules.Rule.TWO_THIRDS_OF_VOTES_CAST, strict.rule(BallotKind.OFFICE, Office.VICE_PRESIDENT, 5));
        assertEquals(MajorityRules.Rule.TWO_THIRDS_OF_VOTES_CAST, strict.rule(BallotKind.OFFICE, Office.DELEGATE, 1));
    }

    static MajorityRules.Tally office(Object... candidateAndCount) {
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < candidateAndCount.length; i += 2) {
            choices.add((String) candidateAndCount[i]);
        }
        if (!choices.contains(ABSTAIN)) {
            choices.add(ABSTAIN);
        }
        return MajorityRules.tally(choices, votes(candidateAndCount));
    }

    @Test
    void presidentRoundsOneAndTwoNeedTwoThirdsThenSimpleMajority2021() {
        MajorityRules.RoundResult r1 = rules.decideOffice(Office.PRESIDENT, 1, office("AE", 96, "CZ", 55, ABSTAIN, 10));
        assertEquals(101, r1.threshold());
        assertEquals(MajorityRules.RoundOutcome.NO_WINNER, r1.outcome());
        assertNull(r1.elected());
        MajorityRules.Progress p1 = rules.afterRound(BallotKind.OFFICE, 1, r1);
        assertFalse(p1.decided());
        assertEquals(Set.of(), p1.eliminated(), "two candidates stay: never fewer than two");
        MajorityRules.RoundResult r2 = rules.decideOffice(Office.PRESIDENT, 2, office("AE", 98, "CZ", 52, ABSTAIN, 8));
        assertEquals(MajorityRules.RoundOutcome.NO_WINNER, r2.outcome());
        MajorityRules.RoundResult r3 = rules.decideOffice(Office.PRESIDENT, 3, office("AE", 104, "CZ", 47, ABSTAIN, 6));
        assertEquals(MajorityRules.Rule.SIMPLE_MAJORITY_OF_VOTES_CAST, r3.rule());
        assertEquals(76, r3.threshold());
        assertEquals(MajorityRules.RoundOutcome.ELECTED, r3.outcome());
        assertEquals("AE", r3.elected());
        assertEquals(68.9, Math.round(1000.0 * 104 / 151) / 10.0);
        MajorityRules.Progress p3 = rules.afterRound(BallotKind.OFFICE, 3, r3);
        assertTrue(p3.decided());
        assertEquals(MajorityRules.BallotOutcome.ELECTED, p3.outcome());
    }

    @Test
    void presidentWithTwoThirdsInRoundOneIsElected() {
        MajorityRules.RoundResult r = rules.decideOffice(Office.PRESIDENT, 1, office("KR", 110, "RU", 45, ABSTAIN, 5));
        assertEquals(104, r.threshold());
        assertEquals("KR", r.elected());
    }

    @Test
    void delegateNeedsASimpleMajority() {
        assertEquals(MajorityRules.RoundOutcome.ELECTED, rules.decideOffice(Office.DELEGATE, 1, office("FR", 51, "DE", 30, "IT", 19)).outcome());
        assertEquals(MajorityRules.RoundOutcome.NO_WINNER, rules.decideOffice(Office.DELEGATE, 1, office("FR", 50, "DE", 30, "IT", 20)).outcome());
    }

    @Test
    void lastPlacedDropsOutWhenAtLeastTwoRemain() {
        MajorityRules.RoundResult r = rules.decideOffice(Office.VICE_PRESIDENT, 1, office("FR", 40, "DE", 35, "IT", 25));
        assertEquals(Set.of("IT"), rules.afterRound(BallotKind.OFFICE, 1, r).eliminated());
    }

    @Test
    void allTiedForLastDropOutUnlessFewerThanTwoWouldRemain() {
        MajorityRules.RoundResult r = rules.decideOffice(Office.VICE_PRESIDENT, 1, office("FR", 40, "DE", 20, "IT", 20, "ES", 20));
        assertEquals(Set.of(), rules.afterRound(BallotKind.OFFICE, 1, r).eliminated(), "dropping all three would leave one candidate");
        MajorityRules.RoundResult r2 = rules.decideOffice(Office.VICE_PRESIDENT, 1, office("FR", 40, "DE", 30, "IT", 15, "ES", 15));
        assertEquals(Set.of("ES", "IT"), rules.afterRound(BallotKind.OFFICE, 1, r2).eliminated());
    }

    @Test
    void keepAllPolicyNeverDrops() {
        MajorityRules keep = new MajorityRules(new MajorityRules.Policy(2, 2, MajorityRules.Majority.SIMPLE, MajorityRules.Majority.SIMPLE,
                MajorityRules.NextRound.KEEP_ALL, 2));
        MajorityRules.RoundResult r = keep.decideOffice(Office.DELEGATE, 1, office("FR", 40, "DE", 35, "IT", 25));
        assertEquals(Set.of(), keep.afterRound(BallotKind.OFFICE, 1, r).eliminated());
    }

    @Test
    void minCandidatesAfterDropIsAPolicy() {
        MajorityRules three = new MajorityRules(new MajorityRules.Policy(2, 2, MajorityRules.Majority.SIMPLE, MajorityRules.Majority.SIMPLE,
                MajorityRules.NextRound.DROP_LAST_PLACED, 3));
        MajorityRules.RoundResult r = three.decideOffice(Office.DELEGATE, 1, office("FR", 40, "DE", 35, "IT", 25));
        assertEquals(Set.of(), three.afterRound(BallotKind.OFFICE, 1, r).eliminated());
    }

    @Test
    void singleCandidateWithOnlyAbstentionsIsNotElected() {
        MajorityRules.RoundResult r = rules.decideOffice(Office.DELEGATE, 1, office("FR", 0, ABSTAIN, 12));
        assertEquals(MajorityRules.RoundOutcome.NO_WINNER, r.outcome());
        assertEquals(Set.of(), rules.afterRound(BallotKind.OFFICE, 1, r).eliminated());
    }

    @Test
    void tallyKeepsTheOrderOfChoicesAndRefusesUnknownOnes() {
        MajorityRules.Tally t = MajorityRules.tally(List.of("KR", "RU", ABSTAIN), List.of("RU", "KR", "KR", ABSTAIN));
        assertEquals(List.of("KR", "RU", ABSTAIN), List.copyOf(t.counts().keySet()));
        assertEquals(Map.of("KR", 2, "RU", 1, ABSTAIN, 1), t.counts());
        assertEquals(3, t.votesCast());
        assertEquals(4, t.voters());
        assertThrows(IllegalArgumentException.class, () -> MajorityRules.tally(List.of(YES, NO, ABSTAIN), List.of("MAYBE")));
    }

    @Test
    void concludingWithoutFurtherRound() {
        assertEquals(MajorityRules.BallotOutcome.REJECTED, MajorityRules.concluded(BallotKind.ADMISSION));
        assertEquals(MajorityRules.BallotOutcome.NOT_ELECTED, MajorityRules.concluded(BallotKind.OFFICE));
        assertEquals(MajorityRules.BallotOutcome.NOT_ADOPTED, MajorityRules.concluded(BallotKind.RESOLUTION));
        assertEquals(MajorityRules.BallotOutcome.NOT_ADOPTED, MajorityRules.concluded(BallotKind.CONSTITUTIONAL_AMENDMENT));
    }

    @Test
    void officeRoundsAreNotQuestions() {
        assertThrows(IllegalArgumentException.class, () -> rules.decideQuestion(BallotKind.OFFICE, 1, question(1, 0, 0), 196));
    }

    @Test
    void invalidPoliciesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MajorityRules.Policy(0, 2, MajorityRules.Majority.SIMPLE,
                MajorityRules.Majority.SIMPLE, MajorityRules.NextRound.KEEP_ALL, 2));
        assertThrows(IllegalArgumentException.class, () -> new MajorityRules.Policy(2, -1, MajorityRules.Majority.SIMPLE,
                MajorityRules.Majority.SIMPLE, MajorityRules.NextRound.KEEP_ALL, 2));
        assertThrows(IllegalArgumentException.class, () -> new MajorityRules.Policy(2, 2, MajorityRules.Majority.SIMPLE,
                MajorityRules.Majority.SIMPLE, MajorityRules.NextRound.KEEP_ALL, 0));
        assertThrows(NullPointerException.class, () -> new MajorityRules.Policy(2, 2, null,
                MajorityRules.Majority.SIMPLE, MajorityRules.NextRound.KEEP_ALL, 2));
    }
}
