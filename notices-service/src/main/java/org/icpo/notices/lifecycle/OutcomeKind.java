package org.icpo.notices.lifecycle;

/** What happened to the person a notice seeks. */
public enum OutcomeKind {
    LOCATED, ARRESTED, EXTRADITED
}
