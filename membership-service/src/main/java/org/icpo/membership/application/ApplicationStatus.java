package org.icpo.membership.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of an admission application: submitted -> scheduled -> admitted | rejected, and
 * withdrawn from submitted or scheduled. Admitted, rejected and withdrawn are final; a state that
 * was rejected or withdrew applies again with a new application in a later year.
 */
public enum ApplicationStatus {
    SUBMITTED, SCHEDULED, ADMITTED, REJECTED, WITHDRAWN;

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(SCHEDULED, WITHDRAWN);
            case SCHEDULED -> EnumSet.of(ADMITTED, REJECTED, WITHDRAWN);
            case ADMITTED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    public boolean open() {
        return this == SUBMITTED || this == SCHEDULED;
    }
}
