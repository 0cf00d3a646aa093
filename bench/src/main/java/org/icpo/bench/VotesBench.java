package org.icpo.bench;

import org.icpo.local.Api;
import org.icpo.local.DevKeys;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** 196 delegations voting at the same moment (target: all accepted within 1 s), then closing the round (target: tally under 50 ms). */
final class VotesBench {

    private VotesBench() {
    }

    static void run(Api api, DevKeys keys) throws Exception {
        String assembly = keys.mint("assembly-bench", "assembly", null, Duration.ofHours(2));
        String gs = keys.mint("gs-bench", "secretariat", null, Duration.ofHours(2));
        LocalDate today = LocalDate.now();
        // a session number of its own (--keep-data keeps the sessions of earlier runs): the first free one down from 999
        int session = 999;
        while (api.post(assembly, "/sessions", Map.of("number", session, "year", today.getYear(), "city", "Lyon", "hostCountry", "FR",
                "startsOn", today.minusDays(1).toString(), "endsOn", today.plusDays(1).toString())).expect(201, 409).status() == 409) {
            session--;
        }
        api.post(assembly, "/sessions/" + session + "/open", null).expect(200);
        List<String> members = new ArrayList<>();
        api.get(gs, "/standings").expect(200).body().forEach(s -> members.add(s.path("country").asText()));
        for (String c : members) {
            api.post(assembly, "/sessions/" + session + "/attendance", Map.of("country", c)).expect(201);
        }
        String ballot = api.post(assembly, "/ballots", Map.of("session", session, "kind", "RESOLUTION", "title", "Benchmark resolution",
                "text", "Votes of every member at once")).expect(201).text("id");
        api.post(assembly, "/ballots/" + ballot + "/rounds", null).expect(201);
        List<String> tokens = new ArrayList<>();
        for (String c : members) {
            tokens.add(keys.mint("ncb-" + c.toLowerCase(), "ncb", c, Duration.ofHours(2)));
        }
        CountDownLatch ready = new CountDownLatch(members.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        long[] finishedAt = new long[members.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            int k = i;
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    if (api.post(tokens.get(k), "/ballots/" + ballot + "/rounds/1/votes", Map.of("choice", k % 3 == 0 ? "NO" : "YES")).status() == 201) {
                        accepted.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
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
        Bench.say("");
        Bench.say("## Voting: " + members.size() + " delegations voting at the same moment, through the gateway");
        Bench.say(String.format("  %d of %d votes accepted in %.0f ms (target: all within 1000 ms)", accepted.get(), members.size(), (last - t0) / 1e6));
        long c0 = System.nanoTime();
        api.post(assembly, "/ballots/" + ballot + "/rounds/1/close", null).expect(200);
        Bench.say(String.format("  closing and tallying the round: %.1f ms for the whole HTTP call through the gateway (target: tally < 50 ms)",
                (System.nanoTime() - c0) / 1e6));
    }
}
