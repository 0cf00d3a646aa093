package org.icpo.local;

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
 * {@code ./icpo run}: the whole suite on this machine (see {@link SuiteLauncher}), demo data loaded
 * through the public APIs, URLs and demo tokens printed; Ctrl-C stops everything.
 * {@code ./icpo token ROLE [COUNTRY] [--subject NAME]} prints a token signed with the local key.
 */
public final class LocalSuite {

    /** The roles of the suite (service-kit's Roles), the only ones a local token is minted for. */
    static final List<String> ROLES = List.of("ncb", "secretariat", "ccf", "assembly", "svc-elections", "svc-notices");
    /** The names of the launcher's components, for {@code --only}. */
    static final List<String> COMPONENTS = SuiteLauncher.COMPONENTS.stream().map(SuiteLauncher.Component::name).toList();
    static final String TOKEN_USAGE = "usage: ./icpo token ncb|secretariat|ccf|assembly|svc-elections|svc-notices [COUNTRY] [--subject NAME]";

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
                System.err.println("usage: ./icpo run [--fresh] [--no-demo] [--only a,b] | ./icpo token ROLE [COUNTRY] [--subject NAME]");
                System.exit(2);
            }
        }
    }

    private static void token(DevKeys keys, List<String> argv) throws Exception {
        if (argv.isEmpty()) {
            System.err.println(TOKEN_USAGE);
            System.exit(2);
        }
        keys.ensure();
        String subjectOption = null;
        int at = argv.indexOf("--subject");
        if (at >= 0) {
            if (at + 1 >= argv.size()) {
                System.err.println("--subject needs a name, e.g. --subject gs-second-reviewer");
                System.exit(2);
            }
            subjectOption = argv.get(at + 1);
            argv = new ArrayList<>(argv);
            argv.remove(at + 1);
            argv.remove(at);
        }
        String role = argv.get(0);
        String country = argv.size() > 1 ? argv.get(1).toUpperCase(Locale.ROOT) : null;
        String problem = tokenProblem(role, country);
        if (problem != null) {
            System.err.println(problem);
            System.exit(2);
        }
        String subject = subjectOption != null ? subjectOption : country == null ? role + "-demo" : "ncb-" + country.toLowerCase(Locale.ROOT);
        System.out.println(keys.mint(subject, role, country, Duration.ofHours(12)));
    }

    /** Why {@code ./icpo token ROLE [COUNTRY]} cannot mint a token, or null. */
    static String tokenProblem(String role, String country) {
        if (!ROLES.contains(role)) {
            return "unknown role '" + role + "': the suite's roles are " + String.join(", ", ROLES) + "\n" + TOKEN_USAGE;
        }
        if (role.equals("ncb") && country == null) {
            return "an ncb token needs the member's country, e.g. ./icpo token ncb FR";
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            return "the country is an ISO 3166-1 alpha-2 code, e.g. FR, not '" + country + "'";
        }
        return null;
    }

    /** Why the components named by {@code --only} cannot be started, or null. */
    static String onlyProblem(List<String> only) {
        List<String> unknown = only.stream().filter(n -> !COMPONENTS.contains(n)).toList();
        return only.isEmpty() || !unknown.isEmpty()
                ? "--only takes components among " + String.join(", ", COMPONENTS) + " (comma-separated), not "
                + (only.isEmpty() ? "nothing" : String.join(", ", unknown))
                : null;
    }

    static int port(String name, int fallback) {
        String v = System.getenv("ICPO_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT");
        try {
            return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            System.err.println("ICPO_" + name.toUpperCase(Locale.ROOT) + "_PORT must be a port number, not '" + v + "'");
            System.exit(2);
            return fallback;
        }
    }

    private static void run(Path root, DevKeys keys, List<String> argv) throws Exception {
        boolean fresh = argv.contains("--fresh");
        boolean demo = !argv.contains("--no-demo");
        List<String> only = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            if (argv.get(i).equals("--only") && i + 1 < argv.size()) {
                only.addAll(Arrays.asList(argv.get(i + 1).split(",")));
            }
        }
        String onlyProblem = argv.contains("--only") ? onlyProblem(only) : null;
        if (onlyProblem != null) {
            System.err.println(onlyProblem);
            System.exit(2);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway", port("gateway", 8080));
        ports.put("membership", port("membership", 8081));
        ports.put("elections", port("elections", 8082));
        ports.put("notices", port("notices", 8083));
        SuiteLauncher.Options options = new SuiteLauncher.Options(root, root.resolve(".local/pgdata"), root.resolve(".local/logs"),
                fresh, port("pg", 15432), ports, only, Map.of());
        SuiteLauncher suite = new SuiteLauncher(options, keys, LocalSuite::log);
        List<String> busy = suite.busyPorts();
        if (!busy.isEmpty()) {
            System.err.println("Ports already taken: " + String.join("; ", busy));
            System.err.println("Another ./icpo run may be running, or choose other ports with the variables named.");
            System.exit(1);
        }
        Instant t0 = Instant.now();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping");
            suite.close();
            log("stopped: no process of the suite is left running");
            stopped.countDown();
        }, "icpo-stop"));
        try {
            suite.start(Duration.ofSeconds(120));
        } catch (SuiteLauncher.StartFailure e) {
            System.err.println();
            System.err.println("FAILED: " + e.getMessage());
            System.exit(1);
        }
        long rss = suite.processes().values().stream().mapToLong(ServiceProcess::rssMiB).sum();
        log("suite ready in " + Duration.between(t0, Instant.now()).toMillis() + " ms; RSS of the services " + rss + " MiB");
        if (demo && suite.components().size() == SuiteLauncher.COMPONENTS.size()) {
            Instant d0 = Instant.now();
            try {
                new DemoData(new Api(suite.url("gateway")), keys, LocalSuite::log).load();
                log("demo data ready in " + Duration.between(d0, Instant.now()).toMillis() + " ms");
            } catch (RuntimeException e) {
                log("demo data could not be loaded: " + e.getMessage() + " (the suite keeps running; see .local/logs)");
            }
        }
        printWelcome(keys, suite);
        stopped.await();
    }

    private static void printWelcome(DevKeys keys, SuiteLauncher suite) throws Exception {
        boolean withGateway = suite.components().stream().anyMatch(c -> c.name().equals("gateway"));
        String base = "http://localhost:" + (withGateway ? suite.port("gateway") : suite.port(suite.components().get(0).name()));
        System.out.println();
        System.out.println("  ICPO is running.");
        System.out.println("  API (gateway): " + base + (withGateway ? "   Swagger UI: " + base + "/q/swagger-ui" : ""));
        for (SuiteLauncher.Component c : suite.components()) {
            System.out.println("  " + String.format("%-14s", c.name() + ":") + " http://localhost:" + suite.port(c.name()));
        }
        System.out.println();
        System.out.println("  Demo tokens (12 h); mint others with ./icpo token ROLE [COUNTRY] [--subject NAME]:");
        System.out.println("  export GS=" + keys.mint("secretariat-demo", "secretariat", null, Duration.ofHours(12)));
        System.out.println("  export GS2=" + keys.mint("gs-second-reviewer", "secretariat", null, Duration.ofHours(12)));
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
