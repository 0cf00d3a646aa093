package org.icpo.bench;

import org.icpo.local.Api;
import org.icpo.local.DevKeys;
import org.icpo.local.SuiteLauncher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/run.sh [all|gateway|votes|search|public|hold] [--keep-data]}: starts the suite as {@code ./icpo run}
 * does (fresh database in bench/target, or the previous run's with --keep-data), runs the chosen benchmarks against it on this machine and
 * prints the figures next to the targets. Never fails on a figure; the load generator shares the
 * machine with the suite, which the report says.
 */
public final class Bench {

    static final List<String> OUTPUT = new ArrayList<>();

    private Bench() {
    }

    static void say(String line) {
        System.out.println(line);
        OUTPUT.add(line);
    }

    /**
     * {@code bench/run.sh hold --keep-data}: the benchmark's suite and data, left running for profiling; writes an NCB
     * token and 2,000 member-search paths next to the data and waits until stopped (Ctrl-C).
     */
    private static void hold(SuiteLauncher suite, DevKeys keys, Path work) throws Exception {
        Path token = work.resolve("token");
        Files.writeString(token, keys.mint("ncb-fr", "ncb", "FR", Duration.ofHours(8)));
        List<String> paths = new ArrayList<>();
        for (String q : Names.queries(new java.util.Random(42), 2000)) {
            paths.add("/notices/search?name=" + NoticesBench.enc(q));
        }
        Path searches = work.resolve("searches.txt");
        Files.write(searches, paths);
        say("holding: gateway " + suite.url("gateway") + ", notices-service " + suite.url("notices") + "; NCB token in " + token
                + ", search paths in " + searches + "; Ctrl-C stops");
        Thread.sleep(Long.MAX_VALUE);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String what = args.length > 0 ? args[0] : "all";
        // --keep-data: start on the database of the previous run and reuse its generated notices (faster iterations)
        boolean keep = List.of(args).contains("--keep-data");
        Path root = Path.of(System.getProperty("icpo.root", ".")).toAbsolutePath().normalize();
        Path work = root.resolve("bench/target/run");
        Files.createDirectories(work);
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String c : List.of("gateway", "membership", "elections", "notices")) {
            ports.put(c, SuiteLauncher.freePort());
        }
        // one token sends everything: rate limits would measure themselves; access logs would measure the disk
        Map<String, String> env = Map.of(
                "ICPO_GATEWAY_RATE_LIMIT_ENABLED", "false",
                "QUARKUS_HTTP_ACCESS_LOG_ENABLED", "false",
                "QUARKUS_LOG_CATEGORY__ORG_ICPO__LEVEL", "WARN");
        DevKeys keys = new DevKeys(work.resolve("keys"));
        SuiteLauncher suite = new SuiteLauncher(new SuiteLauncher.Options(root, work.resolve("pgdata"), work.resolve("logs"), !keep,
                SuiteLauncher.freePort(), ports, List.of(), env), keys, m -> System.out.println("[bench] " + m));
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
        suite.start(Duration.ofSeconds(180));
        say("# ICPO benchmark, " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; load generator on the same machine");
        Api api = new Api(suite.url("gateway"));
        if (what.equals("hold")) {
            hold(suite, keys, work);
            return;
        }
        if (what.equals("all") || what.equals("gateway")) {
            GatewayBench.run(suite, keys, work);
        }
        if (what.equals("all") || what.equals("votes")) {
            VotesBench.run(api, suite.url("gateway"), keys);
        }
        if (what.equals("all") || what.equals("search") || what.equals("public")) {
            NoticesBench.run(suite, api, keys, root, what, keep);
        }
        Path report = root.resolve("bench/target/results.md");
        Files.write(report, OUTPUT, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println("\nfigures written to " + report);
        suite.close();
        System.exit(0);
    }
}
