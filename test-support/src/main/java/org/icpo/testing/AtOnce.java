package org.icpo.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Requests sent at the same moment, for the tests of races: one thread each, released together once all are waiting. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs every call at once; their results in the order of the calls (at most 60 s each). */
    public static <T> List<T> run(List<Callable<T>> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.call();
                }));
            }
            // every thread is waiting at the start before any is released
            ready.await();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a request sent at once failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same call {@code times} times at once. */
    public static <T> List<T> run(int times, Callable<T> call) {
        return run(java.util.Collections.nCopies(times, call));
    }
}
