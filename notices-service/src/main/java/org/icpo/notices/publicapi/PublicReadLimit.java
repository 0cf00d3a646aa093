package org.icpo.notices.publicapi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.icpo.kit.problem.ApiException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the public lists' reads of the database. The public API needs no token, and a list read for the first time
 * since the public records last changed (a new pair of letters in {@code name}, a new nationality and age range) costs
 * PostgreSQL 5 to 50 ms of CPU: a few anonymous clients varying their filters took both cores of the benchmark's machine,
 * and the member search's p99 at 200 requests/s went from 61 ms to 0.7 to 1 s. At most {@code concurrency} such reads run
 * at once, in arrival order; a read waits for its turn at most {@code wait}, and when {@code queue} reads are already
 * waiting it is refused at once. A refused read is a 503 problem ({@code busy}) with a Retry-After. Lists already read at
 * the current version of the public records are served from memory and never wait.
 */
@ApplicationScoped
public class PublicReadLimit {

    @ConfigProperty(name = "icpo.notices.public.reads.concurrency", defaultValue = "1")
    int concurrency;

    @ConfigProperty(name = "icpo.notices.public.reads.queue", defaultValue = "16")
    int queue;

    @ConfigProperty(name = "icpo.notices.public.reads.wait", defaultValue = "1s")
    Duration wait;

    private Semaphore turns;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    @PostConstruct
    void init() {
        if (concurrency < 1 || queue < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("icpo.notices.public.reads: concurrency must be at least 1, queue and wait not negative");
        }
        turns = new Semaphore(concurrency, true);
    }

    /** A read's turn; close it when the read is done. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits for a turn to read, or refuses the read with a 503 problem. */
    public Turn enter() {
        if (!turns.tryAcquire()) {
            if (waiting.incrementAndGet() > queue) {
                waiting.decrementAndGet();
                throw busy();
            }
            try {
                if (!turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                    throw busy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            } finally {
                waiting.decrementAndGet();
            }
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
