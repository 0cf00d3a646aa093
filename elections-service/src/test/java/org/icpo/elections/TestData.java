package org.icpo.elections;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Returns the elections database to its empty state between tests (the audit log stays: it is append-only). */
@ApplicationScoped
public class TestData {

    @Inject
    EntityManager em;

    public void reset() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : new String[]{"board_entry", "sealed_ballot", "ballot_box", "round_participation", "round_roll", "ballot_round", "outbox_message",
                    "committee_term", "candidate", "ballot", "attendance", "assembly_session", "idempotency_record"}) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }

    /** Row counts and versions of every table plus the audit log, to prove that a refused request wrote nothing. */
    public String fingerprint() {
        return fingerprint("true");
    }

    /** The same, without the entries of the audit log's own reads (audit-log.read), which reading it writes. */
    public String fingerprintBesidesAuditReads() {
        return fingerprint("action <> 'audit-log.read'");
    }

    private String fingerprint(String auditCondition) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select concat_ws(',', "
                + "(select count(*) from assembly_session), (select coalesce(sum(version), 0) from assembly_session), "
                + "(select count(*) from attendance), (select count(*) from ballot), (select coalesce(sum(version), 0) from ballot), "
                + "(select count(*) from candidate), (select coalesce(sum(version), 0) from candidate), "
                + "(select count(*) from ballot_round), (select coalesce(sum(version), 0) from ballot_round), "
                + "(select count(*) from round_roll), (select count(*) from round_participation), (select count(*) from sealed_ballot), (select count(*) from ballot_box), "
                + "(select count(*) from board_entry), (select count(*) from committee_term), (select coalesce(sum(version), 0) from committee_term), "
                + "(select count(*) from outbox_message), (select count(*) from idempotency_record), (select count(*) from audit_log where " + auditCondition + "))")
                .getSingleResult().toString());
    }

    public long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    /** The rows of a query of one column. */
    @SuppressWarnings("unchecked")
    public <T> java.util.List<T> column(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return (java.util.List<T>) q.getResultList();
        });
    }

    public int execute(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.executeUpdate();
        });
    }
}
