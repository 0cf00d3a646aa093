package org.icpo.elections.session;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a General Assembly session: planned -> open -> closed. */
public enum SessionStatus {
    PLANNED, OPEN, CLOSED;

    public Set<SessionStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(SessionStatus.class);
        };
    }

    public boolean canMoveTo(SessionStatus target) {
        return next().contains(target);
    }
}
