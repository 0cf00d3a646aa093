package org.icpo.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./icpo run}: starts one embedded PostgreSQL (a database and role per service, data in
 * {@code .local/pgdata}), then membership-service, elections-service, notices-service and the
 * gateway as separate processes configured through the same keys as in production (environment
 * variables), waits until each is ready, prints the URLs and demo tokens, and stops everything on
 * Ctrl-C. {@code ./icpo token ROLE [COUNTRY]} prints a token signed with the local key.
 */
public final class LocalSuite {

    record Component(String name, String module, int port, boolean database) {
    }

    private LocalSuite() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("icpo.log", "warn"));
        List<String> argv = new ArrayList<>(Arrays.asList(args));
        String command = argv.isEmpty() ? "run" : argv.remove(0);
        Path root = Path.of(System.getProperty("icpo.root", ".")).toAbsolutePath().normalize();
        DevKeys keys = new DevKeys(root.resolve(".local/keys"));
        switch (command) {
            case "run" -> run(root, keys, argv);
            case "token" -> token(keys, argv);
            default -> {
                System.err.println("usage: ./icpo run [--fresh] [--only a,b] | ./icpo token ROLE [COUNTRY]");
                System.exit(2);
            }
        }
    }

    private static void token(DevKeys keys, List<String> argv) throws Exception {
        if (argv.isEmpty()) {
            System.err.println("usage: ./icpo token ncb|secretariat|ccf|assembly|svc-elections|svc-notices [COUNTRY]");
            System.exit(2);
        }
        keys.ensure();
        String role = argv.get(0);
        String country = argv.size() > 1 ? argv.get(1).toUpperCase(Locale.ROOT) : null;
        if (role.equals("ncb") && country == null) {
            System.err.println("an ncb token needs the member's country, e.g. ./icpo token ncb FR");
            System.exit(2);
        }
        String subject = country == null ? role + "-demo" : "ncb-" + country.toLowerCase(Locale.ROOT);
        System.out.println(keys.mint(subject, role, country, Duration.ofHours(12)));
    }

    static int port(String name, int fallback) {
        String v = System.getenv("ICPO_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT");
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(Path root, DevKeys keys, List<String> argv) throws Exception {
        boolean fresh = argv.contains("--fresh");
        List<String> only = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            if (argv.get(i).equals("--only") && i + 1 < argv.size()) {
                only.addAll(Arrays.asList(argv.get(i + 1).split(",")));
            }
        }
        List<Component> components = new ArrayList<>(List.of(
                new Component("membership", "membership-service", port("membership", 8081), true),
                new Component("elections", "elections-service", port("elections", 8082), true),
                new Component("notices", "notices-service", port("notices", 8083), true),
                new Component("gateway", "gateway", port("gateway", 8080), false)));
        if (!only.isEmpty()) {
            components.removeIf(c -> !only.contains(c.name()));
        }
        int pgPort = port("pg", 15432);

        List<String> busy = new ArrayList<>();
        if (!portFree(pgPort)) {
            busy.add("PostgreSQL port " + pgPort + " (set ICPO_PG_PORT)");
        }
        for (Component c : components) {
            if (!portFree(c.port())) {
                busy.add(c.name() + " port " + c.port() + " (set ICPO_" + c.name().toUpperCase(Locale.ROOT) + "_PORT)");
            }
        }
        if (!busy.isEmpty()) {
            System.err.println("Ports already taken: " + String.join("; ", busy));
            System.err.println("Another ./icpo run may be running, or choose other ports with the variables named.");
            System.exit(1);
        }

        Instant t0 = Instant.now();
        keys.ensure();
        log("starting PostgreSQL on port " + pgPort + (fresh ? " (fresh data)" : " (data in .local/pgdata)"));
        LocalDatabase db = LocalDatabase.start(root.resolve(".local/pgdata"), pgPort, fresh);
        List<ServiceProcess> processes = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping");
            for (int i = processes.size() - 1; i >= 0; i--) {
                processes.get(i).stop(Duration.ofSeconds(15));
            }
            try {
                db.close();
            } catch (IOException e) {
                System.err.println("could not stop PostgreSQL cleanly: " + e.getMessage());
            }
            log("stopped: no process of the suite is left running");
            stopped.countDown();
        }, "icpo-stop"));

        String membershipUrl = "http://127.0.0.1:" + port("membership", 8081);
        for (Component c : components) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(c.port()));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
            env.put("ICPO_SERVICE_IDENTITY_PRIVATE_KEY_LOCATION", keys.privateKeyFile().toString());
            env.put("QUARKUS_REST_CLIENT_MEMBERSHIP_URL", membershipUrl);
            env.put("ICPO_GATEWAY_UPSTREAM_MEMBERSHIP", membershipUrl);
            env.put("ICPO_GATEWAY_UPSTREAM_ELECTIONS", "http://127.0.0.1:" + port("elections", 8082));
            env.put("ICPO_GATEWAY_UPSTREAM_NOTICES", "http://127.0.0.1:" + port("notices", 8083));
            if (c.database()) {
                String dbName = c.name();
                db.ensureServiceDatabase(dbName, dbName + "-local");
                env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(dbName));
                env.put("QUARKUS_DATASOURCE_USERNAME", dbName);
                env.put("QUARKUS_DATASOURCE_PASSWORD", dbName + "-local");
            }
            List<String> jvm = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xss512k", "-XX:MaxRAMPercentage=10"));
            String opts = System.getenv("ICPO_JAVA_OPTS");
            if (opts != null && !opts.isBlank()) {
                jvm.addAll(Arrays.asList(opts.trim().split("\\s+")));
            }
            ServiceProcess p = new ServiceProcess(c.name(), root.resolve(c.module() + "/target/quarkus-app/quarkus-run.jar"), c.port(), env,
                    root.resolve(".local/logs/" + c.name() + ".log"), jvm);
            log("starting " + c.name() + " on port " + c.port() + " (log: .local/logs/" + c.name() + ".log)");
            p.start();
            processes.add(p);
        }
        for (ServiceProcess p : processes) {
            if (!p.awaitReady(Duration.ofSeconds(120))) {
                System.err.println();
                System.err.println("FAILED: " + p.name() + " did not become ready" + (p.alive() ? " within 120 s" : " (the process exited)")
                        + "; see its log: " + p.log());
                System.exit(1);
            }
            log(p.name() + " ready in " + p.sinceStart().toMillis() + " ms (pid " + p.pid() + ", RSS " + p.rssMiB() + " MiB)");
        }
        long total = processes.stream().mapToLong(ServiceProcess::rssMiB).sum();
        log("suite ready in " + Duration.between(t0, Instant.now()).toMillis() + " ms; services' RSS " + total + " MiB");
        printWelcome(keys, components);
        stopped.await();
    }

    private static void printWelcome(DevKeys keys, List<Component> components) throws Exception {
        int gateway = port("gateway", 8080);
        boolean withGateway = components.stream().anyMatch(c -> c.name().equals("gateway"));
        String base = "http://localhost:" + (withGateway ? gateway : components.get(0).port());
        System.out.println();
        System.out.println("  ICPO is running.");
        System.out.println("  API:        " + base);
        for (Component c : components) {
            System.out.println("  " + String.format("%-11s", c.name() + ":") + " http://localhost:" + c.port() + "  (Swagger UI: http://localhost:" + c.port() + "/q/swagger-ui)");
        }
        System.out.println();
        System.out.println("  Demo tokens (12 h); mint others with ./icpo token ROLE [COUNTRY]:");
        System.out.println("  export GS=" + keys.mint("gs-demo", "secretariat", null, Duration.ofHours(12)));
        System.out.println("  export NCB_FR=" + keys.mint("ncb-fr", "ncb", "FR", Duration.ofHours(12)));
        System.out.println("  export ASSEMBLY=" + keys.mint("assembly-demo", "assembly", null, Duration.ofHours(12)));
        System.out.println("  export CCF=" + keys.mint("ccf-demo", "ccf", null, Duration.ofHours(12)));
        System.out.println();
        System.out.println("  Try:  curl -H \"Authorization: Bearer $GS\" " + base + "/members/FR/standing");
        System.out.println("  Ctrl-C stops every process and the database.");
        System.out.println();
    }

    static void log(String message) {
        System.out.println("[icpo] " + message);
    }
}
