package org.icpo.notices.publicapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.icpo.kit.problem.ApiException;
import org.icpo.notices.config.NoticePolicies;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the public lists' reads of the database. The public API needs no token, and a list not read before at the
 * current version of the public records (a new pair of letters in {@code name}, a new nationality and age range, any
 * list after a write) costs PostgreSQL 5 to 50 ms. Without a bound, one anonymous client sending random pairs of letters
 * 40 times a second took the member search's p99 at 200 requests/s to 0.5 s (bench/README.md, nineteenth round). At
 * most {@code concurrency} such reads run at once, in arrival order; a read waits for its turn at most
 * {@code wait-at-most}, and when {@code queue} reads are already waiting it is refused at once. A refused read is a 503
 * problem ({@code busy}) with a Retry-After. Lists already read at the current version are served from memory and never
 * wait.
 */
@ApplicationScoped
public class PublicReadLimit {

    private final int queue;
    private final Duration wait;
    private final Semaphore turns;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    @Inject
    PublicReadLimit(NoticePolicies policies) {
        NoticePolicies.PublicApi.Reads reads = policies.publicApi().reads();
        if (reads.concurrency() < 1 || reads.queue() < 0 || reads.waitAtMost().isNegative()) {
            throw new IllegalArgumentException("icpo.notices.public.reads: concurrency must be at least 1, queue and wait-at-most not negative");
        }
        queue = reads.queue();
        wait = reads.waitAtMost();
        turns = new Semaphore(reads.concurrency(), true);
    }

    /** A read's turn; close it when the read is done. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a turn to read, or refuses the read with a 503 problem. */
    public Turn enter() {
        try {
            // with a timeout, even of zero, a fair semaphore lets no read pass those already waiting
            if (!turns.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                if (waiting.incrementAndGet() > queue) {
                    waiting.decrementAndGet();
                    throw busy();
                }
                try {
                    if (!turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                        throw busy();
                    }
                } finally {
                    waiting.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        return turns::release;
    }

    /** Reads refused since start. */
    public int refused() {
        return refused.get();
    }

    private ApiException busy() {
        refused.incrementAndGet();
        return ApiException.busy("Too many public list reads are running; lists read before are still served. Retry in a second", 1);
    }
}
