package org.icpo.membership.client;

import org.icpo.kit.problem.ApiException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of membership-service kept for a time to live, read again by one caller at a time.
 * <ul>
 * <li>A value younger than the time to live is answered from memory.</li>
 * <li>An older one is read again by the caller that finds it so. The callers that come while that read is in flight
 * get the value they would have got a moment before, if it is no older than {@code maxStale}: they neither wait for
 * the read nor send their own. (Each sending its own, at 200 searches a second, the standing's read every 30 s held
 * about 60 searches for up to 0.3 s.)</li>
 * <li>A key read for the first time, or whose value is older than {@code maxStale}, waits for the read in flight and
 * gets its answer or its failure.</li>
 * <li>When the read fails as unavailable (503), a value no older than {@code maxStale} is answered instead.</li>
 * </ul>
 */
final class RefreshingCache<V> {

    private static final Logger LOG = Logger.getLogger(RefreshingCache.class);

    private record Entry<V>(V value, Instant readAt) {
    }

    private final String what;
    private final Clock clock;
    private final Duration ttl;
    private final Duration maxStale;
    private final Map<String, Entry<V>> values = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<V>> reads = new ConcurrentHashMap<>();

    /** {@code what}: what a value is, before its key, in the log ("the standing of" FR). */
    RefreshingCache(String what, Clock clock, Duration ttl, Duration maxStale) {
        this.what = what;
        this.clock = clock;
        this.ttl = ttl;
        this.maxStale = maxStale;
    }

    /** The value of {@code key}: from memory when fresh, otherwise from {@code read} (see the class). */
    V get(String key, Supplier<V> read) {
        Instant now = clock.instant();
        Entry<V> cached = values.get(key);
        if (cached != null && younger(cached, ttl, now)) {
            return cached.value();
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> inFlight = reads.putIfAbsent(key, mine);
        if (inFlight != null) {
            return cached != null && younger(cached, maxStale, now) ? cached.value() : await(inFlight);
        }
        try {
            V value = read.get();
            values.put(key, new Entry<>(value, now));
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            if (e instanceof ApiException a && a.status() == 503 && cached != null && younger(cached, maxStale, now)) {
                LOG.warnf("membership-service unreachable; using %s %s as read at %s", what, key, cached.readAt());
                return cached.value();
            }
            throw e;
        } finally {
            reads.remove(key, mine);
        }
    }

    /** A value read by other means (e.g. with others in one call), as if read now. */
    void put(String key, V value) {
        values.put(key, new Entry<>(value, clock.instant()));
    }

    /** The value of {@code key} if it is younger than the time to live, else null; reads nothing. */
    V fresh(String key) {
        return younger(key, ttl);
    }

    /**
     * The value of {@code key} if it is no older than {@code maxStale}, else null: what may still be answered when
     * membership-service cannot be reached.
     */
    V usable(String key) {
        return younger(key, maxStale);
    }

    private V younger(String key, Duration age) {
        Entry<V> e = values.get(key);
        return e != null && younger(e, age, clock.instant()) ? e.value() : null;
    }

    void forget(String key) {
        values.remove(key);
    }

    private static boolean younger(Entry<?> e, Duration age, Instant now) {
        return e.readAt().plus(age).isAfter(now);
    }

    private static <V> V await(CompletableFuture<V> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
