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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The member search's inverted index: {@code notice_record.name_keys}, the {@link SearchKeys} of every spelling of the
 * subject's name, set on filing with {@code notice_record.name_forms}, the spellings' forms the search scores
 * ({@link NameForms#restorable}: read with the candidates). Records whose keys or forms are missing (filed before
 * they existed, or after a migration that changed the keys and set them to null) are computed in batches by a
 * background thread at start-up; until then a member search does not find a record without keys, which the log
 * reports, and reads the spellings of a record without forms from {@code person_name}. Every replica of the service does this at start-up: a
 * batch locks its records and passes over those another replica is computing ({@code for update skip locked}).
 */
@ApplicationScoped
public class NameKeyIndex {

    private static final Logger LOG = Logger.getLogger(NameKeyIndex.class);
    public static final int BATCH = 1000;

    @Inject
    EntityManager em;

    private volatile boolean stopping;

    /** Sets the keys and forms of a record just persisted, from its spellings (in the filing transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID recordId, List<NameForms> spellings) {
        em.flush();   // the record's row exists before its keys are set
        write(Map.of(recordId, spellings));
    }

    /** Sets the keys and forms of records, in one statement. */
    private void write(Map<UUID, List<NameForms>> spellings) {
        UUID[] ids = new UUID[spellings.size()];
        String[] keys = new String[ids.length];
        String[] forms = new String[ids.length];
        int i = 0;
        for (Map.Entry<UUID, List<NameForms>> e : spellings.entrySet()) {
            ids[i] = e.getKey();
            keys[i] = tsvector(e.getValue());
            forms[i++] = NameForms.restorable(e.getValue());
        }
        // the records are also looked up by their identifiers (= any): joined to the list alone, a table whose statistics
        // say it is empty (analysed just after it was emptied) was read whole once for each of a batch's records
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("update notice_record r set name_keys = cast(k.keys as tsvector), name_forms = cast(k.forms as text[])"
                    + " from unnest(?, ?, ?) as k(id, keys, forms) where r.id = k.id and r.id = any (?)")) {
                java.sql.Array idArray = c.createArrayOf("uuid", ids);
                ps.setArray(1, idArray);
                ps.setArray(2, c.createArrayOf("text", keys));
                ps.setArray(3, c.createArrayOf("text", forms));
                ps.setArray(4, idArray);
                ps.executeUpdate();
            }
        });
    }

    /**
     * Longest word form whose one-letter deletions are stored ({@code d_} keys): far beyond any name's word (the
     * longest family names are some 35 letters), and what keeps a name within PostgreSQL's limits below. A word of
     * 200 letters whose forms grow ("Š" is "sh" in ASCII) has hundreds of deletion keys of hundreds of letters each,
     * which took the record's keys past the 1 MB a {@code tsvector} holds (a 500 on filing). Such a word is still found
     * by its exact and skeleton keys; only a typing error in it is not.
     */
    static final int MAX_DELETION_KEY_LETTERS = 64;
    /** PostgreSQL's longest lexeme (2,047 bytes, less one); keys are ASCII. */
    static final int MAX_KEY_LENGTH = 2046;
    /** PostgreSQL's largest tsvector (1 MB), with a margin for its positions and headers. */
    static final int MAX_TSVECTOR_TEXT = 900_000;

    /**
     * The stored keys of a record's spellings as {@code tsvector} input ({@link SearchKeys#stored}), within PostgreSQL's
     * limits: deletion keys of words over {@value #MAX_DELETION_KEY_LETTERS} letters and keys over
     * {@value #MAX_KEY_LENGTH} characters left out, and every deletion key if the keys would still be too large.
     */
    static String tsvector(List<NameForms> spellings) {
        List<String> keys = new ArrayList<>();
        for (String k : SearchKeys.stored(spellings)) {
            if (k.length() <= MAX_KEY_LENGTH && deletedForm(k) <= MAX_DELETION_KEY_LETTERS) {
                keys.add(k);
            }
        }
        String text = SearchKeys.tsvector(keys);
        if (text.length() > MAX_TSVECTOR_TEXT) {
            text = SearchKeys.tsvector(keys.stream().filter(k -> deletedForm(k) < 0).toList());
        }
        return text;
    }

    /**
     * The length of the form of a deletion key ({@code d_<form>}, or {@code <words>d_<form>} for a spelling of several
     * words); -1 for any other key.
     */
    static int deletedForm(String key) {
        int i = 0;
        while (i < key.length() && Character.isDigit(key.charAt(i))) {
            i++;
        }
        return key.startsWith("d_", i) ? key.length() - i - 2 : -1;
    }

    void onStart(@Observes StartupEvent ev) {
        Thread t = new Thread(() -> {
            try {
                long done = computeAllMissing();
                if (done > 0) {
                    LOG.infof("member search: computed the name keys and forms of %d records", done);
                }
            } catch (RuntimeException e) {
                LOG.error("member search: computing missing name keys and forms failed; records without keys are not found until the next start", e);
            }
        }, "name-key-index");
        t.setDaemon(true);
        t.start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        stopping = true;
    }

    /** Computes the keys and forms of every record that lacks them, batch by batch; returns how many records were computed. */
    public long computeAllMissing() {
        long total = 0;
        int n;
        while (!stopping && (n = QuarkusTransaction.requiringNew().call(() -> computeMissing(BATCH))) > 0) {
            total += n;
            if (total % 100_000 < BATCH) {
                LOG.infof("member search: name keys and forms computed for %d records so far", total);
            }
        }
        return total;
    }

    /** Computes the keys and forms of up to {@code limit} records that lack them (in the caller's transaction); returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public int computeMissing(int limit) {
        List<UUID> ids = em.createNativeQuery("select id from notice_record where name_keys is null or name_forms is null limit :n for update skip locked", UUID.class)
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
        write(spellings);
        return ids.size();
    }
}
