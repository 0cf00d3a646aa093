package org.icpo.bench;

import org.HdrHistogram.Histogram;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A small HTTP load generator: open loop at a fixed rate (latency measured from each request's
 * intended start, so a stall is not hidden) and closed loop with N workers (saturation throughput).
 * Requests go through {@link LeanHttp} (HTTP/1.1 keep-alive connections, one per request in flight).
 */
final class Load {

    /** Requests sent in the first seconds of an open loop, also reported apart (the step from idle to the rate). */
    static final int OPEN_LOOP_SETTLE_SECONDS = 5;

    /**
     * @param settledMicros in an open loop, the latencies of the requests sent after {@value #OPEN_LOOP_SETTLE_SECONDS}
     *                      s (the rate sustained); null in a closed loop
     */
    record Result(String name, long requests, long errors, double seconds, Histogram latencyMicros, Histogram settledMicros) {
        double rps() {
            return requests / seconds;
        }

        /** Answers below 400 per second: errors (a gateway's fast 503 when the service is overloaded) are not throughput. */
        double okRps() {
            return (requests - errors) / seconds;
        }

        String line() {
            return String.format("%-44s %8.0f req/s (%.0f answered 2xx/3xx)  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %8.2f ms  errors %d/%d"
                            + "  (latencies include the errors)",
                    name, rps(), okRps(), ms(50), ms(90), ms(99), latencyMicros.getMaxValue() / 1000.0, errors, requests);
        }

        double ms(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }

        /** The open loop's latencies once the rate is sustained, and of its first seconds. */
        String settledLine() {
            Histogram first = latencyMicros.copy();
            first.subtract(settledMicros);
            return String.format("  of which sent after the first %d s (%d): p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms;"
                            + " in the first %d s (%d): p50 %.2f ms  p99 %.2f ms  max %.2f ms",
                    OPEN_LOOP_SETTLE_SECONDS, settledMicros.getTotalCount(), settledMicros.getValueAtPercentile(50) / 1000.0,
                    settledMicros.getValueAtPercentile(90) / 1000.0, settledMicros.getValueAtPercentile(99) / 1000.0,
                    settledMicros.getMaxValue() / 1000.0, OPEN_LOOP_SETTLE_SECONDS, first.getTotalCount(),
                    first.getValueAtPercentile(50) / 1000.0, first.getValueAtPercentile(99) / 1000.0, first.getMaxValue() / 1000.0);
        }
    }

    private Load() {
    }

    /** Sends {@code rate} requests per second for {@code seconds}, without waiting for answers. */
    static Result openLoop(String name, int rate, int seconds, LeanHttp http, IntFunction<String> paths) throws InterruptedException {
        Histogram h = new Histogram(60_000_000L, 3);
        Histogram settled = new Histogram(60_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        int total = rate * seconds;
        int firstSettled = rate * OPEN_LOOP_SETTLE_SECONDS;
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        // a thread per request in flight (blocking sockets): a stalled answer never delays the next request's start
        ExecutorService senders = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "load");
            t.setDaemon(true);
            return t;
        });
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            // catch up on every request that was due by now
            while (sent.get() < total && start + sent.get() * periodNanos <= now) {
                int i = sent.getAndIncrement();
                long intended = start + i * periodNanos;
                senders.execute(() -> {
                    try {
                        if (http.get(paths.apply(i)) >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    long micros = Math.max(1, (System.nanoTime() - intended) / 1000);
                    synchronized (h) {
                        h.recordValue(micros);
                        if (i >= firstSettled) {
                            settled.recordValue(micros);
                        }
                    }
                    done.countDown();
                });
            }
        }, 0, Math.max(100_000, periodNanos / 2), TimeUnit.NANOSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        senders.shutdown();
        return new Result(name, total, errors.get(), (System.nanoTime() - start) / 1e9, h, settled);
    }

    /** {@code workers} clients sending back to back for {@code seconds}: the saturation throughput. */
    static Result closedLoop(String name, int workers, int seconds, LeanHttp http, IntFunction<String> paths) throws InterruptedException {
        Histogram h = new Histogram(60_000_000L, 3);
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new java.util.ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        if (http.get(paths.apply(i++)) >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    synchronized (h) {
                        h.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    }
                    count.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(name, count.get(), errors.get(), (System.nanoTime() - start) / 1e9, h, null);
    }
}
