package org.icpo.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts the whole suite on one machine: one embedded PostgreSQL with a database and role per
 * service, then each application as its own process from its runnable jar, configured with the
 * same keys as in production (environment variables). Used by {@code ./icpo run} and by the
 * end-to-end tests, so both run the suite the same way.
 */
public final class SuiteLauncher implements AutoCloseable {

    /** An application of the suite: its name, Maven module, whether it owns a database, and JVM options of its own. */
    public record Component(String name, String module, boolean database, List<String> jvmOptions) {
    }

    /**
     * elections-service's load is a burst (196 votes at once, a tally) a few times a session, over before C2 would have
     * compiled and paid back its code: it runs on C1 alone, as its container image does (bench/README.md, 22nd round).
     */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    /** The collector of every process unless the environment names another: the least CPU and memory on a small machine. */
    static final String SERIAL_GC = "-XX:+UseSerialGC";

    public static final List<Component> COMPONENTS = List.of(
            new Component("membership", "membership-service", true, List.of()),
            new Component("elections", "elections-service", true, List.of(C1_ONLY)),
            new Component("notices", "notices-service", true, List.of()),
            new Component("gateway", "gateway", false, List.of()));

    /** Where things are and which ports to use. */
    public record Options(Path root, Path dataDir, Path logDir, boolean fresh, int pgPort, Map<String, Integer> ports,
                          List<String> only, Map<String, String> extraEnv) {
    }

    private final Options options;
    private final DevKeys keys;
    private final Consumer<String> progress;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private LocalDatabase db;

    public SuiteLauncher(Options options, DevKeys keys, Consumer<String> progress) {
        this.options = options;
        this.keys = keys;
        this.progress = progress;
    }

    public static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port nobody listens on now, and not handed out before by this process: the operating system may offer a port
     * again once it is closed, and two components of one suite must not be given the same one.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port that was not handed out already, in 100 attempts");
    }

    public List<Component> components() {
        return COMPONENTS.stream().filter(c -> options.only().isEmpty() || options.only().contains(c.name())).toList();
    }

    public int port(String component) {
        return options.ports().get(component);
    }

    public String url(String component) {
        return "http://127.0.0.1:" + port(component);
    }

    /** Ports that are taken, each with the variable that changes it; empty when all are free. */
    public List<String> busyPorts() {
        List<String> busy = new ArrayList<>();
        if (!portFree(options.pgPort())) {
            busy.add("PostgreSQL port " + options.pgPort() + " (set ICPO_PG_PORT)");
        }
        for (Component c : components()) {
            if (!portFree(port(c.name()))) {
                busy.add(c.name() + " port " + port(c.name()) + " (set ICPO_" + c.name().toUpperCase(Locale.ROOT) + "_PORT)");
            }
        }
        return busy;
    }

    /**
     * Starts the database and every component and waits until each is ready.
     *
     * @throws StartFailure naming the component that did not start, with its log; everything started is stopped
     */
    public void start(Duration readyTimeout) throws IOException, SQLException, InterruptedException, java.security.GeneralSecurityException {
        keys.ensure();
        progress.accept("starting PostgreSQL on port " + options.pgPort() + (options.fresh() ? " (fresh data)" : " (data in " + options.dataDir() + ")"));
        db = LocalDatabase.start(options.dataDir(), options.pgPort(), options.fresh());
        for (Component c : components()) {
            Map<String, String> env = environment(c);
            environments.put(c.name(), env);
            ServiceProcess p = process(c, env);
            progress.accept("starting " + c.name() + " on port " + port(c.name()) + " (log: " + p.log() + ")");
            p.start();
            processes.put(c.name(), p);
        }
        for (ServiceProcess p : processes.values()) {
            awaitReady(p, readyTimeout);
        }
    }

    private void awaitReady(ServiceProcess p, Duration timeout) throws InterruptedException {
        if (!p.awaitReady(timeout)) {
            String why = p.alive() ? "did not become ready within " + timeout.toSeconds() + " s" : "exited while starting";
            close();
            throw new StartFailure(p.name() + " " + why + "; see its log: " + p.log());
        }
        progress.accept(p.name() + " ready in " + p.sinceStart().toMillis() + " ms (pid " + p.pid() + ", RSS " + p.rssMiB() + " MiB)");
    }

    private Map<String, String> environment(Component c) throws SQLException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port(c.name())));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        if (!c.name().equals("membership") && !c.name().equals("gateway")) {
            env.put("ICPO_SERVICE_IDENTITY_PRIVATE_KEY_LOCATION", keys.privateKeyFile().toString());
            env.put("QUARKUS_REST_CLIENT_MEMBERSHIP_URL", url("membership"));
        }
        if (c.name().equals("elections")) {
            env.put("ICPO_ELECTIONS_BALLOT_BOX_KEY_LOCATION", keys.ballotBoxKeyFile().toString());
        }
        if (c.name().equals("gateway")) {
            env.put("ICPO_GATEWAY_UPSTREAM_MEMBERSHIP", url("membership"));
            env.put("ICPO_GATEWAY_UPSTREAM_ELECTIONS", url("elections"));
            env.put("ICPO_GATEWAY_UPSTREAM_NOTICES", url("notices"));
        }
        if (c.database()) {
            db.ensureServiceDatabase(c.name(), databasePassword(c.name()));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(c.name()));
            env.put("QUARKUS_DATASOURCE_USERNAME", c.name());
            env.put("QUARKUS_DATASOURCE_PASSWORD", databasePassword(c.name()));
            if (System.getenv("QUARKUS_DATASOURCE_JDBC_MAX_SIZE") == null) {
                env.put("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", String.valueOf(localPoolSize()));
            }
        }
        env.putAll(options.extraEnv());
        return env;
    }

    private ServiceProcess process(Component c, Map<String, String> env) {
        return new ServiceProcess(c.name(), options.root().resolve(c.module() + "/target/quarkus-app/quarkus-run.jar"),
                port(c.name()), env, options.logDir().resolve(c.name() + ".log"), jvmOptions(c, System.getenv()));
    }

    /**
     * A component's JVM options: the suite's, the component's own, then {@code ICPO_JAVA_OPTS} (every process) and
     * {@code ICPO_JAVA_OPTS_<NAME>} (that component: {@code ICPO_JAVA_OPTS_ELECTIONS}, ...), for profiling or tuning;
     * the JVM takes the last of two contradicting options. Collectors are the exception (the JVM refuses to start with
     * two): the last one named ({@code -XX:+UseParallelGC}...) is the only one passed, the serial one when none is.
     */
    static List<String> jvmOptions(Component c, Map<String, String> environment) {
        List<String> jvm = new ArrayList<>(List.of("-Xss512k", "-XX:MaxRAMPercentage=10"));
        jvm.addAll(c.jvmOptions());
        for (String name : List.of("ICPO_JAVA_OPTS", "ICPO_JAVA_OPTS_" + c.name().toUpperCase(java.util.Locale.ROOT))) {
            String opts = environment.get(name);
            if (opts != null && !opts.isBlank()) {
                jvm.addAll(Arrays.asList(opts.trim().split("\\s+")));
            }
        }
        String collector = jvm.stream().filter(SuiteLauncher::namesCollector).reduce((first, last) -> last).orElse(SERIAL_GC);
        jvm.removeIf(SuiteLauncher::namesCollector);
        jvm.add(0, collector);
        return jvm;
    }

    /** Whether a JVM option selects a garbage collector ({@code -XX:+UseSerialGC}, {@code -XX:+UseG1GC}, ...). */
    private static boolean namesCollector(String option) {
        return option.matches("-XX:\\+Use[A-Za-z0-9]*GC");
    }

    /** Kills a component abruptly (SIGKILL), as a crash would. */
    public void kill(String component) {
        processes.get(component).kill();
    }

    /** Starts a stopped or killed component again, with the same configuration, and waits until it is ready. */
    public void restart(String component, Duration readyTimeout) throws IOException, InterruptedException {
        ServiceProcess old = processes.get(component);
        old.stop(Duration.ofSeconds(15));
        Component c = COMPONENTS.stream().filter(x -> x.name().equals(component)).findFirst().orElseThrow();
        ServiceProcess p = process(c, environments.get(component));
        p.start();
        processes.put(component, p);
        awaitReady(p, readyTimeout);
    }

    /** JDBC URL of a service's database (user: the service's name, password: {@link #databasePassword}). */
    public String jdbcUrl(String component) {
        return db.jdbcUrl(component);
    }

    /**
     * Connections each service keeps to the local PostgreSQL, unless {@code QUARKUS_DATASOURCE_JDBC_MAX_SIZE} is set: the
     * machine's cores plus one. PostgreSQL shares the cores with the services and the clients here, and more backends
     * than cores only take turns: on 2 cores, 8 member searches at once through the gateway answered 547/s on average
     * with 3 connections (p99 46 ms) against 502/s with 20 (p99 82 ms), and PostgreSQL spent 2.07 instead of 2.25 ms of
     * CPU a search (bench/README.md, twenty-first round). A request waits for a connection in the pool instead: the
     * public lists through the gateway with 32 clients answered 3,823 and 3,946 req/s against 4,685 with 20.
     */
    public static int localPoolSize() {
        return Runtime.getRuntime().availableProcessors() + 1;
    }

    public static String databasePassword(String component) {
        return component + "-local";
    }

    public Map<String, ServiceProcess> processes() {
        return processes;
    }

    public DevKeys keys() {
        return keys;
    }

    /** Stops every process (SIGTERM, then SIGKILL after the grace period) and the database. */
    @Override
    public void close() {
        List<ServiceProcess> all = new ArrayList<>(processes.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop(Duration.ofSeconds(15));
        }
        if (db != null) {
            try {
                db.close();
            } catch (IOException e) {
                progress.accept("could not stop PostgreSQL cleanly: " + e.getMessage());
            }
            db = null;
        }
    }

    public Instant now() {
        return Instant.now();
    }

    /** A component failed to start; everything else was stopped. */
    public static final class StartFailure extends RuntimeException {
        public StartFailure(String message) {
            super(message);
        }
    }
}
