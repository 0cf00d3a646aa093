package org.icpo.membership.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Set;

/**
 * The configurable policies of membership-service. Rules marked "assumed" in the domain reference
 * are policies here, not literals in code.
 */
@ConfigMapping(prefix = "icpo.membership")
public interface MembershipPolicies {

    /** Arrears (General Regulations art. 52, details assumed). */
    Arrears arrears();

    /** Admission applications (Constitution art. 4). */
    Admission admission();

    /** Codes accepted as applicant states besides ISO 3166-1 (e.g. XK, used for Kosovo). */
    @WithDefault("XK")
    Set<String> extraIsoCodes();

    /**
     * ISO 3166-1 codes of territories without a permanent population, which cannot apply: a member is a state. Antarctica,
     * Bouvet Island, South Georgia and the South Sandwich Islands, Heard Island and McDonald Islands, the French Southern
     * Territories, the United States Minor Outlying Islands.
     */
    @WithDefault("AQ,BV,GS,HM,TF,UM")
    Set<String> nonStateIsoCodes();

    interface Arrears {
        /** Consecutive financial years, ending with the current one, left unpaid that cost the vote. */
        @WithDefault("2")
        int unpaidYears();

        /**
         * Whether a granted appeal restores the vote and eligibility for the financial year the appeal is for (by
         * default the year it was lodged in), from the day it is decided; never for another year.
         */
        @WithDefault("true")
        boolean grantedAppealRestoresRights();

        /** Currency of statutory contributions. */
        @WithDefault("EUR")
        String currency();

        /**
         * How many financial years after the current one a contribution can be assessed for (1: the next year's, adopted
         * before it begins); a later year is refused, as a year before the member's admission is.
         */
        @WithDefault("1")
        int assessmentYearsAhead();
    }

    interface Admission {
        /** Last day (MM-DD, inclusive) for an application to go to that year's Assembly; since 2017: 01-31. */
        @WithDefault("01-31")
        String deadline();
    }
}
