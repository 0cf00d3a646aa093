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
        return CACHE.computeIfAbsent(name, n -> {
            try {
                Path dir = root().resolve("k8s/overlays/" + n);
                Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
                byte[] out = p.getInputStream().readAllBytes();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
                }
                Path file = root().resolve("k8s-tests/target/rendered-" + n + ".yaml");
                Files.createDirectories(file.getParent());
                Files.write(file, out);
                return new Manifests(n, file, parse(new String(out, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot run kubectl: install kubectl (it renders kustomize offline)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
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
