package org.icpo.notices.ccf;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a CCF request: received -> admissible | inadmissible; admissible -> decided. */
public enum CcfStatus {
    RECEIVED, ADMISSIBLE, INADMISSIBLE, DECIDED;

    public Set<CcfStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ADMISSIBLE, INADMISSIBLE);
            case ADMISSIBLE -> EnumSet.of(DECIDED);
            case INADMISSIBLE, DECIDED -> EnumSet.noneOf(CcfStatus.class);
        };
    }

    public boolean canMoveTo(CcfStatus target) {
        return next().contains(target);
    }
}
