package org.icpo.notices.subject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The folded names stored for the checks that compare persons, computed again when {@link Names#FOLDING_VERSION} is newer
 * than the version recorded in {@code name_folding} (V1.18): refugee statuses, CCF deletion blocks and the records'
 * subject keys. Done once, at start-up and before the service takes requests, in one transaction: a replica starting at the
 * same time waits for it (the version's row is locked), then finds the version current. Only folds that change are
 * written; a record's name that is printable ASCII folds the same in every version and is not read.
 */
@ApplicationScoped
public class StoredFolds {

    private static final Logger LOG = Logger.getLogger(StoredFolds.class);

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent ev) {
        long started = System.nanoTime();
        int changed = refoldIfOlder();
        if (changed >= 0) {
            LOG.infof("name folding version %d: %d stored folds computed again and changed, in %d ms", Names.FOLDING_VERSION, changed,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Computes the stored folds again if they are of an older version; returns how many changed, or -1 if they were current. */
    public int refoldIfOlder() {
        return QuarkusTransaction.requiringNew().call(() -> {
            int version = ((Number) em.createNativeQuery("select version from name_folding for update").getSingleResult()).intValue();
            if (version >= Names.FOLDING_VERSION) {
                return -1;
            }
            int changed = refugeeStatuses() + deletionBlocks() + subjectKeys();
            em.createNativeQuery("update name_folding set version = ?1").setParameter(1, Names.FOLDING_VERSION).executeUpdate();
            return changed;
        });
    }

    @SuppressWarnings("unchecked")
    private int refugeeStatuses() {
        List<Object[]> rows = em.createNativeQuery("select id, family_name, forename, family_folded, forename_folded from refugee_status")
                .getResultList();
        List<Object[]> changed = new ArrayList<>();
        for (Object[] row : rows) {
            String family = Names.fold((String) row[1]);
            String forename = Names.fold((String) row[2]);
            if (!family.equals(row[3]) || !forename.equals(row[4])) {
                changed.add(new Object[]{row[0], family, forename});
            }
        }
        update("update refugee_status s set family_folded = f.family, forename_folded = f.forename"
                + " from unnest(?, ?, ?) as f(id, family, forename) where s.id = f.id", changed);
        return changed.size();
    }

    @SuppressWarnings("unchecked")
    private int deletionBlocks() {
        List<Object[]> rows = em.createNativeQuery("select b.id, r.family_name, r.forename, b.subject_key, b.family_folded, b.forename_folded"
                + " from ccf_deletion_block b join notice_record r on r.id = b.record_id").getResultList();
        List<Object[]> changed = new ArrayList<>();
        for (Object[] row : rows) {
            String family = Names.fold((String) row[1]);
            String forename = Names.fold((String) row[2]);
            String key = refoldedKey(family, forename, (String) row[3]);
            if (!family.equals(row[4]) || !forename.equals(row[5]) || !key.equals(row[3])) {
                changed.add(new Object[]{row[0], family, forename, key});
            }
        }
        update("update ccf_deletion_block b set family_folded = f.family, forename_folded = f.forename, subject_key = f.key"
                + " from unnest(?, ?, ?, ?) as f(id, family, forename, key) where b.id = f.id", changed);
        return changed.size();
    }

    @SuppressWarnings("unchecked")
    private int subjectKeys() {
        List<Object[]> rows = em.createNativeQuery("select id, family_name, forename, subject_key from notice_record"
                + " where family_name ~ '[^ -~]' or forename ~ '[^ -~]'").getResultList();
        List<Object[]> changed = new ArrayList<>();
        for (Object[] row : rows) {
            String key = refoldedKey(Names.fold((String) row[1]), Names.fold((String) row[2]), (String) row[3]);
            if (!key.equals(row[3])) {
                changed.add(new Object[]{row[0], key});
            }
        }
        update("update notice_record r set subject_key = f.key from unnest(?, ?) as f(id, key) where r.id = f.id", changed);
        return changed.size();
    }

    /** The key with its folded names replaced and its date of birth kept (the part after the second '|': folds have none). */
    private static String refoldedKey(String family, String forename, String oldKey) {
        String[] parts = oldKey.split("\\|", 3);
        return family + "|" + forename + "|" + (parts.length == 3 ? parts[2] : "");
    }

    /** Runs an update over {@code unnest} of the rows' columns: a uuid, then texts. */
    private void update(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).length;
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setArray(1, c.createArrayOf("uuid", rows.stream().map(r -> (UUID) r[0]).toArray()));
                for (int i = 1; i < columns; i++) {
                    int column = i;
                    ps.setArray(i + 1, c.createArrayOf("text", rows.stream().map(r -> (String) r[column]).toArray()));
                }
                ps.executeUpdate();
            }
        });
    }
}
