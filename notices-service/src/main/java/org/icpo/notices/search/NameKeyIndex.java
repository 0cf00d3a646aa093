package org.icpo.notices.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.icpo.names.NameForms;
import org.icpo.names.SearchKeys;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The member search's inverted index: {@code notice_record.name_keys}, the {@link SearchKeys} of every spelling of the
 * subject's name, set on filing. Records whose keys are missing (filed before the index existed, or after a migration
 * that changed the keys and set them to null) are computed in batches by a background thread at start-up; until then
 * a member search does not find them, which the log reports. Every replica of the service does this at start-up: a
 * batch locks its records and passes over those another replica is computing ({@code for update skip locked}).
 */
@ApplicationScoped
public class NameKeyIndex {

    private static final Logger LOG = Logger.getLogger(NameKeyIndex.class);
    public static final int BATCH = 1000;

    @Inject
    EntityManager em;

    private volatile boolean stopping;

    /** Sets the keys of a record just persisted, from its spellings (in the filing transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID recordId, Collection<NameForms> spellings) {
        em.flush();   // the record's row exists before its keys are set
        em.createNativeQuery("update notice_record set name_keys = cast(:keys as tsvector) where id = :id")
                .setParameter("keys", SearchKeys.tsvector(SearchKeys.stored(spellings)))
                .setParameter("id", recordId)
                .executeUpdate();
    }

    void onStart(@Observes StartupEvent ev) {
        Thread t = new Thread(() -> {
            try {
                long done = computeAllMissing();
                if (done > 0) {
                    LOG.infof("member search: computed the name keys of %d records", done);
                }
            } catch (RuntimeException e) {
                LOG.error("member search: computing missing name keys failed; records without keys are not found until the next start", e);
            }
        }, "name-key-index");
        t.setDaemon(true);
        t.start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        stopping = true;
    }

    /** Computes the keys of every record that has none, batch by batch; returns how many records were computed. */
    public long computeAllMissing() {
        long total = 0;
        int n;
        while (!stopping && (n = QuarkusTransaction.requiringNew().call(() -> computeMissing(BATCH))) > 0) {
            total += n;
            if (total % 100_000 < BATCH) {
                LOG.infof("member search: name keys computed for %d records so far", total);
            }
        }
        return total;
    }

    /** Computes the keys of up to {@code limit} records that have none (in the caller's transaction); returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public int computeMissing(int limit) {
        List<UUID> ids = em.createNativeQuery("select id from notice_record where name_keys is null limit :n for update skip locked", UUID.class)
                .setParameter("n", limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Map<UUID, List<NameForms>> spellings = new LinkedHashMap<>();
        ids.forEach(id -> spellings.put(id, new ArrayList<>()));
        List<Object[]> rows = em.createNativeQuery("select record_id, family, forenames from person_name where record_id in (:ids) order by record_id, position")
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            spellings.get((UUID) row[0]).add(NameForms.of((String) row[1], (String) row[2]));
        }
        UUID[] idArray = new UUID[ids.size()];
        String[] keys = new String[ids.size()];
        int i = 0;
        for (Map.Entry<UUID, List<NameForms>> e : spellings.entrySet()) {
            idArray[i] = e.getKey();
            keys[i++] = SearchKeys.tsvector(SearchKeys.stored(e.getValue()));
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("update notice_record r set name_keys = cast(k.keys as tsvector)"
                    + " from unnest(?, ?) as k(id, keys) where r.id = k.id")) {
                ps.setArray(1, c.createArrayOf("uuid", idArray));
                ps.setArray(2, c.createArrayOf("text", keys));
                ps.executeUpdate();
            }
        });
        return ids.size();
    }
}
