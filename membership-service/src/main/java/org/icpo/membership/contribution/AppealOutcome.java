package org.icpo.membership.contribution;

/** Where an appeal against the loss of rights for arrears stands. */
public enum AppealOutcome {
    PENDING, GRANTED, DISMISSED
}
