package org.icpo.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invariants between the manifests and the applications, as a list of violations (empty when all
 * hold), so that a test can also show that a broken manifest is caught.
 */
public final class ManifestChecker {

    /** Deployment name -> Maven module whose application.properties the Deployment runs. */
    static final Map<String, String> APPS = new LinkedHashMap<>();

    static {
        APPS.put("gateway", "gateway");
        APPS.put("membership-service", "membership-service");
        APPS.put("elections-service", "elections-service");
        APPS.put("notices-service", "notices-service");
    }

    /** The call graph of DESIGN.md plus each database's own replication: every allowed pod-to-pod connection. */
    static final Set<String> EXPECTED_EDGES = new TreeSet<>(List.of(
            "gateway -> membership-service:8080",
            "gateway -> elections-service:8080",
            "gateway -> notices-service:8080",
            "elections-service -> membership-service:8080",
            "notices-service -> membership-service:8080",
            "membership-service -> membership-db:5432",
            "elections-service -> elections-db:5432",
            "notices-service -> notices-db:5432",
            "membership-db -> membership-db:5432", "membership-db -> membership-db:8000",
            "elections-db -> elections-db:5432", "elections-db -> elections-db:8000",
            "notices-db -> notices-db:5432", "notices-db -> notices-db:8000"));

    private static final Map<String, String> PROBES = Map.of(
            "startupProbe", "/q/health/started", "readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live");
    private static final Pattern REQUIRED = Pattern.compile("^%prod\\.([A-Za-z0-9.\\-\"_]+)=\\$\\{([A-Z0-9_]+)}\\s*$");

    private final Manifests m;
    private final List<String> violations = new ArrayList<>();

    ManifestChecker(Manifests m) {
        this.m = m;
    }

    List<String> check() {
        checkDeployments();
        checkServices();
        checkAutoscalersAndBudgets();
        checkDatabaseConnections();
        checkBuildTimeProperties();
        checkClientAddresses();
        checkBodyLimits();
        checkAutoscalerMetrics();
        checkNoSecretValues();
        checkNetworkPolicies();
        return violations;
    }

    List<String> violations() {
        return violations;
    }

    private void fail(String message) {
        violations.add("[" + m.overlay + "] " + message);
    }

    // ---------------------------------------------------------------- deployments

    void checkDeployments() {
        for (String app : APPS.keySet()) {
            var dep = m.find("Deployment", app);
            if (dep.isEmpty()) {
                fail("no Deployment for " + app);
                continue;
            }
            ObjectNode d = dep.get();
            JsonNode spec = d.path("spec");
            JsonNode podSpec = spec.path("template").path("spec");
            if (!labelsMatch(spec.path("selector").path("matchLabels"), spec.path("template").path("metadata").path("labels"))) {
                fail(app + ": the selector does not match the pod template's labels");
            }
            if (podSpec.path("automountServiceAccountToken").asBoolean(true)) {
                fail(app + ": automountServiceAccountToken must be false (no API access is needed)");
            }
            if (!podSpec.path("securityContext").path("runAsNonRoot").asBoolean(false)) {
                fail(app + ": pod securityContext.runAsNonRoot must be true");
            }
            JsonNode containers = podSpec.path("containers");
            if (containers.size() != 1) {
                fail(app + ": expected exactly one container");
                continue;
            }
            JsonNode c = containers.get(0);
            JsonNode sc = c.path("securityContext");
            if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                fail(app + ": readOnlyRootFilesystem must be true");
            }
            if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                fail(app + ": allowPrivilegeEscalation must be false");
            }
            if (!sc.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                fail(app + ": capabilities must drop ALL");
            }
            for (String kind : List.of("requests", "limits")) {
                for (String res : List.of("cpu", "memory")) {
                    if (c.path("resources").path(kind).path(res).isMissingNode()) {
                        fail(app + ": resources." + kind + "." + res + " is not set");
                    }
                }
            }
            Map<String, String> env = environment(c);
            int httpPort = parseInt(env.get("QUARKUS_HTTP_PORT"), -1);
            if (httpPort < 0) {
                fail(app + ": QUARKUS_HTTP_PORT is not set, so the port the application listens on is unknown");
            }
            Map<String, Integer> ports = new HashMap<>();
            for (JsonNode p : c.path("ports")) {
                ports.put(p.path("name").asText(), p.path("containerPort").asInt());
            }
            if (httpPort > 0 && !ports.containsValue(httpPort)) {
                fail(app + ": no containerPort equals QUARKUS_HTTP_PORT " + httpPort);
            }
            PROBES.forEach((probe, path) -> {
                JsonNode get = c.path(probe).path("httpGet");
                if (get.isMissingNode()) {
                    fail(app + ": " + probe + " is missing");
                    return;
                }
                if (!path.equals(get.path("path").asText())) {
                    fail(app + ": " + probe + " path is '" + get.path("path").asText() + "', the application serves " + path);
                }
                JsonNode port = get.path("port");
                int resolved = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
                if (resolved != httpPort) {
                    fail(app + ": " + probe + " port " + port + " is not the application's HTTP port " + httpPort);
                }
            });
            for (String required : requiredVariables(APPS.get(app))) {
                if (!env.containsKey(required)) {
                    fail(app + ": the application requires " + required + " in production, and the Deployment does not provide it");
                }
            }
            Duration delay = duration(env.getOrDefault("QUARKUS_SHUTDOWN_DELAY", "0s"));
            Duration timeout = duration(env.getOrDefault("QUARKUS_SHUTDOWN_TIMEOUT", "0s"));
            long grace = podSpec.path("terminationGracePeriodSeconds").asLong(30);
            if (timeout.isZero()) {
                fail(app + ": QUARKUS_SHUTDOWN_TIMEOUT is not set: in-flight requests would be cut at shutdown");
            } else if (grace <= delay.plus(timeout).toSeconds()) {
                fail(app + ": terminationGracePeriodSeconds " + grace + " must exceed the shutdown delay + timeout (" + delay.plus(timeout).toSeconds() + " s)");
            }
            for (JsonNode v : podSpec.path("volumes")) {
                String secret = v.path("secret").path("secretName").asText(null);
                if (secret != null && m.find("Secret", secret).isPresent()) {
                    fail(app + ": Secret " + secret + " must not be part of the manifests");
                }
            }
        }
    }

    /** Variables the application requires in production: {@code %prod.key=${VAR}} lines without a default. */
    static Set<String> requiredVariables(String module) {
        Path props = Manifests.root().resolve(module + "/src/main/resources/application.properties");
        Set<String> vars = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(props)) {
                Matcher matcher = REQUIRED.matcher(line.trim());
                if (matcher.matches()) {
                    vars.add(matcher.group(2));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + props, e);
        }
        return vars;
    }

    /** The container's environment: env entries plus every key of the ConfigMaps and Secrets it imports. */
    private Map<String, String> environment(JsonNode c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : c.path("envFrom")) {
            String cm = from.path("configMapRef").path("name").asText(null);
            if (cm != null) {
                var map = m.find("ConfigMap", cm);
                if (map.isEmpty()) {
                    fail("ConfigMap " + cm + " is referenced but not defined");
                } else {
                    Iterator<Map.Entry<String, JsonNode>> it = map.get().path("data").fields();
                    it.forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
                }
            }
        }
        for (JsonNode e : c.path("env")) {
            String value = e.has("value") ? e.path("value").asText()
                    : e.path("valueFrom").has("secretKeyRef") ? "<secret " + e.path("valueFrom").path("secretKeyRef").path("name").asText() + ">"
                    : "<ref>";
            env.put(e.path("name").asText(), value);
        }
        return env;
    }

    // ---------------------------------------------------------------- services, autoscalers, budgets

    void checkServices() {
        m.ofKind("Service").forEach(s -> {
            JsonNode selector = s.path("spec").path("selector");
            long matching = m.ofKind("Deployment").filter(d -> labelsMatch(selector, d.path("spec").path("template").path("metadata").path("labels"))).count();
            if (matching != 1) {
                fail("Service " + Manifests.name(s) + " selects " + matching + " Deployments, expected 1");
                return;
            }
            ObjectNode d = m.ofKind("Deployment").filter(x -> labelsMatch(selector, x.path("spec").path("template").path("metadata").path("labels"))).findFirst().orElseThrow();
            Set<String> portNames = new LinkedHashSet<>();
            d.path("spec").path("template").path("spec").path("containers").get(0).path("ports").forEach(p -> portNames.add(p.path("name").asText()));
            for (JsonNode p : s.path("spec").path("ports")) {
                JsonNode target = p.path("targetPort");
                if (target.isTextual() && !portNames.contains(target.asText())) {
                    fail("Service " + Manifests.name(s) + " targets port '" + target.asText() + "', which the Deployment does not name");
                }
            }
        });
        m.ofKind("Ingress").forEach(i -> i.path("spec").path("rules").forEach(r -> r.path("http").path("paths").forEach(p -> {
            String svc = p.path("backend").path("service").path("name").asText();
            if (m.find("Service", svc).isEmpty()) {
                fail("Ingress " + Manifests.name(i) + " routes to Service " + svc + ", which does not exist");
            }
        })));
    }

    void checkAutoscalersAndBudgets() {
        m.ofKind("HorizontalPodAutoscaler").forEach(h -> {
            String target = h.path("spec").path("scaleTargetRef").path("name").asText();
            if (m.find("Deployment", target).isEmpty()) {
                fail("HorizontalPodAutoscaler " + Manifests.name(h) + " scales " + target + ", which does not exist");
            }
            if (h.path("spec").path("minReplicas").asInt(1) > h.path("spec").path("maxReplicas").asInt()) {
                fail("HorizontalPodAutoscaler " + Manifests.name(h) + ": minReplicas > maxReplicas");
            }
        });
        for (String app : APPS.keySet()) {
            boolean hpa = m.ofKind("HorizontalPodAutoscaler").anyMatch(h -> app.equals(h.path("spec").path("scaleTargetRef").path("name").asText()));
            if (!hpa) {
                fail(app + " has no HorizontalPodAutoscaler");
            }
            boolean pdb = m.ofKind("PodDisruptionBudget").anyMatch(p -> m.find("Deployment", app)
                    .map(d -> labelsMatch(p.path("spec").path("selector").path("matchLabels"), d.path("spec").path("template").path("metadata").path("labels")))
                    .orElse(false));
            if (!pdb) {
                fail(app + " has no PodDisruptionBudget selecting its pods");
            }
        }
    }

    /**
     * Connections a database keeps besides its applications' pools: PostgreSQL's {@code superuser_reserved_connections}
     * (3), and the operator's instance manager, monitoring and a person's psql session.
     */
    static final int RESERVED_CONNECTIONS = 3 + 7;
    /** Quarkus's pool size when nothing sets {@code quarkus.datasource.jdbc.max-size}. */
    private static final int QUARKUS_DEFAULT_POOL = 20;

    /**
     * Every pod a service can run at once (its autoscaler's maxReplicas, plus the rolling update's surge) with its
     * connection pool full must fit in its database's max_connections, less {@link #RESERVED_CONNECTIONS}: beyond it
     * PostgreSQL refuses connections ("too many clients") just when the service is busiest.
     */
    void checkDatabaseConnections() {
        for (String app : APPS.keySet()) {
            var dep = m.find("Deployment", app);
            if (dep.isEmpty()) {
                continue;
            }
            JsonNode spec = dep.get().path("spec");
            Map<String, String> env = environment(spec.path("template").path("spec").path("containers").get(0));
            Matcher url = Pattern.compile("^jdbc:postgresql://([a-z0-9-]+)-rw[:/].*").matcher(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", ""));
            if (!url.matches()) {
                continue;
            }
            String cluster = url.group(1);
            var db = m.find("Cluster", cluster);
            if (db.isEmpty()) {
                fail(app + ": its database " + cluster + " is not defined");
                continue;
            }
            int maxConnections = parseInt(db.get().path("spec").path("postgresql").path("parameters").path("max_connections").asText(null), 100);
            int pool = poolSize(app, env);
            int pods = maxPods(app, spec);
            int budget = maxConnections - RESERVED_CONNECTIONS;
            if (pods * pool > budget) {
                fail(app + ": " + pods + " pods (autoscaler's maxReplicas and the rolling update's surge) x " + pool
                        + " pooled connections = " + pods * pool + " exceed what " + cluster + " allows them (max_connections " + maxConnections
                        + " less " + RESERVED_CONNECTIONS + " reserved = " + budget + "); set QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            }
        }
    }

    /** The pool size a pod runs with: its environment, else the application's configuration, else the service kit's. */
    private static int poolSize(String app, Map<String, String> env) {
        if (env.containsKey("QUARKUS_DATASOURCE_JDBC_MAX_SIZE")) {
            return parseInt(env.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"), QUARKUS_DEFAULT_POOL);
        }
        for (Path props : List.of(Manifests.root().resolve(APPS.get(app) + "/src/main/resources/application.properties"),
                Manifests.root().resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"))) {
            try {
                for (String line : Files.readAllLines(props)) {
                    String t = line.trim();
                    for (String key : List.of("%prod.quarkus.datasource.jdbc.max-size=", "quarkus.datasource.jdbc.max-size=")) {
                        if (t.startsWith(key)) {
                            return parseInt(t.substring(key.length()), QUARKUS_DEFAULT_POOL);
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + props, e);
            }
        }
        return QUARKUS_DEFAULT_POOL;
    }

    /** The autoscaler's maxReplicas (or the Deployment's replicas without one), plus the rolling update's maxSurge. */
    private int maxPods(String app, JsonNode deploymentSpec) {
        int replicas = m.ofKind("HorizontalPodAutoscaler").filter(h -> app.equals(h.path("spec").path("scaleTargetRef").path("name").asText()))
                .mapToInt(h -> h.path("spec").path("maxReplicas").asInt()).max().orElse(deploymentSpec.path("replicas").asInt(1));
        JsonNode surge = deploymentSpec.path("strategy").path("rollingUpdate").path("maxSurge");
        String s = surge.isMissingNode() ? "25%" : surge.asText();
        int extra = s.endsWith("%") ? (int) Math.ceil(replicas * Integer.parseInt(s.substring(0, s.length() - 1)) / 100.0) : parseInt(s, 1);
        return replicas + extra;
    }

    void checkNoSecretValues() {
        m.ofKind("Secret").forEach(s -> {
            if (s.has("data") || s.has("stringData")) {
                fail("Secret " + Manifests.name(s) + " carries values; secrets are created in the cluster, never committed");
            }
        });
    }

    // ---------------------------------------------------------------- build-time properties

    /** The applications that take service-kit's defaults (its META-INF/microprofile-config.properties). */
    static final Set<String> SERVICE_KIT_APPS = Set.of("membership-service", "elections-service", "notices-service");

    /**
     * Quarkus 3.27 properties fixed when the application is built (ConfigPhase BUILD_TIME or BUILD_AND_RUN_TIME_FIXED in
     * the extensions' config metadata): set as environment variables of a pod, they change nothing, whatever the
     * manifest seems to say. quarkus.shutdown.delay-enabled is ShutdownBuildTimeConfig in quarkus-core-deployment.
     */
    static final Set<String> BUILD_TIME_ONLY = new TreeSet<>(List.of(
            "QUARKUS_SHUTDOWN_DELAY_ENABLED",
            "QUARKUS_OTEL_ENABLED", "QUARKUS_OTEL_TRACES_ENABLED", "QUARKUS_OTEL_TRACES_EXPORTER", "QUARKUS_OTEL_TRACES_SAMPLER",
            "QUARKUS_OTEL_EXPORTER_OTLP_ENABLED",
            "QUARKUS_DATASOURCE_DB_KIND", "QUARKUS_FLYWAY_LOCATIONS"));

    /**
     * No pod sets a build-time property; a shutdown delay set at run time (QUARKUS_SHUTDOWN_DELAY) needs an application
     * built with quarkus.shutdown.delay-enabled=true, else the pod stops at once and a rolling update answers 503s.
     */
    void checkBuildTimeProperties() {
        for (String app : APPS.keySet()) {
            var dep = m.find("Deployment", app);
            if (dep.isEmpty()) {
                continue;
            }
            Map<String, String> env = environment(dep.get().path("spec").path("template").path("spec").path("containers").get(0));
            for (String key : env.keySet()) {
                if (BUILD_TIME_ONLY.contains(key)) {
                    fail(app + ": " + key + " is a build-time property of Quarkus: set at run time it changes nothing; set it in the application's configuration");
                }
            }
            Duration delay = duration(env.getOrDefault("QUARKUS_SHUTDOWN_DELAY", "0s"));
            if (!delay.isZero() && !"true".equals(applicationProperty(app, "quarkus.shutdown.delay-enabled").orElse("false"))) {
                fail(app + ": QUARKUS_SHUTDOWN_DELAY is " + env.get("QUARKUS_SHUTDOWN_DELAY")
                        + ", but the application is not built with quarkus.shutdown.delay-enabled=true, so there is no delay");
            }
        }
    }

    /**
     * A property as the application's build and start read it without a profile: its application.properties, then, for
     * the services, service-kit's defaults. Profile lines ({@code %test.}, {@code %prod.}) are not considered.
     */
    static java.util.Optional<String> applicationProperty(String app, String key) {
        List<Path> files = new ArrayList<>(List.of(Manifests.root().resolve(APPS.get(app) + "/src/main/resources/application.properties")));
        if (SERVICE_KIT_APPS.contains(app)) {
            files.add(Manifests.root().resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        }
        for (Path props : files) {
            try {
                for (String line : Files.readAllLines(props)) {
                    String t = line.trim();
                    if (t.startsWith(key + "=")) {
                        return java.util.Optional.of(t.substring(key.length() + 1).trim());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + props, e);
            }
        }
        return java.util.Optional.empty();
    }

    // ---------------------------------------------------------------- client addresses behind the ingress

    /**
     * When an Ingress routes to the gateway, the gateway takes the client's address from X-Forwarded-For, and only from
     * trusted proxies: otherwise every anonymous client has the ingress controller's address and shares its rate limit.
     */
    void checkClientAddresses() {
        boolean behindIngress = m.ofKind("Ingress").anyMatch(i -> i.path("spec").path("rules").toString().contains("\"name\":\"gateway\""));
        var dep = m.find("Deployment", "gateway");
        if (!behindIngress || dep.isEmpty()) {
            return;
        }
        Map<String, String> env = environment(dep.get().path("spec").path("template").path("spec").path("containers").get(0));
        for (String key : List.of("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED")) {
            if (!"true".equals(env.get(key))) {
                fail("gateway: behind the Ingress, " + key + " must be true, else every anonymous client has the ingress's address (one rate-limit bucket)");
            }
        }
        String trusted = env.getOrDefault("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "").trim();
        if (trusted.isEmpty()) {
            fail("gateway: QUARKUS_HTTP_PROXY_TRUSTED_PROXIES is not set, so X-Forwarded-For is taken from anyone");
        } else if (List.of(trusted.split("\\s*,\\s*")).stream().anyMatch(t -> t.endsWith("/0"))) {
            fail("gateway: QUARKUS_HTTP_PROXY_TRUSTED_PROXIES trusts every address (" + trusted + ")");
        }
    }

    // ---------------------------------------------------------------- request body limits

    /** Room for a notice request's fields besides its photographs (texts of at most a few thousand characters each). */
    static final long NOTICE_FIELDS_ALLOWANCE = 1024 * 1024;

    /**
     * The largest valid notice request (its photographs base64-encoded in the JSON, plus {@link #NOTICE_FIELDS_ALLOWANCE})
     * passes the gateway's body limit, which the Ingress's and notices-service's own limits must not undercut.
     */
    void checkBodyLimits() {
        var gateway = m.find("Deployment", "gateway");
        if (gateway.isEmpty()) {
            return;
        }
        Map<String, String> env = environment(gateway.get().path("spec").path("template").path("spec").path("containers").get(0));
        long gatewayLimit = memorySize(env.getOrDefault("ICPO_GATEWAY_LIMITS_MAX_BODY_SIZE",
                applicationProperty("gateway", "icpo.gateway.limits.max-body-size").orElseGet(ManifestChecker::gatewayDefaultMaxBodySize)));
        long photoBytes = Long.parseLong(applicationProperty("notices-service", "icpo.notices.photo.max-bytes").orElseThrow());
        long photoCount = Long.parseLong(applicationProperty("notices-service", "icpo.notices.photo.max-count").orElseThrow());
        long largestNotice = photoCount * 4 * ((photoBytes + 2) / 3) + NOTICE_FIELDS_ALLOWANCE;
        if (gatewayLimit < largestNotice) {
            fail("gateway: its body limit of " + gatewayLimit + " bytes is below the largest valid notice request (" + photoCount + " photographs of "
                    + photoBytes + " bytes, base64, and its other fields: " + largestNotice + " bytes)");
        }
        long noticesLimit = memorySize(applicationProperty("notices-service", "quarkus.http.limits.max-body-size").orElse("10240K"));
        if (noticesLimit < gatewayLimit) {
            fail("notices-service: its body limit of " + noticesLimit + " bytes is below the gateway's " + gatewayLimit);
        }
        m.ofKind("Ingress").forEach(i -> {
            String size = i.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/proxy-body-size").asText("1m");
            long ingressLimit = memorySize(size);
            if (ingressLimit != 0 && ingressLimit < gatewayLimit) {
                fail("Ingress " + Manifests.name(i) + ": proxy-body-size " + size + " is below the gateway's body limit of " + gatewayLimit
                        + " bytes: a request the gateway and the services take is refused by the ingress with a bare 413");
            }
        });
    }

    /** The default of icpo.gateway.limits.max-body-size, from GatewayConfig. */
    static String gatewayDefaultMaxBodySize() {
        Path source = Manifests.root().resolve("gateway/src/main/java/org/icpo/gateway/GatewayConfig.java");
        try {
            Matcher matcher = Pattern.compile("@WithDefault\\(\"([^\"]+)\"\\)\\s*MemorySize\\s+maxBodySize\\(").matcher(Files.readString(source));
            if (!matcher.find()) {
                throw new IllegalStateException("no default of maxBodySize in " + source);
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + source, e);
        }
    }

    /** A size as Quarkus (MemorySize: 16M) or nginx (16m) writes it, suffixes k, m, g, t in powers of 1024. */
    static long memorySize(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        int shift = switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        return Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1)) << shift;
    }

    // ---------------------------------------------------------------- autoscaling metrics

    /**
     * Every per-pod metric an autoscaler asks for is one its pods expose: http_server_requests_per_second comes from
     * Quarkus's HTTP server meters (http_server_requests_seconds_count), which the gateway turns off;
     * icpo_gateway_requests_per_second comes from the gateway's own icpo_gateway_requests_seconds_count. An autoscaler
     * waiting for a metric that never comes cannot compute that metric, and does not scale down.
     */
    void checkAutoscalerMetrics() {
        m.ofKind("HorizontalPodAutoscaler").forEach(h -> {
            String target = h.path("spec").path("scaleTargetRef").path("name").asText();
            if (!APPS.containsKey(target)) {
                return;
            }
            for (JsonNode metric : h.path("spec").path("metrics")) {
                if (!"Pods".equals(metric.path("type").asText())) {
                    continue;
                }
                String name = metric.path("pods").path("metric").path("name").asText();
                boolean exposed = switch (name) {
                    case "http_server_requests_per_second" ->
                            !"false".equals(applicationProperty(target, "quarkus.micrometer.binder.http-server.enabled").orElse("true"));
                    case "icpo_gateway_requests_per_second" -> "gateway".equals(target);
                    default -> false;
                };
                if (!exposed) {
                    fail("HorizontalPodAutoscaler " + Manifests.name(h) + " scales on " + name + ", which " + target + " does not expose");
                }
            }
        });
    }

    // ---------------------------------------------------------------- network policies

    record Pod(String name, Map<String, String> labels, List<Integer> ports) {
    }

    List<Pod> pods() {
        List<Pod> pods = new ArrayList<>();
        m.ofKind("Deployment").forEach(d -> {
            Map<String, String> labels = new HashMap<>();
            d.path("spec").path("template").path("metadata").path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            List<Integer> ports = new ArrayList<>();
            d.path("spec").path("template").path("spec").path("containers").forEach(c -> c.path("ports").forEach(p -> ports.add(p.path("containerPort").asInt())));
            pods.add(new Pod(Manifests.name(d), labels, ports));
        });
        m.ofKind("Cluster").forEach(c -> {
            Map<String, String> labels = new HashMap<>();
            c.path("spec").path("inheritedMetadata").path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            labels.put("cnpg.io/cluster", Manifests.name(c));
            pods.add(new Pod(Manifests.name(c), labels, List.of(5432, 8000)));
        });
        return pods;
    }

    /** Every pod-to-pod connection inside the namespace that the NetworkPolicies allow. */
    Set<String> allowedEdges() {
        List<Pod> pods = pods();
        List<JsonNode> policies = m.ofKind("NetworkPolicy").map(p -> (JsonNode) p).toList();
        Set<String> edges = new TreeSet<>();
        for (Pod from : pods) {
            for (Pod to : pods) {
                for (int port : to.ports()) {
                    if (allowed(policies, "Egress", from, to, port) && allowed(policies, "Ingress", to, from, port)) {
                        edges.add(from.name() + " -> " + to.name() + ":" + port);
                    }
                }
            }
        }
        return edges;
    }

    private boolean allowed(List<JsonNode> policies, String direction, Pod subject, Pod peer, int port) {
        boolean selected = false;
        for (JsonNode p : policies) {
            JsonNode spec = p.path("spec");
            if (!spec.path("policyTypes").toString().contains("\"" + direction + "\"") || !labelsMatch(spec.path("podSelector").path("matchLabels"), subject.labels())) {
                continue;
            }
            selected = true;
            for (JsonNode rule : spec.path(direction.toLowerCase(Locale.ROOT))) {
                JsonNode peers = rule.path(direction.equals("Ingress") ? "from" : "to");
                boolean peerOk = peers.isMissingNode() || peers.isEmpty();
                for (JsonNode pp : peers) {
                    peerOk |= peerMatches(pp, peer);
                }
                boolean portOk = rule.path("ports").isMissingNode() || rule.path("ports").isEmpty();
                for (JsonNode pr : rule.path("ports")) {
                    portOk |= pr.path("port").asInt(-1) == port;
                }
                if (peerOk && portOk) {
                    return true;
                }
            }
        }
        return !selected;
    }

    private static boolean peerMatches(JsonNode peer, Pod pod) {
        if (peer.has("ipBlock")) {
            return false;
        }
        if (peer.has("namespaceSelector")) {
            Map<String, String> ns = Map.of("kubernetes.io/metadata.name", "icpo");
            if (!labelsMatch(peer.path("namespaceSelector").path("matchLabels"), ns)) {
                return false;
            }
        }
        return !peer.has("podSelector") || labelsMatch(peer.path("podSelector").path("matchLabels"), pod.labels());
    }

    void checkNetworkPolicies() {
        boolean defaultDeny = m.ofKind("NetworkPolicy").anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").size() == 2 && p.path("spec").path("ingress").isMissingNode()
                && p.path("spec").path("egress").isMissingNode());
        if (!defaultDeny) {
            fail("no default-deny NetworkPolicy (empty pod selector, Ingress and Egress, no rules)");
        }
        Set<String> actual = allowedEdges();
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(EXPECTED_EDGES);
        Set<String> missing = new TreeSet<>(EXPECTED_EDGES);
        missing.removeAll(actual);
        if (!extra.isEmpty()) {
            fail("NetworkPolicies allow connections outside the call graph: " + extra);
        }
        if (!missing.isEmpty()) {
            fail("NetworkPolicies block connections of the call graph: " + missing);
        }
    }

    // ---------------------------------------------------------------- helpers

    static boolean labelsMatch(JsonNode selector, JsonNode labels) {
        Map<String, String> l = new HashMap<>();
        labels.fields().forEachRemaining(e -> l.put(e.getKey(), e.getValue().asText()));
        return labelsMatch(selector, l);
    }

    static boolean labelsMatch(JsonNode selector, Map<String, String> labels) {
        if (selector == null || selector.isMissingNode()) {
            return true;
        }
        Iterator<Map.Entry<String, JsonNode>> it = selector.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static Duration duration(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("pt")) {
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        }
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        if (v.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(v));
    }
}
