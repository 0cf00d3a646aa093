package org.icpo.bench;

import org.icpo.local.DevKeys;
import org.icpo.local.SuiteLauncher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same authenticated read (a member's standing) direct to membership-service, through the
 * gateway (which verifies the token and forwards it; the service verifies it again) and through
 * nginx as a plain reverse proxy (no token check), side by side. Targets: the gateway keeps at
 * least 85 % of direct throughput, adds at most 1 ms at p50, and is at least as fast as nginx.
 */
final class GatewayBench {

    /** Rounds of 10 s at 32 connections on each target before measuring. */
    static final int WARM_UP_ROUNDS = 3;

    private GatewayBench() {
    }

    private static double mean(List<Wrk.Figures> runs) {
        return runs.stream().mapToDouble(Wrk.Figures::rps).average().orElse(Double.NaN);
    }

    static void run(SuiteLauncher suite, DevKeys keys, Path work) throws Exception {
        String token = keys.mint("ncb-fr", "ncb", "FR", Duration.ofHours(2));
        int nginxPort = SuiteLauncher.freePort();
        String path = "/members/FR/standing";
        String direct = suite.url("membership") + path;
        String gateway = suite.url("gateway") + path;
        String nginx = "http://127.0.0.1:" + nginxPort + path;
        Bench.say("");
        Bench.say("## Gateway overhead: GET " + path + " with a bearer token (wrk, 1 thread)");
        try (Nginx proxy = Nginx.proxy(work, nginxPort, suite.port("membership"))) {
            // each JVM keeps compiling for tens of seconds: measured right after a short warm-up, the target measured
            // last (nginx, in front of a membership-service warmed by the two runs before it) came out twice as fast
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (String url : new String[]{direct, gateway, nginx}) {
                    Wrk.run("warm-up", url, token, 1, 32, 10);
                }
            }
            Bench.say("Throughput, 32 connections, 20 s a run, two runs each in turn (the second round in the opposite order):");
            String[][] targets = {{"direct to membership-service", direct}, {"through the gateway", gateway}, {"through nginx (plain proxy)", nginx}};
            Map<String, List<Wrk.Figures>> runs = new LinkedHashMap<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < targets.length; i++) {
                    String[] t = targets[round == 0 ? i : targets.length - 1 - i];
                    runs.computeIfAbsent(t[0], k -> new ArrayList<>()).add(Wrk.run(t[0], t[1], token, 1, 32, 20));
                }
            }
            runs.values().forEach(list -> list.forEach(f -> Bench.say("  " + f.line())));
            double d = mean(runs.get(targets[0][0]));
            double g = mean(runs.get(targets[1][0]));
            double n = mean(runs.get(targets[2][0]));
            Bench.say(String.format("  means: direct %.0f, gateway %.0f, nginx %.0f req/s; gateway keeps %.0f %% of direct throughput (target >= 85 %%);"
                    + " gateway/nginx throughput %.2f (target >= 1)", d, g, n, 100 * g / d, g / n));
            Bench.say("Latency, 1 connection (no queueing), 15 s:");
            Wrk.Figures d1 = Wrk.run("direct to membership-service", direct, token, 1, 1, 15);
            Wrk.Figures g1 = Wrk.run("through the gateway", gateway, token, 1, 1, 15);
            Wrk.Figures n1 = Wrk.run("through nginx (plain proxy)", nginx, token, 1, 1, 15);
            for (Wrk.Figures f : new Wrk.Figures[]{d1, g1, n1}) {
                Bench.say("  " + f.line());
            }
            Bench.say(String.format("  gateway adds %.2f ms at p50 (target <= 1 ms); nginx adds %.2f ms", g1.p50ms() - d1.p50ms(), n1.p50ms() - d1.p50ms()));
        }
    }
}
