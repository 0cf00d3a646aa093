package org.icpo.k8s;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks catch broken manifests: each case breaks one thing in a copy of the rendered dev overlay. */
class BrokenManifestTest {

    private static ObjectNode deployment(Manifests m, String name) {
        return m.find("Deployment", name).orElseThrow();
    }

    private static ObjectNode container(Manifests m, String name) {
        return (ObjectNode) deployment(m, name).path("spec").path("template").path("spec").path("containers").get(0);
    }

    @Test
    void aProbePathTypoIsReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ((ObjectNode) container(m, "membership-service").path("readinessProbe").path("httpGet")).put("path", "/q/health/redy");
        assertThat(new ManifestChecker(m).check())
                .containsExactly("[dev] membership-service: readinessProbe path is '/q/health/redy', the application serves /q/health/ready");
    }

    @Test
    void aMissingRequiredKeyIsReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ((ObjectNode) m.find("ConfigMap", "membership-service-config").orElseThrow().path("data")).remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThat(new ManifestChecker(m).check())
                .containsExactly("[dev] membership-service: the application requires MP_JWT_VERIFY_PUBLICKEY_LOCATION in production, and the Deployment does not provide it");
    }

    @Test
    void aProbeOnTheWrongPortIsReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ((ObjectNode) container(m, "gateway").path("livenessProbe").path("httpGet")).put("port", 9000);
        assertThat(new ManifestChecker(m).check()).anyMatch(v -> v.contains("gateway: livenessProbe port 9000 is not the application's HTTP port 8080"));
    }

    @Test
    void anAutoscalerThatCanOutgrowItsDatabasesConnectionsIsReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ((ObjectNode) m.find("HorizontalPodAutoscaler", "notices-service").orElseThrow().path("spec")).put("maxReplicas", 30);
        assertThat(new ManifestChecker(m).check()).containsExactly("[dev] notices-service: 31 pods (autoscaler's maxReplicas and the rolling update's surge)"
                + " x 8 pooled connections = 248 exceed what notices-db allows them (max_connections 200 less 10 reserved = 190); set QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
    }

    @Test
    void aPoolLeftAtTheKitsDefaultIsCountedAsSuch() {
        Manifests m = Manifests.overlay("dev").copy();
        ((ObjectNode) m.find("ConfigMap", "elections-service-config").orElseThrow().path("data")).remove("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
        ((ObjectNode) m.find("HorizontalPodAutoscaler", "elections-service").orElseThrow().path("spec")).put("maxReplicas", 9);
        // 9 + 1 pods x 20 (service-kit's quarkus.datasource.jdbc.max-size) = 200 > 190; with the ConfigMap's 8 they would fit
        assertThat(new ManifestChecker(m).check()).singleElement().asString().contains("elections-service: 10 pods").contains("x 20 pooled connections = 200");
    }

    @Test
    void aBuildTimePropertySetInAConfigMapIsReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ((ObjectNode) m.find("ConfigMap", "notices-service-config").orElseThrow().path("data")).put("QUARKUS_SHUTDOWN_DELAY_ENABLED", "true");
        assertThat(new ManifestChecker(m).check()).containsExactly("[dev] notices-service: QUARKUS_SHUTDOWN_DELAY_ENABLED is a build-time property"
                + " of Quarkus: set at run time it changes nothing; set it in the application's configuration");
    }

    @Test
    void aGatewayTrustingForwardedForFromAnyoneOrNoOneIsReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ObjectNode data = (ObjectNode) m.find("ConfigMap", "gateway-config").orElseThrow().path("data");
        data.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "0.0.0.0/0");
        assertThat(new ManifestChecker(m).check()).containsExactly("[dev] gateway: QUARKUS_HTTP_PROXY_TRUSTED_PROXIES trusts every address (0.0.0.0/0)");
        data.remove("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING");
        assertThat(new ManifestChecker(m).check()).contains("[dev] gateway: behind the Ingress, QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING must be true,"
                + " else every anonymous client has the ingress's address (one rate-limit bucket)");
    }

    @Test
    void bodyLimitsBelowTheLargestNoticeRequestAreReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ((ObjectNode) m.find("Ingress", "icpo").orElseThrow().path("metadata").path("annotations")).put("nginx.ingress.kubernetes.io/proxy-body-size", "12m");
        assertThat(new ManifestChecker(m).check()).singleElement().asString().startsWith("[dev] Ingress icpo: proxy-body-size 12m is below the gateway's body limit of 16777216 bytes");
        ((ObjectNode) m.find("ConfigMap", "gateway-config").orElseThrow().path("data")).put("ICPO_GATEWAY_LIMITS_MAX_BODY_SIZE", "10M");
        assertThat(new ManifestChecker(m).check()).singleElement().asString()
                .startsWith("[dev] gateway: its body limit of 10485760 bytes is below the largest valid notice request (5 photographs of 2097152 bytes");
    }

    @Test
    void anAutoscalerOnAMetricItsPodsDoNotExposeIsReported() {
        // the gateway turns Quarkus's HTTP server meters off: http_server_requests_per_second never comes for its pods
        Manifests m = Manifests.overlayWithComponent("prod", "request-rate-autoscaling").copy();
        ((ObjectNode) m.find("HorizontalPodAutoscaler", "gateway").orElseThrow().path("spec").path("metrics").get(1).path("pods").path("metric"))
                .put("name", "http_server_requests_per_second");
        assertThat(new ManifestChecker(m).check())
                .containsExactly("[prod-with-request-rate-autoscaling] HorizontalPodAutoscaler gateway scales on http_server_requests_per_second, which gateway does not expose");
    }

    @Test
    void aServiceSelectingNothingIsReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ((ObjectNode) m.find("Service", "notices-service").orElseThrow().path("spec").path("selector")).put("app.kubernetes.io/name", "notice-service");
        assertThat(new ManifestChecker(m).check()).contains("[dev] Service notices-service selects 0 Deployments, expected 1");
    }

    @Test
    void aNetworkPolicyOpeningAShortcutIsReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ObjectNode policy = m.find("NetworkPolicy", "notices-service-egress").orElseThrow();
        ArrayNode egress = (ArrayNode) policy.path("spec").path("egress");
        ObjectNode rule = egress.addObject();
        rule.putArray("to").addObject().putObject("podSelector").putObject("matchLabels").put("cnpg.io/cluster", "membership-db");
        rule.putArray("ports").addObject().put("protocol", "TCP").put("port", 5432);
        ((ArrayNode) m.find("NetworkPolicy", "membership-db-ingress").orElseThrow().path("spec").path("ingress"))
                .addObject().putArray("from").addObject().putObject("podSelector").putObject("matchLabels").put("app.kubernetes.io/name", "notices-service");
        assertThat(new ManifestChecker(m).check())
                .anyMatch(v -> v.contains("allow connections outside the call graph: [notices-service -> membership-db:5432]"));
    }

    @Test
    void aCommittedSecretValueIsReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ObjectNode secret = Manifests.YAML.createObjectNode();
        secret.put("apiVersion", "v1").put("kind", "Secret").putObject("metadata").put("name", "oops");
        secret.putObject("stringData").put("password", "hunter2");
        List<ObjectNode> objects = new java.util.ArrayList<>(m.objects);
        objects.add(secret);
        assertThat(new ManifestChecker(new Manifests("dev", m.renderedFile, objects)).check())
                .contains("[dev] Secret oops carries values; secrets are created in the cluster, never committed");
    }

    @Test
    void insecureContainersAreReported() {
        Manifests m = Manifests.overlay("dev").copy();
        ((ObjectNode) container(m, "elections-service").path("securityContext")).put("readOnlyRootFilesystem", false);
        ((ObjectNode) deployment(m, "elections-service").path("spec").path("template").path("spec")).put("automountServiceAccountToken", true);
        assertThat(new ManifestChecker(m).check()).contains(
                "[dev] elections-service: automountServiceAccountToken must be false (no API access is needed)",
                "[dev] elections-service: readOnlyRootFilesystem must be true");
    }

    @Test
    void aSchemaViolationFailsTheValidator() throws Exception {
        String rendered = Files.readString(Manifests.overlay("dev").renderedFile);
        Path broken = Manifests.root().resolve("k8s-tests/target/broken-dev.yaml");
        Files.writeString(broken, rendered.replace("containerPort: 8080", "containerPort: \"8080\"").replace("  instances: 1\n", "  instances: 1\n  instancez: 2\n"));
        Process p = new ProcessBuilder("node", Manifests.root().resolve("k8s/validation/validate.mjs").toString(), broken.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out).contains("Deployment gateway (apps/v1): data/spec/template/spec/containers/0/ports/0/containerPort must be integer")
                .contains("Cluster membership-db (postgresql.cnpg.io/v1): /spec must NOT have additional properties (instancez)")
                .contains("7 invalid");
    }
}
