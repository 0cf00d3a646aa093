package org.icpo.bench;

import org.icpo.local.DevKeys;
import org.icpo.local.SuiteLauncher;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The same authenticated read (a member's standing) direct to membership-service, through the
 * gateway (which verifies the token and forwards it; the service verifies it again) and through
 * nginx as a plain reverse proxy (no token check), side by side. Targets: the gateway keeps at
 * least 85 % of direct throughput, adds at most 1 ms at p50, and is at least as fast as nginx.
 */
final class GatewayBench {

    private GatewayBench() {
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
            for (String url : new String[]{direct, gateway, nginx}) {
                Wrk.run("warm-up", url, token, 1, 16, 10);
            }
            Bench.say("Throughput, 32 connections, 20 s:");
            Wrk.Figures d = Wrk.run("direct to membership-service", direct, token, 1, 32, 20);
            Wrk.Figures g = Wrk.run("through the gateway", gateway, token, 1, 32, 20);
            Wrk.Figures n = Wrk.run("through nginx (plain proxy)", nginx, token, 1, 32, 20);
            for (Wrk.Figures f : new Wrk.Figures[]{d, g, n}) {
                Bench.say("  " + f.line());
            }
            Bench.say(String.format("  gateway keeps %.0f %% of direct throughput (target >= 85 %%); gateway/nginx throughput %.2f (target >= 1)",
                    100 * g.rps() / d.rps(), g.rps() / n.rps()));
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
