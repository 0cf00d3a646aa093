package org.icpo.elections.ballot;

/** Where a ballot stands: waiting for its first round, a round open, between rounds, decided. */
public enum BallotStatus {
    PENDING, ROUND_OPEN, BETWEEN_ROUNDS, DECIDED
}
