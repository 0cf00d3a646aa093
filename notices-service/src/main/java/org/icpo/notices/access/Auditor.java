package org.icpo.notices.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.icpo.kit.audit.AuditEntry;
import org.icpo.kit.audit.AuditLog;
import org.icpo.kit.security.Caller;
import org.icpo.kit.web.RequestIds;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
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

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, String targetId, Map<String, ?> details) {
        if (caller.authenticated()) {
            audit.record(action, targetType, targetId, details);
            return;
        }
        AuditEntry e = new AuditEntry();
        e.occurredAt = Instant.now(clock);
        e.actor = SYSTEM_ACTOR;
        e.actorRoles = "system";
        e.action = action;
        e.targetType = targetType;
        e.targetId = targetId;
        e.requestId = RequestIds.current();
        e.details = details == null ? Map.of() : new LinkedHashMap<>(details);
        em.persist(e);
    }

    public String actorName() {
        return caller.authenticated() ? caller.subject() : SYSTEM_ACTOR;
    }

    public String actorCountry() {
        return caller.authenticated() ? caller.country().orElse(null) : null;
    }
}
