package org.icpo.elections.ballot;

/** What a ballot decides. */
public enum BallotKind {
    /** Admission of a state applying for membership: yes / no / abstain. */
    ADMISSION,
    /** Election to a seat of the Executive Committee: one of the candidates, or abstain. */
    OFFICE,
    /** An ordinary decision of the Assembly: yes / no / abstain. */
    RESOLUTION,
    /** An amendment of the Constitution: yes / no / abstain. */
    CONSTITUTIONAL_AMENDMENT
}
