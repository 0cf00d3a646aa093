package org.icpo.notices.request;

/**
 * Categories of offence. The last four are excluded from Red Notices (Rules on the Processing of Data,
 * art. 83) unless the conduct is linked to serious or organized crime.
 */
public enum OffenceCategory {
    HOMICIDE, VIOLENT_CRIME, SEXUAL_OFFENCE, CHILD_ABUSE, TERRORISM, ORGANIZED_CRIME, DRUG_TRAFFICKING, HUMAN_TRAFFICKING,
    WEAPONS_TRAFFICKING, FRAUD, CORRUPTION, MONEY_LAUNDERING, CYBERCRIME, THEFT_OR_ROBBERY, ENVIRONMENTAL_CRIME,
    OTHER_SERIOUS_ORDINARY_LAW,
    /** Offences against behavioural or cultural norms. */
    BEHAVIOURAL_OR_CULTURAL_NORMS,
    /** Offences about family or private matters. */
    FAMILY_OR_PRIVATE_MATTER,
    /** Private disputes (e.g. unpaid debts) not linked to serious crime. */
    PRIVATE_DISPUTE,
    /** Breaches of administrative laws or regulations. */
    ADMINISTRATIVE_LAW_BREACH;

    public boolean excludedFromRedNotices() {
        return ordinal() >= BEHAVIOURAL_OR_CULTURAL_NORMS.ordinal();
    }
}
