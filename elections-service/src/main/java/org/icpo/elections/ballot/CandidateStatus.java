package org.icpo.elections.ballot;

/** A candidate in an office ballot. */
public enum CandidateStatus {
    STANDING, ELIMINATED, WITHDRAWN, ELECTED, NOT_ELECTED
}
