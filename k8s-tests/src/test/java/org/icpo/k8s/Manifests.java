package org.icpo.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders an overlay with {@code kubectl kustomize} and gives access to its objects. */
public final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Manifests> CACHE = new ConcurrentHashMap<>();

    final String overlay;
    final Path renderedFile;
    final List<ObjectNode> objects;

    Manifests(String overlay, Path renderedFile, List<ObjectNode> objects) {
        this.overlay = overlay;
        this.renderedFile = renderedFile;
        this.objects = objects;
    }

    static Path root() {
        return Path.of(System.getProperty("icpo.root", "..")).toAbsolutePath().normalize();
    }

    /** The rendered overlay (k8s/overlays/NAME), cached per test JVM. */
    static Manifests overlay(String name) {
        return CACHE.computeIfAbsent(name, n -> render(n, root().resolve("k8s/overlays/" + n)));
    }

    /**
     * The overlay (k8s/overlays/OVERLAY) with a component of k8s/components added, as an operator adds it to an
     * overlay's {@code components:}; rendered from a kustomization written under k8s-tests/target, cached per test JVM.
     */
    static Manifests overlayWithComponent(String overlay, String component) {
        String name = overlay + "+" + component;
        return CACHE.computeIfAbsent(name, n -> {
            Path dir = root().resolve("k8s-tests/target/kustomize/" + overlay + "-with-" + component);
            try {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("kustomization.yaml"), String.join("\n",
                        "apiVersion: kustomize.config.k8s.io/v1beta1",
                        "kind: Kustomization",
                        "resources:",
                        "  - " + dir.relativize(root().resolve("k8s/overlays/" + overlay)),
                        "components:",
                        "  - " + dir.relativize(root().resolve("k8s/components/" + component)),
                        ""));
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + dir, e);
            }
            return render(overlay + "-with-" + component, dir);
        });
    }

    private static Manifests render(String name, Path dir) {
        try {
            Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
            }
            Path file = root().resolve("k8s-tests/target/rendered-" + name + ".yaml");
            Files.createDirectories(file.getParent());
            Files.write(file, out);
            return new Manifests(name, file, parse(new String(out, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kubectl: install kubectl (it renders kustomize offline)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<ObjectNode> parse(String yaml) throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            var it = YAML.readValues(parser, ObjectNode.class);
            while (it.hasNext()) {
                ObjectNode n = it.next();
                if (n != null && !n.isEmpty()) {
                    docs.add(n);
                }
            }
        }
        return docs;
    }

    /** A deep copy, for tests that break a manifest on purpose. */
    Manifests copy() {
        return new Manifests(overlay, renderedFile, objects.stream().map(ObjectNode::deepCopy).toList());
    }

    Stream<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).filter(o -> name.equals(name(o))).findFirst();
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }
}
