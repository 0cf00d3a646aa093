package org.icpo.bench;

import org.icpo.local.Api;
import org.icpo.local.DevKeys;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 196 delegations voting at the same moment (target: all accepted within 1 s), in three ballots one after the other,
 * then closing the last round (target: tally under 50 ms). Each delegation is a client of its own, with its own
 * HTTP/1.1 connection to the gateway ({@link LeanHttp}), opened by its first vote and kept for the next ballots.
 * Until the twenty-fifth round the 196 votes went through the one {@code HttpClient} of the benchmark's other calls:
 * 196 streams on one HTTP/2 connection, which the gateway serves on one event loop, one core.
 */
final class VotesBench {

    /**
     * Ballots voted one after the other: the first after the start measures the vote path as the JIT compiler finds it
     * (interpreted, then compiled while the votes run), the later ones as it is once compiled.
     */
    static final int RUNS = 3;

    private VotesBench() {
    }

    static void run(Api api, String gateway, DevKeys keys) throws Exception {
        String assembly = keys.mint("assembly-bench", "assembly", null, Duration.ofHours(2));
        String gs = keys.mint("gs-bench", "secretariat", null, Duration.ofHours(2));
        LocalDate today = LocalDate.now();
        // the Assembly meets once a year: this year's session, the one an earlier run kept (--keep-data) if there is one,
        // else a session number of its own, the first free one down from 999
        int session = -1;
        for (var s : api.get(assembly, "/sessions?size=100").expect(200).body().path("items")) {
            if (s.path("year").asInt() == today.getYear()) {
                session = s.path("number").asInt();
                if (!"OPEN".equals(s.path("status").asText())) {
                    throw new IllegalStateException("this year's session " + session + " is " + s.path("status").asText()
                            + ": the votes need it open (run without --keep-data)");
                }
            }
        }
        if (session < 0) {
            session = 999;
            while (api.post(assembly, "/sessions", Map.of("number", session, "year", today.getYear(), "city", "Lyon", "hostCountry", "FR",
                    "startsOn", today.minusDays(1).toString(), "endsOn", today.plusDays(1).toString())).expect(201, 409).status() == 409) {
                session--;
            }
            api.post(assembly, "/sessions/" + session + "/open", null).expect(200);
        }
        List<String> members = new ArrayList<>();
        api.get(gs, "/standings").expect(200).body().forEach(s -> members.add(s.path("country").asText()));
        for (String c : members) {
            api.post(assembly, "/sessions/" + session + "/attendance", Map.of("country", c)).expect(201, 200);
        }
        List<LeanHttp> delegations = new ArrayList<>();
        for (String c : members) {
            delegations.add(new LeanHttp(gateway, keys.mint("ncb-" + c.toLowerCase(), "ncb", c, Duration.ofHours(2))));
        }
        Bench.say("");
        Bench.say("## Voting: " + members.size() + " delegations voting at the same moment, through the gateway");
        String ballot = null;
        for (int run = 1; run <= RUNS; run++) {
            ballot = api.post(assembly, "/ballots", Map.of("session", session, "kind", "RESOLUTION", "title", "Benchmark resolution " + run,
                    "text", "Votes of every member at once")).expect(201).text("id");
            api.post(assembly, "/ballots/" + ballot + "/rounds", null).expect(201);
            long[] r = vote(delegations, ballot);
            Bench.say(String.format("  ballot %d%s: %d of %d votes accepted in %.0f ms (target: all within 1000 ms)", run,
                    run == 1 ? " (the first votes after the start)" : "", r[0], members.size(), r[1] / 1e6));
            if (run < RUNS) {
                api.post(assembly, "/ballots/" + ballot + "/rounds/1/close", null).expect(200);
            }
        }
        long c0 = System.nanoTime();
        api.post(assembly, "/ballots/" + ballot + "/rounds/1/close", null).expect(200);
        Bench.say(String.format("  closing and tallying the round: %.1f ms for the whole HTTP call through the gateway (target: tally < 50 ms)",
                (System.nanoTime() - c0) / 1e6));
    }

    /** Every delegation votes at the same moment; returns the votes accepted and the nanoseconds until the last answer. */
    private static long[] vote(List<LeanHttp> delegations, String ballot) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(delegations.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] finishedAt = new long[delegations.size()];
        String path = "/ballots/" + ballot + "/rounds/1/votes";
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < delegations.size(); i++) {
            int k = i;
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    if (delegations.get(k).post(path, k % 3 == 0 ? "{\"choice\":\"NO\"}" : "{\"choice\":\"YES\"}") == 201) {
                        accepted.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    failed.incrementAndGet();
                }
                finishedAt[k] = System.nanoTime();
            });
            t.start();
            threads.add(t);
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long last = 0;
        for (long f : finishedAt) {
            last = Math.max(last, f);
        }
        if (failed.get() > 0) {
            Bench.say("  " + failed.get() + " votes failed on their connection");
        }
        return new long[]{accepted.get(), last - t0};
    }
}
