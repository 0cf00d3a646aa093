package org.icpo.e2e;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.icpo.local.DevKeys;
import org.icpo.local.SuiteLauncher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole suite, started once per test JVM exactly as {@code ./icpo run} starts it (real
 * processes, one real PostgreSQL, real HTTP, fresh data), on free ports; stopped when the JVM exits.
 * Tests talk to it only through the gateway.
 */
public final class Suite {

    private static SuiteLauncher launcher;
    private static Duration startup;

    private Suite() {
    }

    public static synchronized SuiteLauncher get() {
        if (launcher == null) {
            Path root = root();
            Path target = root.resolve("e2e-tests/target");
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String c : List.of("gateway", "membership", "elections", "notices")) {
                ports.put(c, SuiteLauncher.freePort());
            }
            // fast outbox retries (a restarted membership-service gets the outcome within seconds), short membership cache,
            // and rate limits low enough for the rate-limit scenario to reach them (each scenario uses its own identities)
            Map<String, String> env = Map.ofEntries(
                    Map.entry("ICPO_ELECTIONS_OUTBOX_POLL_INTERVAL", "1s"),
                    Map.entry("ICPO_ELECTIONS_OUTBOX_INITIAL_BACKOFF", "PT0.5S"),
                    Map.entry("ICPO_ELECTIONS_OUTBOX_MAX_BACKOFF", "PT2S"),
                    Map.entry("ICPO_MEMBERSHIP_CLIENT_CACHE_TTL", "PT1S"),
                    Map.entry("ICPO_GATEWAY_RATE_LIMIT_AUTHENTICATED_REQUESTS_PER_SECOND", "30"),
                    Map.entry("ICPO_GATEWAY_RATE_LIMIT_AUTHENTICATED_BURST", "60"));
            SuiteLauncher.Options options = new SuiteLauncher.Options(root, target.resolve("pgdata"), logDir(),
                    true, SuiteLauncher.freePort(), ports, List.of(), env);
            // the suite trusts the test key pair, so that test-support's Tokens (good and broken) work end to end
            Path keysDir = target.resolve("keys");
            try {
                java.nio.file.Files.createDirectories(keysDir);
                for (String f : List.of("privateKey.pem", "publicKey.pem")) {
                    try (var in = Suite.class.getClassLoader().getResourceAsStream("test-jwt/" + f)) {
                        java.nio.file.Files.copy(in, keysDir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            SuiteLauncher l = new SuiteLauncher(options, new DevKeys(keysDir), m -> System.out.println("[suite] " + m));
            Instant t0 = Instant.now();
            try {
                l.start(Duration.ofSeconds(180));
            } catch (Exception e) {
                throw new IllegalStateException("the suite did not start: " + e.getMessage(), e);
            }
            startup = Duration.between(t0, Instant.now());
            System.out.println("[suite] ready in " + startup.toMillis() + " ms; RSS " + l.processes().values().stream()
                    .mapToLong(p -> p.rssMiB()).sum() + " MiB");
            Runtime.getRuntime().addShutdownHook(new Thread(l::close, "suite-stop"));
            launcher = l;
        }
        return launcher;
    }

    private static Path root() {
        return Path.of(System.getProperty("icpo.root", "..")).toAbsolutePath().normalize();
    }

    /** Where the suite's processes log. */
    static Path logDir() {
        return root().resolve("e2e-tests/target/suite-logs");
    }

    public static String gateway() {
        return get().url("gateway");
    }

    /** A request through the gateway, without a token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().baseUri(gateway()).contentType("application/json");
    }

    /** A request through the gateway with a token for the role (and country for an NCB). */
    public static RequestSpecification as(String role, String country) {
        return anonymous().header("Authorization", "Bearer " + token(role, country));
    }

    public static RequestSpecification as(String role) {
        return as(role, null);
    }

    public static String token(String role, String country) {
        return token(country == null ? role + "-e2e" : "ncb-" + country.toLowerCase(), role, country);
    }

    /** A token for the role (and country for an NCB) of an identity of its own: its own rate-limit bucket at the gateway. */
    public static String token(String subject, String role, String country) {
        try {
            return get().keys().mint(subject, role, country, Duration.ofHours(2));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
