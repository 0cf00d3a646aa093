package org.icpo.notices.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.icpo.names.SearchKeys;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many records a search condition is likely to meet, from PostgreSQL's statistics of the name keys: the share of
 * the records that have each of the most common keys ({@code pg_stats.most_common_elems} of
 * {@code notice_record.name_keys}, 10,000 of them since V1.13, kept by autovacuum's ANALYZE) and the number of records
 * ({@code pg_class.reltuples}), read again every {@value #REFRESH_MINUTES} minutes. The member search uses it to ask
 * for the closest spellings first when a query is likely to meet far more records than it can score
 * ({@link NoticeSearch}). Before the table's first ANALYZE nothing is known, and every estimate is 0.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KeyStatistics {

    static final long REFRESH_MINUTES = 10;

    /** The share of the records with each key, and the number of records, read at {@code readAt} ({@link System#nanoTime}). */
    record Snapshot(Map<String, Double> shares, double records, long readAt) {
    }

    private static final String SQL = "select cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs, c.reltuples"
            + " from pg_class c left join pg_stats s on s.schemaname = current_schema() and s.tablename = 'notice_record'"
            + " and s.attname = 'name_keys' where c.oid = cast('notice_record' as regclass)";

    @Inject
    EntityManager em;

    private volatile Snapshot snapshot;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** The number of records estimated to meet {@code query} ({@link SearchKeys.Query#estimatedShare}), visible or not. */
    public double estimatedRecords(SearchKeys.Query query) {
        Snapshot s = current();
        return s.shares().isEmpty() ? 0 : query.estimatedShare(k -> s.shares().getOrDefault(k, 0.0)) * s.records();
    }

    /** The statistics as last read, read again when older than {@value #REFRESH_MINUTES} minutes (by one search at a time). */
    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            return read();
        }
        if (System.nanoTime() - s.readAt() > TimeUnit.MINUTES.toNanos(REFRESH_MINUTES) && refreshing.compareAndSet(false, true)) {
            try {
                return read();
            } finally {
                refreshing.set(false);
            }
        }
        return s;
    }

    /** Reads the statistics now (after an ANALYZE, say), instead of within {@value #REFRESH_MINUTES} minutes. */
    public void refresh() {
        read();
    }

    private Snapshot read() {
        Snapshot s = em.unwrap(Session.class).doReturningWork(c -> {
            try (var ps = c.prepareStatement(SQL); var rs = ps.executeQuery()) {
                Map<String, Double> shares = new HashMap<>();
                double records = 0;
                if (rs.next()) {
                    java.sql.Array keys = rs.getArray(1);
                    java.sql.Array freqs = rs.getArray(2);
                    if (keys != null && freqs != null) {
                        String[] k = (String[]) keys.getArray();
                        Object[] f = (Object[]) freqs.getArray();
                        // the frequencies array ends with the minimum, the maximum and the share of nulls
                        for (int i = 0; i < k.length && i < f.length; i++) {
                            shares.put(k[i], ((Number) f[i]).doubleValue());
                        }
                    }
                    records = Math.max(0, rs.getDouble(3));
                }
                return new Snapshot(Map.copyOf(shares), records, System.nanoTime());
            }
        });
        snapshot = s;
        return s;
    }
}
