package org.icpo.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Returns the membership database to its seeded state between tests (the audit log stays: it is append-only). */
@ApplicationScoped
public class TestData {

    @Inject
    EntityManager em;

    @Transactional
    public void reset() {
        em.createNativeQuery("delete from member where code in (select target_id from audit_log where action = 'member.admitted')").executeUpdate();
        em.createNativeQuery("delete from admission_application").executeUpdate();
        // a seeded member's day of admission is recorded from the outcome of its application's ballot
        em.createNativeQuery("update member set admitted_on = null where admitted_on is not null").executeUpdate();
        em.createNativeQuery("delete from contribution_payment").executeUpdate();
        em.createNativeQuery("delete from contribution").executeUpdate();
        em.createNativeQuery("delete from arrears_appeal").executeUpdate();
        em.createNativeQuery("delete from measure").executeUpdate();
        em.createNativeQuery("delete from idempotency_record").executeUpdate();
    }

    /** Row counts of every mutable table plus the audit log, to prove that a refused request wrote nothing. */
    @Transactional
    public String fingerprint() {
        return fingerprint("true");
    }

    /** The same, without the entries of the audit log's own reads (audit-log.read), which reading it writes. */
    @Transactional
    public String fingerprintBesidesAuditReads() {
        return fingerprint("action <> 'audit-log.read'");
    }

    private String fingerprint(String auditCondition) {
        return em.createNativeQuery("select concat_ws(',', (select count(*) from member), (select count(*) from admission_application),"
                + " (select count(*) from contribution), (select count(*) from contribution_payment), (select count(*) from arrears_appeal),"
                + " (select count(*) from measure), (select count(*) from idempotency_record), (select count(*) from audit_log where " + auditCondition + "),"
                + " (select coalesce(sum(version), 0) from member), (select coalesce(sum(version), 0) from measure),"
                + " (select coalesce(sum(version), 0) from admission_application), (select coalesce(sum(version), 0) from arrears_appeal))")
                .getSingleResult().toString();
    }

    @Transactional
    public long auditCount(String action, String targetId) {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where action = ?1 and target_id = ?2")
                .setParameter(1, action).setParameter(2, targetId).getSingleResult()).longValue();
    }
}
