package org.icpo.notices.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import org.icpo.notices.check.MinimumChecks;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * The configurable policies of notices-service: every figure of the domain that is policy (validity,
 * renewal notice, penalty thresholds, photo limits, CCF deadlines, risk weights) is read from here,
 * never written as a literal in the rules; and the service's own limits ({@link #publicApi()}).
 */
@ConfigMapping(prefix = "icpo.notices")
public interface NoticePolicies {

    /** How long a published notice is valid, and how much a renewal extends it (5 years). */
    @WithDefault("P5Y")
    Period validity();

    /** How long before expiry a notice is marked for renewal and its requester asked (6 months). */
    @WithDefault("P6M")
    Period renewalNotice();

    /** Target time for the General Secretariat's review of a request (24 hours). */
    @WithDefault("PT24H")
    Duration reviewTarget();

    /**
     * Country codes the Organization recognizes beyond the assigned ISO 3166-1 alpha-2 codes (as membership-service's
     * {@code icpo.membership.extra-iso-codes}): a member's statistics answer for one or the other.
     */
    @WithDefault("XK")
    Set<String> extraIsoCodes();

    Lifecycle lifecycle();

    Red red();

    Photo photo();

    Ccf ccf();

    Risk risk();

    @WithName("public")
    PublicApi publicApi();

    /** The public notices API. */
    interface PublicApi {
        Reads reads();

        /**
         * The public lists' reads of the database (PublicReadLimit): at most {@code concurrency} at once, in arrival
         * order; a read waits its turn at most {@code wait-at-most}, and is refused at once when {@code queue} reads already wait.
         */
        interface Reads {
            @WithDefault("1")
            int concurrency();

            @WithDefault("16")
            int queue();

            @WithDefault("1s")
            Duration waitAtMost();
        }
    }

    interface Lifecycle {
        /** How often the renewal/expiry job runs ("off" disables it; the secretariat can trigger a run). */
        @WithDefault("1h")
        String every();

        /** Notices moved per transaction by a run (at least 1). */
        @WithDefault("500")
        int batch();
    }

    /** Red Notice minimum conditions (Rules on the Processing of Data, art. 83). */
    interface Red {
        /** Prosecution: the offence must be punishable by at least this many months of deprivation of liberty (24). */
        @WithDefault("24")
        int prosecutionMinPenaltyMonths();

        /**
         * Sentence: the threshold in months (6) of {@link #sentenceRule()}: at least this many months imposed or remaining
         * (the default rule), or remaining (the stricter one). The name is kept from when only the remaining months counted.
         */
        @WithDefault("6")
        int sentenceMinRemainingMonths();

        /**
         * Which months count against the sentence threshold: {@code IMPOSED_OR_REMAINING} (DOMAIN section 4, "at least
         * 6 months imposed or remaining"; the default) or {@code REMAINING} (stricter: the months still to be served).
         */
        @WithDefault("IMPOSED_OR_REMAINING")
        MinimumChecks.SentenceRule sentenceRule();
    }

    interface Photo {
        /** Largest photograph accepted, in bytes. */
        @WithDefault("2097152")
        int maxBytes();

        /** Most photographs per request. */
        @WithDefault("5")
        int maxCount();

        /** Accepted media types, recognized by their magic bytes (image/jpeg, image/png). */
        @WithDefault("image/jpeg,image/png")
        List<String> types();
    }

    /** Deadlines of the Commission for the Control of Files, counted from admissibility. */
    interface Ccf {
        @WithDefault("P4M")
        Period accessDeadline();

        @WithDefault("P9M")
        Period correctionDeadline();

        @WithDefault("P9M")
        Period deletionDeadline();
    }

    /** Weights of the screening flags (added up, capped at 100) and the level thresholds. */
    interface Risk {
        @WithDefault("40")
        int article3();

        @WithDefault("60")
        int refugeeFromRequester();

        @WithDefault("15")
        int refugeeKnown();

        @WithDefault("30")
        int requesterUnderSupervision();

        @WithDefault("50")
        int repeatAfterCcfDeletion();

        @WithDefault("20")
        int mediumFrom();

        @WithDefault("50")
        int highFrom();
    }
}
