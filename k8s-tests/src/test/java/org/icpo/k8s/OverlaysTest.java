package org.icpo.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay renders, validates against the API schemas and keeps the invariants. */
class OverlaysTest {

    /** The Kubernetes API version the manifests are validated against (schemas of kubernetes-models 5.1.0). */
    static final String KUBERNETES_API = "1.34";

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersWithEveryKindOfObject(String overlay) {
        Manifests m = Manifests.overlay(overlay);
        for (String kind : List.of("Namespace", "Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "NetworkPolicy", "Ingress", "Cluster")) {
            assertThat(m.ofKind(kind).count()).as(kind + " in " + overlay).isPositive();
        }
        assertThat(m.ofKind("Deployment").count()).isEqualTo(4);
        assertThat(m.ofKind("Cluster").count()).isEqualTo(3);
        m.objects.forEach(o -> {
            if (!o.path("kind").asText().equals("Namespace")) {
                assertThat(o.path("metadata").path("namespace").asText()).as(Manifests.name(o)).isEqualTo("icpo");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectValidatesAgainstTheKubernetesAndCloudNativePgSchemas(String overlay) throws Exception {
        Manifests m = Manifests.overlay(overlay);
        Process p = new ProcessBuilder("node", Manifests.root().resolve("k8s/validation/validate.mjs").toString(), m.renderedFile.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("Kubernetes %s / CloudNativePG 1.30 schema validation of %s:%n%s", KUBERNETES_API, overlay, out).isZero();
        assertThat(out).contains(m.objects.size() + " objects checked, 0 invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void manifestsAgreeWithTheApplications(String overlay) {
        assertThat(new ManifestChecker(Manifests.overlay(overlay)).check()).isEmpty();
    }

    @Test
    void networkPoliciesAllowExactlyTheCallGraph() {
        assertThat(new ManifestChecker(Manifests.overlay("prod")).allowedEdges()).isEqualTo(ManifestChecker.EXPECTED_EDGES);
    }

    @Test
    void devRunsOneOfEverything() {
        Manifests dev = Manifests.overlay("dev");
        dev.ofKind("Deployment").forEach(d -> assertThat(d.path("spec").path("replicas").asInt()).as(Manifests.name(d)).isEqualTo(1));
        dev.ofKind("Cluster").forEach(c -> assertThat(c.path("spec").path("instances").asInt()).isEqualTo(1));
        dev.ofKind("Deployment").forEach(d -> assertThat(image(d)).startsWith("registry.dev.icpo.example/icpo/").endsWith(":1.0.0-SNAPSHOT"));
    }

    @Test
    void prodIsReplicatedSpreadAutoscaledBudgetedAndBackedUp() {
        Manifests prod = Manifests.overlay("prod");
        prod.ofKind("Deployment").forEach(d -> {
            JsonNode spec = d.path("spec");
            assertThat(spec.path("replicas").asInt()).as(Manifests.name(d)).isGreaterThanOrEqualTo(3);
            assertThat(spec.path("template").path("spec").path("topologySpreadConstraints").toString())
                    .contains("topology.kubernetes.io/zone").contains("kubernetes.io/hostname");
            assertThat(image(d)).startsWith("registry.icpo.example/icpo/").endsWith(":1.0.0");
        });
        prod.ofKind("HorizontalPodAutoscaler").forEach(h -> assertThat(h.path("spec").path("minReplicas").asInt()).isEqualTo(3));
        prod.ofKind("PodDisruptionBudget").forEach(p -> assertThat(p.path("spec").path("minAvailable").asInt()).isEqualTo(2));
        prod.ofKind("Cluster").forEach(c -> {
            assertThat(c.path("spec").path("instances").asInt()).isEqualTo(3);
            assertThat(c.path("spec").path("plugins").toString()).contains("barman-cloud.cloudnative-pg.io").contains("\"isWALArchiver\":true");
        });
        assertThat(prod.ofKind("ScheduledBackup").count()).isEqualTo(3);
    }

    @Test
    void prodSizesTheNoticesDatabaseForItsSearchIndex() {
        JsonNode notices = Manifests.overlay("prod").ofKind("Cluster").filter(c -> Manifests.name(c).equals("notices-db")).findFirst().orElseThrow();
        JsonNode spec = notices.path("spec");
        // the search benchmark's setting: the name-key index of a million notices (about 630 MB) stays in memory
        assertThat(spec.path("postgresql").path("parameters").path("shared_buffers").asText()).isEqualTo("2GB");
        assertThat(spec.path("resources").path("limits").path("memory").asText()).isEqualTo("8Gi");
        assertThat(spec.path("resources").path("requests").path("memory").asText()).isEqualTo("8Gi");
        // the other databases keep the base's size
        Manifests.overlay("prod").ofKind("Cluster").filter(c -> !Manifests.name(c).equals("notices-db")).forEach(c ->
                assertThat(c.path("spec").path("postgresql").path("parameters").path("shared_buffers").asText()).isEqualTo("256MB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayTakesClientAddressesOnlyFromTheIngressesForwardedFor(String overlay) {
        JsonNode data = Manifests.overlay(overlay).find("ConfigMap", "gateway-config").orElseThrow().path("data");
        assertThat(data.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText()).isEqualTo("true");
        assertThat(data.path("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED").asText()).isEqualTo("true");
        assertThat(data.path("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText()).isNotBlank().doesNotContain("/0");
        // the standard Forwarded header, which ingress-nginx passes on as the client sent it, stays ignored
        assertThat(data.has("QUARKUS_HTTP_PROXY_ALLOW_FORWARDED")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noPodSetsABuildTimePropertyAndTheShutdownDelayIsBuiltIn(String overlay) {
        Manifests m = Manifests.overlay(overlay);
        m.ofKind("ConfigMap").forEach(c -> assertThat(c.path("data").has("QUARKUS_SHUTDOWN_DELAY_ENABLED")).as(Manifests.name(c)).isFalse());
        for (String app : ManifestChecker.APPS.keySet()) {
            assertThat(ManifestChecker.applicationProperty(app, "quarkus.shutdown.delay-enabled")).as(app).contains("true");
        }
    }

    @Test
    void theLargestNoticeRequestPassesTheIngressAndTheGateway() {
        // 5 photographs of 2 MiB, base64 in the JSON: 5 x 2,796,204 bytes, plus the other fields
        assertThat(ManifestChecker.memorySize(ManifestChecker.gatewayDefaultMaxBodySize())).isGreaterThan(5L * 2_796_204 + ManifestChecker.NOTICE_FIELDS_ALLOWANCE);
        assertThat(Manifests.overlay("prod").find("Ingress", "icpo").orElseThrow().path("metadata").path("annotations")
                .path("nginx.ingress.kubernetes.io/proxy-body-size").asText()).isEqualTo("16m");
    }

    @Test
    void requestRateAutoscalingGivesEachAutoscalerAMetricItsPodsExpose() throws Exception {
        Manifests m = Manifests.overlayWithComponent("prod", "request-rate-autoscaling");
        m.ofKind("HorizontalPodAutoscaler").forEach(h -> {
            String expected = Manifests.name(h).equals("gateway") ? "icpo_gateway_requests_per_second" : "http_server_requests_per_second";
            assertThat(h.path("spec").path("metrics").findValuesAsText("name")).as(Manifests.name(h)).contains("cpu", expected).hasSize(2);
        });
        assertThat(new ManifestChecker(m).check()).isEmpty();
        Process p = new ProcessBuilder("node", Manifests.root().resolve("k8s/validation/validate.mjs").toString(), m.renderedFile.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    private static String image(JsonNode d) {
        return d.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText();
    }
}
