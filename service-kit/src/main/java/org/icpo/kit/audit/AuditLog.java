package org.icpo.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.icpo.kit.persistence.Conditions;
import org.icpo.kit.security.Caller;
import org.icpo.kit.web.PageParams;
import org.icpo.kit.web.PageView;
import org.icpo.kit.web.RequestIds;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the audit log: who did what to which target, when, under which request id. Called inside
 * the transaction of the change it records, so a change and its audit record commit together.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, String targetId, Map<String, ?> details) {
        write(caller.subject(), String.join(",", caller.roles()), caller.country().orElse(null), action, targetType, targetId, details);
    }

    /**
     * Records a change made by the service itself, with no caller (a scheduled job, an outbox
     * delivery): the actor is named, e.g. {@code system:notices-lifecycle}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAsSystem(String actor, String action, String targetType, String targetId, Map<String, ?> details) {
        write(actor, "system", null, action, targetType, targetId, details);
    }

    private void write(String actor, String roles, String country, String action, String targetType, String targetId, Map<String, ?> details) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = Instant.now(clock);
        e.actor = actor;
        e.actorRoles = roles;
        e.actorCountry = country;
        e.action = action;
        e.targetType = targetType;
        e.targetId = targetId;
        e.requestId = RequestIds.current();
        e.details = details == null ? Map.of() : new LinkedHashMap<>(details);
        em.persist(e);
    }

    /** Records an attempt that was refused (e.g. by a measure); commits on its own even though the request fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String action, String targetType, String targetId, Map<String, ?> details) {
        record(action, targetType, targetId, details);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<AuditEntry> find(String targetType, String targetId, String actor, PageParams page) {
        Conditions c = new Conditions()
                .equal("a.targetType", "targetType", targetType)
                .equal("a.targetId", "targetId", targetId)
                .equal("a.actor", "actor", actor);
        var count = c.bind(em.createQuery("select count(a) from AuditEntry a where " + c.where(), Long.class));
        var query = c.bind(em.createQuery("select a from AuditEntry a where " + c.where() + " order by a.id desc", AuditEntry.class));
        List<AuditEntry> items = query.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return PageView.of(items, page, count.getSingleResult());
    }
}
