package org.icpo.elections.ballot;

import org.icpo.elections.committee.Office;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The majorities of the General Assembly (DOMAIN sections 1 to 3). Plain Java, unit-tested.
 * <ul>
 *   <li>Admission: two-thirds of the votes cast, abstentions not counted as cast; at most two rounds, then rejected.</li>
 *   <li>Resolutions: a simple majority of the votes cast (more yes than no).</li>
 *   <li>Constitutional amendments: two-thirds of all members of the Organization (not of the votes cast).</li>
 *   <li>President: two-thirds of the votes cast in rounds 1 and 2; a simple majority from round 3.</li>
 *   <li>Vice-Presidents and Delegates: a simple majority of the votes cast (assumed; a policy).</li>
 *   <li>When nobody wins an office round, the next round follows the next-round policy (assumed: the
 *       last-placed candidates drop out, never leaving fewer than two).</li>
 * </ul>
 * Thresholds are the least number of votes that wins: at least one vote is always needed.
 */
public final class MajorityRules {

    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String ABSTAIN = "ABSTAIN";
    public static final List<String> QUESTION_CHOICES = List.of(YES, NO, ABSTAIN);

    /** How the threshold of a round is computed. */
    public enum Rule {
        TWO_THIRDS_OF_VOTES_CAST, SIMPLE_MAJORITY_OF_VOTES_CAST, TWO_THIRDS_OF_ALL_MEMBERS
    }

    /** A majority a policy can choose for Vice-Presidents and Delegates. */
    public enum Majority { SIMPLE, TWO_THIRDS }

    /** Who stands in the next office round when nobody won. */
    public enum NextRound { DROP_LAST_PLACED, KEEP_ALL }

    public enum RoundOutcome { PASSED, FAILED, ELECTED, NO_WINNER }

    public enum BallotOutcome { ADMITTED, REJECTED, ELECTED, NOT_ELECTED, ADOPTED, NOT_ADOPTED }

    public record Policy(int admissionMaxRounds, int presidentTwoThirdsRounds, Majority vicePresidentMajority,
                         Majority delegateMajority, NextRound nextRound, int minCandidatesAfterDrop) {
        public Policy {
            if (admissionMaxRounds < 1) {
                throw new IllegalArgumentException("admissionMaxRounds must be at least 1");
            }
            if (presidentTwoThirdsRounds < 0) {
                throw new IllegalArgumentException("presidentTwoThirdsRounds must not be negative");
            }
            if (minCandidatesAfterDrop < 1) {
                throw new IllegalArgumentException("minCandidatesAfterDrop must be at least 1");
            }
            Objects.requireNonNull(vicePresidentMajority);
            Objects.requireNonNull(delegateMajority);
            Objects.requireNonNull(nextRound);
        }
    }

    /** The votes of a round: per choice (in the order of the choices), cast (abstentions excluded), abstentions, voters. */
    public record Tally(Map<String, Integer> counts, int votesCast, int abstentions, int voters) {
    }

    public record RoundResult(Rule rule, int threshold, RoundOutcome outcome, String elected, Tally tally) {
    }

    /** What a closed round means for the ballot; {@code eliminated} are the candidates out of the next round. */
    public record Progress(boolean decided, BallotOutcome outcome, Set<String> eliminated, boolean anotherRoundAllowed) {
    }

    private final Policy policy;

    public MajorityRules(Policy policy) {
        this.policy = policy;
    }

    public Policy policy() {
        return policy;
    }

    /** The rule of round {@code round} of a ballot of this kind ({@code office} only for OFFICE). */
    public Rule rule(BallotKind kind, Office office, int round) {
        return switch (kind) {
            case ADMISSION -> Rule.TWO_THIRDS_OF_VOTES_CAST;
            case RESOLUTION -> Rule.SIMPLE_MAJORITY_OF_VOTES_CAST;
            case CONSTITUTIONAL_AMENDMENT -> Rule.TWO_THIRDS_OF_ALL_MEMBERS;
            case OFFICE -> switch (Objects.requireNonNull(office, "office")) {
                case PRESIDENT -> round <= policy.presidentTwoThirdsRounds() ? Rule.TWO_THIRDS_OF_VOTES_CAST : Rule.SIMPLE_MAJORITY_OF_VOTES_CAST;
                case VICE_PRESIDENT -> of(policy.vicePresidentMajority());
                case DELEGATE -> of(policy.delegateMajority());
            };
        };
    }

    private static Rule of(Majority m) {
        return m == Majority.TWO_THIRDS ? Rule.TWO_THIRDS_OF_VOTES_CAST : Rule.SIMPLE_MAJORITY_OF_VOTES_CAST;
    }

    /** The least number of votes that wins under the rule (at least 1). */
    public static int threshold(Rule rule, int votesCast, int membersTotal) {
        if (votesCast < 0 || membersTotal < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        return switch (rule) {
            case TWO_THIRDS_OF_VOTES_CAST -> Math.max(1, ceilTwoThirds(votesCast));
            case SIMPLE_MAJORITY_OF_VOTES_CAST -> votesCast / 2 + 1;
            case TWO_THIRDS_OF_ALL_MEMBERS -> Math.max(1, ceilTwoThirds(membersTotal));
        };
    }

    private static int ceilTwoThirds(int n) {
        return (int) ((2L * n + 2) / 3);
    }

    /**
     * Counts the choices of a round. {@code choices} are the valid choices in display order; every vote
     * must be one of them. Abstentions are not votes cast.
     */
    public static Tally tally(List<String> choices, List<String> votes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String c : choices) {
            counts.put(c, 0);
        }
        int abstentions = 0;
        for (String v : votes) {
            Integer n = counts.get(v);
            if (n == null) {
                throw new IllegalArgumentException("'" + v + "' is not a choice of this round");
            }
            counts.put(v, n + 1);
            if (ABSTAIN.equals(v)) {
                abstentions++;
            }
        }
        return new Tally(Collections.unmodifiableMap(counts), votes.size() - abstentions, abstentions, votes.size());
    }

    /** Decides a yes/no round (admission, resolution, amendment). */
    public RoundResult decideQuestion(BallotKind kind, int round, Tally tally, int membersTotal) {
        if (kind == BallotKind.OFFICE) {
            throw new IllegalArgumentException("an office round has candidates, not a question");
        }
        Rule rule = rule(kind, null, round);
        int threshold = threshold(rule, tally.votesCast(), membersTotal);
        int yes = tally.counts().getOrDefault(YES, 0);
        return new RoundResult(rule, threshold, yes >= threshold ? RoundOutcome.PASSED : RoundOutcome.FAILED, null, tally);
    }

    /** Decides an office round: the candidate with the most votes wins when he reaches the threshold. */
    public RoundResult decideOffice(Office office, int round, Tally tally) {
        Rule rule = rule(BallotKind.OFFICE, office, round);
        int threshold = threshold(rule, tally.votesCast(), 0);
        String best = null;
        int bestVotes = -1;
        for (Map.Entry<String, Integer> e : tally.counts().entrySet()) {
            if (!ABSTAIN.equals(e.getKey()) && e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        boolean won = best != null && bestVotes >= threshold;
        return new RoundResult(rule, threshold, won ? RoundOutcome.ELECTED : RoundOutcome.NO_WINNER, won ? best : null, tally);
    }

    /** What a closed round means for its ballot. */
    public Progress afterRound(BallotKind kind, int round, RoundResult result) {
        return switch (kind) {
            case ADMISSION -> result.outcome() == RoundOutcome.PASSED
                    ? new Progress(true, BallotOutcome.ADMITTED, Set.of(), false)
                    : round >= policy.admissionMaxRounds()
                    ? new Progress(true, BallotOutcome.REJECTED, Set.of(), false)
                    : new Progress(false, null, Set.of(), true);
            case RESOLUTION, CONSTITUTIONAL_AMENDMENT -> new Progress(true,
                    result.outcome() == RoundOutcome.PASSED ? BallotOutcome.ADOPTED : BallotOutcome.NOT_ADOPTED, Set.of(), false);
            case OFFICE -> result.outcome() == RoundOutcome.ELECTED
                    ? new Progress(true, BallotOutcome.ELECTED, Set.of(), false)
                    : new Progress(false, null, eliminated(result.tally()), true);
        };
    }

    /** The outcome of a ballot ended without a further round (after a failed round). */
    public static BallotOutcome concluded(BallotKind kind) {
        return switch (kind) {
            case ADMISSION -> BallotOutcome.REJECTED;
            case OFFICE -> BallotOutcome.NOT_ELECTED;
            case RESOLUTION, CONSTITUTIONAL_AMENDMENT -> BallotOutcome.NOT_ADOPTED;
        };
    }

    /** Candidates leaving after a round without a winner, under the next-round policy. */
    Set<String> eliminated(Tally tally) {
        if (policy.nextRound() == NextRound.KEEP_ALL) {
            return Set.of();
        }
        List<Map.Entry<String, Integer>> candidates = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tally.counts().entrySet()) {
            if (!ABSTAIN.equals(e.getKey())) {
                candidates.add(e);
            }
        }
        if (candidates.isEmpty()) {
            return Set.of();
        }
        int lowest = candidates.stream().mapToInt(Map.Entry::getValue).min().orElseThrow();
        Set<String> last = new TreeSet<>();
        for (Map.Entry<String, Integer> e : candidates) {
            if (e.getValue() == lowest) {
                last.add(e.getKey());
            }
        }
        if (candidates.size() - last.size() < policy.minCandidatesAfterDrop()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(last);
    }
}
