package org.icpo.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Returns the notices database to its seeded state between tests (the audit log stays: it is append-only). */
@ApplicationScoped
public class TestData {

    @Inject
    EntityManager em;

    @Transactional
    public void reset() {
        for (String table : new String[]{"ccf_deletion_block", "ccf_request", "notice_outcome", "diffusion_recipient", "subject_photo",
                "record_event", "notice_record", "refugee_status", "idempotency_record"}) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        em.createNativeQuery("delete from screening_indicator where updated_by <> 'seed'").executeUpdate();
    }

    /** Row counts and versions of every mutable table plus the audit log, to prove that a refused request wrote nothing. */
    @Transactional
    public String fingerprint() {
        return em.createNativeQuery("select concat_ws(',', (select count(*) from notice_record), (select coalesce(sum(version), 0) from notice_record),"
                + " (select count(*) from record_event), (select count(*) from subject_photo), (select count(*) from diffusion_recipient),"
                + " (select count(*) from notice_outcome), (select count(*) from refugee_status), (select count(*) from ccf_request),"
                + " (select coalesce(sum(version), 0) from ccf_request), (select count(*) from ccf_deletion_block),"
                + " (select count(*) from screening_indicator), (select coalesce(sum(version), 0) from screening_indicator),"
                + " (select count(*) from idempotency_record), (select count(*) from audit_log))")
                .getSingleResult().toString();
    }

    @Transactional
    public long auditCount(String action, String targetId) {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where action = ?1 and target_id = ?2")
                .setParameter(1, action).setParameter(2, targetId).getSingleResult()).longValue();
    }

    @Transactional
    public long auditCount(String action) {
        return ((Number) em.createNativeQuery("select count(*) from audit_log where action = ?1")
                .setParameter(1, action).getSingleResult()).longValue();
    }

    /** Tries to make the first reviewer also the publisher of a four-eyes record; returns the SQL state of the refusal. */
    public String violateFourEyes(java.util.UUID id) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "update notice_record set reviewed_by = first_reviewer where id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
            return "accepted";
        } catch (java.sql.SQLException e) {
            return e.getSQLState();
        }
    }

    @Inject
    javax.sql.DataSource dataSource;
}
