package org.icpo.elections.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.icpo.elections.ballot.MajorityRules;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The configurable policies of elections-service. Rules marked "assumed" in the domain reference are
 * named policies here, not literals in code; the others carry the figure of the rule as default.
 */
@ConfigMapping(prefix = "icpo.elections")
public interface ElectionPolicies {

    /** Quorum for opening a ballot round (assumed: a majority of members registered as present). */
    Quorum quorum();

    /** Admission ballots (Constitution art. 4). */
    Admission admission();

    /** Elections to the Executive Committee. */
    Office office();

    /** Composition and terms of the Executive Committee. */
    Committee committee();

    /** Constitutional amendments. */
    Amendment amendment();

    /** Delivery of ballot outcomes to membership-service. */
    Outbox outbox();

    /**
     * Country codes the Organization recognizes beyond the assigned ISO 3166-1 alpha-2 codes (as membership-service's
     * {@code icpo.membership.extra-iso-codes}): a session's host country is one or the other.
     */
    @WithDefault("XK")
    Set<String> extraIsoCodes();

    interface Quorum {
        /** Whether a quorum is required to open a round (assumed: yes). */
        @WithDefault("true")
        boolean required();

        /** Share of the members of the Organization that must be present: numerator (assumed 1). */
        @WithDefault("1")
        int numerator();

        /** Share of the members of the Organization that must be present: denominator (assumed 2). */
        @WithDefault("2")
        int denominator();

        /** True: strictly more than the share ("a majority"); false: at least the share (assumed true). */
        @WithDefault("true")
        boolean strictlyMore();
    }

    interface Admission {
        /** Rounds an admission ballot may have: round 1 and one second round. */
        @WithDefault("2")
        int maxRounds();
    }

    interface Office {
        /** Rounds in which the President needs two-thirds of votes cast; a simple majority after them. */
        @WithDefault("2")
        int presidentTwoThirdsRounds();

        /** Majority for Vice-Presidents (assumed: SIMPLE; or TWO_THIRDS) of votes cast. */
        @WithDefault("SIMPLE")
        MajorityRules.Majority vicePresidentMajority();

        /** Majority for Delegates (assumed: SIMPLE; or TWO_THIRDS) of votes cast. */
        @WithDefault("SIMPLE")
        MajorityRules.Majority delegateMajority();

        /** Who stands in the next round when nobody wins one (assumed: DROP_LAST_PLACED; or KEEP_ALL). */
        @WithDefault("DROP_LAST_PLACED")
        MajorityRules.NextRound nextRound();

        /** DROP_LAST_PLACED never leaves fewer candidates than this (assumed: 2). */
        @WithDefault("2")
        int minCandidatesAfterDrop();

        /**
         * How close to the start of a new term a holder's term must have ended for a new election to be
         * an "immediate" re-election (assumed: P1Y, i.e. the term just completed).
         */
        @WithDefault("P1Y")
        String immediateReelectionWindow();
    }

    interface Committee {
        /** Term of the President. */
        @WithDefault("P4Y")
        String presidentTerm();

        /** Term of Vice-Presidents and Delegates. */
        @WithDefault("P3Y")
        String memberTerm();

        /** Number of Vice-Presidents. */
        @WithDefault("3")
        int vicePresidents();

        /**
         * Delegate seats per region (assumed distribution of the 9 Delegates), keyed by region:
         * AFRICA, AMERICAS, ASIA_SOUTH_PACIFIC, EUROPE.
         */
        Map<String, Integer> delegatesPerRegion();
    }

    interface Amendment {
        /** Months between the circulation of a proposed amendment and the vote on it. */
        @WithDefault("3")
        int noticeMonths();
    }

    interface Outbox {
        /** How often pending deliveries are attempted (a Quarkus scheduler interval, e.g. 5s; "off" disables). */
        @WithDefault("5s")
        String pollInterval();

        /** Wait after the first failed attempt; doubles after each failure. */
        @WithDefault("PT2S")
        Duration initialBackoff();

        /** Longest wait between attempts. */
        @WithDefault("PT5M")
        Duration maxBackoff();

        /** Deliveries attempted per poll. */
        @WithDefault("50")
        int batchSize();
    }
}
