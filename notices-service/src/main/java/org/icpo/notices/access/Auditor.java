package org.icpo.notices.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.security.Caller;

import java.util.Map;

/**
 * Audit records of this service: through the kit's {@link AuditLog} for callers, and under the
 * service's own name for the scheduled lifecycle job, which runs without a caller.
 */
@ApplicationScoped
public class Auditor {

    public static final String SYSTEM_ACTOR = "system:notices-lifecycle";

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, String targetId, Map<String, ?> details) {
        if (caller.authenticated()) {
            audit.record(action, targetType, targetId, details);
            return;
        }
        audit.recordAsSystem(SYSTEM_ACTOR, action, targetType, targetId, details);
    }

    public String actorName() {
        return caller.authenticated() ? caller.subject() : SYSTEM_ACTOR;
    }

    public String actorCountry() {
        return caller.authenticated() ? caller.country().orElse(null) : null;
    }
}
